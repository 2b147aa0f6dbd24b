// The thread tone summary on written threads: a supplier's price rise answered angrily, a calm
// timing "no", an authority "no" ("It's a global decision") and a thread that cools after a label.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { balconyFor, heatDetails, heatLevel, messageHeat, readDraft, summarizeThread, type ThreadMessage } from '../../lib/coach/thread';

const ME = 'Alex Kim <alex@acme.example>';

const PRICE: ThreadMessage[] = [
  { from: 'Priya Shah <priya@northwind.example>', date: '2026-11-10T09:00:00Z', mine: false,
    text: 'Hi Alex,\n\nFrom January our unit price goes up by 12% because of higher raw material costs. We can\'t hold the old price beyond December.\n\nBest,\nPriya' },
  { from: ME, date: '2026-11-10T11:30:00Z', mine: true,
    text: 'Priya, this is UNACCEPTABLE! You ALWAYS do this right before our budget is locked. Why should we pay for your problems? If you can\'t hold the price we\'ll take our business elsewhere.' },
  { from: 'Priya Shah <priya@northwind.example>', date: '2026-11-11T08:15:00Z', mine: false,
    text: 'Alex, I understand this is frustrating. The increase is more than we can absorb on our side, and a 12% rise is still below what the market is charging. We simply can\'t go back to last year\'s price.' },
];

const TIMING: ThreadMessage[] = [
  { from: ME, date: '2026-11-03T10:00:00Z', mine: true,
    text: 'Hi Sam,\n\nFollowing our call, here is the proposal for the new ordering platform. We could start the pilot in December.\n\nBest,\nAlex' },
  { from: 'Sam Lee <sam@globex.example>', date: '2026-11-05T15:20:00Z', mine: false,
    text: 'Hi Alex,\n\nThanks for the proposal, it looks solid. Unfortunately now is not a good time for us: the team is in the middle of the ERP migration until after the holidays. Could we revisit this in February?\n\nBest regards,\nSam' },
];

const AUTHORITY: ThreadMessage[] = [
  { from: ME, date: '2026-11-12T09:00:00Z', mine: true, text: 'Hi Marta, could we move your region to the new service plan from January? It would cut your support costs.' },
  { from: 'Marta Ruiz <marta@initech.example>', date: '2026-11-12T16:40:00Z', mine: false, text: "Hi Alex, I like the plan, but I can't sign this. It's not my call. It's a global decision." },
];

const COOLS: ThreadMessage[] = [
  { from: 'Dana Reyes <dana@contoso.example>', date: '2026-11-14T08:02:00Z', mine: false,
    text: 'This is the THIRD time your team has missed the delivery date! Completely unacceptable. We are seriously considering cancelling the contract.' },
  { from: ME, date: '2026-11-14T09:30:00Z', mine: true,
    text: 'Dana, it sounds like the missed dates have put you in a really difficult spot with your own customers. What would a delivery schedule you can rely on need to look like?' },
  { from: 'Dana Reyes <dana@contoso.example>', date: '2026-11-14T11:10:00Z', mine: false,
    text: "Thanks Alex, yes, that's exactly it. We need the March shipment on time. We can't commit to a bigger order until the delivery timeline is fixed." },
];

