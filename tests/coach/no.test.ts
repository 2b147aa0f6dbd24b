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
    ['The minimum order quantities you propose are far too high for a first run.', 'terms'],
    ['Your hourly rate is far too high.', 'price'],
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

  // A second set, written later and in other words, kept as a regression check.
  it.each([
  ["We just don't have the money for this right now.", 'price'],
  ["Your rates are higher than what we pay today.", 'price'],
  ["Honestly the numbers don't work for us.", 'price'],
  ["That's double what the other vendor quoted.", 'price'],
  ["It's too steep for a team our size.", 'price'],
  ["Our finances won't stretch that far this quarter.", 'price'],
  ["Can we talk again in January?", 'timing'],
  ["We're in the middle of a reorg, so the timing is bad.", 'timing'],
  ["We need more time to think it over.", 'timing'],
  ["Maybe next year, once the new system is live.", 'timing'],
  ["It's too early for us to commit.", 'timing'],
  ["We're not in a position to decide before the audit.", 'timing'],
  ["We can't sign anything with an exclusivity clause.", 'terms'],
  ["Paying the full amount upfront won't work for us.", 'terms'],
  ["A 24-month minimum term is too long for us.", 'terms'],
  ["We'd need the right to cancel at any time.", 'terms'],
  ["The liability cap in section 9 is unacceptable.", 'terms'],
  ["The payment schedule is the problem.", 'terms'],
  ["I'm not sure this solves a problem we actually have.", 'value'],
  ["We built something similar in-house last year.", 'value'],
  ["Our team is fine with spreadsheets.", 'value'],
  ["I don't think our users would use it.", 'value'],
  ["We already have a tool that does most of this.", 'value'],
  ["Frankly we don't see what it adds.", 'value'],
  ["I'd have to run this by our CFO, and she's skeptical.", 'authority'],
  ["Legal won't sign off on it.", 'authority'],
  ["That's above my pay grade.", 'authority'],
  ["Head office makes these calls, not me.", 'authority'],
  ["My boss said no.", 'authority'],
  ["The committee rejected it at yesterday's meeting.", 'authority'],
  ["Thanks, we'd love to go ahead.", null],
  ["Great, see you Monday.", null],
  ["Here is the signed copy.", null],
  ] as Array<[string, string | null]>)('%s -> %s', (text, reason) => {
    expect(decodeNo(text)?.reason ?? null).toBe(reason);
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
