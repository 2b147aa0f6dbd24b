// Property checks over generated why-questions: every combination of subject, shape (tense, voice,
// negation, modal, embedded), verb and adjunct is rewritten, and the rewrite is read for the broken
// shapes a person would notice. The checks know each verb's forms, so they do not lean on the
// generator's own guard (`brokenShape`) or on compromise's tags.
import { describe, expect, it } from 'vitest';
import { GENERATORS } from '../../lib/coach/rewrite';
import { parse } from '../../lib/coach/nlp';

interface Verb { base: string; third: string; past: string; participle: string; gerund: string; object: string }
const VERBS: Verb[] = [
  { base: 'send', third: 'sends', past: 'sent', participle: 'sent', gerund: 'sending', object: 'the revised quote' },
  { base: 'cancel', third: 'cancels', past: 'cancelled', participle: 'cancelled', gerund: 'cancelling', object: 'the March order' },
  { base: 'approve', third: 'approves', past: 'approved', participle: 'approved', gerund: 'approving', object: 'the new budget' },
  { base: 'take', third: 'takes', past: 'took', participle: 'taken', gerund: 'taking', object: 'the damaged pallets' },
  { base: 'choose', third: 'chooses', past: 'chose', participle: 'chosen', gerund: 'choosing', object: 'a different courier' },
  { base: 'pay', third: 'pays', past: 'paid', participle: 'paid', gerund: 'paying', object: 'the deposit' },
  { base: 'forward', third: 'forwards', past: 'forwarded', participle: 'forwarded', gerund: 'forwarding', object: 'my complaint' },
  { base: 'stop', third: 'stops', past: 'stopped', participle: 'stopped', gerund: 'stopping', object: 'the weekly reports' },
  { base: 'turn down', third: 'turns down', past: 'turned down', participle: 'turned down', gerund: 'turning down', object: 'the second offer' },
  { base: 'ring', third: 'rings', past: 'rang', participle: 'rung', gerund: 'ringing', object: 'the depot' },
];
const STATES = ['late again', 'still unpaid', 'more expensive than the quote', 'so slow this week', 'out of stock', 'in the wrong currency'];
const THINGS = ['the invoice', 'our March order', 'the new laptops', 'the portal for suppliers', 'my deposit from June'];

interface Subject { text: string; third: boolean; plural: boolean; keep: string | null }
const SUBJECTS: Subject[] = [
  { text: 'you', third: false, plural: true, keep: null },
  { text: 'they', third: false, plural: true, keep: 'them' },
  { text: 'the supplier', third: true, plural: false, keep: 'supplier' },
  { text: 'your team in Leeds', third: true, plural: false, keep: 'team in Leeds' },
  { text: 'the site managers', third: false, plural: true, keep: 'site managers' },
  { text: 'Priya', third: true, plural: false, keep: 'Priya' },
];
const ADJUNCTS = ['', ' on Friday', ' without telling us', ' when we agreed on 30 days'];

interface Case { question: string; verb: Verb; subject: Subject | null; negative: boolean; past: boolean; refusal: boolean }

function cases(): Case[] {
  const out: Case[] = [];
  for (const v of VERBS) for (const s of SUBJECTS) for (const adj of ADJUNCTS) {
    const S = s.text;
    const does = s.third ? 'does' : 'do';
    const has = s.third ? 'has' : 'have';
    const is = s.third ? 'is' : 'are';
    const rest = `${v.object}${adj}`;
    const add = (question: string, negative: boolean, past: boolean, subject: Subject | null = s) => out.push({ question, verb: v, subject, negative, past, refusal: false });
    add(`Why did ${S} ${v.base} ${rest}?`, false, true);
    add(`Why didn't ${S} ${v.base} ${rest}?`, true, true);
    add(`Why ${does} ${S} ${v.base} ${rest}?`, false, false);
    add(`Why ${does}n't ${S} ${v.base} ${rest}?`, true, false);
    add(`Why ${has} ${S} ${v.participle} ${rest}?`, false, false);
    add(`Why ${has}n't ${S} ${v.participle} ${rest}?`, true, false);
    add(`Why ${is} ${S} ${v.gerund} ${rest}?`, false, false);
    add(`Why can't ${S} ${v.base} ${rest}?`, true, false);
    add(`Why won't ${S} ${v.base} ${rest}?`, true, false);
    add(`I don't understand why ${S} ${v.past} ${rest}.`, false, true);
    add(`Can you explain why ${S} ${has}n't ${v.participle} ${rest}?`, true, false);
    add(`How come ${S} never ${v.past} ${rest}?`, true, true);
    // Passive: the object is the subject.
    const o: Subject = { text: v.object, third: true, plural: false, keep: v.object.split(' ').slice(-1)[0]! };
    if (s.text === 'you') {
      add(`Why was ${v.object} ${v.participle}${adj}?`, false, true, o);
      add(`Why wasn't ${v.object} ${v.participle}${adj}?`, true, true, o);
      add(`Why hasn't ${v.object} been ${v.participle}${adj}?`, true, false, o);
      for (const we of ['we', 'I']) {
        out.push({ question: `Why would ${we} ${v.base} ${rest}?`, verb: v, subject: null, negative: false, past: false, refusal: true });
        out.push({ question: `Why should ${we} ${v.base} ${rest}?`, verb: v, subject: null, negative: false, past: false, refusal: true });
      }
    }
  }
  for (const thing of THINGS) for (const state of STATES) {
    const plural = /s$/.test(thing.split(' ')[thing.split(' ').length - 1]!) && !/from|for/.test(thing);
    const verb: Verb = { base: 'be', third: 'is', past: 'was', participle: 'been', gerund: 'being', object: state };
    const subject: Subject = { text: thing, third: !plural, plural, keep: thing.replace(/^(?:the|our|my) /, '') };
    out.push({ question: `Why ${plural ? 'are' : 'is'} ${thing} ${state}?`, verb, subject, negative: false, past: false, refusal: false });
    out.push({ question: `Why ${plural ? 'were' : 'was'} ${thing} ${state}?`, verb, subject, negative: false, past: true, refusal: false });
  }
  return out;
}

