// The learned reader of the writer's own "no", as the engine uses it: how likely a draft refuses,
// which part its refusal rests on, and how likely it leaves a door open. Written by `npm run train` (tools/train/own-no-train.ts),
// which records what it was trained on; the thresholds come with it.
import { features, type FeatureOptions } from './features';
import { LinearModel, softmax, type LinearModelData } from './linear';
import type { NoReason } from '../types';
import MODEL from './own-no.json';

/** The sentences around the refusal the part head reads; before < 0: the whole draft. */
export interface PartFocus { before: number; after: number }

interface OwnNoModelFile {
  trainedOn: { dataHash: string; files: { file: string; sha256: string }[]; settings: { features: FeatureOptions; partFocus?: PartFocus }; counts: Record<string, number> };
  thresholds: { refuses: number; doorConfirmed: number; doorAlone: number; partSure: number; partAlone: number };
  refuses: LinearModelData;
  door: LinearModelData;
  /** Which part a refusal rests on: "none" or one of the "No" reasons. */
  part: LinearModelData;
}

let FILE = MODEL as unknown as OwnNoModelFile;
let heads: { refuses: LinearModel; door: LinearModel; part: LinearModel } | null = null;
const loaded = () => (heads ??= { refuses: new LinearModel(FILE.refuses), door: new LinearModel(FILE.door), part: new LinearModel(FILE.part) });

// The heads read the same draft text in turn (whether it refuses, its door): its features are made once.
let lastText = '';
let lastFeatures: ReturnType<typeof features> | null = null;
const featuresOf = (text: string) => {
  if (!lastFeatures || text !== lastText) { lastText = text; lastFeatures = features(text, FILE.trainedOn.settings.features); }
  return lastFeatures;
};

const probability = (m: LinearModel, text: string) => 1 / (1 + Math.exp(-m.score(featuresOf(text)).z[0]!));

export const OWN_NO_THRESHOLDS = { ...FILE.thresholds };
// A model file from before the part head read a focus read the whole draft.
const focusOf = (file: OwnNoModelFile): PartFocus => file.trainedOn.settings.partFocus ?? { before: -1, after: 0 };
/** The focus the part head reads, as it was trained. */
export const OWN_NO_PART_FOCUS: PartFocus = { ...focusOf(FILE) };

/** Reads with another model file (tools/train/own-no-lowo.ts reads each writer with a model trained without them). */
export function useOwnNoModel(file: unknown): void {
  FILE = file as OwnNoModelFile;
  Object.assign(OWN_NO_THRESHOLDS, FILE.thresholds);
  Object.assign(OWN_NO_PART_FOCUS, focusOf(FILE));
  heads = null;
  lastFeatures = null;
}

/** How likely the draft (its own text) refuses or pushes back, 0..1. */
export const refusesProbability = (text: string) => probability(loaded().refuses, text);

/** How likely the draft's refusal leaves a door open, 0..1. */
export const doorProbability = (text: string) => probability(loaded().door, text);

/** The part a draft's refusal most likely rests on (null: it names none), and how likely that is. */
export function likeliestPart(text: string): { part: NoReason | null; p: number } {
  const m = loaded().part;
  const p = softmax(m.score(featuresOf(text)).z);
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i]! > p[best]!) best = i;
  const name = m.classes[best]!;
  return { part: name === 'none' ? null : (name as NoReason), p: p[best]! };
}
