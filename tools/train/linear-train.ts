// Training a linear model over the engine's own features: logistic regression (one against the rest,
// for sentence categories) or softmax (one reason among several), fitted with AdaGrad, then pruned
// to the features that carry weight, fine-tuned on those and quantised to int8. Deterministic: a
// seeded shuffle, a fixed order of features, and no parallelism.
import { features, type FeatureOptions } from '../../lib/coach/model/features';
import { rng } from '../random';
import { encodeKeys, featureValue, sigmoid, softmax, toBase64, type LinearModelData } from '../../lib/coach/model/linear';

export interface TrainConfig { epochs: number; lr: number; l2: number; keep: number; minWeight: number; fineTune: number; /** A feature seen in fewer examples than this gets no weight. */ minCount?: number }

export interface Example { text: string; y: number[]; /** How much the example counts (default 1). */ weight?: number }

function shuffled(n: number, random: () => number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [idx[i], idx[j]] = [idx[j]!, idx[i]!]; }
  return idx;
}

export function trainLinear(
  examples: readonly Example[], classes: readonly string[], mode: 'ovr' | 'softmax',
  cfg: TrainConfig, featureOpts: FeatureOptions, seed: number,
): LinearModelData {
  const k = classes.length;
  // Dense ids in order of first appearance: the same data gives the same ids.
  const ids = new Map<number, number>();
  const hashes: number[] = [];
  // A row is the example's feature occurrences as ids (a feature met twice is there twice).
  const rows = examples.map((e) => {
    const bag = features(e.text, featureOpts);
    const row = new Int32Array(bag.length);
    for (let f = 0; f < bag.length; f++) {
      const h = bag.hashes[f]!;
      let id = ids.get(h);
      if (id === undefined) { id = hashes.length; ids.set(h, id); hashes.push(h); }
      row[f] = id;
    }
    return row;
  });
  const n = hashes.length;
  const seen = new Uint32Array(n);
  const lastRow = new Int32Array(n).fill(-1);
  rows.forEach((row, r) => { for (const f of row) if (lastRow[f] !== r) { lastRow[f] = r; seen[f]!++; } });
  const W = new Float64Array(n * k);
  const G = new Float64Array(n * k);
  const b = new Float64Array(k);
  const Gb = new Float64Array(k);
  const random = rng(seed);
  // Rare features are where a linear model memorises its writers; they take no part.
  const active = new Uint8Array(n);
  for (let f = 0; f < n; f++) active[f] = seen[f]! >= (cfg.minCount ?? 1) ? 1 : 0;

  const epoch = () => {
    for (const i of shuffled(examples.length, random)) {
      const row = rows[i]!;
      const y = examples[i]!.y;
      const weight = examples[i]!.weight ?? 1;
      const x = featureValue(row.length);
      const z = Array.from(b);
      for (const f of row) if (active[f]) for (let c = 0; c < k; c++) z[c]! += W[f * k + c]! * x;
      const p = mode === 'ovr' ? z.map(sigmoid) : softmax(z);
      for (let c = 0; c < k; c++) {
        const g = (p[c]! - y[c]!) * weight;
        Gb[c]! += g * g;
        b[c]! -= (cfg.lr * g) / Math.sqrt(Gb[c]! + 1e-8);
        for (const f of row) {
          if (!active[f]) continue;
          const j = f * k + c;
          const gj = g * x + cfg.l2 * W[j]!;
          G[j]! += gj * gj;
          W[j]! -= (cfg.lr * gj) / Math.sqrt(G[j]! + 1e-8);
        }
      }
    }
  };
  for (let e = 0; e < cfg.epochs; e++) epoch();

  // Keep the features that weigh most (ties broken by hash, so the choice is stable).
  const importance = (f: number) => { let m = 0; for (let c = 0; c < k; c++) m = Math.max(m, Math.abs(W[f * k + c]!)); return m; };
  const order = Array.from({ length: n }, (_, f) => f)
    .filter((f) => active[f] && importance(f) >= cfg.minWeight)
    .sort((x, y) => importance(y) - importance(x) || hashes[x]! - hashes[y]!)
    .slice(0, cfg.keep);
  active.fill(0);
  for (const f of order) active[f] = 1;
  for (let f = 0; f < n; f++) if (!active[f]) for (let c = 0; c < k; c++) W[f * k + c] = 0;
  for (let e = 0; e < cfg.fineTune; e++) epoch();

  const kept = order.sort((x, y) => hashes[x]! - hashes[y]!);
  let maxAbs = 1e-9;
  for (const f of kept) for (let c = 0; c < k; c++) maxAbs = Math.max(maxAbs, Math.abs(W[f * k + c]!));
  const scale = Number((maxAbs / 127).toPrecision(6));
  const q = new Int8Array(kept.length * k);
  kept.forEach((f, i) => { for (let c = 0; c < k; c++) q[i * k + c] = Math.max(-127, Math.min(127, Math.round(W[f * k + c]! / scale))); });
  return {
    classes: [...classes],
    bias: Array.from(b, (v) => Number(v.toFixed(6))),
    scale,
    keys: encodeKeys(kept.map((f) => hashes[f]!)),
    weights: toBase64(new Uint8Array(q.buffer)),
  };
}
