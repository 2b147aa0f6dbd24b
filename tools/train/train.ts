// `npm run train`: trains the sentence classifier and the refusal-reason classifier on the project's
// own corpus (data/corpus/), chooses thresholds on writers held out in turn, and writes
// lib/coach/model/model.json with the data's hash and the settings. Same data, same bytes.
import { writeFileSync } from 'node:fs';
import { FLAG_CATEGORIES, NO_REASONS, SENSITIVITIES, type FlagCategory, type Sensitivity } from '../../lib/coach/types';
import { LinearModel, softmax } from '../../lib/coach/model/linear';
import { features, tokenize } from '../../lib/coach/model/features';
import { analyzeSentence, ruleSet } from '../../lib/coach/analyze';
import { fingerprint, loadRefusals, loadSentences, type LabelledRefusal, type LabelledSentence } from './data';
import { SETTINGS as DEFAULTS, withTrial } from './settings';
import { trainLinear, type Example } from './linear-train';
import { rng } from '../random';
import { noiseSentences } from './noise';
import { scoreSentence } from '../../lib/coach/model/score';
import { mayFlag } from '../../lib/coach/model/gate';

const SHIPPED = new URL('../../lib/coach/model/model.json', import.meta.url).pathname;
// `--out FILE` writes elsewhere (CI trains afresh and compares with the shipped model).
const outAt = process.argv.indexOf('--out');
const OUT = outAt >= 0 ? process.argv[outAt + 1]! : SHIPPED;

// `--try '{"sentence":{"epochs":5}}'` trains with changed settings and reports without writing the
// model (or writes it to `--out FILE`): for comparing settings. The shipped model is always `npm run train`.
const tryAt = process.argv.indexOf('--try');
const trial = tryAt >= 0 ? JSON.parse(process.argv[tryAt + 1] ?? '{}') : null;
const SETTINGS: typeof DEFAULTS = trial ? withTrial(DEFAULTS, trial) : DEFAULTS;
// `--dump FILE` also writes each sentence's held-out probabilities (JSON Lines), to see what the
// model gets wrong on writers it was not trained on.
const dumpAt = process.argv.indexOf('--dump');
const DUMP = dumpAt >= 0 ? process.argv[dumpAt + 1]! : null;
const t0 = Date.now();
const log = (s: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);

// --- data ---------------------------------------------------------------------------------------
const shingles = (text: string) => {
  const s = tokenize(text).map((t) => t.stem).filter((x) => x !== '<num>');
  const out = new Set<string>();
  for (let i = 0; i < s.length; i++) { out.add(s[i]!); if (i + 1 < s.length) out.add(`${s[i]} ${s[i + 1]}`); }
  return out;
};

/** A word pair held by more kept sentences than this is common (see `dedupe`). */
const COMMON_PAIR = 300;

/** Drops exact and near-duplicates (Jaccard over words and word pairs), keeping the first. */
function dedupe<T extends { text: string }>(items: T[], limit: number): { kept: T[]; dropped: number } {
  const kept: T[] = [];
  const sets: Set<string>[] = [];
  const index = new Map<string, number[]>(); // word pair -> kept items holding it
  for (const it of items) {
    const s = shingles(it.text);
    const pairs = [...s].filter((x) => x.includes(' '));
    // Candidates share a word pair; a near-duplicate shares most of them, so the pairs held by many
    // sentences ("i am", "of the") are looked up only when a sentence has no rarer one.
    const candidates = new Set<number>();
    const lists = pairs.map((p) => index.get(p) ?? []);
    const rare = lists.filter((l) => l.length <= COMMON_PAIR);
    for (const l of rare.length ? rare : lists) for (const j of l) candidates.add(j);
    let dup = false;
    for (const j of candidates) {
      const o = sets[j]!;
      let inter = 0;
      for (const x of s) if (o.has(x)) inter++;
      if (inter / (s.size + o.size - inter) >= limit) { dup = true; break; }
    }
    if (dup || s.size === 0) continue;
    const id = kept.length;
    kept.push(it);
    sets.push(s);
    for (const p of pairs) { const l = index.get(p); if (l) l.push(id); else index.set(p, [id]); }
  }
  return { kept, dropped: items.length - kept.length };
}