describe('summarizeThread on written threads', () => {
  it("a supplier's price rise answered angrily: price decoded, my reply heated and flagged, and I raised it", () => {
    const s = summarizeThread(PRICE);
    expect(s.messages.map((m) => m.mine)).toEqual([false, true, false]);
    expect(s.messages[0]!.no?.reason).toBe('price');
    expect(s.messages[2]!.no?.reason).toBe('price');
    expect(s.messages[1]!.no).toBeNull(); // my own words are never decoded as their "no"
    expect(s.messages[1]!.level).toBe('heated');
    expect(s.messages[1]!.heat).toBeGreaterThan(0.7);
    expect(s.messages[1]!.flags).toEqual(expect.arrayContaining(['why', 'ego']));
    expect(s.messages[1]!.heatCues).toEqual(expect.arrayContaining(['capitals', 'threats']));
    expect(s.messages[0]!.level).toBe('calm');
    expect(s.messages[2]!.level).toBe('calm');
    expect(s.trend).toBe('cooling'); // they answered calmly
    expect(s.raisedBy).toBe('me');
    // Concerns in their words, without greetings, names or sign-offs.
    expect(s.messages[0]!.concerns).toContain('the old price');
    expect(s.concerns[0]).toBe("last year's price");
    expect(s.concerns.join(' ')).not.toMatch(/Priya|Alex|Best/);
    expect(s.openers).toEqual({
      label: "It sounds like last year's price is the real sticking point.",
      mirror: "Last year's price?",
      accusationAudit: "You may feel we're being unreasonable about last year's price.",
      question: "What would need to be true for last year's price to work for you?",
    });
    expect(s.answering).toBe(2);

    // Stopped right after my angry reply, the thread is escalating and I raised it.
    const early = summarizeThread(PRICE.slice(0, 2));
    expect(early.trend).toBe('escalating');
    expect(early.raisedBy).toBe('me');
    // Openers still answer their message, not mine.
    expect(early.answering).toBe(0);
    expect(early.openers.label).toBe('It sounds like the old price is the real sticking point.');
  });

  it('a calm timing "no": timing decoded with its next move, steady, and a mirror of their words', () => {
    const s = summarizeThread(TIMING);
    expect(s.messages[1]!.no).toMatchObject({ reason: 'timing' });
    expect(s.messages[1]!.no!.confidence).toBeGreaterThan(0.6);
    expect(s.messages[1]!.no!.nextMove).toMatch(/phased|timeline/i);
    expect(s.messages.every((m) => m.level === 'calm')).toBe(true);
    expect(s.trend).toBe('steady');
    expect(s.raisedBy).toBeNull();
    expect(s.messages[1]!.concerns).toContain('the ERP migration');
    expect(s.openers.label).toBe('It sounds like the timing is the main worry right now.');
    expect(s.openers.mirror).toBe('Until after the holidays?');
    expect(s.openers.accusationAudit).toBe("You may feel we're rushing you.");
    expect(s.openers.question).toMatch(/^What\b.*\?$/);
  });

  it('an authority "no": "It\'s a global decision" is mirrored and labelled', () => {
    const s = summarizeThread(AUTHORITY);
    expect(s.messages[1]!.no?.reason).toBe('authority');
    expect(s.messages[1]!.no!.nextMove).toMatch(/decision-maker|forward/i);
    expect(s.trend).toBe('steady');
    expect(s.openers.mirror).toBe('A global decision?');
    expect(s.openers.label).toBe('It sounds like this is a global decision, and not yours alone to make.');
    expect(s.openers.question).toBe('What will the people signing off need to see to say yes?');
    expect(s.openers.accusationAudit).toMatch(/^You may feel /);
  });

  it('a thread that cools down after a label: they raised it, it cooled, the reply labels their worry', () => {
    const s = summarizeThread(COOLS);
    expect(s.messages[0]!.level).toBe('heated');
    expect(s.messages[0]!.no).toBeNull();
    expect(s.messages[1]!.level).toBe('calm');
    expect(s.messages[2]!.level).toBe('calm');
    expect(s.messages[2]!.no?.reason).toBe('timing');
    expect(s.trend).toBe('cooling');
    expect(s.raisedBy).toBe('them');
    expect(s.messages[2]!.concerns.slice(0, 2).sort()).toEqual(['a bigger order', 'the delivery timeline']);
    expect(s.messages[2]!.noSentence).toBe("We can't commit to a bigger order until the delivery timeline is fixed.");
    expect(s.openers.label).toBe('It sounds like the delivery timeline is the main worry.');
    expect(s.openers.mirror).toBe('Until the delivery timeline is fixed?');
    expect(s.openers.accusationAudit).toBe("You may feel we've been pushing you on the delivery timeline.");
  });
});

