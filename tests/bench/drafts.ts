// Realistic generated email drafts and threads for the benchmark: a greeting, paragraphs of
// ordinary business sentences with numbers, dates and quoted figures, bulleted and numbered
// lists, benign look-alikes of the coach's phrases, and now and then a sentence the coach flags
// (or praises). Seeded, so every run measures the same text.
import type { ThreadMessage } from '../../lib/coach';

import { rng } from '../../tools/random';

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const NAMES = ['Dana', 'Priya', 'Marcus', 'Elena', 'Tom', 'Aisha', 'Jonas', 'Mei'];
const GREETINGS = ['Hi {n},', 'Hello {n},', 'Dear {n},', 'Good morning {n},', 'Hi team,'];
const SIGNOFFS = ['Best,\nSam', 'Kind regards,\nSam Carter\nHead of Partnerships', 'Thanks,\nSam', 'Cheers,\nSam'];

// Slots ({name}, {day}, {num}, {money}, {pct}, {date}, {thing}) are filled at random, so nearly
// every sentence of a long draft is different, as in real mail (the engine caches by sentence).
export const ORDINARY = [
  'Thanks for sending over the revised proposal on {day}.',
  'The second batch of {num} units left the warehouse on {date}.',
  'Our team reviewed the numbers, and the quote of {money} covers installation and the first year of support.',
  'Finance says the "standard terms" apply to orders above {num} units.',
  "I've attached the updated schedule for the {thing} for your review.",
  'Let me know if the 2:30 pm slot on {day} works for you.',
  'The pilot ran for {small} weeks across {small} sites and cut handling time by {pct}.',
  'Procurement asked whether the “{money}” figure includes the {thing}.',
  'We can ship the first {num} licences next week and the rest in Q3.',
  'The contract draft for the {thing} is in the shared folder under Legal/2026/{name}.',
  'Our legal team flagged clause {small}.2, which covers liability for delays.',
  'Shipping to Rotterdam usually takes {small} to {num} days at this time of year.',
  'I spoke with {name} about the onboarding plan, and they are happy to run the first workshop on {day}.',
  'The invoice (INV-{num}) went out on {date} with net-30 terms.',
  'Please find the notes from the {thing} meeting below.',
  'We agreed to revisit the pricing once the usage data for {date} is in.',
  'Support tickets dropped from {num} to {num} a month after the last release.',
  "That's why I'm writing about the {thing} today.",
  'No worries if the call with {name} has to move to {day}.',
  'We regret to inform you that the venue is fully booked on {date}.',
  'Whatever you decide about the {thing}, we will support it.',
  'The audit found a fault in the power supply of unit {small}, which has been replaced.',
  'I can see why the change to the {thing} caught you off guard.',
  'The renewal quote assumes a {pct} uplift, in line with last year.',
  'If it helps, I can walk {name} through the cost model on a short call on {day}.',
  'Our warehouse in Leeds will be closed for stocktaking on {date}.',
  'The new dashboard shows weekly volumes, error rates and the top {small} accounts.',
  'I have copied {name}, who looks after billing, so they can confirm the credit note of {money}.',
];

export const FLAGGED = [
  "Why can't you deliver the {thing} by {day}?",
  "As I said before, the {date} deadline can't move.",
  'Take it or leave it.',
  'Fine, forget the {thing}.',
  'With all due respect, you missed the deadline for the {thing}.',
  "That's not my fault.",
  "You'll regret this.",
  "I don't understand why you won't sign the {thing}.",
  "There's no point discussing the {thing} further.",
  'As per my last email, the invoice of {money} is overdue.',
  "I've been doing this for twenty years.",
  'Why should we pay {money} for your delays?',
];

/** A flagged sentence that every generated draft holds near its middle. */
export const KEYSTROKE_SENTENCE = "Why can't you deliver the revised plan by Friday?";
/** An ordinary sentence (no rule's trigger word) beside it, for a keystroke that needs no parse. */
export const PLAIN_SENTENCE = 'The boxes of pump parts left the depot.';

export const STRENGTHS = [
  'It sounds like the timeline for the {thing} is the main worry.',
  'What would it take to make the {date} date work for you?',
  'You may feel we have been inflexible on the deposit of {money}.',
];

const LIST_ITEMS = [
  '{num} licences at {money} each',
  'Onboarding workshop for the {thing} (half a day, on site)',
  'Priority support until {date}',
  'Confirm the delivery date with the carrier by {day}',
  'Send the signed order form to {name}',
  'Review the "Phase {small}" scope before {date}',
  'Share the usage report for {date}',
  '{small} spare units held in stock at no charge',
];

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const THINGS = ['rollout', 'pilot', 'migration', 'renewal', 'Phase 2 scope', 'support contract', 'hardware refresh', 'pricing model', 'data export', 'training plan', 'integration', 'audit'];

