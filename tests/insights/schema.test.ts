// The insights' counts: recorded by day and rule group, pruned after a year and a month, read
// back from anything stored without keeping what is not a count of a known group, and the page's
// queries (weeks, habits, strengths, replies sent cool, kinds set aside often).
import { describe, expect, it } from 'vitest';
import { coolReplies, dayOf, emptyInsights, habits, ignoredOften, isEmpty, migrate, prune, record, strengthsUp, weekly } from '../../lib/insights/schema';

const NOW = new Date(2026, 11, 2, 15, 0); // Wednesday 2 December 2026, local time
const daysAgo = (n: number) => dayOf(new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate() - n));

describe('insights', () => {
  it('records counts by day and group, and nothing that is not a known group', () => {
    const s = emptyInsights();
    record(s, daysAgo(0), [
      { kind: 'coached' },
      { kind: 'shown', group: 'defensive.as-i-said', category: 'defensive' },
      { kind: 'shown', group: 'defensive.as-i-said', category: 'defensive' },
      { kind: 'swapped', group: 'defensive.as-i-said', category: 'defensive' },
      { kind: 'ignored', group: 'why.direct', category: 'why' },
      { kind: 'sent', reply: true, heated: false },
      // Text where a group belongs is never kept.
      { kind: 'shown', group: 'As I said before, Dana', category: 'defensive' },
      { kind: 'shown', group: 'why.direct', category: 'nonsense' as 'why' },
    ]);
    const d = s.days[daysAgo(0)]!;
    expect(d.drafts).toBe(1);
    expect(d.groups).toEqual({
      'defensive.as-i-said': { category: 'defensive', shown: 2, swapped: 1, ignored: 0, turnedOff: 0 },
      'why.direct': { category: 'why', shown: 0, swapped: 0, ignored: 1, turnedOff: 0 },
    });
    expect(d.sent).toEqual({ replyCool: 1, replyHeated: 0, newCool: 0, newHeated: 0 });
    expect(JSON.stringify(s)).not.toMatch(/Dana|said before/);
  });

  it('reads back anything stored, keeping only counts of known groups', () => {
    expect(migrate(undefined)).toEqual(emptyInsights());
    expect(migrate('garbage')).toEqual(emptyInsights());
    const s = migrate({ days: { [daysAgo(1)]: { drafts: 2.7, groups: { 'ego.threat': { category: 'ego', shown: 3, swapped: -1, note: 'Dana' }, 'Dear Dana': { category: 'ego', shown: 1 } }, sent: { replyHeated: 1, text: 'hi' } }, 'not-a-day': {} } });
    expect(s.days).toEqual({ [daysAgo(1)]: { drafts: 2, groups: { 'ego.threat': { category: 'ego', shown: 3, swapped: 0, ignored: 0, turnedOff: 0 } }, sent: { replyCool: 0, replyHeated: 1, newCool: 0, newHeated: 0 } } });
  });

  it('keeps a year and a month of days', () => {
    const s = emptyInsights();
    record(s, daysAgo(401), [{ kind: 'coached' }]);
    record(s, daysAgo(399), [{ kind: 'coached' }]);
    expect(Object.keys(prune(s, NOW).days)).toEqual([daysAgo(399)]);
  });

  it('weeks, habits, strengths up, replies sent cool and kinds set aside often', () => {
    const s = emptyInsights();
    for (let i = 0; i < 6; i++) record(s, daysAgo(i), [{ kind: 'shown', group: 'defensive.as-i-said', category: 'defensive' }, { kind: 'ignored', group: 'ego.sarcasm', category: 'ego' }]);
    record(s, daysAgo(2), [{ kind: 'shown', group: 'why.direct', category: 'why' }, { kind: 'swapped', group: 'why.direct', category: 'why' }, { kind: 'shown', group: 'strength.label', category: 'strength' }, { kind: 'shown', group: 'strength.label', category: 'strength' }]);
    record(s, daysAgo(40), [{ kind: 'shown', group: 'strength.label', category: 'strength' }, { kind: 'shown', group: 'ego.threat', category: 'ego' }]);
    record(s, daysAgo(1), [{ kind: 'sent', reply: true, heated: false }, { kind: 'sent', reply: true, heated: true }, { kind: 'sent', reply: true, heated: false }, { kind: 'sent', reply: false, heated: true }]);
    const weeks = weekly(s, NOW, 8);
    expect(weeks).toHaveLength(8);
    expect(weeks[7]!.start).toBe('2026-11-30'); // this week's Monday
    expect(weeks[7]!.flags.defensive + weeks[6]!.flags.defensive).toBe(6);
    expect(weeks.reduce((n, w) => n + w.swapped, 0)).toBe(1);
    expect(habits(s, NOW).map((h) => [h.group, h.times])).toEqual([['defensive.as-i-said', 6], ['why.direct', 1]]);
    expect(strengthsUp(s, NOW)).toEqual([{ group: 'strength.label', now: 2, before: 1 }]);
    expect(coolReplies(s, NOW)).toEqual({ share: 2 / 3, sent: 3 });
    expect(ignoredOften(s, NOW)).toEqual(['ego.sarcasm']);
    expect(ignoredOften(s, NOW, 7)).toEqual([]);
    expect(isEmpty(s)).toBe(false);
    expect(isEmpty(emptyInsights())).toBe(true);
  });
});
