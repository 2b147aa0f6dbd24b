// How the sentence model decides, shared by training (thresholds are chosen on these scores) and the
// engine. A flag should not rest on one word: that is what a keyword list does, and look-alikes share
// keywords ("I can see why…", "whatever you decide"). So the strongest single word's weight is
// discounted before the probability is read, and a sentence is flagged on a pattern of evidence.
import type { FeatureBag, Token } from './features';
import { LinearModel, sigmoid } from './linear';

export interface Scored {
  /** Per class, the probability after discounting the strongest word. */
  p: number[];
  /** Per class, the raw score with every word at full weight. */
  z: Float64Array;
  /** Per class, each token's share of the score. */
  perToken: Float64Array[];
}

export function scoreSentence(model: LinearModel, bag: FeatureBag, tokens: readonly Token[], discount: number): Scored {
  const { z, perToken: flat } = model.score(bag);
  const k = model.classes.length;
  const T = tokens.length;
  const perToken = Array.from({ length: k }, (_, c) => flat.subarray(c * T, (c + 1) * T));
  // Tokens of one written word ("didn't": did, not) count together, by their source position.
  // Tokens are in text order, so a word's tokens are adjacent: sum each run and keep the largest.
  const p: number[] = new Array(k);
  for (let c = 0; c < k; c++) {
    const base = c * T;
    let top = 0;
    let sum = 0;
    for (let i = 0; i < T; i++) {
      if (i > 0 && tokens[i]!.start !== tokens[i - 1]!.start) { if (sum > top) top = sum; sum = 0; }
      sum += flat[base + i]!;
    }
    if (sum > top) top = sum;
    p[c] = sigmoid(z[c]! - discount * top);
  }
  return { p, z, perToken };
}
