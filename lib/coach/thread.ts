// The thread tone summary: who wrote what, how heated each message is, what their "no" is about,
// whether the conversation is escalating or cooling, and openers for the reply built from their words.
import type { FlagCategory, NoDecoding, NoReason } from './types';
import { FLAG_CATEGORIES } from './types';
import { createCoach } from './coach';
import { decodeNo } from './no';
import { parse, normalizeQuotes } from './nlp';
import { ownTextRanges, splitSentences } from './sentences';
import { HEAT_CUES } from './rules/heat';

export interface ThreadMessage {
  from: string;
  date?: string;
  text: string;
  /** Written by the user. */
  mine: boolean;
}

export interface MessageSummary {
  from: string;
  date?: string;
  mine: boolean;
  /** 0 (calm) .. 1 (furious). */
  heat: number;
  flags: FlagCategory[];
  no: Pick<NoDecoding, 'reason' | 'confidence' | 'nextMove'> | null;
  /** What they are worried about, in their words ("the 50% deposit"). */
  concerns: string[];
  /** False when the page held no body for this message: nothing is guessed about it. */
  readable: boolean;
}

export interface Openers {
  label: string;
  mirror: string;
  accusationAudit: string;
  question: string;
}

export interface ThreadSummary {
  messages: MessageSummary[];
  trend: 'escalating' | 'cooling' | 'steady';
  /** Who raised the temperature most: 'me', 'them', or null when nobody did. */
  raisedBy: 'me' | 'them' | null;
  openers: Openers;
  /** Messages without a readable body. */
  unreadable: number;
}

