// The coach on sentences and refusals written independently of its rules (see fixtures/README.md):
// a regression floor for the kinds they cover, not a copy of any rule's examples.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze, decodeNo } from '../../lib/coach';

const load = (f: string) => readFileSync(new URL(`./fixtures/${f}`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

describe.each([
  ['sentences.jsonl', { recall: 0.95, categories: 0.93, falseFlags: 0.02 }],
  ['sentences-2.jsonl', { recall: 0.85, categories: 0.8, falseFlags: 0.03 }],
] as const)('independently written sentences (%s)', (file, floor) => {
  const items = load(file) as Array<{ text: string; labels: string[] }>;
  let pos = 0, hit = 0, pairs = 0, pairHit = 0, neg = 0, falseFlags = 0;
  for (const it of items) {
    const got = new Set(analyze(it.text).filter((f) => f.category !== 'strength').map((f) => f.category as string));
    if (it.labels.length) {
      pos++; if (got.size) hit++;
      for (const l of it.labels) { pairs++; if (got.has(l)) pairHit++; }
    } else { neg++; if (got.size) falseFlags++; }
  }
  it('finds the flagged ones', () => expect(hit / pos).toBeGreaterThanOrEqual(floor.recall));
  it('names their categories', () => expect(pairHit / pairs).toBeGreaterThanOrEqual(floor.categories));
  it('stays quiet on the look-alikes', () => expect(falseFlags / neg).toBeLessThanOrEqual(floor.falseFlags));
});

describe.each(['refusals.jsonl', 'refusals-2.jsonl'])('independently written refusals (%s)', (file) => {
  const items = load(file) as Array<{ text: string; reason: string | null }>;
  const right = items.filter((it) => (decodeNo(it.text)?.reason ?? null) === it.reason).length;
  it('decodes what the "no" is about', () => expect(right / items.length).toBeGreaterThanOrEqual(0.9));
});