function fill(r: () => number, template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'name': return pick(r, NAMES);
      case 'day': return pick(r, DAYS);
      case 'num': return String(10 + Math.floor(r() * 9990)).replace(/\B(?=(\d{3})+$)/, ',');
      case 'small': return String(2 + Math.floor(r() * 9));
      case 'money': return `$${(1 + Math.floor(r() * 99)) * 500}`.replace(/\B(?=(\d{3})+$)/, ',');
      case 'pct': return `${1 + Math.floor(r() * 30)}%`;
      case 'date': return `${pick(r, MONTHS)} ${1 + Math.floor(r() * 28)}`;
      case 'thing': return pick(r, THINGS);
      default: return slot;
    }
  });
}

export const countWords = (text: string): number => (text.match(/\S+/g) ?? []).length;

/** A draft of about `words` words (never fewer). */
export function draft(words: number, seed = 1): string {
  const r = rng(seed);
  const parts: string[] = [pick(r, GREETINGS).replace('{n}', pick(r, NAMES)), ''];
  let n = countWords(parts[0]!);
  let middle = false;
  while (n < words) {
    if (!middle && n >= words / 2) {
      // Every draft has this sentence near its middle, for the keystroke benchmark.
      middle = true;
      const para = `${fill(r, pick(r, ORDINARY))} ${KEYSTROKE_SENTENCE} ${PLAIN_SENTENCE} ${fill(r, pick(r, ORDINARY))}`;
      parts.push(para, '');
      n += countWords(para);
      continue;
    }
    if (r() < 0.12) {
      const numbered = r() < 0.5;
      const items: string[] = [];
      const count = 3 + Math.floor(r() * 3);
      for (let i = 0; i < count; i++) items.push(`${numbered ? `${i + 1}.` : '-'} ${fill(r, pick(r, LIST_ITEMS))}`);
      parts.push(items.join('\n'), '');
      n += countWords(items.join(' '));
      continue;
    }
    const sentences: string[] = [];
    const count = 2 + Math.floor(r() * 4);
    for (let i = 0; i < count; i++) {
      const x = r();
      sentences.push(fill(r, x < 0.1 ? pick(r, FLAGGED) : x < 0.14 ? pick(r, STRENGTHS) : pick(r, ORDINARY)));
    }
    const para = sentences.join(' ');
    parts.push(para, '');
    n += countWords(para);
  }
  parts.push(pick(r, SIGNOFFS));
  return parts.join('\n');
}

/** A thread of `count` messages, alternating sides, heating up in the middle and cooling at the end. */
export function thread(count: number, seed = 7): ThreadMessage[] {
  const r = rng(seed);
  const out: ThreadMessage[] = [];
  const start = Date.UTC(2026, 2, 1, 9, 0);
  for (let i = 0; i < count; i++) {
    const mine = i % 2 === 1;
    const heated = i > count * 0.3 && i < count * 0.7;
    const sentences: string[] = [];
    const len = 3 + Math.floor(r() * 6);
    for (let k = 0; k < len; k++) {
      const x = r();
      sentences.push(fill(r, heated && x < 0.3 ? pick(r, FLAGGED) : x < 0.05 ? pick(r, STRENGTHS) : pick(r, ORDINARY)));
    }
    if (!mine && r() < 0.3) sentences.push(pick(r, [
      "We can't do $48,500, it's over our budget.",
      "The timing doesn't work for us this quarter.",
      "I'd need to run this by our CFO before we can commit.",
      "We don't see enough value in the premium tier yet.",
    ]));
    out.push({
      from: mine ? 'Sam Carter' : 'Dana Whitfield',
      date: new Date(start + i * 3_600_000 * 5).toISOString(),
      text: `${mine ? 'Hi Dana,' : 'Sam,'}\n\n${sentences.join(' ')}\n\n${mine ? 'Best,\nSam' : 'Dana'}`,
      mine,
    });
  }
  return out;
}

/** Offsets of `word` inside the (first) occurrence of `sentence` in `text`: the word a keystroke changes. */
export function wordIn(text: string, sentence: string, word: string): { start: number; end: number } {
  const at = text.indexOf(sentence);
  const k = sentence.indexOf(word);
  if (at < 0 || k < 0) throw new Error(`"${word}" of "${sentence}" is not in the draft`);
  return { start: at + k, end: at + k + word.length };
}
