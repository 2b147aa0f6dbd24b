// The clause reader: what it finds inside a why-demand, and the topic a template borrows.
import { describe, expect, it } from 'vitest';
import { basePhrase, gerundPhrase, lemmaOf, readWhy, sayBack, spellOut, withoutTail } from '../../lib/coach/clause';

describe('readWhy', () => {
  it.each([
    ['Why did the hotel charge my card twice?', { subject: 'the hotel', tense: 'past', negative: false, lemma: 'charge', rest: 'my card twice' }],
    ["Why hasn't the deposit been returned to us?", { subject: 'the deposit', tense: 'perfect', negative: true, passive: true, lemma: 'return' }],
    ['Why is the balance on the final statement higher than the quote?', { subject: 'the balance on the final statement', copula: true, rest: 'higher than the quote' }],
    ['Why are the freight rates you quoted us in euros?', { subject: 'the freight rates you quoted us', copula: true, rest: 'in euros' }],
    ['Why did the technician who came on Monday leave early?', { subject: 'the technician who came on Monday', lemma: 'leave' }],
    ['Why has nobody from your team called back?', { subject: 'anyone from your team', negative: true, lemma: 'call' }],
    ['I need to understand why the quote went up overnight.', { subject: 'the quote', tense: 'past', lemma: 'go', rest: 'up overnight' }],
    ['How come the parking permit still hasn\'t arrived?', { subject: 'the parking permit', tense: 'perfect', negative: true, lemma: 'arrive' }],
    ['Why is the refund going to take 90 days?', { tense: 'future', lemma: 'take', rest: '90 days' }],
    ['why u ghosting me', { subject: 'you', progressive: true, lemma: 'ghost', rest: 'me' }],
    ['Why, after three reminders, is my refund still pending?', { fronted: 'after three reminders', subject: 'my refund', adverbs: 'still' }],
  ])('%s', (sentence, expected) => {
    const c = readWhy(sentence)!;
    expect(c).not.toBeNull();
    const { subject, ...rest } = expected as Record<string, unknown>;
    if (subject) expect(c.subject?.text).toBe(subject);
    expect(c).toMatchObject(rest);
  });

  it('reads nothing where there is no clause to read', () => {
    for (const s of ['Why?', 'Why not?', 'Thanks, that explains it.']) expect(readWhy(s), s).toBeNull();
  });

  it('puts the verb phrase in the form a frame needs', () => {
    const c = readWhy("Why didn't the courier leave a note?")!;
    expect(basePhrase(c)).toBe('leave a note');
    expect(gerundPhrase(c)).toBe('leaving a note');
    const p = readWhy('Why was the delivery pushed back to the 14th?')!;
    expect(gerundPhrase(p)).toBe('being pushed back to the 14th');
    const joined = readWhy('I need to know why the shipment cleared customs but never reached the warehouse.')!;
    expect(basePhrase(joined)).toBe('clear customs but never reach the warehouse');
  });

  it('keeps a negation inside the rest of the sentence', () => {
    expect(readWhy('Why should I pay a late fee on a bill I never received?')!.rest).toBe('a late fee on a bill I never received');
  });
});

describe('lemmaOf', () => {
  it('finds the base a form belongs to, and refuses a guess', () => {
    expect(lemmaOf('gone', new Set(['Participle']))).toBe('go');
    expect(lemmaOf('went')).toBe('go');
    expect(lemmaOf('ringing', new Set(['Gerund']))).toBe('ring');
    expect(lemmaOf('accept', new Set(['Infinitive']))).toBe('accept');
    expect(lemmaOf('cancelled', new Set(['PastTense']))).toBe('cancel');
  });
});

describe('spellOut and withoutTail', () => {
  it('spells out texting shorthand', () => {
    expect(spellOut('y did u cancel ur order, i dont get it')).toBe("why did you cancel your order, I don't get it");
  });
  it('drops a second question or jab tacked on', () => {
    expect(withoutTail('Why is the lift still broken — or is a working lift too much to ask?')).toBe('Why is the lift still broken');
    expect(withoutTail('Why did you cancel the order, genius move?')).toBe('Why did you cancel the order');
    expect(withoutTail('Why is there no update, and is anyone reading these?')).toBe('Why is there no update');
    expect(withoutTail('Why did the price go up when we agreed on 30 days?')).toBe('Why did the price go up when we agreed on 30 days?');
  });
});

describe('sayBack', () => {
  it.each([
    ["I'm afraid", "You're afraid"],
    ['before the 18th, I am afraid', 'before the 18th, you are afraid'],
    ['I was told the budget is frozen', 'You were told the budget is frozen'],
    ['our budget for the year', 'your budget for the year'],
    ['the price you quoted', 'the price we quoted'],
    ['what you sent us', 'what we sent you'],
    ['your proposal', 'our proposal'],
    ['approval from my manager', 'approval from your manager'],
  ])('%s -> %s', (theirs, back) => {
    expect(sayBack(theirs)).toBe(back);
  });
});

describe('shouting', () => {
  it('reads a shouted sentence calmly and keeps its acronyms', () => {
    expect(spellOut('WHY IS IT STILL NOT FIXED')).toBe('why is it still not fixed');
    expect(spellOut('WHY HAS THE VPN BEEN DOWN SINCE MONDAY')).toBe('why has the VPN been down since Monday');
    expect(spellOut('Why does the IT team charge YOUR rate?')).toBe('Why does the IT team charge your rate?');
  });
});