/** How heated a message is, 0..1, from capitals, exclamation, absolutes, insults, threats and flags. */
export function messageHeat(text: string, flags: Partial<Record<FlagCategory, number>> = {}): number {
  const t = normalizeQuotes(text);
  const words = t.match(/[A-Za-z][A-Za-z']+/g) ?? [];
  if (!words.length) return 0;
  let heat = 0;
  const caps = words.filter((w) => w.length >= 3 && w === w.toUpperCase() && !/^(?:ASAP|FYI|PDF|CEO|CFO|CTO|USA|ETA|EOD|FAQ|SLA|ROI|NDA|API|URL|HTML)$/.test(w));
  if (caps.length >= 2) heat += Math.min(0.35, (caps.length / words.length) * 1.2 + 0.1);
  const bangs = (t.match(/!/g) ?? []).length;
  heat += Math.min(0.15, bangs * 0.05) + (/[!?]{2,}/.test(t) ? 0.1 : 0);
  for (const cue of HEAT_CUES) {
    const n = (t.match(cue.re) ?? []).length;
    if (n) heat += Math.min(cue.cap, n * cue.weight);
  }
  heat += Math.min(0.3, (flags.ego ?? 0) * 0.15) + Math.min(0.15, (flags.defensive ?? 0) * 0.07) + Math.min(0.1, (flags.withdrawal ?? 0) * 0.05);
  return Math.round(Math.min(1, heat) * 100) / 100;
}

const FIRST_TO_SECOND: Record<string, string> = { our: 'your', my: 'your', we: 'you', i: 'you', us: 'you', me: 'you', ours: 'yours', mine: 'yours', "we're": "you're", "i'm": "you're", "we've": "you've", "i've": "you've" };
const swapPerson = (s: string) => s.replace(/\b(?:our|my|we|i|us|me|ours|mine|we're|i'm|we've|i've)\b/gi, (w) => FIRST_TO_SECOND[w.toLowerCase()] ?? w);

const GENERIC_CONCERN: Record<NoReason, string> = {
  price: 'the price',
  timing: 'the timing',
  terms: 'the terms',
  value: 'the value of this',
  authority: 'getting sign-off',
};

const WEAK_NOUNS = /^(?:it|this|that|thing|things|something|anything|time|way|lot|bit|point|us|you|we|them|one|ones|kind|sort)$/i;

/** Noun phrases in a sentence, in order: "the 50% deposit", "automatic renewal". */
export function nounPhrases(sentence: string): string[] {
  const doc = parse(sentence);
  const found = doc.match('(#Determiner|#Possessive)? #Value? #Adjective{0,2} #Noun+').not('#Pronoun');
  const out: string[] = [];
  for (const m of found.json({ offset: true }) as Array<{ offset: { start: number; length: number } }>) {
    const text = sentence.slice(m.offset.start, m.offset.start + m.offset.length).replace(/[.,;:!?]+$/, '').trim();
    const head = text.split(/\s+/).pop() ?? '';
    if (text && !WEAK_NOUNS.test(head) && !/^(?:the|a|an|our|my|your)$/i.test(text)) out.push(text);
  }
  return out;
}

function concernsOf(text: string, no: NoDecoding | null): string[] {
  const sentences = splitSentences(text, ownTextRanges(text));
  const key = no ? sentences.find((s) => s.start <= no.evidence.start && no.evidence.end <= s.end) : undefined;
  const ordered = key ? [key, ...sentences.filter((s) => s !== key)] : sentences;
  const out: string[] = [];
  for (const s of ordered.slice(0, 6)) {
    for (const p of nounPhrases(s.text)) {
      const phrase = swapPerson(p);
      if (!out.some((o) => o.toLowerCase() === phrase.toLowerCase())) out.push(phrase);
    }
    if (out.length >= 4) break;
  }
  return out.slice(0, 4);
}

function sortByDate(messages: ThreadMessage[]): ThreadMessage[] {
  const indexed = messages.map((m, i) => ({ m, i, t: m.date ? Date.parse(m.date) : NaN }));
  const allDated = indexed.every((x) => !Number.isNaN(x.t));
  if (!allDated) return messages.slice();
  return indexed.sort((a, b) => a.t - b.t || a.i - b.i).map((x) => x.m);
}

function lowerFirst(s: string): string {
  return /^(?:[A-Z][a-z]|A )/.test(s) && !/^I\b/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

function mirrorOf(text: string, no: NoDecoding | null): string {
  const sentences = splitSentences(text, ownTextRanges(text));
  const key = (no && sentences.find((s) => s.start <= no.evidence.start && no.evidence.end <= s.end)) || sentences[sentences.length - 1];
  if (!key) return '';
  // Their last few key words: the sentence's last noun phrase when it ends the sentence, else its last three words.
  const phrases = nounPhrases(key.text);
  const body = key.text.replace(/[\s.!?…]+$/, '');
  const last = phrases[phrases.length - 1];
  let words: string;
  if (last && body.toLowerCase().endsWith(last.toLowerCase()) && last.split(/\s+/).length >= 2) words = last;
  else words = body.split(/\s+/).slice(-3).join(' ');
  words = swapPerson(words.replace(/^[,;:—–-]+\s*/, ''));
  return `${words[0]!.toUpperCase()}${words.slice(1)}?`;
}

function openersFor(them: MessageSummary | undefined, text: string, no: NoDecoding | null): Openers {
  const reason = no?.reason;
  const concern = lowerFirst(them?.concerns[0] ?? (reason ? GENERIC_CONCERN[reason] : 'this'));
  const label: Record<NoReason, string> = {
    price: `It sounds like ${concern} is a real stretch for your budget.`,
    timing: `It sounds like the timing is the main worry right now.`,
    terms: `It sounds like ${concern} is the sticking point.`,
    value: `It sounds like you're not yet convinced this is worth changing what works for you.`,
    authority: `It sounds like this isn't a decision you can make on your own.`,
  };
  const audit: Record<NoReason, string> = {
    price: `You may feel we're asking a lot for ${concern}.`,
    timing: `You may feel we're rushing you.`,
    terms: `You may feel we've been inflexible on ${concern}.`,
    value: `You may feel we haven't shown why this is worth your time.`,
    authority: `You may feel we're putting you in a difficult spot with your team.`,
  };
  const question: Record<NoReason, string> = {
    price: `What would make ${concern} work within your budget?`,
    timing: `What would need to happen for the timing to work on your side?`,
    terms: `How could we change ${concern} so it works for you?`,
    value: `How are you handling this today, and what would you want to be better?`,
    authority: `What will the people signing off need to see to be comfortable with this?`,
  };
  return {
    label: reason ? label[reason] : `It sounds like ${concern} matters a lot to you.`,
    mirror: text ? mirrorOf(text, no) : '',
    accusationAudit: reason ? audit[reason] : `You may feel we haven't really listened to your concerns.`,
    question: reason ? question[reason] : `What's the biggest obstacle on your side right now?`,
  };
}

/** Summarises a thread. Messages are put in date order (oldest first) when every one has a date. */
export function summarizeThread(messages: readonly ThreadMessage[]): ThreadSummary {
  const coach = createCoach({ sensitivity: 'balanced' });
  const ordered = sortByDate(messages.slice());
  const decoded: Array<NoDecoding | null> = [];
  const summaries: MessageSummary[] = ordered.map((m) => {
    const text = m.text ?? '';
    const readable = text.trim().length > 0;
    const findings = readable ? coach.analyze(text) : [];
    const counts: Partial<Record<FlagCategory, number>> = {};
    for (const f of findings) if (f.category !== 'strength') counts[f.category] = (counts[f.category] ?? 0) + 1;
    const no = readable && !m.mine ? decodeNo(text) : null;
    decoded.push(no);
    return {
      from: m.from,
      date: m.date,
      mine: !!m.mine,
      heat: readable ? messageHeat(text, counts) : 0,
      flags: FLAG_CATEGORIES.filter((c) => counts[c]),
      no: no ? { reason: no.reason, confidence: no.confidence, nextMove: no.nextMove } : null,
      concerns: readable && !m.mine ? concernsOf(text, no) : [],
      readable,
    };
  });

  const readable = summaries.map((s, i) => ({ s, i })).filter((x) => x.s.readable);
  let trend: ThreadSummary['trend'] = 'steady';
  let raisedBy: ThreadSummary['raisedBy'] = null;
  if (readable.length >= 2) {
    const heats = readable.map((x) => x.s.heat);
    const first = heats[0]!;
    const last = heats[heats.length - 1]!;
    const peak = Math.max(...heats);
    if (last >= peak - 0.05 && last - first >= 0.15) trend = 'escalating';
    else if (peak - last >= 0.15) trend = 'cooling';
    let jump = 0.1;
    for (let k = 1; k < readable.length; k++) {
      const d = heats[k]! - heats[k - 1]!;
      if (d > jump) { jump = d; raisedBy = readable[k]!.s.mine ? 'me' : 'them'; }
    }
    if (raisedBy === null && !readable[0]!.s.mine && first >= 0.3) raisedBy = 'them';
    if (raisedBy === null && readable[0]!.s.mine && first >= 0.3) raisedBy = 'me';
  }

  // Openers answer their latest readable message, preferring the latest one that says no.
  let k = -1;
  for (let i = summaries.length - 1; i >= 0; i--) if (!summaries[i]!.mine && summaries[i]!.readable && decoded[i]) { k = i; break; }
  if (k < 0) for (let i = summaries.length - 1; i >= 0; i--) if (!summaries[i]!.mine && summaries[i]!.readable) { k = i; break; }
  const openers = openersFor(summaries[k], k >= 0 ? ordered[k]!.text : '', k >= 0 ? decoded[k]! : null);

  return { messages: summaries, trend, raisedBy, openers, unreadable: summaries.filter((s) => !s.readable).length };
}
