// The thread tone summary: who wrote what, how heated each message is, what their "no" is about,
// whether the conversation is escalating or cooling and who raised it, their concerns in their
// own words, openers for the reply built from those words, and "go to the balcony" advice when
// the draft answers heat with heat. Pure data in, data out: the sidebar and the CLI only render it.
import { sayBack } from './clause';
import { has, nounPhrases } from './noun-phrases';
import type { Finding, FlagCategory, NoDecoding, NoReason } from './types';
import { FLAG_CATEGORIES } from './types';
import { createCoach } from './coach';
import { decodeNo } from './no';
import { normalizeQuotes, parse, terms, type Term } from './nlp';
import { ownTextRanges, splitSentences, type Sentence } from './sentences';
import { HEAT_CUES, HEAT_LEVELS, isShouted } from './rules/heat';
import { sentenceProbs, threshold } from './model/judge';
import { isNoise } from './noise';
import { BALCONY, CONCERN_FITS, CONCERN_HEADS, OPENERS, TRADES, type OpenerTemplate } from './rules/openers';

export interface ThreadMessage {
  from: string;
  /** Any date `Date.parse` reads (ISO 8601 is safest). */
  date?: string;
  /** The message's own words. Empty when the page held no body for it (collapsed, not loaded). */
  text: string;
  /** Written by the user: true or false on evidence, null when it could not be told. */
  mine: boolean | null;
  /** Any id of the caller's, passed through to the message's summary. */
  id?: string;
}

export type HeatLevel = 'calm' | 'warm' | 'heated';

