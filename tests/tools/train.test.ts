// Training is deterministic: the same data and settings give the same model bytes.
import { describe, expect, it } from 'vitest';
import { trainLinear } from '../../tools/train/linear-train';
import { emailSentences, loadSentences } from '../../tools/train/data';
import { SETTINGS } from '../../tools/train/settings';
import { FLAG_CATEGORIES } from '../../lib/coach/types';
import { LinearModel, sigmoid } from '../../lib/coach/model/linear';
import { features } from '../../lib/coach/model/features';
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
    FLAG_CATEGORIES.forEach((_, c) => {
      const mean = (pos: boolean) => {
        const ps = sample.filter((s) => (s.y[c] === 1) === pos).map((s) => sigmoid(m.score(features(s.text)).z[c]!));
        return ps.reduce((a, b) => a + b, 0) / ps.length;
      };
      expect(mean(true)).toBeGreaterThan(mean(false) + 0.2);
    });
  });
  it('makes the same noise for the same seed', () => {
    expect(noiseSentences(20, 3)).toEqual(noiseSentences(20, 3));
    expect(noiseSentences(20, 3)).not.toEqual(noiseSentences(20, 4));
  });
});

describe('emailSentences', () => {
  const email = 'Hi Dana,\n\nThanks for the update on the shipment. Frankly, your team has botched every order this year. ' +
    'We can talk on Friday.\n\nBest,\nLee\n\nOn Mon, 9 Feb 2026, Dana wrote:\n> Why is this late again?';
  it('labels the marked sentences, keeps the rest clean, and skips quoted history', () => {
    const got = emailSentences(email, [{ quote: 'Frankly, your team has botched every order this year.', labels: ['ego'] }]);
    expect(got.find((s) => s.text.startsWith('Frankly'))?.labels).toEqual(['ego']);
    expect(got.find((s) => s.text.startsWith('Thanks'))?.labels).toEqual([]);
    expect(got.some((s) => s.text.includes('late again'))).toBe(false);
  });
  it('leaves out a sentence that only grazes a marked passage', () => {
    const got = emailSentences(email, [{ quote: 'shipment. Frankly, your team has botched every order this year.', labels: ['ego'] }]);
    expect(got.some((s) => s.text.startsWith('Thanks'))).toBe(false);
    expect(got.find((s) => s.text.startsWith('Frankly'))?.labels).toEqual(['ego']);
  });
});
