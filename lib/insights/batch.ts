// The page side's insight events, gathered and sent to the background a few at a time (a
// keystroke's analysis may show several findings at once; one message each would be noise).
import { dayOf, type InsightEvent } from './schema';

export interface InsightBatch {
  add(e: InsightEvent): void;
  /** Send what is gathered now (the page is going away, or a test wants it). */
  flush(): void;
}

export function createInsightBatch(send: (day: string, events: InsightEvent[]) => void, schedule: (fn: () => void, ms: number) => unknown, now = () => new Date(), delay = 1500): InsightBatch {
  let day = '';
  let events: InsightEvent[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (!events.length) return;
    const out = events;
    events = [];
    send(day, out);
  };
  return {
    add(e) {
      const today = dayOf(now());
      if (today !== day) { flush(); day = today; }
      events.push(e);
      if (!scheduled) { scheduled = true; schedule(flush, delay); }
    },
    flush,
  };
}
