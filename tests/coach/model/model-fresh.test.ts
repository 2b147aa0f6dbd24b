// The shipped model must be the one `npm run train` makes from the data in the repository.
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { fingerprint, loadRefusals, loadSentences } from '../../../tools/train/data';
import { SETTINGS } from '../../../tools/train/settings';

const modelPath = new URL('../../../lib/coach/model/model.json', import.meta.url);
const model = JSON.parse(readFileSync(modelPath, 'utf8'));

describe('the shipped model', () => {
  it('was trained on the corpus and settings now in the repository (run `npm run train` after changing either)', () => {
    const now = fingerprint(SETTINGS);
    expect(model.trainedOn.files).toEqual(now.files);
    expect(model.trainedOn.settings).toEqual(JSON.parse(JSON.stringify(SETTINGS)));
    expect(model.trainedOn.dataHash).toBe(now.dataHash);
  });
  it('records what it was trained on', () => {
    const c = model.trainedOn.counts;
    expect(c.sentencesRead).toBe(loadSentences().length);
    expect(c.refusalsRead).toBe(loadRefusals().length);
    expect(c.sentences).toBeGreaterThanOrEqual(8000);
    expect(c.refusalsRead).toBeGreaterThanOrEqual(1500);
    expect(c.writers).toBeGreaterThanOrEqual(8);
    expect(c.clean / c.sentences).toBeGreaterThanOrEqual(0.4);
  });
  it('adds at most 250 KB gzip to the engine', () => {
    expect(gzipSync(readFileSync(modelPath)).length).toBeLessThanOrEqual(250 * 1024);
  });
  it('has thresholds for every level, calmer levels never eagerer', () => {
    const t = model.sentence.thresholds;
    for (const c of ['why', 'defensive', 'ego', 'withdrawal']) {
      expect(t.gentle[c]).toBeGreaterThanOrEqual(t.balanced[c]);
      expect(t.balanced[c]).toBeGreaterThanOrEqual(t.strict[c]);
    }
  });
});
