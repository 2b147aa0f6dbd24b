import { describe, expect, it } from 'vitest';
import { encodeKeys, featureValue, LinearModel, toBase64 } from '../../../lib/coach/model/linear';
import { hashKey } from '../../../lib/coach/model/features';

describe('LinearModel', () => {
  it('decodes what was encoded and scores the features it keeps', () => {
    const hashes = [hashKey('w:a'), hashKey('w:b'), hashKey('w:c'), 0xffffffff].sort((x, y) => x - y);
    const weights = new Int8Array(hashes.length * 2);
    const ib = hashes.indexOf(hashKey('w:b'));
    weights[ib * 2] = 100;
    weights[ib * 2 + 1] = -50;
    const m = new LinearModel({ classes: ['x', 'y'], bias: [0.5, -0.5], scale: 0.01, keys: encodeKeys(hashes), weights: toBase64(new Uint8Array(weights.buffer)) });
    expect(m.size).toBe(4);
    // Two occurrences: "w:b" from token 0 to 2, and "w:zzz", which the model does not keep.
    const bag = { length: 2, hashes: Uint32Array.of(hashKey('w:b'), hashKey('w:zzz')), from: Uint16Array.of(0, 2), to: Uint16Array.of(2, 3), tokens: 3 };
    const { z, perToken } = m.score(bag);
    // Each occurrence counts 1/sqrt(n), with short texts normalised as longer ones.
    const x = featureValue(2);
    expect(z[0]).toBeCloseTo(0.5 + 1 * x);
    expect(z[1]).toBeCloseTo(-0.5 - 0.5 * x);
    expect(featureValue(400)).toBeCloseTo(1 / 20);
    expect(featureValue(2)).toBe(featureValue(10));
    // The kept feature's weight is split between its two tokens; the third gets nothing.
    expect(Array.from(perToken.subarray(0, 3))).toEqual([x / 2, x / 2, 0].map((v) => expect.closeTo(v, 9)));
    expect(perToken[3 + 2]).toBe(0);
  });
  it('refuses weights that do not fit the features', () => {
    expect(() => new LinearModel({ classes: ['x'], bias: [0], scale: 1, keys: encodeKeys([1, 2]), weights: toBase64(new Uint8Array(1)) })).toThrow(/weights/);
  });
});
