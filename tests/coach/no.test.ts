// The "No" decoder on refusals written for these tests.
import { describe, expect, it } from 'vitest';
import { decodeNo, NO_REASONS } from '../../lib/coach';

describe('decodeNo', () => {
  it.each([
    ['Honestly, that quote is way over our budget for the year.', 'price'],
    ['We simply cannot justify spending that much on a pilot.', 'price'],
    ["Let's revisit this after our migration wraps up in the spring.", 'timing'],
    ["The team is swamped until the end of the quarter, so it's not a good moment.", 'timing'],
    ['A three-year commitment is a non-starter for us.', 'terms'],
    ["We won't accept net 90 payment terms.", 'terms'],
    ["We're happy with our existing provider and don't see the value in switching.", 'value'],
    ["This isn't a priority for us; what we have works well enough.", 'value'],
    ["It's not my call. Our board has to sign off and they're cautious.", 'authority'],
    ["Procurement rules don't allow us to add a new vendor mid-year.", 'authority'],
  ])('%s -> %s', (text, reason) => {
    const no = decodeNo(text)!;
    expect(no?.reason).toBe(reason);
    expect(no.confidence).toBeGreaterThan(0);
    expect(no.confidence).toBeLessThanOrEqual(1);
    expect(no.nextMove.length).toBeGreaterThan(20);
    expect(text.slice(no.evidence.start, no.evidence.end)).toBe(no.evidence.text);
  });

  it('reads no refusal into a message that holds none', () => {
    for (const t of ['Thanks, the budget looks great and the timing works.', 'See you Tuesday at 10.', '', 'Please find the pricing attached.']) {
      expect(decodeNo(t), t).toBeNull();
    }
  });

  it('knows the five reasons', () => {
    expect([...NO_REASONS].sort()).toEqual(['authority', 'price', 'terms', 'timing', 'value']);
  });
});