const rawSentences = loadSentences();
const { kept: sentences, dropped: droppedSentences } = dedupe(rawSentences, SETTINGS.nearDuplicate);
const rawRefusals = loadRefusals();
const { kept: refusals, dropped: droppedRefusals } = dedupe(rawRefusals, SETTINGS.nearDuplicate);
const noise: LabelledSentence[] = noiseSentences(SETTINGS.noise, SETTINGS.seed).map((text) => ({ text, labels: [], writer: 'noise' }));
const writers = [...new Set(sentences.map((s) => s.writer))];
/** Ordinary email: the writers briefed to write only everyday, clean sentences (files o*.jsonl). */
const ordinaryWriter = (s: { writer: string }) => s.writer.startsWith('o');
/**
 * What counts as ordinary email for weighting and for the thresholds' ordinary-email target: the
 * ordinary writers' sentences and, with `emailCalmIsOrdinary`, the calm sentences of the other
 * writers' whole emails (greetings, facts, plans: the bulk of even a heated email).
 */
const ordinary = (s: LabelledSentence) => ordinaryWriter(s) || (SETTINGS.emailCalmIsOrdinary && !!s.inEmail && !s.labels.length);
log(`sentences: ${rawSentences.length} read, ${droppedSentences} near-duplicates dropped, ${sentences.length} kept from ${writers.length} writers (+${noise.length} generated noise)`);
log(`refusals: ${rawRefusals.length} read, ${droppedRefusals} near-duplicates dropped, ${refusals.length} kept`);

// --- sentence classifier --------------------------------------------------------------------------
const CATS = FLAG_CATEGORIES;
const sentenceExample = (s: LabelledSentence): Example => ({ text: s.text, y: CATS.map((c) => (s.labels.includes(c) ? 1 : 0)), weight: ordinary(s) ? SETTINGS.ordinaryWeight : s.labels.length ? 1 : SETTINGS.cleanWeight });
const trainSentences = (items: LabelledSentence[]) =>
  new LinearModel(trainLinear(items.map(sentenceExample), CATS, 'ovr', SETTINGS.sentence, SETTINGS.features, SETTINGS.seed));
/** Per category, the probability the engine would act on: 0 where the gate keeps the model quiet; and the highest before the gate. */
const probsOf = (m: LinearModel, text: string) => {
  const tokens = tokenize(text);
  const scored = scoreSentence(m, features(text, SETTINGS.features, tokens), tokens, SETTINGS.discount);
  const gated = scored.p.map((p, c) => (mayFlag(CATS[c]!, text, tokens, scored.perToken[c]!) ? p : 0));
  return { gated, top: Math.max(...scored.p) };
};

// Out-of-fold probabilities: each writer's sentences scored by a model trained without that writer
// (writers are held out in groups, so thresholds are chosen on writing the model has not seen).
const foldOf = (writer: string, all: string[]) => [...all].sort().indexOf(writer) % SETTINGS.folds;
const oof = new Map<LabelledSentence, number[]>();
const oofTop = new Map<LabelledSentence, number>();
for (let k = 0; k < SETTINGS.folds; k++) {
  const out = (s: LabelledSentence) => foldOf(s.writer, writers) === k;
  const m = trainSentences([...sentences.filter((s) => !out(s)), ...noise]);
  for (const s of sentences) if (out(s)) { const p = probsOf(m, s.text); oof.set(s, p.gated); oofTop.set(s, p.top); }
  log(`held out ${writers.filter((w) => foldOf(w, writers) === k).join(', ')}: model of ${m.size} features`);
}

if (DUMP) writeFileSync(DUMP, sentences.map((s) => JSON.stringify({ writer: s.writer, text: s.text, labels: s.labels, p: oof.get(s)!.map((v) => round(v, 4)) })).join('\n') + '\n');

