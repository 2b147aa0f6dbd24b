// The review score: a rewrite counts only with the review of a reading that saw exactly it.
import { describe, expect, it } from 'vitest';
import { pairFor, scoreReadings, type Reading } from '../../../tools/review/pairs';

describe('pairFor', () => {
  it("puts the first why suggestion in place of the finding's span", () => {
    const p = pairFor({ id: 'x', text: "Thanks for the call. Why didn't you send the revised quote?" })!;
    expect(p.rewrite).toBe('Thanks for the call. What got in the way of sending the revised quote?');
    expect(pairFor({ id: 'y', text: 'Thanks, see you on Monday.' })).toBeNull();
  });
});

describe('scoreReadings', () => {
  const reading = (rewrites: Record<string, string>, good: string[]): Reading => ({
    rewrites: new Map(Object.entries(rewrites)),
    reviews: new Map(Object.keys(rewrites).map((id) => [id, { id, fluent: good.includes(id), faithful: good.includes(id) }])),
  });
  it('counts a changed rewrite as not yet read, and takes the latest reading that saw it', () => {
    const pairs = [
      { id: 'a', original: '', rewrite: 'A2' },
      { id: 'b', original: '', rewrite: 'B1' },
      { id: 'c', original: '', rewrite: 'C3' },
      null,
    ];
    const first = reading({ a: 'A1', b: 'B1', c: 'C1' }, ['a', 'b', 'c']);
    const second = reading({ a: 'A2' }, []);
    // Readings are searched latest first, as the command line builds them.
    const s = scoreReadings(pairs, [second, first]);
    expect(s).toMatchObject({ good: 1, changed: 1, none: 1, shown: 3 });
    expect(s.rate).toBeCloseTo(1 / 3);
  });
});
