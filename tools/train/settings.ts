// Everything `npm run train` decides besides the data. The model records these with the data's
// hash; change one and the model must be retrained (tests/coach/model/model-fresh.test.ts).
import { DEFAULT_FEATURES } from '../../lib/coach/model/features';

export const SETTINGS = {
  seed: 20261201,
  /** Writers are held out in this many groups (writer i in group i mod folds) to choose thresholds. */
  folds: 4,
  features: { ...DEFAULT_FEATURES, contentGrams: true },
  /** Near-duplicates (Jaccard of word pairs at or above this) are dropped; the first one is kept. */
  nearDuplicate: 0.8,
  /** Generated noise (symbols, code, base64, tables) labelled clean, so junk never reads as hostile. */
  noise: 400,
  /** How much an ordinary-email sentence counts in training, against 1 for the others. */
  ordinaryWeight: 20,
  /** Calm sentences of whole emails count as ordinary email (weight and threshold target). */
  emailCalmIsOrdinary: true,
  /** How much a clean sentence of the other writers (mostly look-alikes) counts. */
  cleanWeight: 3,
  /** Share of the strongest word's weight set aside before a sentence is judged (lib/coach/model/score.ts). */
  discount: 0.75,
  sentence: { epochs: 10, lr: 0.3, l2: 1e-6, keep: 20000, minWeight: 0.015, fineTune: 2, minCount: 3 },
  reason: { epochs: 12, lr: 0.25, l2: 2e-5, keep: 6000, minWeight: 0.015, fineTune: 2 },
  /**
   * Per sensitivity, what a model finding must meet on sentences of writers it was not trained on:
   * precision for its category, the share of clean look-alikes it may flag, and the share of
   * ordinary email (the writers whose files start with "o", all clean) it may flag. Precision first:
   * most of what people write is ordinary, so that share is held lowest.
   */
  levels: {
    gentle: { precision: 0.95, cleanRate: 0.003, ordinaryRate: 0.0002 },
    balanced: { precision: 0.9, cleanRate: 0.008, ordinaryRate: 0.0005 },
    strict: { precision: 0.8, cleanRate: 0.02, ordinaryRate: 0.002 },
  },
  /** Per sensitivity, no category's threshold is below this probability (see train.ts). */
  minThreshold: { gentle: 0.25, balanced: 0.25, strict: 0.15 },
  /** A rule hit is quieted when the model reads it as clean this surely (share of such hits that were clean). */
  quietPurity: 0.9,
  /** The reason classifier names a reason only where its readings are right this often. */
  reasonPrecision: 0.9,
} as const;

export type TrainSettings = typeof SETTINGS;

/** `base` with a trial's changes laid over it, at any depth (`--try '{"sentence":{"epochs":5}}'`). */
export const withTrial = (a: any, b: any): any => (b && typeof b === 'object' && !Array.isArray(b) ? Object.fromEntries([...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => [k, k in b ? withTrial(a[k], b[k]) : a[k]])) : b === undefined ? a : b);
