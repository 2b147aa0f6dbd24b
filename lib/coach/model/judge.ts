// The learned judgement, as the engine uses it: per-category probabilities for a sentence, the
// words that weighed most, per-sensitivity thresholds chosen at training time, and the reason
// classifier for refusals. The model file is written by `npm run train` (tools/train) and records
// what it was trained on.
import type { FlagCategory, NoReason, Sensitivity } from '../types';
import { featuresOnce, tokenize, type FeatureOptions, type Token } from './features';
import { LinearModel, softmax, type LinearModelData } from './linear';
import { scoreSentence } from './score';
import { mayFlag } from './gate';
import MODEL from './model.json';

export interface ModelFile {
  version: 1;
  trainedOn: {
    dataHash: string;
    files: { file: string; sha256: string }[];
    settings: unknown;
    counts: Record<string, number>;
  };
  features: FeatureOptions;
  sentence: LinearModelData & {
    /** Per sensitivity, the probability from which the model reports a category. */
    thresholds: Record<Sensitivity, Record<FlagCategory, number>>;
    /** How much of the strongest word's weight is set aside before reading a probability (see score.ts). */
    discount: number;
    /** A rule hit of a category is quieted when the model's highest probability for any category is below this. */
    quiet: Record<FlagCategory, number>;
  };
  reason: LinearModelData & { threshold: number };
  /** Figures from training, on writers held out in turn. */
  heldOut: Record<string, unknown>;
}

const FILE = MODEL as unknown as ModelFile;

let sentenceModel: LinearModel | undefined;
let reasonModel: LinearModel | undefined;
// Decoded on first use, so loading the engine does not pay for it.
const sentence = () => (sentenceModel ??= new LinearModel(FILE.sentence));
const reason = () => (reasonModel ??= new LinearModel(FILE.reason));

export const MODEL_INFO = { trainedOn: FILE.trainedOn, heldOut: FILE.heldOut };

export interface SentenceJudgement {
  probs: Record<FlagCategory, number>;
  /** Whether the model may flag the category at all (see gate.ts). */
  mayFlag(category: FlagCategory): boolean;
  /** The words that weighed most towards a category, strongest first, offsets into the text. */
  because(category: FlagCategory, max?: number): { start: number; end: number; text: string }[];
}

// The probabilities of sentences judged lately. The coach judges each sentence of a draft once; heat
// reads the same sentences again after every analysis, and must not score the whole draft anew.
const RECENT = new Map<string, Record<FlagCategory, number>>();
const RECENT_MAX = 4000;

/** A sentence's probabilities, remembered (the cheap part of a judgement, for heat). */
export function sentenceProbs(text: string): Record<FlagCategory, number> {
  return RECENT.get(text) ?? judgeSentence(text).probs;
}

export function judgeSentence(text: string): SentenceJudgement {
  const m = sentence();
  const tokens = tokenize(text);
  const scored = scoreSentence(m, featuresOnce(text, FILE.features, tokens), tokens, FILE.sentence.discount);
  const probs = {} as Record<FlagCategory, number>;
  m.classes.forEach((c, i) => { probs[c as FlagCategory] = scored.p[i]!; });
  if (RECENT.size >= RECENT_MAX) RECENT.delete(RECENT.keys().next().value!);
  RECENT.set(text, probs);
  return {
    probs,
    mayFlag: (category) => mayFlag(category, text, tokens, scored.perToken[m.classes.indexOf(category)]!),
    because: (category, max = 3) => because(text, tokens, scored.perToken[m.classes.indexOf(category)]!, max),
  };
}

/** The words that weighed most: each word's share of the score (a feature's weight split among its words). */
function because(text: string, tokens: Token[], perToken: ArrayLike<number>, max: number) {
  const perWord = new Map<string, { start: number; end: number; w: number }>();
  tokens.forEach((tok, i) => {
    const key = `${tok.start}:${tok.end}`;
    const e = perWord.get(key) ?? { start: tok.start, end: tok.end, w: 0 };
    e.w += perToken[i]!;
    perWord.set(key, e);
  });
  const top = Math.max(0, ...[...perWord.values()].map((e) => e.w));
  return [...perWord.values()]
    .filter((e) => e.w > 0 && e.w >= top * 0.25 && /[a-z]/i.test(text.slice(e.start, e.end)))
    .sort((a, b) => b.w - a.w || a.start - b.start)
    .slice(0, max)
    .sort((a, b) => a.start - b.start)
    .map((e) => ({ start: e.start, end: e.end, text: text.slice(e.start, e.end) }));
}

export function threshold(category: FlagCategory, level: Sensitivity): number {
  return FILE.sentence.thresholds[level][category];
}

export function quietBelow(category: FlagCategory): number {
  return FILE.sentence.quiet[category];
}

export type ReasonClass = NoReason | 'none';

/** The best reason must be this many times as likely as the next one. */
const RUNNER_UP_MARGIN = 1.5;

export interface ReasonJudgement {
  probs: Record<ReasonClass, number>;
  /** The most likely reason (never "none") and its probability. */
  best: { reason: NoReason; p: number };
  /** True when the reading is sure enough to show. */
  sure: boolean;
  /** The word that weighed most towards the best reason, offsets into the text. */
  evidence(): { start: number; end: number; text: string } | null;
}

export function judgeReason(text: string): ReasonJudgement {
  const m = reason();
  const tokens = tokenize(text);
  const scored = scoreSentence(m, featuresOnce(text, FILE.features, tokens), tokens, 0);
  const p = softmax(scored.z);
  const probs = {} as Record<ReasonClass, number>;
  m.classes.forEach((c, i) => { probs[c as ReasonClass] = p[i]!; });
  const ranked = m.classes.filter((c) => c !== 'none').sort((a, b) => probs[b as ReasonClass] - probs[a as ReasonClass]);
  const best = { reason: ranked[0] as NoReason, p: probs[ranked[0] as ReasonClass] };
  const runnerUp = probs[ranked[1] as ReasonClass];
  return {
    probs,
    best,
    // Sure when likely enough and clearly ahead of the next reason: a tie between two is a guess.
    sure: best.p >= FILE.reason.threshold && best.p >= RUNNER_UP_MARGIN * runnerUp,
    evidence: () => because(text, tokens, scored.perToken[m.classes.indexOf(best.reason)]!, 1)[0] ?? null,
  };
}
