// When the model may speak at all, whatever its probability. Shared by training (thresholds are
// chosen on what passes) and the engine.
// - A few words are too little evidence: short stock phrases ("Fine.", "Whatever.") are the rules' job.
// - "Why this was flagged" must name words the writer can change; a flag that rests on "you",
//   "will" and "a" (or on "why" alone) is the model reading style, not hostility.
// - A How/What question is the calibrated question the coach recommends: the model never calls one a
//   why-demand. Its why findings need a why-word, which the rewrite is built from.
import type { FlagCategory } from '../types';
import { FUNCTION_WORDS as FUNCTION, type Token } from './features';

export const MIN_WORDS = 4;

const WHY_WORD = /\b(?:why|y|how come)\b/i;

export function mayFlag(category: FlagCategory, text: string, tokens: readonly Token[], perToken: ArrayLike<number>): boolean {
  const words = tokens.filter((t) => /^[a-z]/.test(t.stem));
  if (words.length < MIN_WORDS) return false;
  if (category === 'why' && !WHY_WORD.test(text)) return false;
  // The strongest few words towards the category must include one that means something.
  // (The same words "why this was flagged" shows: a quarter of the strongest word's weight or more.)
  const ranked = tokens.map((t, i) => ({ t, w: perToken[i]! })).filter((x) => x.w > 0).sort((a, b) => b.w - a.w).slice(0, 3);
  const top = ranked[0]?.w ?? 0;
  for (let i = ranked.length - 1; i >= 0; i--) if (ranked[i]!.w < top * 0.25) ranked.splice(i, 1);
  // For a why-demand that word is not "why" itself: explanatory "why" ("I can see why…") looks the same.
  return ranked.some((x) => !FUNCTION.has(x.t.stem));
}
