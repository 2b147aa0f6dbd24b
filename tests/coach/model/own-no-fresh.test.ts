// The shipped own-no reader must be the one `npm run train` makes from the drafts in the repository,
// and say what it was trained on.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const model = JSON.parse(readFileSync(new URL('../../../lib/coach/model/own-no.json', import.meta.url), 'utf8'));
const CORPUS = new URL('../../../data/corpus/', import.meta.url).pathname;

describe('the shipped own-no reader', () => {
  it('was trained on the files now in the repository (run `npm run train` after changing them)', () => {
    for (const f of model.trainedOn.files as { file: string; sha256: string }[]) {
      expect(createHash('sha256').update(readFileSync(join(CORPUS, f.file))).digest('hex'), f.file).toBe(f.sha256);
    }
    const files = (model.trainedOn.files as { file: string }[]).map((f) => f.file);
    expect(files.filter((f) => f.startsWith('own-no/'))).toEqual(readdirSync(join(CORPUS, 'own-no')).filter((f) => f.endsWith('.jsonl')).sort().map((f) => `own-no/${f}`));
    // Never the shared evaluation sets or corpora.
    expect(files.some((f) => f.includes('shared') || f.includes('eval'))).toBe(false);
  });
  it('records what it was trained on, and its thresholds', () => {
    expect(model.trainedOn.counts).toMatchObject({ drafts: 1000, refusingDrafts: 750 });
    expect(model.trainedOn.counts.refusalMessages).toBeGreaterThanOrEqual(3000);
    expect(model.thresholds).toEqual(model.trainedOn.settings.thresholds);
  });
});