describe('summarizeThread: order, unreadable messages and authors', () => {
  it('sorts by date, oldest first, whatever the given order (Outlook can show newest first)', () => {
    const s = summarizeThread([...COOLS].reverse());
    expect(s.orderedBy).toBe('date');
    expect(s.messages.map((m) => m.date)).toEqual(COOLS.map((m) => m.date));
    expect(s.trend).toBe('cooling');
  });

  it('keeps the given order when messages are not dated, and sorts dated ones around undated ones', () => {
    const undated = COOLS.map(({ date: _, ...m }) => m);
    expect(summarizeThread(undated).orderedBy).toBe('given');
    const mixed = [COOLS[2]!, { from: 'Dana', text: '', mine: false }, COOLS[0]!];
    const s = summarizeThread(mixed);
    expect(s.orderedBy).toBe('partial');
    expect(s.messages.map((m) => m.date)).toEqual([COOLS[0]!.date, undefined, COOLS[2]!.date]);
  });

  it('counts messages without a body as unreadable and guesses nothing about them', () => {
    const s = summarizeThread([
      { from: 'Dana Reyes', date: '2026-11-13T08:00:00Z', text: '', mine: false },
      ...COOLS,
      { from: 'Dana Reyes', date: '2026-11-15T08:00:00Z', text: '   ', mine: false },
    ]);
    expect(s.unreadable).toBe(2);
    const blank = [s.messages[0]!, s.messages[4]!];
    for (const m of blank) expect(m).toMatchObject({ readable: false, heat: 0, flags: [], no: null, concerns: [] });
    // The trend and the openers come from readable messages only.
    expect(s.trend).toBe('cooling');
    expect(s.answering).toBe(3);
  });

  it('a thread with nothing readable of theirs has no openers rather than invented ones', () => {
    const s = summarizeThread([{ from: 'Dana', text: '', mine: false }, { from: ME, text: 'Thanks, speak soon.', mine: true }]);
    expect(s.openers).toEqual({ label: '', mirror: '', accusationAudit: '', question: '' });
    expect(s.answering).toBeNull();
  });

  it('an author not known to be the user (mine: null) is decoded but never called "me"', () => {
    const s = summarizeThread(COOLS.map((m) => ({ ...m, mine: null })));
    expect(s.messages.every((m) => m.mine === null)).toBe(true);
    expect(s.messages[2]!.no?.reason).toBe('timing');
    expect(s.raisedBy).toBeNull(); // who raised it cannot be said
  });

  it('quoted history and signatures in a plain-text body do not count', () => {
    const quoted = "We can't agree to automatic renewal.\n\nOn Tue, Nov 18, 2026 at 9:14 AM Alex <alex@acme.example> wrote:\n> THIS IS UNACCEPTABLE!!! You people are useless.\n";
    const s = summarizeThread([{ from: 'Bo', text: quoted, mine: false }]);
    expect(s.messages[0]!.level).toBe('calm');
    expect(s.messages[0]!.no?.reason).toBe('terms');
    expect(s.openers.label).toBe('It sounds like automatic renewal is the sticking point.');
    expect(s.openers.accusationAudit).toBe("You may feel we've been inflexible on automatic renewal.");
  });
});

describe('summarizeThread: plain-text signatures and "X, but not Y"', () => {
  const TERMS: ThreadMessage[] = [
    { from: 'John Smith <john@acme.example>', date: '2026-11-02T10:00:00Z', mine: false,
      text: 'Hi Alex,\n\nThanks for sending the contract. We are not able to accept the 24-month minimum term, and the 50% deposit is a deal-breaker for our finance team.\n\nKind regards,\nJohn Smith\nHead of Procurement\nAcme Ltd | ALWAYS DELIVERING EXCELLENCE!!!' },
    { from: ME, date: '2026-11-02T12:00:00Z', mine: true, text: 'Thanks John. Which part of the deposit is the problem: the amount or the timing?' },
    { from: 'John Smith <john@acme.example>', date: '2026-11-03T09:00:00Z', mine: false, text: "Thanks!\n\nIt's mostly the amount. We could live with 20% upfront, but not half.\n\nBest,\nJohn" },
  ];

  it('a signature after a sign-off is not their words: it neither heats the message nor names a concern', () => {
    const s = summarizeThread(TERMS);
    expect(s.messages[0]!.level).toBe('calm');
    expect(s.messages[0]!.no?.reason).toBe('terms');
    expect(s.messages[0]!.concerns).toEqual(['the 24-month minimum term', 'the 50% deposit', 'a deal-breaker']);
    expect(s.concerns.join(' ')).not.toMatch(/Acme|Procurement|John/);
    expect(s.trend).toBe('steady');
  });

  it('what they accept is not their concern, and the mirror repeats the part that refuses', () => {
    const s = summarizeThread(TERMS);
    expect(s.messages[2]!.concerns).not.toContain('20% upfront');
    expect(s.openers.mirror).toBe('Not half?');
    expect(s.openers.label).toMatch(/^It sounds like the (?:24-month minimum term|50% deposit) is the sticking point\.$/);
  });
});