export interface MessageSummary {
  id?: string;
  from: string;
  date?: string;
  mine: boolean | null;
  /** 0 (calm) .. 1 (furious). */
  heat: number;
  level: HeatLevel;
  /** What made it warm, as short labels ("caps", "threats"). */
  heatCues: string[];
  flags: FlagCategory[];
  /** Their decoded refusal (never decoded for the user's own messages). */
  no: Pick<NoDecoding, 'reason' | 'confidence' | 'nextMove'> | null;
  /** The words that carried the refusal, as written. */
  noEvidence?: string;
  /** The sentence that says no most plainly (the one the mirror repeats), as written. */
  noSentence?: string;
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

export interface Balcony {
  reason: 'heated-draft' | 'heated-reply';
  title: string;
  message: string;
  /** What to do with the pause, in order: name the real issue, plan the trade, know the walk-away. */
  steps: Array<{ title: string; text: string }>;
}

export interface DraftRead {
  heat: number;
  level: HeatLevel;
  heatCues: string[];
  flags: FlagCategory[];
}

export interface ThreadSummary {
  /** Oldest first. */
  messages: MessageSummary[];
  trend: 'escalating' | 'cooling' | 'steady';
  /** Who raised the temperature most: 'me', 'them', or null when nobody did (or it is unknown). */
  raisedBy: 'me' | 'them' | null;
  openers: Openers;
  /** Messages without a readable body. */
  unreadable: number;
  /** 'date': every message was dated and sorted; 'given': kept in the given order; 'partial': dated ones sorted around undated ones. */
  orderedBy: 'date' | 'given' | 'partial';
  /** Their concerns across the thread, most relevant first. */
  concerns: string[];
  /** Index (in `messages`) of the message the openers answer, or null when none of theirs is readable. */
  answering: number | null;
  /** The draft being written, when one was given. */
  draft: DraftRead | null;
  /** Advice to pause before sending, when the draft is heated or answers heat with heat. */
  balcony: Balcony | null;
}

export interface SummarizeOptions {
  /** The reply being written: its heat decides the balcony advice. */
  draft?: string;
}

// ---------------------------------------------------------------------------------------------
// Heat

/** The writer's own lines: no ">" quotes, nothing after a signature or "On … wrote:". */
function ownText(text: string): string {
  return ownTextRanges(text).map(([s, e]) => text.slice(s, e)).join('\n');
}

export function heatLevel(heat: number): HeatLevel {
  return heat >= HEAT_LEVELS.heated ? 'heated' : heat >= HEAT_LEVELS.warm ? 'warm' : 'calm';
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * How hostile the learned judgement reads a text, 0..1: its two most hostile sentences, each scored
 * by how far its surest category clears the model's eagerest threshold (so calm text scores 0).
 */
export function modelHostility(text: string): number {
  const t = normalizeQuotes(text);
  const per: number[] = [];
  for (const s of splitSentences(t, ownTextRanges(t))) {
    if (isNoise(s.text) || !/\s/.test(s.text.trim())) continue;
    const probs = sentenceProbs(s.text);
    let h = 0;
    for (const c of FLAG_CATEGORIES) {
      const from = threshold(c, 'strict');
      if (probs[c] < from || from > 1) continue;
      h = Math.max(h, HOSTILITY_WEIGHT[c] * (0.5 + 0.5 * (probs[c] - from) / Math.max(1e-6, 1 - from)));
    }
    per.push(h);
  }
  per.sort((a, b) => b - a);
  return Math.min(1, (per[0] ?? 0) * 0.7 + (per[1] ?? 0) * 0.3);
}

/** How much each category's reading adds to heat: threats and contempt burn hottest. */
const HOSTILITY_WEIGHT: Record<FlagCategory, number> = { ego: 1, defensive: 0.75, withdrawal: 0.6, why: 0.5 };

/** How heated a text is (0..1) and why: capitals, exclamation, absolutes, insults, threats, sarcasm, flags, and the model's reading. */
export function heatDetails(text: string, flags: Partial<Record<FlagCategory, number>> = {}): { heat: number; cues: string[] } {
  const t = normalizeQuotes(ownText(text));
  const words = t.match(/[A-Za-z][A-Za-z']*/g) ?? [];
  if (!words.length) return { heat: 0, cues: [] };
  const cues: string[] = [];
  let heat = 0;
  const caps = words.filter(isShouted);
  if (caps.length >= 2 && caps.some((w) => w.length >= 3)) {
    heat += Math.min(0.35, (caps.length / words.length) * 1.2 + 0.1);
    cues.push('capitals');
  } else if (caps.length === 1 && caps[0]!.length >= 6) {
    heat += 0.08;
    cues.push('capitals');
  }
  const bangs = (t.match(/!/g) ?? []).length;
  const runs = /[!?]{2,}/.test(t);
  heat += Math.min(0.15, bangs * 0.05) + (runs ? 0.1 : 0);
  if (bangs >= 2 || runs) cues.push('exclamation');
  for (const cue of HEAT_CUES) {
    const scan = cue.unless ? t.replace(cue.unless, (m) => ' '.repeat(m.length)) : t;
    const n = (scan.match(cue.re) ?? []).length;
    if (!n) continue;
    heat += Math.min(cue.cap, n * cue.weight);
    if (n * cue.weight >= 0.1 || cue.weight >= 0.1) cues.push(cue.label);
  }
  heat += Math.min(0.3, (flags.ego ?? 0) * 0.15) + Math.min(0.15, (flags.defensive ?? 0) * 0.07) + Math.min(0.1, (flags.withdrawal ?? 0) * 0.05) + Math.min(0.06, (flags.why ?? 0) * 0.03);
  // Wordings no cue lists still read as hot through the model.
  const hostile = modelHostility(text);
  if (hostile > 0) { heat += 0.35 * hostile; if (hostile >= 0.5) cues.push('tone'); }
  return { heat: round2(Math.min(1, heat)), cues };
}

/** How heated a message is, 0..1. */
export function messageHeat(text: string, flags: Partial<Record<FlagCategory, number>> = {}): number {
  return heatDetails(text, flags).heat;
}

// ---------------------------------------------------------------------------------------------
// Concerns: noun-phrase chunks built from compromise/two's tags (`.nouns()` is only in `three`)


/** Greetings, thanks and sign-offs say nothing about their concerns. */
const CLOSING = /^(?:hi|hello|hey|dear|thanks|thank you|many thanks|best|kind regards|regards|cheers|sincerely|warm(?:est)? regards|all the best|looking forward|let me know|talk soon|have a (?:good|great|nice)|hope (?:you|this|all))\b/i;

/** A greeting, thanks, sign-off or a bare name line: nothing to learn from it. */
function isFiller(sentence: string): boolean {
  const t = sentence.trim();
  const n = t.split(/\s+/).length;
  return (CLOSING.test(t) && n <= 8) || (n <= 2 && !/[.!?]$/.test(t));
}

function reasonOf(text: string): NoReason | null {
  let best: NoReason | null = null;
  let n = 0;
  for (const r of Object.keys(CONCERN_HEADS) as NoReason[]) {
    const m = text.match(CONCERN_HEADS[r]);
    if (m && (!best || m.index! > n)) { best = r; n = m.index!; }
  }
  return best;
}

const NEGATION = /\b(?:not|no|never|cannot|unable|impossible|no longer)\b|n't\b/i;

/**
 * Does this sentence say no for `reason`? The decoder's own reading of the sentence when it has
 * one; else a negation next to words about that reason ("We simply can't go back to last year's price").
 */
function refusesFor(sentence: string, reason: NoReason): boolean {
  const d = decodeNo(sentence);
  if (d) return d.reason === reason;
  return NEGATION.test(normalizeQuotes(sentence)) && CONCERN_HEADS[reason].test(sentence);
}

interface ScoredConcern { text: string; score: number; order: number; reason: NoReason | null; plural: boolean }

/** Their concerns in one message, best first, with the reason each relates to. */
const MAX_PLAIN_SENTENCES = 6;

function concernsOf(sentences: Sentence[], no: NoDecoding | null, egoSpans: Array<[number, number]>): ScoredConcern[] {
  const out: ScoredConcern[] = [];
  let order = 0;
  // Sentences that refuse (for the decoded reason): their words carry the concern. Judged per
  // sentence, so the ranking does not hang on which words the decoder picked as evidence.
  const refusing = sentences.map((s) => (no ? refusesFor(s.text, no.reason) : !!decodeNo(s.text)));
  const lastRefusal = refusing.lastIndexOf(true);
  // Concerns come from what they say, not from a long message's every line: the refusing sentences
  // and the first few others are read (each costs a parse).
  let others = 0;
  sentences.forEach((s, si) => {
    if (isFiller(s.text)) return;
    if (!refusing[si] && ++others > MAX_PLAIN_SENTENCES) return;
    const { chunks, terms: ts } = nounPhrases(s.text);
    const negAt = ts.findIndex((t) => has(t, 'Negative'));
    // "We could live with 20% upfront, but not half": the clause that refuses holds the concern;
    // what they accept in the other clause does not.
    const butAt = ts.findIndex((t, i) => i > 0 && /^(?:but|however|although|though)$/i.test(t.normal));
    const refusingClause = butAt < 0 || negAt < 0 ? null : negAt > butAt ? 'after' : 'before';
    let objectTaken = false;
    for (const c of chunks) {
      order++;
      if (c.weak) continue;
      if (refusingClause && (c.first > butAt) !== (refusingClause === 'after')) { order++; continue; }
      // Words inside a threat or a jibe ("we'll take our business elsewhere") are not a concern.
      if (egoSpans.some(([a, b]) => a < s.start + c.end && s.start + c.start < b)) continue;
      let score = 1;
      const reason = reasonOf(c.text);
      if (refusing[si]) score += si === lastRefusal ? 3 : 2;
      if (no && s.start + c.start <= no.evidence.end && no.evidence.start <= s.start + c.end) score += 1;
      // The object of a refusing verb: "can't agree to automatic renewal", "won't accept the minimums".
      if (negAt >= 0 && c.first > negAt && c.first - negAt <= 6 && !objectTaken) { score += 2; objectTaken = true; }
      if (no && reason === no.reason) score += 2;
      else if (reason) score += 1;
      if (c.last > c.first) score += 0.5;
      out.push({ text: lowerFirst(sayBack(c.text)), score, order, reason, plural: c.plural });
    }
  });
  out.sort((a, b) => b.score - a.score || a.order - b.order);
  const seen = new Set<string>();
  return out.filter((c) => {
    const k = c.text.toLowerCase().replace(/^(?:the|a|an|your)\s+/, '');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Order

function sortByDate(messages: readonly ThreadMessage[]): { ordered: ThreadMessage[]; orderedBy: ThreadSummary['orderedBy'] } {
  const times = messages.map((m) => (m.date ? Date.parse(m.date) : NaN));
  const dated = times.map((t, i) => ({ t, i })).filter((x) => !Number.isNaN(x.t));
  if (dated.length < 2) return { ordered: messages.slice(), orderedBy: 'given' };
  // Dated messages are sorted among the places dated messages held; undated ones stay put.
  const slots = dated.map((x) => x.i);
  const sorted = dated.slice().sort((a, b) => a.t - b.t || a.i - b.i);
  const ordered = messages.slice();
  slots.forEach((slot, k) => { ordered[slot] = messages[sorted[k]!.i]!; });
  return { ordered, orderedBy: dated.length === messages.length ? 'date' : 'partial' };
}

// ---------------------------------------------------------------------------------------------
// Openers

function lowerFirst(s: string): string {
  return /^(?:The|A|An|Your|This|That|These|Those|Every|Each|Any|Some|Last|Next)\b/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

const fill = (t: OpenerTemplate, c: ScoredConcern | null) =>
  c && t.withConcern ? t.withConcern.replace('{concern}', lowerFirst(c.text)).replace('{is}', c.plural ? 'are' : 'is') : t.plain;

/** The sentence a reply should mirror: the last one that refuses for the decoded reason, else their last sentence that says something. */
function keySentence(sentences: Sentence[], no: NoDecoding | null): Sentence | undefined {
  if (no) {
    // Statements first: their question ("Could we revisit this in February?") is theirs to answer.
    for (const statements of [true, false]) {
      for (let i = sentences.length - 1; i >= 0; i--) {
        const s = sentences[i]!;
        if (statements && /\?$/.test(s.text.trim())) continue;
        if (refusesFor(s.text, no.reason)) return s;
      }
    }
    const key = sentences.find((s) => s.start <= no.evidence.start && no.evidence.end <= s.end);
    if (key) return key;
  }
  const said = sentences.filter((s) => !isFiller(s.text) && !/\?$/.test(s.text.trim()));
  return said[said.length - 1] ?? sentences[sentences.length - 1];
}

const LEAD_IN = /^(?:until|till|after|before|beyond|without|unless)$/i;

/** Their last few key words, as a question: "A global decision?", "Until after the holidays?". */
function mirrorOf(sentence: Sentence | undefined, no: NoDecoding | null): string {
  if (!sentence) return '';
  const body = sentence.text.replace(/[\s.!?…]+$/, '');
  const { chunks, terms: ts } = nounPhrases(body);
  const words = body.split(/\s+/);
  const last = chunks[chunks.length - 1];
  let from: number | null = null;
  // The closing noun phrase (or the last one, when a few words follow it), led in by its preposition.
  if (last && !ts.slice(last.first, last.last + 1).some((t) => has(t, 'Person', 'FirstName'))) {
    const tail = body.slice(last.end).trim().split(/\s+/).filter(Boolean).length;
    if (tail <= 3) {
      from = last.first;
      for (let k = last.first - 1; k >= 0 && k >= last.first - 2; k--) {
        if (LEAD_IN.test(ts[k]!.text)) from = k;
        else break;
      }
    }
  }
  let text = from != null ? body.slice(ts[from]!.start) : words.slice(-3).join(' ');
  // Else the words that carried the refusal, when they are a noun phrase ("approval from my manager").
  if (from == null && no && sentence.start <= no.evidence.start && no.evidence.end <= sentence.end) {
    const at = no.evidence.start - sentence.start;
    const k = chunks.findIndex((c) => c.start <= no.evidence.end - sentence.start && at <= c.end && !c.weak);
    if (k >= 0) {
      const c = chunks[k]!;
      const next = chunks[k + 1];
      const joined = next && next.first === c.last + 2 && has(ts[c.last + 1]!, 'Preposition') ? next : null;
      text = body.slice(c.start, (joined ?? c).end);
    }
  }
  // "…, but not half": a short refusing clause at the end is the part to mirror.
  const butAt = ts.findIndex((t, i) => i > 0 && /^(?:but|however)$/i.test(t.normal));
  const negAt = ts.findIndex((t, i) => i > butAt && has(t, 'Negative'));
  if (butAt >= 0 && negAt > butAt && ts.length - butAt - 1 <= 5 && ts[butAt + 1]) text = body.slice(ts[butAt + 1]!.start);
  if (text.split(/\s+/).length > 7) text = words.slice(-4).join(' ');
  text = sayBack(text.replace(/^[,;:—–-]+\s*/, '').replace(/[,;:]+$/, '')).trim();
  if (!text) return '';
  return `${text[0]!.toUpperCase()}${text.slice(1)}?`;
}

function openersFor(no: NoDecoding | null, concerns: ScoredConcern[], key: Sentence | undefined, heated: boolean): Openers {
  const reason: NoReason | 'heated' | 'none' = no?.reason ?? (heated ? 'heated' : 'none');
  // A concern fills a reason's templates only when it is about that reason ("the 50% deposit" for terms).
  const fits = CONCERN_FITS[reason];
  const concern = (fits && concerns.find((c) => fits.test(c.text) && !/^your (?:call|decision)$/i.test(c.text))) || null;
  const t = OPENERS[reason];
  return {
    label: fill(t.label, concern),
    mirror: mirrorOf(key, no),
    accusationAudit: fill(t.audit, concern),
    question: fill(t.question, concern),
  };
}

// ---------------------------------------------------------------------------------------------
// Balcony

/** Pause advice for a draft of `draftHeat` answering `answering` (their message), or null. */
export function balconyFor(draft: DraftRead, answering: MessageSummary | null, concern: string | null = null): Balcony | null {
  const theirHeat = answering && answering.readable && answering.mine !== true ? answering.heat : 0;
  let reason: Balcony['reason'] | null = null;
  if (draft.heat >= HEAT_LEVELS.heated) reason = 'heated-draft';
  else if (theirHeat >= HEAT_LEVELS.heated - 0.1 && draft.heat >= HEAT_LEVELS.warm) reason = 'heated-reply';
  if (!reason) return null;
  const no = answering?.no?.reason ?? null;
  const issue = no
    ? `Their "no" is about ${no === 'authority' ? 'who decides' : no}${concern ? `: ${concern}` : ''}. Answer that, not the tone.`
    : concern
      ? `Their main concern reads as ${concern}. Answer that, not the tone.`
      : 'Ask yourself what they actually need, beneath the words. Answer that, not the tone.';
  return {
    reason,
    title: BALCONY.title,
    message: reason === 'heated-draft' ? BALCONY.heatedDraft : BALCONY.heatedReply,
    steps: [
      { title: BALCONY.nameIssue, text: issue },
      { title: BALCONY.planTrade, text: TRADES[no ?? 'none'] },
      { title: BALCONY.walkAway, text: BALCONY.walkAwayText },
    ],
  };
}

function countFlags(findings: readonly Finding[]): Partial<Record<FlagCategory, number>> {
  const counts: Partial<Record<FlagCategory, number>> = {};
  for (const f of findings) if (f.category !== 'strength') counts[f.category] = (counts[f.category] ?? 0) + 1;
  return counts;
}

/** The draft's temperature and flags (cheap enough to run as the user types, given the flag counts). */
export function readDraft(text: string, counts: Partial<Record<FlagCategory, number>>): DraftRead {
  const { heat, cues } = heatDetails(text, counts);
  return { heat, level: heatLevel(heat), heatCues: cues, flags: FLAG_CATEGORIES.filter((c) => counts[c]) };
}

// ---------------------------------------------------------------------------------------------
// The summary

/** Summarises a thread. Messages are put in date order (oldest first) when they are dated. */
/** What one message yields, independent of the rest of the thread (so it can be cached). */
interface Analysed {
  readable: boolean;
  counts: Partial<Record<FlagCategory, number>>;
  no: NoDecoding | null;
  sentences: Sentence[];
  concerns: ScoredConcern[];
  heat: number;
  cues: string[];
  noSentence?: string;
}

// Messages are analysed once: a thread read again after a new reply costs only the new message.
const MEMO_SIZE = 200;
const memo = new Map<string, Analysed>();
let memoCoach: ReturnType<typeof createCoach> | null = null;

const SIGN_OFF = /^(?:best|best regards|kind regards|warm regards|warmest regards|regards|many thanks|thanks|thank you|thanks again|cheers|sincerely|yours sincerely|yours|all the best|best wishes|talk soon|speak soon|br|rgds|thx)[,.!]*$/i;

/**
 * The message without a plain-text signature: everything after a sign-off line ("Kind regards,")
 * when only a few short lines follow it (a name, a title, a company and its slogan). The length
 * is kept, blanked, so offsets still point into the original text.
 */
export function withoutSignature(text: string): string {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!SIGN_OFF.test(lines[i]!.trim())) continue;
    const rest = lines.slice(i + 1).filter((l) => l.trim());
    if (rest.length > 6 || rest.some((l) => l.trim().length > 80)) return text;
    const at = lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
    return text.slice(0, at) + text.slice(at).replace(/[^\n]/g, ' ');
  }
  return text;
}

function analyseMessage(full: string, mine: boolean | null): Analysed {
  const text = withoutSignature(full);
  const key = `${mine === true ? 'me' : 'them'}\u0000${full}`;
  const hit = memo.get(key);
  if (hit) {
    memo.delete(key);
    memo.set(key, hit);
    return hit;
  }
  const readable = text.trim().length > 0;
  memoCoach ??= createCoach({ sensitivity: 'balanced' });
  const findings = readable ? memoCoach.analyze(text) : [];
  const counts = countFlags(findings);
  // A refusal is decoded only for messages that are not known to be the user's own.
  const no = readable && mine !== true ? decodeNo(text) : null;
  const sentences = readable ? splitSentences(text, ownTextRanges(text)) : [];
  const egoSpans = findings.filter((f) => f.category === 'ego').map((f): [number, number] => [f.start, f.end]);
  const concerns = readable && mine !== true ? concernsOf(sentences, no, egoSpans) : [];
  const { heat, cues } = readable ? heatDetails(text, counts) : { heat: 0, cues: [] };
  const out: Analysed = { readable, counts, no, sentences, concerns, heat, cues, ...(no ? { noSentence: keySentence(sentences, no)?.text } : {}) };
  memo.set(key, out);
  if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value!);
  return out;
}

/**
 * Does the per-message work of a summary ahead of time (the page spreads it over several tasks,
 * one message each, so that reading a long thread never blocks the page for long).
 */
export function prepareMessage(m: Pick<ThreadMessage, 'text' | 'mine'>): void {
  analyseMessage(m.text ?? '', m.mine === true ? true : m.mine === false ? false : null);
}

/** Summarises a thread. Messages are put in date order (oldest first) when they are dated. */
export function summarizeThread(messages: readonly ThreadMessage[], options: SummarizeOptions = {}): ThreadSummary {
  const { ordered, orderedBy } = sortByDate(messages);
  const decoded: Array<NoDecoding | null> = [];
  const sentencesOf: Sentence[][] = [];
  const scored: ScoredConcern[][] = [];
  const summaries: MessageSummary[] = ordered.map((m) => {
    const mine = m.mine === true ? true : m.mine === false ? false : null;
    const a = analyseMessage(m.text ?? '', mine);
    const { readable, counts, no, sentences, concerns, heat, cues } = a;
    decoded.push(no);
    sentencesOf.push(sentences);
    scored.push(concerns);
    return {
      ...(m.id !== undefined ? { id: m.id } : {}),
      from: m.from,
      date: m.date,
      mine,
      heat,
      level: heatLevel(heat),
      heatCues: cues,
      flags: FLAG_CATEGORIES.filter((c) => counts[c]),
      no: no ? { reason: no.reason, confidence: no.confidence, nextMove: no.nextMove } : null,
      ...(no ? { noEvidence: no.evidence.text, noSentence: a.noSentence } : {}),
      concerns: concerns.slice(0, 4).map((c) => c.text),
      readable,
    };
  });

  // Trend over the readable messages: where the temperature ends against where it started and peaked.
  const readable = summaries.filter((s) => s.readable);
  let trend: ThreadSummary['trend'] = 'steady';
  let raisedBy: ThreadSummary['raisedBy'] = null;
  if (readable.length >= 2) {
    const heats = readable.map((s) => s.heat);
    const first = heats[0]!;
    const last = heats[heats.length - 1]!;
    const peak = Math.max(...heats);
    if (last >= peak - 0.05 && last - first >= 0.15) trend = 'escalating';
    else if (peak - last >= 0.15) trend = 'cooling';
    // Who raised it: the author of the biggest rise, or of a heated opening message.
    let jump = 0.1;
    let raiser: MessageSummary | null = null;
    for (let k = 1; k < readable.length; k++) {
      const d = heats[k]! - heats[k - 1]!;
      if (d > jump) { jump = d; raiser = readable[k]!; }
    }
    if (!raiser && first >= 0.3) raiser = readable[0]!;
    raisedBy = raiser ? (raiser.mine === true ? 'me' : raiser.mine === false ? 'them' : null) : null;
  }

  // Openers answer their latest readable message, preferring the latest one that says no.
  let k = -1;
  for (let i = summaries.length - 1; i >= 0; i--) if (summaries[i]!.mine !== true && summaries[i]!.readable && decoded[i]) { k = i; break; }
  // A later message of theirs without a refusal still comes after it: answer the latest, unless the refusal is the latest.
  let latest = -1;
  for (let i = summaries.length - 1; i >= 0; i--) if (summaries[i]!.mine !== true && summaries[i]!.readable) { latest = i; break; }
  if (k < 0) k = latest;
  const allConcerns = mergeConcerns(scored, k);
  const openers: Openers = k >= 0
    ? openersFor(decoded[k]!, allConcerns, keySentence(sentencesOf[k]!, decoded[k]!), summaries[k]!.level === 'heated')
    : { label: '', mirror: '', accusationAudit: '', question: '' };

  let draft: DraftRead | null = null;
  let balcony: Balcony | null = null;
  if (options.draft !== undefined && options.draft.trim()) {
    draft = readDraft(options.draft, countFlags(createCoach({ sensitivity: 'balanced' }).analyze(options.draft)));
    const answered = latest >= 0 ? summaries[latest]! : null;
    balcony = balconyFor(draft, answered, allConcerns[0] ? lowerFirst(allConcerns[0].text) : null);
  }

  return {
    messages: summaries,
    trend,
    raisedBy,
    openers,
    unreadable: summaries.filter((s) => !s.readable).length,
    orderedBy,
    concerns: allConcerns.slice(0, 5).map((c) => c.text),
    answering: k >= 0 ? k : null,
    draft,
    balcony,
  };
}

/** Concerns across their messages: the answered message's first, then the others, newest first. */
function mergeConcerns(scored: ScoredConcern[][], k: number): ScoredConcern[] {
  const order = k >= 0 ? [k, ...scored.map((_, i) => i).filter((i) => i !== k).reverse()] : scored.map((_, i) => i).reverse();
  const out: ScoredConcern[] = [];
  const seen = new Set<string>();
  for (const i of order) {
    for (const c of scored[i]!) {
      const key = c.text.toLowerCase().replace(/^(?:the|a|an|your)\s+/, '');
      if (!seen.has(key)) { seen.add(key); out.push(c); }
    }
  }
  return out;
}
