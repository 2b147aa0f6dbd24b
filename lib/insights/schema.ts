// Insights: the writer's habits over time, as counts only. Per day and per rule group: how many
// findings were shown, swapped, ignored and turned off; per day: drafts coached and replies or new
// messages sent heated or cool. Never text, names or addresses: a rule group is one of the project's
// own ids, which `migrate` and `record` check, so a damaged or hostile value can hold nothing else.
// Pure data and arithmetic (no storage, no DOM): the queries the insights page draws are here too.
import type { Category, FlagCategory } from '../coach/types';

export const INSIGHTS_VERSION = 1;
/** How long days are kept: a year and a month is enough for "this month" and a year of weeks. */
export const KEEP_DAYS = 400;

export interface Tally { shown: number; swapped: number; ignored: number; turnedOff: number }
export interface GroupDay extends Tally { category: Category }
export interface SentDay { replyCool: number; replyHeated: number; newCool: number; newHeated: number }
export interface DayRecord {
  /** Drafts in which at least one finding was shown. */
  drafts: number;
  groups: Record<string, GroupDay>;
  sent: SentDay;
}
export interface Insights { version: typeof INSIGHTS_VERSION; days: Record<string, DayRecord> }

/** What happened, as the page side reports it (no text: a group id and a category). */
export type InsightEvent =
  | { kind: 'coached' }
  | { kind: 'shown' | 'swapped' | 'ignored' | 'turnedOff'; group: string; category: Category }
  | { kind: 'sent'; reply: boolean; heated: boolean };

const CATEGORIES: readonly Category[] = ['why', 'defensive', 'ego', 'withdrawal', 'strength'];
const GROUP_ID = /^(?:why|defensive|ego|withdrawal|strength|model)\.[a-z0-9-]{1,60}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

export const emptyInsights = (): Insights => ({ version: INSIGHTS_VERSION, days: {} });
const emptyDay = (): DayRecord => ({ drafts: 0, groups: {}, sent: { replyCool: 0, replyHeated: 0, newCool: 0, newHeated: 0 } });

