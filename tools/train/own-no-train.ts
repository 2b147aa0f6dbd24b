// `npm run train` (second part): the learned reader of the writer's own "no" — whether a draft
// refuses, which part a refusal rests on, and whether it leaves a door open — beside the phrasing in lib/coach/rules/own-no.ts.
// Trained on the project's own drafts (data/corpus/own-no/, ten writers; see its README) and, for
// "refuses", the refusal corpus (data/corpus/refusals/: a message with a reason refuses, one without
// does not) and ordinary email (data/corpus/sentences/o*.jsonl, a few sentences at a time: no refusal). Writes lib/coach/model/own-no.json with what it was trained on. Same data, same bytes.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainLinear, type Example } from './linear-train';
import { DEFAULT_FEATURES } from '../../lib/coach/model/features';
import { NO_REASONS } from '../../lib/coach/types';
import { partFocusForTraining } from '../../lib/coach/own-no';

const CORPUS = new URL('../../data/corpus/', import.meta.url).pathname;
const SHIPPED = new URL('../../lib/coach/model/own-no.json', import.meta.url).pathname;
const outAt = process.argv.indexOf('--out');
const OUT = outAt >= 0 ? process.argv[outAt + 1]! : SHIPPED;

export const OWN_NO_SETTINGS = {
  seed: 20261202,
  features: { ...DEFAULT_FEATURES, contentGrams: true, amounts: true },
  linear: { epochs: 12, lr: 0.25, l2: 1e-5, keep: 6000, minWeight: 0.015, fineTune: 2 },
  /** The sentences around the refusal the part head reads (lib/coach/own-no.ts); before < 0 reads the whole draft. */
  partFocus: { before: 1, after: 2 },
  /** How much an own-no draft counts against a short refusal message of the corpus. */
  draftWeight: 8,
  /** Ordinary email (the "o" writers' sentences, four at a time, as a message): refuses nothing. */
  ordinaryGroup: 4,
  ordinaryWeight: 2,
  /**
   * Chosen with each of the four writers held out in turn (rules and model together, session 8):
   * a draft refuses when the phrasing says so or the model reads it at `refuses` or above; a door
   * the phrasing finds stands when the model gives it at least `doorConfirmed`, and the model alone
   * opens one at `doorAlone`.
   */
  thresholds: { refuses: 0.6, doorConfirmed: 0.25, doorAlone: 0.7, partSure: 0.4, partAlone: 0.6 },
  /**
   * The part (lib/coach/own-no.ts): the part head's reading of the refusal and the sentences around it
   * (`partFocus`) from `partAlone`; else the "No" decoder's cues where they speak; else the head from
   * `partSure` when the draft says something of that part (or it reads none); else the decoder's
   * classifier, when the draft says something of its part. Chosen with each of the ten writers n1–n10
   * held out in turn (`npx tsx tools/train/own-no-lowo.ts`), mean refusal / part / door:
   *   session 10 (whole draft, cues first, partAlone 0.6): 0.951 / 0.802 / 0.906;
   *   the head reading one sentence before the refusal to two after it: 0.815 (the refusal alone 0.808,
   *   one and one 0.811, whole draft 0.802);
   *   that head read before the cues: 0.853 (before the cues on the whole draft: 0.833; two and two
   *   0.832; partAlone 0.55 0.854, 0.65 0.841);
   *   sums of money and shares as tokens of their own (`amounts`): 0.952 / 0.851 / 0.907. Without
   *   them, the head read a refused price followed by an offer "to sign this week" as timing (the
   *   project's own card test), because "£9,000" was any number.
   */
} as const;

interface Draft { text: string; refuses: boolean; part: string | null; doorOpen: boolean }
const jsonl = (path: string) => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
const files = (sub: string) => readdirSync(join(CORPUS, sub)).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(sub, f));

/**
 * Trains the reader on data/corpus/ (less the draft files in `without`, for reading a writer held
 * out) with settings `S`, and returns the model file's contents.
 */
