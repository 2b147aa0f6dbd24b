// The learned reader of the writer's own "no", as the engine uses it: how likely a draft refuses,
// and how likely a refusal leaves a door open. Written by `npm run train` (tools/train/own-no-train.ts),
// which records what it was trained on; the thresholds come with it.
import { features, type FeatureOptions } from './features';
import { LinearModel, type LinearModelData } from './linear';
import MODEL from './own-no.json';

interface OwnNoModelFile {
  trainedOn: { dataHash: string; files: { file: string; sha256: string }[]; settings: { features: FeatureOptions }; counts: Record<string, number> };
  thresholds: { refuses: number; doorConfirmed: number; doorAlone: number };
  refuses: LinearModelData;
  door: LinearModelData;
}

const FILE = MODEL as unknown as OwnNoModelFile;
let heads: { refuses: LinearModel; door: LinearModel } | null = null;
const loaded = () => (heads ??= { refuses: new LinearModel(FILE.refuses), door: new LinearModel(FILE.door) });

const probability = (m: LinearModel, text: string) => 1 / (1 + Math.exp(-m.score(features(text, FILE.trainedOn.settings.features)).z[0]!));

export const OWN_NO_THRESHOLDS = FILE.thresholds;

/** How likely the draft (its own text) refuses or pushes back, 0..1. */
export const refusesProbability = (text: string) => probability(loaded().refuses, text);

/** How likely the draft's refusal leaves a door open, 0..1. */
export const doorProbability = (text: string) => probability(loaded().door, text);