describe('heat', () => {
  it('reads capitals, exclamation, absolutes, insults, threats and sarcasm; calm mail stays calm', () => {
    expect(messageHeat('Thanks for the update. Tuesday works for us.')).toBe(0);
    expect(messageHeat('Please send the SLA and the NDA by EOD, ASAP.')).toBe(0); // acronyms are not shouting
    expect(messageHeat('We are always happy to help, and we never mind a question.')).toBe(0);
    const hot = heatDetails('YOU NEVER LISTEN!!! This is ridiculous. Great job, seriously? Our lawyers will be in touch.');
    expect(hot.heat).toBeGreaterThanOrEqual(0.8);
    expect(hot.cues).toEqual(expect.arrayContaining(['capitals', 'exclamation', 'insults', 'threats', 'sarcasm']));
    expect(heatLevel(hot.heat)).toBe('heated');
    expect(heatLevel(0.3)).toBe('warm');
    expect(heatLevel(0.1)).toBe('calm');
  });
});

describe('go to the balcony', () => {
  it('a heated draft gets the advice with the three things to do in the pause', () => {
    const s = summarizeThread(TIMING, { draft: 'This is RIDICULOUS! You always move the goalposts. Take it or leave it.' });
    expect(s.draft!.level).toBe('heated');
    expect(s.balcony).not.toBeNull();
    expect(s.balcony!.reason).toBe('heated-draft');
    expect(s.balcony!.title).toBe('Go to the balcony');
    expect(s.balcony!.steps.map((x) => x.title)).toEqual(['Name the real issue', 'Plan the if–then trade', 'Know your walk-away']);
    expect(s.balcony!.steps[0]!.text).toMatch(/timing/);
    expect(s.balcony!.steps[1]!.text).toMatch(/^"If .*then/);
  });

  it('a warm draft answering a heated message: heat answered with heat', () => {
    const s = summarizeThread(COOLS.slice(0, 1), { draft: "That's not our fault. The dates were always clear, as I said." });
    expect(s.draft!.level).not.toBe('heated');
    expect(s.balcony?.reason).toBe('heated-reply');
  });

  it('a calm draft, even to a heated message, gets no advice; no draft, no advice', () => {
    expect(summarizeThread(COOLS.slice(0, 1), { draft: 'It sounds like the missed dates have hurt you with your customers. What would help most this week?' }).balcony).toBeNull();
    expect(summarizeThread(COOLS.slice(0, 1)).balcony).toBeNull();
    expect(summarizeThread(COOLS.slice(0, 1)).draft).toBeNull();
  });

  it('balconyFor works from a cheap draft read (for the page, as the user types)', () => {
    const s = summarizeThread(COOLS.slice(0, 1));
    const calm = readDraft('Thanks Dana, I hear you.', {});
    expect(balconyFor(calm, s.messages[0]!)).toBeNull();
    const warm = readDraft('As I said, that is not our fault! We always deliver.', { defensive: 2 });
    expect(warm.level).toBe('warm');
    expect(balconyFor(warm, s.messages[0]!)?.reason).toBe('heated-reply');
    expect(balconyFor(warm, null)).toBeNull();
  });
});

describe('the command line --thread', () => {
  it('prints the shape DESIGN.md gives, messages in date order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'balcony-thread-'));
    const file = join(dir, 'thread.json');
    writeFileSync(file, JSON.stringify([...AUTHORITY].reverse()));
    const out = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'lib/cli/coach.ts', '--thread', file], { encoding: 'utf8' }));
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['messages', 'trend', 'openers']));
    expect(out.messages.map((m: { mine: boolean }) => m.mine)).toEqual([true, false]);
    for (const m of out.messages) {
      expect(Object.keys(m)).toEqual(expect.arrayContaining(['from', 'mine', 'heat', 'flags', 'no']));
      expect(m.heat).toBeGreaterThanOrEqual(0);
      expect(m.heat).toBeLessThanOrEqual(1);
    }
    expect(out.messages[1].no).toMatchObject({ reason: 'authority' });
    expect(Object.keys(out.messages[1].no).sort()).toEqual(['confidence', 'nextMove', 'reason']);
    expect(['escalating', 'cooling', 'steady']).toContain(out.trend);
    expect(Object.keys(out.openers).sort()).toEqual(['accusationAudit', 'label', 'mirror', 'question']);
  });
});
