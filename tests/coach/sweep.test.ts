import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import nlp from 'compromise/two';
// compromise's own candidate selection, to hold ours to (not exported, so read from its source).
// @ts-expect-error compromise ships no types for its internals
import compromiseBulkMatch from '../../node_modules/compromise/src/1-one/sweep/methods/sweep/index.js';
import '../../lib/coach/nlp';
import { bulkMatch } from '../../lib/coach/sweep';

type Methods = { one: { bulkMatch: unknown } };
const methods = (nlp.world() as unknown as { methods: Methods }).methods;

/** Every term of a parse with everything the post-tagger can set, tags in the order they were added. */
function tagsWith(matcher: unknown, text: string): string {
  const before = methods.one.bulkMatch;
  methods.one.bulkMatch = matcher;
  try {
    const docs = (nlp(text) as unknown as { docs: Array<Array<{ text: string; normal: string; tags: Set<string>; chunk?: string; switch?: string }>> }).docs;
    return JSON.stringify(docs.map((s) => s.map((t) => [t.text, t.normal, [...t.tags], t.chunk, t.switch])));
  } finally {
    methods.one.bulkMatch = before;
  }
}

const SENTENCES = [
  "Why didn't anyone tell me the launch moved to Friday?",
  'As I said before, the invoice was sent on March 3rd, and nobody replied.',
  "I'm not going to keep chasing this, frankly it's ridiculous.",
  'Could you walk me through how the 50% deposit was calculated?',
  "We can't do that price; it would mean cutting the support team's hours.",
  'Thanks so much, Dana! Really appreciate you jumping on this so quickly.',
  'whatever, do what you want. i dont care anymore',
  'The board, not the team, decided to delay the Q3 roadmap review until next week.',
  'Per my last email: please confirm receipt.',
  'She said it was fine, but honestly I think it was never going to work.',
];

describe('the post-tagger sweep', () => {
  it('tags sentences exactly as compromise does', () => {
    for (const s of SENTENCES) expect(tagsWith(bulkMatch, s)).toBe(tagsWith(compromiseBulkMatch, s));
  });

  it('tags any mix of these words exactly as compromise does', () => {
    const words = [...new Set(SENTENCES.join(' ').split(/\s+/))];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 25 }), (ws) => {
      const text = ws.join(' ');
      expect(tagsWith(bulkMatch, text)).toBe(tagsWith(compromiseBulkMatch, text));
    }), { numRuns: 150 });
  });

  it("tags a sample of the project's own corpus exactly as compromise does", () => {
    // Every 50th sentence the writers wrote for training (data/corpus): every register they used.
    const dir = 'data/corpus/sentences';
    const texts = readdirSync(dir).sort().flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text));
    const sample = texts.filter((_, i) => i % 50 === 0);
    expect(sample.length).toBeGreaterThan(500);
    for (const s of sample) expect(tagsWith(bulkMatch, s), s).toBe(tagsWith(compromiseBulkMatch, s));
  });
});
