// How the sentence model decides, shared by training (thresholds are chosen on these scores) and the
// engine. A flag should not rest on one word: that is what a keyword list does, and look-alikes share
// keywords ("I can see why…", "whatever you decide"). So the strongest single word's weight is
// discounted before the probability is read, and a sentence is flagged on a pattern of evidence.
import type { Feature, Token } from './features';
import { LinearModel, sigmoid } from './linear';

export interface Scored {
  /** Per class, the probability after discounting the strongest word. */
  p: number[];
  /** Per class, the raw score with every word at full weight. */
  z: number[];
  /** Per class and token, the token's share of the score. */
  perToken: number[][];
}

export function scoreSentence(model: LinearModel, feats: readonly Feature[], tokens: readonly Token[], discount: number): Scored {
  const { z, hits } = model.score(feats);
  const k = model.classes.length;
  const perToken = Array.from({ length: k }, () => new Array<number>(tokens.length).fill(0));
  for (const h of hits) {
    const n = h.feature.tokens.length;
    if (!n) continue;
    for (let c = 0; c < k; c++) for (const t of h.feature.tokens) perToken[c]![t]! += h.w[c]! / n;
  }
  // Tokens of one written word ("didn't": did, not) count together, by their source position.
  const wordOf = new Int32Array(tokens.length);
  let words = 0;
  for (let i = 0; i < tokens.length; i++) wordOf[i] = i > 0 && tokens[i]!.start === tokens[i - 1]!.start ? wordOf[i - 1]! : words++;
  const byWord = new Float64Array(words);
  const p = z.map((zc, c) => {
    byWord.fill(0);
    const row = perToken[c]!;
    for (let i = 0; i < tokens.length; i++) byWord[wordOf[i]!]! += row[i]!;
    let top = 0;
    for (let w = 0; w < words; w++) if (byWord[w]! > top) top = byWord[w]!;
    return sigmoid(zc - discount * top);
  });
  return { p, z, perToken };
}
