// Keystrokes the way a writer makes them: every timed keystroke puts a word the coach has never seen
// into a sentence in the middle of the draft, so no cache can know the result. Sites rotate over
// the middle of the draft and the words come from the project's own email corpus, one new word a
// keystroke, never repeated. Also a breakdown of where one keystroke goes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clearParseCache, createCoach, splitSentences, ownTextRanges } from '../../lib/coach';
import { resplit, type Split } from '../../lib/coach/sentences';
import { parse } from '../../lib/coach/nlp';
import { readSentence, ruleSet, words } from '../../lib/coach/analyze';
import { judgeSentence } from '../../lib/coach/model/judge';
import { rng } from '../../tools/random';

const CORPUS_EMAILS = 'data/corpus/emails';

/** Whole emails written for the project (data/corpus/emails, see its README): real-looking prose. */
function corpusEmails(): string[] {
  return readdirSync(CORPUS_EMAILS).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) =>
    readFileSync(join(CORPUS_EMAILS, f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text));
}

/**
 * A draft of about `words` words of real-looking email prose: the bodies of corpus emails (greeting
 * and sign-off dropped), shuffled with a seed and joined as paragraphs, so it holds questions,
 * quotes, lists and flagged passages as people write them.
 */
export function proseDraft(wordCount: number, seed = 1): string {
  const r = rng(seed);
  // Each email's own words (its quoted history left out, as the coach leaves it out), without the
  // greeting and the sign-off.
  const own = (t: string) => ownTextRanges(t).map(([a, b]) => t.slice(a, b)).join('\n');
  const bodies = corpusEmails().map((t) => own(t).split('\n').filter((l) => l.trim() && !/^(hi|hello|dear|hey)\b.*,\s*$/i.test(l.trim())).slice(0, -2).join('\n')).filter((b) => b.length > 80);
  for (let i = bodies.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [bodies[i], bodies[j]] = [bodies[j]!, bodies[i]!]; }
  const parts = ['Hi Dana,'];
  let n = 2;
  for (const b of bodies) {
    if (n >= wordCount) break;
    parts.push(b);
    n += (b.match(/\S+/g) ?? []).length;
  }
  parts.push('Best,\nSam');
  return parts.join('\n\n');
}

/** Words a writer might type, each used once: every distinct word of the corpus emails, shuffled. */
export function freshWords(seed = 5): string[] {
  const seen = new Set<string>();
  for (const t of corpusEmails()) for (const w of t.match(/\b[a-z]{3,12}\b/g) ?? []) seen.add(w);
  const out = [...seen];
  const r = rng(seed);
  for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [out[i], out[j]] = [out[j]!, out[i]!]; }
  return out;
}

/**
 * The analysis as the page receives it: the engine frame posts the findings over a port, whose
 * structured clone reads every finding's rewrites. The engine works a rewrite out only when it is
 * first read, so a benchmark that stopped at `analyze` would leave the new findings' rewrites out.
 */
export function answered<T>(findings: T): T {
  return structuredClone(findings);
}

interface Site { start: number; end: number }

/** Edit sites: one word in each of up to `count` sentences of the middle half of the draft. */
function sitesIn(text: string, count = 24): Site[] {
  const sentences = splitSentences(text, ownTextRanges(text));
  const middle = sentences.slice(Math.floor(sentences.length / 4), Math.ceil((sentences.length * 3) / 4));
  const step = Math.max(1, Math.floor(middle.length / count));
  const out: Site[] = [];
  for (let i = 0; i < middle.length && out.length < count; i += step) {
    const s = middle[i]!;
    // The last word of four letters or more before the sentence's end: where a writer revises.
    const m = [...s.text.matchAll(/\b[A-Za-z]{4,}\b/g)].pop();
    if (m) out.push({ start: s.start + m.index!, end: s.start + m.index! + m[0].length });
  }
  return out;
}

/**
 * Keystrokes on `text`: call `prime()` once, then each `run()` is one keystroke that writes a new
 * word at the next site. Offsets after an edit shift, so each site is rewritten against the text as
 * it now stands.
 */
export function honestKeystrokes(text: string, vocabulary: string[]) {
  const coach = createCoach();
  let current = text;
  const sites = sitesIn(text);
  if (!sites.length) throw new Error('no edit sites in the draft');
  const lengths = sites.map((s) => s.end - s.start);
  let k = 0;
  let w = 0;
  const apply = (): string => {
    const i = k++ % sites.length;
    const word = vocabulary[w++ % vocabulary.length]!;
    const site = sites[i]!;
    const delta = word.length - lengths[i]!;
    current = current.slice(0, site.start) + word + current.slice(site.start + lengths[i]!);
    lengths[i] = word.length;
    for (let j = 0; j < sites.length; j++) if (sites[j]!.start > site.start) sites[j] = { start: sites[j]!.start + delta, end: sites[j]!.end + delta };
    return current;
  };
  return {
    sites: sites.length,
    prime: () => { answered(coach.analyze(current)); },
    /** The edit is made before the clock starts in `next`; `run` times only the analysis. */
    next: apply,
    /** One keystroke's analysis, answered as the page gets it. */
    analyse: (t: string) => answered(coach.analyze(t)),
    get text() { return current; },
  };
}

/** Where one keystroke's time goes, measured piece by piece on freshly edited sentences. */
export function breakdown(text: string, vocabulary: string[], samples = 150): Record<string, number[]> {
  const set = ruleSet();
  const rulesOnly = ruleSet({ model: false });
  const coach = createCoach();
  coach.analyze(text);
  const sites = sitesIn(text);
  const previous: Split = { text, ranges: ownTextRanges(text), sentences: splitSentences(text, ownTextRanges(text)) };
  const out: Record<string, number[]> = { split: [], prefilter: [], parse: [], rules: [], model: [], sentence: [], rewrites: [], merge: [] };
  const time = (key: string, fn: () => unknown) => { const t = performance.now(); fn(); out[key]!.push(performance.now() - t); };
  for (let i = 0; i < samples; i++) {
    const site = sites[i % sites.length]!;
    const edited = text.slice(0, site.start) + vocabulary[(i + 7919) % vocabulary.length]! + text.slice(site.end);
    const sentence = splitSentences(edited, ownTextRanges(edited)).find((s) => s.start <= site.start && s.end > site.start)!.text;
    // What the coach does on a keystroke: the edited paragraph split again, the rest reused.
    time('split', () => resplit(previous, edited, ownTextRanges(edited)));
    time('prefilter', () => words(sentence));
    clearParseCache();
    time('parse', () => parse(sentence));
    // The rules with the parse already made: what matching, vetoes and swaps cost on top of it.
    time('rules', () => readSentence(sentence, rulesOnly));
    time('model', () => judgeSentence(sentence));
    clearParseCache();
    let findings: unknown[] = [];
    time('sentence', () => { findings = readSentence(sentence, set).findings; });
    // Its findings' rewrites, worked out as the answer reads them (with the sentence's parse at hand).
    time('rewrites', () => answered(findings));
    answered(coach.analyze(edited));
    // Everything cached: the (incremental) split, placing every finding of the draft, and the answer.
    time('merge', () => answered(coach.analyze(edited)));
  }
  return out;
}
