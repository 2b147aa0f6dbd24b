// The insights in `storage.local`: on this device only, never synced (the options page and the
// insights page say so). Written by the background alone, one change at a time; read by the
// insights page and the content script (for "Ignore once" five times: an offer to quiet a kind).
import { browser } from 'wxt/browser';
import { emptyInsights, migrate, prune, record, type InsightEvent, type Insights } from './schema';

export const INSIGHTS_KEY = 'balcony.insights';

export async function loadInsights(): Promise<Insights> {
  return migrate((await browser.storage.local.get(INSIGHTS_KEY))[INSIGHTS_KEY]);
}

let queue: Promise<unknown> = Promise.resolve();

/** Add a day's events (the background's job): read, add, prune, write, one call after another. */
export function recordInsights(day: string, events: readonly InsightEvent[], now = new Date()): Promise<Insights> {
  const next = queue.then(async () => {
    const s = prune(record(await loadInsights(), day, events), now);
    await browser.storage.local.set({ [INSIGHTS_KEY]: s });
    return s;
  });
  queue = next.catch(() => {});
  return next;
}

/** Everything kept goes (the insights page's Delete). */
export async function deleteInsights(): Promise<void> {
  await browser.storage.local.remove(INSIGHTS_KEY);
}

/** The insights as a JSON file's text (the insights page's Export). */
export function exportInsights(s: Insights, now = new Date()): string {
  return `${JSON.stringify({ kind: 'balcony-insights', exportedAt: now.toISOString(), ...s }, null, 2)}\n`;
}

/** Calls `fn` with the insights whenever they change. Returns the unsubscribe. */
export function watchInsights(fn: (s: Insights) => void): () => void {
  const on = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && INSIGHTS_KEY in changes) fn(changes[INSIGHTS_KEY]!.newValue === undefined ? emptyInsights() : migrate(changes[INSIGHTS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(on);
  return () => browser.storage.onChanged.removeListener(on);
}
