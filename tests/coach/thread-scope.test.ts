// What a thread summary shares between messages: the flags it reads from shared sentence readings
// are the coach's, and the stage times add up to something.
import { describe, expect, it } from 'vitest';
import { createCoach } from '../../lib/coach/coach';
import { ownTextRanges, splitSentences } from '../../lib/coach/sentences';
import { resetThreadStageTimes, summarizeThread, threadStageTimes, THREAD_STAGES } from '../../lib/coach/thread';
import { flagsOf, newScope } from '../../lib/coach/thread-scope';

const TEXTS = [
  'Hi Dana,\n\nThanks for the update. Tuesday works for us.\n\nBest,\nSam',
  'This is the THIRD time your team has missed the delivery date! Completely unacceptable. We are seriously considering cancelling the contract.',
  "Why should we pay for your problems? If you can't hold the price we'll take our business elsewhere. As I said, the dates were always clear.",
  "We can't agree to automatic renewal.\n\nOn Tue, Nov 18, 2026 at 9:14 AM Alex <alex@acme.example> wrote:\n> THIS IS UNACCEPTABLE!!! You people are useless.\n",
  '',
];

describe('flagsOf', () => {
  it("gives the coach's findings (category, rule, span) for each text, sharing sentence readings between texts", () => {
    const scope = newScope();
    for (const pass of [1, 2]) {
      for (const t of TEXTS) {
        const expected = createCoach({ sensitivity: 'balanced' }).analyze(t).map((f) => ({ category: f.category, rule: f.rule, start: f.start, end: f.end }));
        expect(flagsOf(splitSentences(t, ownTextRanges(t)), scope), `${pass}: ${t}`).toEqual(expected);
      }
    }
  });
});

describe('thread stage times', () => {
  it('counts every stage and the whole', () => {
    resetThreadStageTimes();
    summarizeThread([{ from: 'Dana', text: TEXTS[1]!, mine: false }, { from: 'Sam', text: TEXTS[0]!, mine: true }]);
    const times = threadStageTimes();
    expect(Object.keys(times).sort()).toEqual([...THREAD_STAGES].sort());
    expect(times.total).toBeGreaterThan(0);
    const stages = THREAD_STAGES.filter((k) => k !== 'total').reduce((a, k) => a + times[k], 0);
    expect(stages).toBeLessThanOrEqual(times.total);
  });
});