interface Pick { t: number; precision: number; recall: number; cleanRate: number; ordinaryRate: number }
/** The lowest threshold whose hits meet the level's targets for precision, look-alikes and ordinary email. */
function pickThreshold(c: number, target: { precision: number; cleanRate: number; ordinaryRate: number }): Pick {
  const rows = sentences.map((s) => ({ p: oof.get(s)![c]!, pos: s.labels.includes(CATS[c]!), clean: s.labels.length === 0 && !ordinary(s), ordinary: ordinary(s) }));
  const positives = rows.filter((r) => r.pos).length;
  const cleans = Math.max(1, rows.filter((r) => r.clean).length);
  const ordinaries = Math.max(1, rows.filter((r) => r.ordinary).length);
  rows.sort((a, b) => b.p - a.p);
  let tp = 0, fp = 0, cfp = 0, ofp = 0;
  let best: Pick = { t: 1.01, precision: 1, recall: 0, cleanRate: 0, ordinaryRate: 0 };
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.pos) tp++; else fp++;
    if (r.clean) cfp++;
    if (r.ordinary) ofp++;
    if (i + 1 < rows.length && rows[i + 1]!.p === r.p) continue;
    const precision = tp / (tp + fp);
    if (tp + fp >= 10 && precision >= target.precision && cfp / cleans <= target.cleanRate && ofp / ordinaries <= target.ordinaryRate) {
      best = { t: Number(r.p.toFixed(4)), precision, recall: tp / positives, cleanRate: cfp / cleans, ordinaryRate: ofp / ordinaries };
    }
  }
  return best;
}

const thresholds = {} as Record<Sensitivity, Record<FlagCategory, number>>;
const heldOut: Record<string, unknown> = {};
for (const level of SENSITIVITIES) {
  thresholds[level] = {} as Record<FlagCategory, number>;
  const figures: Record<string, Pick> = {};
  // Never below `minThreshold`: held-out precision can look pure at a probability that low only
  // because the gate already filtered the held-out sentences (a why-word, content words), and real
  // mail has more of what passes the gate than the corpus does.
  CATS.forEach((c, i) => { const p = pickThreshold(i, SETTINGS.levels[level]); thresholds[level][c] = Math.max(p.t, SETTINGS.minThreshold[level]); figures[c] = p; });
  // Each eagerer level reports at least what a calmer one does.
  if (level !== 'gentle') for (const c of CATS) thresholds[level][c] = Math.min(thresholds[level][c], thresholds[level === 'strict' ? 'balanced' : 'gentle'][c]);
  heldOut[`sentences.${level}`] = Object.fromEntries(CATS.map((c) => [c, { threshold: thresholds[level][c], precision: round(figures[c]!.precision), recall: round(figures[c]!.recall), cleanRate: round(figures[c]!.cleanRate, 4), ordinaryRate: round(figures[c]!.ordinaryRate, 4) }]));
  log(`${level}: ${CATS.map((c) => `${c} t=${thresholds[level][c]} P=${round(figures[c]!.precision)} R=${round(figures[c]!.recall)} clean=${round(figures[c]!.cleanRate, 4)} ord=${round(figures[c]!.ordinaryRate, 4)}`).join(' | ')}`);
}

// Quieting rule hits: among the rules' findings on held-out writers, how surely clean are those the
// model reads as clean in every category? The largest cut-off whose quieted hits were clean often enough.
const rulesOnly = ruleSet({ model: false, sensitivity: 'strict' });
const ruleHits: { c: number; p: number; truly: boolean }[] = [];
for (const s of sentences) {
  for (const f of analyzeSentence(s.text, rulesOnly)) {
    const c = CATS.indexOf(f.category as FlagCategory);
    if (c >= 0) ruleHits.push({ c, p: oofTop.get(s)!, truly: s.labels.includes(f.category as FlagCategory) });
  }
}
const quiet = {} as Record<FlagCategory, number>;
CATS.forEach((cat, c) => {
  const hits = ruleHits.filter((h) => h.c === c).sort((a, b) => a.p - b.p);
  let wrong = 0, quieted = 0, best = 0, bestWrong = 0, bestN = 0;
  for (const h of hits) {
    quieted++; if (!h.truly) wrong++;
    if (quieted >= 5 && wrong / quieted >= SETTINGS.quietPurity) { best = h.p; bestWrong = wrong; bestN = quieted; }
  }
  quiet[cat] = bestN ? Number(best.toFixed(4)) : 0;
  heldOut[`quiet.${cat}`] = { below: quiet[cat], ruleHits: hits.length, quieted: bestN, ofWhichClean: bestWrong, wronglyFlaggedHits: hits.filter((h) => !h.truly).length };
  log(`quiet ${cat}: below ${quiet[cat]} quiets ${bestN} of ${hits.length} rule hits (${bestWrong} were wrong)`);
});