/** The local calendar day of `t`, as YYYY-MM-DD. */
export function dayOf(t: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${p(t.getMonth() + 1)}-${p(t.getDate())}`;
}

/** Add events of `day` to `into` (changed in place). Events that name anything but a known group are dropped. */
export function record(into: Insights, day: string, events: readonly InsightEvent[]): Insights {
  if (!DAY.test(day)) return into;
  const d = (into.days[day] ??= emptyDay());
  for (const e of events) {
    if (!e || typeof e !== 'object') continue;
    if (e.kind === 'coached') d.drafts++;
    else if (e.kind === 'sent') d.sent[`${e.reply ? 'reply' : 'new'}${e.heated ? 'Heated' : 'Cool'}`]++;
    else if (['shown', 'swapped', 'ignored', 'turnedOff'].includes(e.kind) && typeof e.group === 'string' && GROUP_ID.test(e.group) && CATEGORIES.includes(e.category)) {
      const g = (d.groups[e.group] ??= { category: e.category, shown: 0, swapped: 0, ignored: 0, turnedOff: 0 });
      g[e.kind]++;
    }
  }
  return into;
}

/** Days older than KEEP_DAYS before `now` go. */
export function prune(s: Insights, now: Date): Insights {
  const oldest = dayOf(new Date(now.getTime() - KEEP_DAYS * DAY_MS));
  for (const day of Object.keys(s.days)) if (day < oldest) delete s.days[day];
  return s;
}

const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : 0);

/** Any stored value → valid insights. Never throws; anything that is not a count of a known group is dropped. */
export function migrate(raw: unknown): Insights {
  const out = emptyInsights();
  if (!raw || typeof raw !== 'object' || !('days' in raw)) return out;
  const days = (raw as { days: unknown }).days;
  if (!days || typeof days !== 'object') return out;
  for (const [day, v] of Object.entries(days as Record<string, unknown>)) {
    if (!DAY.test(day) || !v || typeof v !== 'object') continue;
    const rec = v as Partial<Record<keyof DayRecord, unknown>>;
    const d = emptyDay();
    d.drafts = count(rec.drafts);
    const sent = (rec.sent ?? {}) as Record<string, unknown>;
    for (const k of Object.keys(d.sent) as (keyof SentDay)[]) d.sent[k] = count(sent[k]);
    for (const [group, g] of Object.entries((rec.groups ?? {}) as Record<string, unknown>)) {
      if (!GROUP_ID.test(group) || !g || typeof g !== 'object') continue;
      const t = g as Record<string, unknown>;
      const category = CATEGORIES.find((c) => c === t.category);
      if (!category) continue;
      d.groups[group] = { category, shown: count(t.shown), swapped: count(t.swapped), ignored: count(t.ignored), turnedOff: count(t.turnedOff) };
    }
    out.days[day] = d;
  }
  return out;
}

// --- what the insights page draws ----------------------------------------------------------------

/** The stored days from `from` (inclusive) to `to` (exclusive). */
function daysBetween(s: Insights, from: Date, to: Date): DayRecord[] {
  const a = dayOf(from);
  const b = dayOf(to);
  return Object.entries(s.days).filter(([day]) => day >= a && day < b).map(([, d]) => d);
}

export interface WeekBar { start: string; flags: Record<FlagCategory, number>; swapped: number }

/** The last `weeks` weeks (Monday first) up to `now`: findings shown by category, and swaps accepted. */
export function weekly(s: Insights, now: Date, weeks = 8): WeekBar[] {
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const monday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - ((today.getDay() + 6) % 7));
  const out: WeekBar[] = [];
  for (let w = weeks - 1; w >= 0; w--) {
    const start = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() - 7 * w);
    const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 7);
    const bar: WeekBar = { start: dayOf(start), flags: { why: 0, defensive: 0, ego: 0, withdrawal: 0 }, swapped: 0 };
    for (const d of daysBetween(s, start, end)) {
      for (const g of Object.values(d.groups)) {
        if (g.category === 'strength') continue;
        bar.flags[g.category] += g.shown;
        bar.swapped += g.swapped;
      }
    }
    out.push(bar);
  }
  return out;
}

/** Each group's tally over `from`..`to`. */
function groupTotals(s: Insights, from: Date, to: Date): Map<string, GroupDay> {
  const m = new Map<string, GroupDay>();
  for (const d of daysBetween(s, from, to)) {
    for (const [id, g] of Object.entries(d.groups)) {
      const t = m.get(id) ?? { category: g.category, shown: 0, swapped: 0, ignored: 0, turnedOff: 0 };
      t.shown += g.shown; t.swapped += g.swapped; t.ignored += g.ignored; t.turnedOff += g.turnedOff;
      m.set(id, t);
    }
  }
  return m;
}

/** The last 30 days up to and including `now`'s day. */
const lastDays = (now: Date, n = 30) => ({ from: new Date(now.getFullYear(), now.getMonth(), now.getDate() - (n - 1)), to: new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1) });

/** The `n` habits (flag groups) shown most often in the last 30 days, most frequent first. */
export function habits(s: Insights, now: Date, n = 3): Array<{ group: string; category: FlagCategory; times: number; swapped: number }> {
  const { from, to } = lastDays(now);
  return [...groupTotals(s, from, to)].filter(([, g]) => g.category !== 'strength' && g.shown > 0)
    .map(([group, g]) => ({ group, category: g.category as FlagCategory, times: g.shown, swapped: g.swapped }))
    .sort((a, b) => b.times - a.times || a.group.localeCompare(b.group)).slice(0, n);
}

/** Strengths used more in the last 30 days than in the 30 before. */
export function strengthsUp(s: Insights, now: Date): Array<{ group: string; now: number; before: number }> {
  const { from, to } = lastDays(now);
  const before = new Date(from.getFullYear(), from.getMonth(), from.getDate() - 30);
  const cur = groupTotals(s, from, to);
  const prev = groupTotals(s, before, from);
  return [...cur].filter(([, g]) => g.category === 'strength').map(([group, g]) => ({ group, now: g.shown, before: prev.get(group)?.shown ?? 0 }))
    .filter((x) => x.now > x.before).sort((a, b) => b.now - b.before - (a.now - a.before) || a.group.localeCompare(b.group));
}

/** The share of replies sent cool in the last 30 days, and how many were sent (share null when none). */
export function coolReplies(s: Insights, now: Date): { share: number | null; sent: number } {
  const { from, to } = lastDays(now);
  let cool = 0;
  let heated = 0;
  for (const d of daysBetween(s, from, to)) { cool += d.sent.replyCool; heated += d.sent.replyHeated; }
  const sent = cool + heated;
  return { share: sent ? cool / sent : null, sent };
}

/** Rule groups set aside with "Ignore once" at least `times` times in the last `days` days: worth an offer to quiet them. */
export function ignoredOften(s: Insights, now: Date, times = 5, days = 30): string[] {
  const { from, to } = lastDays(now, days);
  return [...groupTotals(s, from, to)].filter(([, g]) => g.ignored >= times && g.category !== 'strength').map(([id]) => id).sort();
}

/** Nothing recorded yet (the page's empty state). */
export const isEmpty = (s: Insights) => Object.values(s.days).every((d) => d.drafts === 0 && Object.keys(d.groups).length === 0 && Object.values(d.sent).every((n) => n === 0));
