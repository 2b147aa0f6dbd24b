// The "No" decoder: what the other side's refusal is really about (price, timing, terms, value,
// authority), how sure we are, and the move that fits it. Two readers: the learned reason
// classifier over the refusing part of the message, and cues written as data; where the classifier
// abstains, a strong cue reading still counts.
import type { NoDecoding, NoReason } from './types';
import { NO_REASONS } from './types';
import { ACCEPTING, NEXT_MOVES, NO_CUES, REFUSAL } from './rules/no-reasons';
import { normalizeQuotes } from './nlp';
import { literalRegExp } from './lexicon';
import { ownTextRanges, splitSentences, type Sentence } from './sentences';
import { judgeReason } from './model/judge';
import { isNoise } from './noise';

interface CompiledCue { reason: NoReason; re: RegExp; weight: number; refuses: boolean; unless?: RegExp }

// The cues are literal patterns (lexicon.ts), compiled once; in them a hyphenated word is one word.
const CUE_WORDS = { wordChars: '-' };
const CUES: CompiledCue[] = Object.entries(NO_CUES).flatMap(([reason, cues]) =>
  cues.map((c) => ({
    reason: reason as NoReason,
    re: literalRegExp(c.patterns, CUE_WORDS),
    weight: c.weight,
    refuses: !!c.refuses,
    unless: c.unless && literalRegExp(c.unless, CUE_WORDS),
  })),
);
// Read with plain word boundaries, once per sentence (not global, so `test` keeps no state).
const REFUSAL_RE = new RegExp(literalRegExp(REFUSAL, { wordChars: '' }).source, 'i');
const ACCEPTING_RE = new RegExp(literalRegExp(ACCEPTING, { wordChars: '' }).source, 'i');

const NO_REASON_LIST: readonly NoReason[] = NO_REASONS;

interface Hit { reason: NoReason; weight: number; start: number; end: number }

/** One sentence as the cue reader sees it: its hits (offsets in the sentence), and whether it refuses. */
interface SentenceCues { hits: Hit[]; refuses: boolean }

/**
 * What reading a sentence costs, kept for texts that share sentences: a thread's messages, and the
 * sentences of a message decoded one by one. Keyed by the sentence's text (quotes normalised).
 */
export interface SentenceWork {
  noise: Map<string, boolean>;
  cues: Map<string, SentenceCues>;
}

export const sentenceWork = (): SentenceWork => ({ noise: new Map(), cues: new Map() });

/** `isNoise`, once per sentence of `work`. */
export function noiseOf(sentence: string, work?: SentenceWork): boolean {
  if (!work) return isNoise(sentence);
  let n = work.noise.get(sentence);
  if (n === undefined) {
    n = isNoise(sentence);
    work.noise.set(sentence, n);
  }
  return n;
}

/** How much evidence a "no" needs: a strong cue in the refusing sentence, or a weaker one the rest of the message supports. */
const DECIDING = 2.5;
const MIN_CONFIDENCE = 0.45;

/** A cue reading this sure stands even where the classifier abstains. */
const CUES_ALONE = 0.55;
/** A classifier reading this sure overrides a cue reading that disagrees. */
const MODEL_CERTAIN = 0.95;
/** Sentences read together by the classifier: a refusal often names its reason in the next sentence. */
const WINDOW = 3;

/** Decodes the refusal in a message, or null when it holds none the decoder can read. */
export function decodeNo(text: string, work?: SentenceWork): NoDecoding | null {
  const normalized = normalizeQuotes(text);
  const sentences = splitSentences(normalized, ownTextRanges(normalized));
  const model = decodeByModel(text, work, sentences);
  const cues = decodeByCues(text, work, sentences);
  if (!model) return cues && cues.confidence >= CUES_ALONE ? cues : null;
  if (!cues) return model;
  if (cues.reason === model.reason) {
    return { ...model, confidence: Math.round(Math.min(0.97, Math.max(model.confidence, cues.confidence) + 0.05) * 100) / 100, evidence: cues.evidence };
  }
  // They disagree: a cue that names the reason outright ("the money", "the board") is the more
  // precise reader, unless the classifier is all but certain.
  return cues.confidence >= CUES_ALONE && model.confidence < MODEL_CERTAIN ? cues : model;
}

/** The classifier alone: windows of a few sentences, the surest reading. */
export function decodeByModel(text: string, work?: SentenceWork, split?: Sentence[]): NoDecoding | null {
  const normalized = normalizeQuotes(text);
  const sentences = (split ?? splitSentences(normalized, ownTextRanges(normalized))).filter((s) => !noiseOf(s.text, work));
  if (!sentences.length) return null;
  let best: { reason: NoReason; p: number; start: number; judge: ReturnType<typeof judgeReason> } | null = null;
  for (let i = 0; i < Math.max(1, sentences.length - WINDOW + 1); i++) {
    const win = sentences.slice(i, i + WINDOW);
    // The rule the cue reader keeps too: sentences that thank, accept or arrange, with no refusal in
    // them, hold no "no" ("Thanks, we'd love to go ahead." is no price objection, however it scores).
    if (win.every((s) => ACCEPTING_RE.test(s.text) && !REFUSAL_RE.test(s.text))) continue;
    const from = win[0]!.start;
    const j = judgeReason(normalized.slice(from, win[win.length - 1]!.end));
    if (j.sure && (!best || j.best.p > best.p)) best = { reason: j.best.reason, p: j.best.p, start: from, judge: j };
  }
  if (!best) return null;
  const word = best.judge.evidence();
  const evidence = word
    ? { start: best.start + word.start, end: best.start + word.end, text: text.slice(best.start + word.start, best.start + word.end) }
    : { start: best.start, end: best.start, text: '' };
  return { reason: best.reason, confidence: Math.round(Math.min(0.97, best.p) * 100) / 100, nextMove: NEXT_MOVES[best.reason], evidence };
}