// Rules and model together on held-out writers, at balanced.
{
  const balanced = ruleSet({ model: false });
  let pos = 0, hit = 0, neg = 0, fp = 0, pairs = 0, pairHit = 0;
  let rpos = 0, rneg = 0;
  for (const s of sentences) {
    const p = oof.get(s)!;
    const ruleCats = new Set(analyzeSentence(s.text, balanced).map((f) => f.category));
    const cats = new Set<string>();
    CATS.forEach((c, i) => {
      if (ruleCats.has(c) && !(oofTop.get(s)! < quiet[c])) cats.add(c);
      if (p[i]! >= thresholds.balanced[c]) cats.add(c);
    });
    if (s.labels.length) { pos++; if (cats.size) hit++; if (ruleCats.size) rpos++; for (const l of s.labels) { pairs++; if (cats.has(l)) pairHit++; } }
    else { neg++; if (cats.size) fp++; if (ruleCats.size) rneg++; }
  }
  heldOut['together.balanced'] = { recall: round(hit / pos), categoryRecall: round(pairHit / pairs), falseFlags: round(fp / neg, 4), rulesAlone: { recall: round(rpos / pos), falseFlags: round(rneg / neg, 4) } };
  log(`rules + model, balanced, held-out writers: recall ${round(hit / pos)} category ${round(pairHit / pairs)} false flags ${round(fp / neg, 4)} (rules alone: recall ${round(rpos / pos)}, false flags ${round(rneg / neg, 4)})`);
}

const sentenceModel = trainLinear([...sentences, ...noise].map(sentenceExample), CATS, 'ovr', SETTINGS.sentence, SETTINGS.features, SETTINGS.seed);
log(`sentence model: ${new LinearModel(sentenceModel).size} features`);

// --- reason classifier -----------------------------------------------------------------------------
const REASONS = ['none', ...NO_REASONS] as const;
const reasonExample = (r: LabelledRefusal): Example => ({ text: r.text, y: REASONS.map((c) => ((r.reason ?? 'none') === c ? 1 : 0)) });
const noiseRefusals = noise.slice(0, 150).map((s) => ({ text: s.text, y: REASONS.map((c) => (c === 'none' ? 1 : 0)) }));
// Ordinary email refuses nothing: runs of one to three consecutive sentences of the ordinary-email
// writers, as messages that hold no "no" (the decoder reads windows of a long email the same way).
const ordinaryMessages: LabelledRefusal[] = [];
{
  const random = rng(SETTINGS.seed ^ 0x0dd);
  const pool = sentences.filter(ordinaryWriter);
  for (let i = 0; i < pool.length;) {
    const n = 1 + Math.floor(random() * 3);
    const run = pool.slice(i, i + n).filter((s) => s.writer === pool[i]!.writer);
    ordinaryMessages.push({ text: run.map((s) => s.text).join(' '), refuses: false, reason: null, writer: pool[i]!.writer });
    i += n;
  }
}
const reasonItems = [...refusals, ...ordinaryMessages];
const trainReasons = (items: LabelledRefusal[]) =>
  new LinearModel(trainLinear([...items.map(reasonExample), ...noiseRefusals], REASONS, 'softmax', SETTINGS.reason, SETTINGS.features, SETTINGS.seed));
