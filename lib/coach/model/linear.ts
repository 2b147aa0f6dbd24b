// A linear model over hashed features, as shipped: the kept feature hashes (sorted, delta-encoded
// as varints, base64) and one int8 weight per feature and class. Small enough for a content
// script's engine, and scoring a sentence is a binary search per feature.
import { hashKey, type Feature } from './features';

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

export class LinearModel {
  readonly classes: readonly string[];
  private readonly keys: Uint32Array;
  private readonly weights: Int8Array;
  private readonly bias: readonly number[];
  private readonly scale: number;

  constructor(data: LinearModelData) {
    this.classes = data.classes;
    this.keys = decodeKeys(data.keys);
    const w = fromBase64(data.weights);
    this.weights = new Int8Array(w.buffer, w.byteOffset, w.byteLength);
    this.bias = data.bias;
    this.scale = data.scale;
    if (this.weights.length !== this.keys.length * this.classes.length) throw new Error('model: weights do not match features');
  }

  get size(): number { return this.keys.length; }

  /** Index of a feature hash among the kept ones, or -1. */
  private indexOf(h: number): number {
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.keys[mid]!;
      if (v === h) return mid;
      if (v < h) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
  }

  /**
   * Raw scores per class, and each kept feature's contribution per class (for explanations). Every
   * feature of the text counts `1/sqrt(n)` (n: all its features, kept or not), so a long sentence
   * does not pile up evidence just by being long.
   */
  score(feats: readonly Feature[]): { z: number[]; hits: { feature: Feature; w: number[] }[] } {
    const k = this.classes.length;
    const z = [...this.bias];
    const hits: { feature: Feature; w: number[] }[] = [];
    const x = featureValue(feats.length);
    for (const f of feats) {
      const i = this.indexOf(hashKey(f.key));
      if (i < 0) continue;
      const w: number[] = new Array(k);
      for (let c = 0; c < k; c++) { w[c] = this.weights[i * k + c]! * this.scale * x; z[c]! += w[c]!; }
      hits.push({ feature: f, w });
    }
    return { z, hits };
  }
}

/**
 * The value of each feature of a text with `n` features: an L2-normalised binary vector, except
 * that a short text is normalised as if it had `SHORT` features, since a few words are little evidence.
 */
const SHORT = 80;
export const featureValue = (n: number) => (n > 0 ? 1 / Math.sqrt(Math.max(n, SHORT)) : 0);

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function softmax(z: readonly number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}