/** The cue reader alone (rules as data): kept as the second opinion, and for its exact evidence. */
export function decodeByCues(text: string, work?: SentenceWork, split?: Sentence[]): NoDecoding | null {
  const normalized = normalizeQuotes(text);
  const empty = (): Record<NoReason, number> => ({ price: 0, timing: 0, terms: 0, value: 0, authority: 0 });
  const support = empty();
  let key: { scores: Record<NoReason, number>; hits: Hit[]; top: number } | null = null;
  const supportHits: Hit[] = [];
  for (const s of split ?? splitSentences(normalized, ownTextRanges(normalized))) {
    const read = cuesOf(s.text, work);
    if (!read.hits.length) continue;
    const hits = read.hits.map((h) => ({ ...h, start: s.start + h.start, end: s.start + h.end }));
    const { refuses } = read;
    // A sentence that thanks, accepts or arranges holds no "no".
    if (!refuses && ACCEPTING_RE.test(s.text)) continue;
    const scores = empty();
    for (const h of hits) scores[h.reason] += h.weight;
    if (!refuses) {
      for (const r of NO_REASON_LIST) support[r] += scores[r] / 2;
      supportHits.push(...hits);
      continue;
    }
    // The message's "no" is its most clearly argued refusal, not the sum of a long email's asides.
    const top = Math.max(...NO_REASON_LIST.map((r) => scores[r]));
    if (!key || top > key.top) {
      if (key) { for (const r of NO_REASON_LIST) support[r] += key.scores[r] / 2; supportHits.push(...key.hits); }
      key = { scores, hits, top };
    } else {
      for (const r of NO_REASON_LIST) support[r] += scores[r] / 2;
      supportHits.push(...hits);
    }
  }
  if (!key) return null;
  const total = (r: NoReason) => key!.scores[r] + support[r];
  const ranked = [...NO_REASON_LIST].sort((a, b) => total(b) - total(a));
  const reason = ranked[0]!;
  // "Without that, no deal." refuses in one sentence what another names: the reason may come from
  // the rest of the message, as long as the message refuses and the reason is well supported.
  if (total(reason) < DECIDING) return null;
  // Sure when the reason clearly beats the runner-up and its evidence is strong.
  const share = total(reason) / (total(reason) + total(ranked[1]!));
  const strength = 1 - Math.exp(-total(reason) / 3);
  const confidence = Math.round(Math.min(0.97, share * strength + 0.05) * 100) / 100;
  // Below this the reading is a guess (measured on two independently written sets of refusals and
  // on Enron mail: 0.45 keeps 93% of refusals right and decodes 13.5% of ordinary mail): say nothing.
  if (confidence < MIN_CONFIDENCE) return null;
  const hit = key.hits.filter((h) => h.reason === reason).sort((a, b) => b.weight - a.weight)[0] ?? supportHits.find((h) => h.reason === reason)!;
  return {
    reason,
    confidence,
    nextMove: NEXT_MOVES[reason],
    evidence: { start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end) },
  };
}

/**
 * How strongly the text names each reason in so many words: the weight of its strongest cue in any
 * of the text's own sentences, refusing or not. A classifier's reading of a "no" that names none of
 * its words is a guess about a reason the writer never gave.
 */
export function reasonWeights(text: string, work?: SentenceWork): Record<NoReason, number> {
  const normalized = normalizeQuotes(text);
  const weights: Record<NoReason, number> = { price: 0, timing: 0, terms: 0, value: 0, authority: 0 };
  for (const s of splitSentences(normalized, ownTextRanges(normalized))) {
    for (const h of cuesOf(s.text, work).hits) weights[h.reason] = Math.max(weights[h.reason], h.weight);
  }
  return weights;
}

/** The cues in one sentence (once per sentence of `work`). */
function cuesOf(sentence: string, work?: SentenceWork): SentenceCues {
  const known = work?.cues.get(sentence);
  if (known) return known;
  const hits: Hit[] = [];
  let refuses = REFUSAL_RE.test(sentence);
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    // Look-alikes ("doesn't work for us") are blanked out first, keeping the offsets.
    const text = cue.unless ? sentence.replace(cue.unless, (l) => ' '.repeat(l.length)) : sentence;
    // Each cue counts once per sentence: repetition is not extra evidence.
    const m = cue.re.exec(text);
    if (m) {
      hits.push({ reason: cue.reason, weight: cue.weight, start: m.index, end: m.index + m[0].length });
      if (cue.refuses) refuses = true;
    }
  }
  const read = { hits, refuses };
  work?.cues.set(sentence, read);
  return read;
}
