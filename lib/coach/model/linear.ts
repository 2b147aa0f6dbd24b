// A linear model over hashed features, as shipped: the kept feature hashes (sorted, delta-encoded
// as varints, base64) and one int8 weight per feature and class. Small enough for a content
// script's engine; scoring a sentence is one hash-table lookup per feature.
import type { FeatureBag } from './features';

/** The serialised form, as written by `npm run train`. */
export interface LinearModelData {
  classes: string[];
  bias: number[];
  /** A weight is `int8 * scale`. */
  scale: number;
  /** base64 of the sorted feature hashes, delta-encoded as unsigned LEB128 varints. */
  keys: string;
  /** base64 of `keys.length * classes.length` int8 weights, feature-major. */
  weights: string;
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function encodeKeys(sorted: readonly number[]): string {
  const bytes: number[] = [];
  let prev = 0;
  for (const h of sorted) {
    let d = h - prev;
    prev = h;
    while (d >= 0x80) { bytes.push((d % 0x80) | 0x80); d = Math.floor(d / 0x80); }
    bytes.push(d);
  }
  return toBase64(Uint8Array.from(bytes));
}

function decodeKeys(s: string): Uint32Array {
  const bytes = fromBase64(s);
  const out: number[] = [];
  let prev = 0;
  for (let i = 0; i < bytes.length;) {
    let d = 0;
    let mul = 1;
    for (;;) {
      const b = bytes[i++]!;
      d += (b & 0x7f) * mul;
      if (b < 0x80) break;
      mul *= 0x80;
    }
    prev += d;
    out.push(prev);
  }
  return Uint32Array.from(out);
}

/**
 * The kept feature hashes, each to its row: open addressing over typed arrays. (A Map keyed by
 * 32-bit hashes boxes most keys, and this lookup is most of the cost of scoring.)
 */
class HashIndex {
  private readonly keys: Uint32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;
  readonly size: number;

  constructor(hashes: Uint32Array) {
    let n = 1024;
    while (n < 2 * hashes.length) n *= 2;
    this.keys = new Uint32Array(n);
    this.rows = new Int32Array(n).fill(-1);
    this.mask = n - 1;
    this.size = hashes.length;
    hashes.forEach((h, row) => {
      let i = this.slot(h);
      while (this.rows[i]! >= 0) i = (i + 1) & this.mask;
      this.keys[i] = h;
      this.rows[i] = row;
    });
  }

  private slot(h: number): number { return (Math.imul(h, 0x9e3779b1) >>> 0) & this.mask; }

  /** The row of `h`, or -1. */
  get(h: number): number {
    for (let i = this.slot(h); ; i = (i + 1) & this.mask) {
      const row = this.rows[i]!;
      if (row < 0 || this.keys[i] === h) return row;
    }
  }
}

/** A text's scores: raw per class, and each token's share of them (class-major, `classes × tokens`). */
export interface Scores { z: Float64Array; perToken: Float64Array }

export class LinearModel {
  readonly classes: readonly string[];
  private readonly index: HashIndex;
  private readonly weights: Int8Array;
  private readonly bias: readonly number[];
  private readonly scale: number;

  constructor(data: LinearModelData) {
    this.classes = data.classes;
    const keys = decodeKeys(data.keys);
    this.index = new HashIndex(keys);
    const w = fromBase64(data.weights);
    this.weights = new Int8Array(w.buffer, w.byteOffset, w.byteLength);
    this.bias = data.bias;
    this.scale = data.scale;
    if (this.weights.length !== keys.length * this.classes.length) throw new Error('model: weights do not match features');
  }

  get size(): number { return this.index.size; }

  /**
   * Raw scores per class, and each token's share (a feature's weight split evenly among the tokens
   * it came from). Every feature occurrence counts `featureValue(n)` (n: all occurrences, kept or
   * not), so a long sentence does not pile up evidence just by being long.
   */
  score(bag: FeatureBag): Scores {
    const k = this.classes.length;
    const T = bag.tokens;
    const z = Float64Array.from(this.bias);
    const perToken = new Float64Array(k * T);
    const x = featureValue(bag.length) * this.scale;
    for (let f = 0; f < bag.length; f++) {
      const i = this.index.get(bag.hashes[f]!);
      if (i < 0) continue;
      const a = bag.from[f]!;
      const b = bag.to[f]!;
      const share = b > a ? 1 / (b - a) : 0;
      for (let c = 0; c < k; c++) {
        const w = this.weights[i * k + c]! * x;
        z[c]! += w;
        if (share) for (let t = a; t < b; t++) perToken[c * T + t]! += w * share;
      }
    }
    return { z, perToken };
  }
}

/**
 * The value of each feature of a text with `n` features: an L2-normalised binary vector, except
 * that a short text is normalised as if it had `SHORT` features, since a few words are little evidence.
 */
const SHORT = 80;
export const featureValue = (n: number) => (n > 0 ? 1 / Math.sqrt(Math.max(n, SHORT)) : 0);

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function softmax(z: ArrayLike<number>): number[] {
  const m = Math.max(...Array.from(z));
  const e = Array.from(z, (v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}