const reasonWriters = [...new Set(reasonItems.map((r) => r.writer))];
const reasonOof: { gold: string; best: string; p: number }[] = [];
const reasonOofItems: LabelledRefusal[] = [];
for (let k = 0; k < SETTINGS.folds; k++) {
  const out = (r: LabelledRefusal) => foldOf(r.writer, reasonWriters) === k;
  const m = trainReasons(reasonItems.filter((r) => !out(r)));
  for (const r of reasonItems.filter(out)) {
    const p = softmax(m.score(features(r.text, SETTINGS.features)).z);
    let best = 1;
    for (let i = 2; i < REASONS.length; i++) if (p[i]! > p[best]!) best = i;
    reasonOof.push({ gold: r.reason ?? 'none', best: REASONS[best]!, p: p[best]! });
    reasonOofItems.push(r);
  }
}
// The lowest probability from which named reasons are right often enough (abstaining counts as "none").
let reasonThreshold = 1.01;
{
  const rows = [...reasonOof].sort((a, b) => b.p - a.p);
  let right = 0;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i]!.gold === rows[i]!.best) right++;
    if (i >= 20 && right / (i + 1) >= SETTINGS.reasonPrecision) reasonThreshold = Number(rows[i]!.p.toFixed(4));
  }
  const accuracy = reasonOof.filter((r) => (r.p >= reasonThreshold ? r.best : 'none') === r.gold).length / reasonOof.length;
  const refusing = reasonOof.filter((r) => r.gold !== 'none');
  const named = refusing.filter((r) => r.p >= reasonThreshold && r.best === r.gold).length / refusing.length;
  const quietNone = reasonOof.filter((r) => r.gold === 'none' && r.p < reasonThreshold).length / reasonOof.filter((r) => r.gold === 'none').length;
  const ordinaryRead = reasonOof.filter((r, i) => ordinaryWriter(reasonOofItems[i]!) && r.p >= reasonThreshold).length / Math.max(1, ordinaryMessages.length);
  heldOut.reasons = { threshold: reasonThreshold, accuracy: round(accuracy), refusalsNamedRight: round(named), nonRefusalsLeftAlone: round(quietNone), ordinaryEmailRead: round(ordinaryRead) };
  log(`reasons, held-out writers: threshold ${reasonThreshold}, accuracy ${round(accuracy)}, refusals named right ${round(named)}, non-refusals left alone ${round(quietNone)}, ordinary email read as a no ${round(ordinaryRead)}`);
}
const reasonModel = trainLinear([...reasonItems.map(reasonExample), ...noiseRefusals], REASONS, 'softmax', SETTINGS.reason, SETTINGS.features, SETTINGS.seed);

// --- write ----------------------------------------------------------------------------------------------
const { dataHash, files } = fingerprint(DEFAULTS);
const model = {
  version: 1,
  trainedOn: {
    dataHash,
    files,
    settings: SETTINGS,
    counts: {
      sentencesRead: rawSentences.length, sentences: sentences.length, nearDuplicatesDropped: droppedSentences, noise: noise.length,
      clean: sentences.filter((s) => !s.labels.length).length,
      ...Object.fromEntries(CATS.map((c) => [c, sentences.filter((s) => s.labels.includes(c)).length])),
      refusalsRead: rawRefusals.length, refusals: refusals.length, refusing: refusals.filter((r) => r.refuses).length, writers: writers.length,
    },
  },
  features: SETTINGS.features,
  sentence: { ...sentenceModel, thresholds, quiet, discount: SETTINGS.discount },
  reason: { ...reasonModel, threshold: reasonThreshold },
  heldOut,
};
if (trial && OUT === SHIPPED) { log('--try: model not written (give --out FILE to keep it)'); process.exit(0); }
writeFileSync(OUT, JSON.stringify(model) + '\n');
log(`wrote ${OUT.replace(process.cwd() + '/', '')} (${(JSON.stringify(model).length / 1024).toFixed(0)} KB) — data ${dataHash.slice(0, 12)}`);

function round(x: number, d = 3) { return Number(x.toFixed(d)); }