const NEGATIVE_FRAME = /in the way of|would it take|holding up|unnecessary|bad idea|\bnot\b|n't\b|\bnever\b/i;
const PAST_FRAME = /^What (?:led|got in the way|made|was)\b/;

function rewrite(question: string): string {
  return GENERATORS.calibratedWhy({ sentence: question, doc: () => parse(question), target: question })[0]!;
}

describe('rewrites of generated why-questions', () => {
  const all = cases();
  const problems: string[] = [];
  for (const c of all) {
    const r = rewrite(c.question);
    const words = r.toLowerCase().match(/[a-z0-9']+/g) ?? [];
    const fail = (why: string) => problems.push(`${why}: ${c.question} -> ${r}`);
    if (!/^(?:What|How)\b/.test(r) || !r.endsWith('?')) fail('not a How/What question');
    if (/^What would need to be different/.test(r)) { fail('fell back to the general question'); continue; }
    for (let i = 0; i + 1 < words.length; i++) {
      const [a, b] = [words[i]!, words[i + 1]!];
      if (a === b) fail(`doubled "${a}"`);
      if (a === 'to' && ((b === c.verb.past && b !== c.verb.base) || b === c.verb.gerund || b === c.verb.third || /^(?:i|we|he|she|they)$/.test(b))) fail(`"to ${b}"`);
      if (a === 'being' && b === c.verb.gerund && c.verb.base !== 'be') fail(`"being ${b}"`);
      if ((a === 'of' || a === 'behind') && (b === c.verb.base || b === c.verb.third) && c.verb.base !== c.verb.past) fail(`"${a} ${b}"`);
    }
    if (!r.includes(c.verb.object.split(' ').slice(-1)[0]!)) fail('object lost');
    if (c.verb.base.includes(' ') && !r.includes(c.verb.base.split(' ')[1]!)) fail('particle lost');
    if (c.subject?.keep && !r.includes(c.subject.keep)) fail('subject lost');
    if (c.negative !== NEGATIVE_FRAME.test(r.replace(/\bwithout\b/g, ''))) fail(c.negative ? 'negation lost' : 'negation added');
    if (c.past && !c.refusal && !PAST_FRAME.test(r)) fail('past act asked about as if it were not over');
    if (!c.past && /^What (?:led|got in the way)\b/.test(r)) fail('present or perfect asked about as if it were over');
    if (c.refusal && /^What(?:'s)? led (?:us|me) to/.test(r)) fail('a refusal read as something done');
  }

  it(`reads ${all.length} generated questions without a broken shape`, () => {
    expect(problems.slice(0, 25)).toEqual([]);
  });

  it('drops a jab or second question tacked on, and spells out texting shorthand', () => {
    const tails = [', or is that too much to ask?', ' — did nobody check?', ', seriously?', ', and who decided that was acceptable?', ' or am I supposed to guess?'];
    const bad: string[] = [];
    for (const c of all.filter((_, i) => i % 7 === 0)) {
      for (const tail of tails) {
        const q = c.question.replace(/[?.]$/, '') + tail;
        const r = rewrite(q);
        if (/too much|nobody check|seriously|who decided|supposed to/i.test(r) || /^What would need to be different/.test(r)) bad.push(`${q} -> ${r}`);
      }
      const texted = c.question.toLowerCase().replace(/n't\b/g, 'nt').replace(/\byou\b/g, 'u').replace(/\?$/, '');
      const r = rewrite(texted);
      if (/\bu\b|\b(?:didnt|doesnt|dont|hasnt|havent|cant|wont|wasnt)\b/.test(r) || !/^[A-Z]/.test(r) || /^What would need to be different/.test(r)) bad.push(`${texted} -> ${r}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
});