export function trainOwnNo(S: typeof OWN_NO_SETTINGS = OWN_NO_SETTINGS, without: readonly string[] = []) {
  const draftFiles = files('own-no').filter((f) => !without.includes(f));
  const refusalFiles = files('refusals');
  const drafts: Draft[] = draftFiles.flatMap((f) => jsonl(join(CORPUS, f)).map((r, i) => {
    if (typeof r.text !== 'string' || typeof r.refuses !== 'boolean' || typeof r.doorOpen !== 'boolean') throw new Error(`${f}:${i + 1}: needs "text", "refuses" and "doorOpen"`);
    return r as unknown as Draft;
  }));
  const refusalRows = refusalFiles.flatMap((f) => jsonl(join(CORPUS, f)).map((r) => ({ text: String(r.text), reason: (r.reason ?? null) as string | null })));
  const refusals = refusalRows.map((r) => ({ text: r.text, refuses: r.reason != null }));
  // Most of what people write refuses nothing: ordinary email, as messages of a few sentences.
  const ordinaryFiles = files('sentences').filter((f) => /\/o\d+\.jsonl$/.test(f));
  const ordinary = ordinaryFiles.flatMap((f) => {
    const lines = jsonl(join(CORPUS, f)).map((r) => String(r.text));
    const out: string[] = [];
    for (let i = 0; i + S.ordinaryGroup <= lines.length; i += S.ordinaryGroup) out.push(lines.slice(i, i + S.ordinaryGroup).join(' '));
    return out;
  });

  const refusesExamples: Example[] = [
    ...refusals.map((r) => ({ text: r.text, y: [r.refuses ? 1 : 0] })),
    ...drafts.map((d) => ({ text: d.text, y: [d.refuses ? 1 : 0], weight: S.draftWeight })),
    ...ordinary.map((text) => ({ text, y: [0], weight: S.ordinaryWeight })),
  ];
  const doorExamples: Example[] = drafts.filter((d) => d.refuses).map((d) => ({ text: d.text, y: [d.doorOpen ? 1 : 0] }));
  // Which part a refusal rests on: the refusing drafts (a refusal naming no part is "none") and the
  // refusal corpus's messages with their reasons (one that refuses nothing is "none" too).
  const PARTS = ['none', ...NO_REASONS] as const;
  const partOf = (text: string, part: string | null, weight: number): Example => ({ text, y: PARTS.map((c) => (c === (part ?? 'none') ? 1 : 0)), weight });
  const partExamples: Example[] = [
    ...drafts.filter((d) => d.refuses).map((d) => partOf(S.partFocus.before < 0 ? d.text : partFocusForTraining(d.text, S.partFocus), d.part, S.draftWeight)),
    ...refusalRows.map((r) => partOf(r.text, r.reason, 1)),
  ];
  const refuses = trainLinear(refusesExamples, ['refuses'], 'ovr', S.linear, S.features, S.seed);
  const door = trainLinear(doorExamples, ['door'], 'ovr', S.linear, S.features, S.seed + 1);
  const part = trainLinear(partExamples, PARTS, 'softmax', S.linear, S.features, S.seed + 2);

  const all = createHash('sha256');
  const trainedFiles = [...draftFiles, ...refusalFiles, ...ordinaryFiles].map((file) => {
    const bytes = readFileSync(join(CORPUS, file));
    all.update(file).update('\0').update(bytes).update('\0');
    return { file, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  all.update(JSON.stringify(S));
  return {
    trainedOn: {
      files: trainedFiles,
      dataHash: all.digest('hex'),
      settings: S,
      counts: { drafts: drafts.length, refusingDrafts: doorExamples.length, refusalMessages: refusals.length, ordinaryMessages: ordinary.length },
    },
    thresholds: S.thresholds,
    refuses,
    door,
    part,
  };
}

/** The draft files the reader is trained on (paths under data/corpus/). */
export const ownNoDraftFiles = () => files('own-no');

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const model = trainOwnNo();
  writeFileSync(OUT, `${JSON.stringify(model)}\n`);
  const c = model.trainedOn.counts;
  console.log(`own no: ${c.drafts} drafts (${c.refusingDrafts} refuse), ${c.refusalMessages} refusal messages, ${c.ordinaryMessages} ordinary messages → ${OUT}`);
}
