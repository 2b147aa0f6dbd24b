// The writer's own "no": does the draft refuse, which part of the other side's proposal does the
// refusal name (price, timing, terms, value, authority), and does it leave a door open? When
// something is missing, one-click inserts built from the draft: a sentence that names the part, an
// if–then trade, a calibrated question. A clear "no" that does both gets a strength note instead.
// Pure text work (no DOM); the phrasing is data (rules/own-no.ts). The part is read by a learned head
// over the refusal and its reason (model/own-no-judge.ts) and by the "No" decoder (no.ts), whose cues
// and classifier read a refusal whoever writes it.
import type { NoReason } from './types';
import { literalRegExp } from './lexicon';
import { normalizeQuotes } from './nlp';
import { ownTextRanges, splitSentences, type Sentence } from './sentences';
import { decodeByCues, decodeNo, reasonWeights, sentenceWork } from './no';
import { NO_REASONS } from './types';
import { DOOR, NOT_DOOR, NOT_REFUSING, REFUSED_PART, REFUSING } from './rules/own-no';
import { judgeReason } from './model/judge';
import { REFUSAL } from './rules/no-reasons';
import { doorProbability, likeliestPart, OWN_NO_PART_FOCUS, OWN_NO_THRESHOLDS, refusesProbability, type PartFocus } from './model/own-no-judge';

export type OwnNoSuggestionKind = 'part' | 'if-then' | 'question';

export interface OwnNoSuggestion {
  kind: OwnNoSuggestionKind;
  /** The text to insert after the refusal. A slot the draft could not fill is left in [brackets]. */
  text: string;
  /** The slots still to fill, as offsets into `text` (brackets included). */
  blanks: Array<{ start: number; end: number }>;
}

export interface OwnNo {
  part: NoReason | null;
  doorOpen: boolean;
  /** What is missing, as inserts; empty when the refusal names its part and leaves a door open. */
  suggestions: OwnNoSuggestion[];
  /** The sentence that refuses (offsets into the text), where the inserts go after. */
  refusal: Sentence;
  /** The words that open the door, when one is open. */
  door: { start: number; end: number; text: string } | null;
  /** Names the part and leaves a door the phrasing finds: a firm, clear "no" to say so about, not to nag. */
  strong: boolean;
}

const WORDS = { wordChars: "'-" };
const compile = (patterns: readonly string[]) => new RegExp(literalRegExp(patterns, WORDS).source, 'gi');
const REFUSING_RE = compile(REFUSING);
const NOT_REFUSING_RE = compile(NOT_REFUSING);
const DOOR_RE = compile(DOOR);
const NOT_DOOR_RE = compile(NOT_DOOR);
const REFUSED_PART_RE = Object.fromEntries(Object.entries(REFUSED_PART).map(([k, v]) => [k, compile(v)])) as Record<NoReason, RegExp>;

/** The text with look-alikes blanked out (same length, so offsets hold). */
const blank = (text: string, re: RegExp) => text.replace(re, (m) => ' '.repeat(m.length));

function firstMatch(text: string, re: RegExp): { index: number; text: string } | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m ? { index: m.index, text: m[0] } : null;
}

/** A question that invites the other side to say what would work (a calibrated How/What, or "would X work?"). */
const INVITING_QUESTION = /^(?:so,?\s+|and\s+|or\s+)?(?:how|what|which|would|could|can|does|do|is|are|will|shall|might|want|any chance|(?:could|can|shall|may) (?:we|i))\b[^?]*\b(?:work|suit|help|possib|open|interest|feel|fit|option|acceptab|okay|ok|change|need|look|take|matter|prefer|best|able|flexib|room|willing|consider|instead|alternativ|happy|up for|cost|price|offer|do|accept|agree)\w*\b[^?]*\?\s*$/i;

/** Reads the draft as the writer's own refusal; null when it refuses nothing. */
export function readOwnNo(text: string): OwnNo | null {
  const normalized = normalizeQuotes(text);
  const sentences = splitSentences(normalized, ownTextRanges(normalized));
  let refusal = refusalInWords(normalized, sentences);
  // The own-no reader (trained on drafts that refuse or not, from four writers) reads the whole
  // draft: its refusing sentence is the one that says no in some way.
  const own = ownText(normalized, sentences);
  if (!refusal && refusesProbability(own) >= OWN_NO_THRESHOLDS.refuses) {
    refusal = sentences.find(saysNo) ?? null;
  }
  if (!refusal) return null;
  // A door the phrasing finds stands if the reader does not doubt it; the reader alone opens one only when sure.
  // (Read before the part, whose head reads other text: the draft's features are made once.)
  const pDoor = doorProbability(own);
  const part = partNamed(text, refusal, sentences, partFocus(text, sentences, refusal, OWN_NO_PART_FOCUS));
  let door = doorInWords(text, sentences);
  if (door && pDoor < OWN_NO_THRESHOLDS.doorConfirmed) door = null;
  const doorFound = !!door;
  if (!door && pDoor >= OWN_NO_THRESHOLDS.doorAlone) door = { start: refusal.start, end: refusal.end, text: text.slice(refusal.start, refusal.end) };
  const doorOpen = !!door;
  const sentence = { start: refusal.start, end: refusal.end, text: text.slice(refusal.start, refusal.end) };
  // Praise needs a door the writer can see in their own words, not only the reader's sense of one.
  return { part, doorOpen, suggestions: suggestionsFor(part, doorOpen, refusal.text), refusal: sentence, door, strong: !!part && doorOpen && doorFound };
}

/** The refusing sentence the phrasing finds, or else the "No" decoder's classifier; null when neither reads one. */
function refusalInWords(normalized: string, sentences: Sentence[]): Sentence | null {
  for (const s of sentences) {
    if (firstMatch(blank(s.text, NOT_REFUSING_RE), REFUSING_RE)) return s;
  }
  return refusalByModel(normalized, sentences);
}

/**
 * What the part head reads: the refusing sentence and the sentences around it that give its
 * reason, not the whole draft, whose offer or sign-off may name another part ("…we're ready to sign
 * this week" after a refused price).
 */
function partFocus(text: string, sentences: Sentence[], refusal: Sentence, { before, after }: PartFocus): string {
  if (before < 0) return ownText(text, sentences);
  const at = sentences.indexOf(refusal);
  return ownText(text, sentences.slice(Math.max(0, at - before), at + after + 1));
}

/**
 * The part head's text for a draft the trainer knows refuses: the focus the engine will read (the
 * trainer's own setting, given), around the refusal the phrasing or the decoder finds (else the first
 * sentence that says no, else the whole draft). Reads no own-no model, so training does not depend on
 * the model it makes.
 */
export function partFocusForTraining(text: string, focus: PartFocus): string {
  const normalized = normalizeQuotes(text);
  const sentences = splitSentences(normalized, ownTextRanges(normalized));
  const refusal = refusalInWords(normalized, sentences) ?? sentences.find(saysNo);
  return refusal ? partFocus(text, sentences, refusal, focus) : ownText(text, sentences);
}

/** The first door the phrasing finds in the draft's own sentences: a condition, a trade, an alternative, an inviting question. */
export function doorInWords(text: string, sentences?: Sentence[]): OwnNo['door'] {
  if (!sentences) { const normalized = normalizeQuotes(text); sentences = splitSentences(normalized, ownTextRanges(normalized)); }
  for (const s of sentences) {
    const m = firstMatch(blank(s.text, NOT_DOOR_RE), DOOR_RE);
    if (m) return { start: s.start + m.index, end: s.start + m.index + m.text.length, text: text.slice(s.start + m.index, s.start + m.index + m.text.length) };
    // The question may follow a lead-in ("Before we close the door, though: what would you need…?").
    const question = s.text.trim().split(/[:;—–]\s*/).pop() ?? '';
    if (INVITING_QUESTION.test(question)) return { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
  }
  return null;
}

/**
 * A sentence that says no in some way ("too", "unable", "not"…), look-alikes aside ("I couldn't
 * say no to that"). Not a question: "Why can't you deliver by Friday?" demands; it refuses nothing.
 */
const saysNo = (s: Sentence) => !/\?\s*$/.test(s.text) && REFUSAL_WORDS.test(blank(s.text, NOT_REFUSING_RE));

/** The draft's own sentences, as one text (no quotes, no signature), for the learned reader. */
const ownText = (text: string, sentences: Sentence[]) => sentences.map((s) => text.slice(s.start, s.end)).join(' ');

/** Sentences the classifier reads together, as the "No" decoder does: a refusal often gives its reason in the next sentence. */
const WINDOW = 3;
/** The classifier reads a refusal when "refuses nothing" is the less likely reading. */
const REFUSES = 0.5;
const REFUSAL_WORDS = new RegExp(literalRegExp(REFUSAL, { wordChars: '' }).source, 'i');

/**
 * The refusal the phrasing above does not list, read by the "No" decoder's classifier (trained on
 * refusals and their look-alikes from many writers): the first sentence of the window it reads as
 * likeliest to refuse.
 */
function refusalByModel(text: string, sentences: Sentence[]): Sentence | null {
  let best: { p: number; at: number } | null = null;
  for (let i = 0; i < Math.max(1, sentences.length - WINDOW + 1); i++) {
    const win = sentences.slice(i, i + WINDOW);
    if (!win.length) break;
    const p = 1 - judgeReason(text.slice(win[0]!.start, win[win.length - 1]!.end)).probs.none;
    if (p >= REFUSES && (!best || p > best.p)) best = { p, at: i };
  }
  if (!best) return null;
  // The refusal is a sentence of that window that says no in some way ("too", "unable", "not"…),
  // look-alikes aside ("I couldn't say no to that").
  return sentences.slice(best.at, best.at + WINDOW).find(saysNo) ?? null;
}

/** A cue this strong in the refusal, or the sentence after it, names the part when the decoder says nothing. */
const NAMED_HERE = 2;

/**
 * The part the refusal rests on. A part is named only where the draft says something of it (the
 * decoder's cues, its part words, or the refused thing's own words), unless the learned head is
 * very sure: a bare "we'll pass" names no part, whatever it resembles. Where nothing reads a part,
 * the refusal's own words may still name it: the writer's refusal is known already.
 */
function partNamed(text: string, refusal: Sentence, sentences: Sentence[], focus: string): NoReason | null {
  const work = sentenceWork();
  // The learned part head (trained on writers' own refusals) reads the refusal and its reason: when
  // it is sure, its reading stands. Then the decoder's cues, which are precise (an amount, a date, a
  // clause, an approver) but read the whole draft, offer and all; then the head and the decoder's
  // classifier again, each naming a part the draft says something of.
  const learned = likeliestPart(focus);
  if (learned.p >= OWN_NO_THRESHOLDS.partAlone) return learned.part;
  if (decodeByCues(text, work)) return decodeNo(text, work)?.reason ?? null;
  if (learned.p >= OWN_NO_THRESHOLDS.partSure && (!learned.part || usesWordsOf(learned.part, text, work))) return learned.part;
  const decoded = decodeNo(text, work);
  if (decoded) return usesWordsOf(decoded.reason, text, work) ? decoded.reason : null;
  const at = sentences.indexOf(refusal);
  const here = sentences.slice(at, at + 2).map((s) => s.text).join(' ');
  const weights = reasonWeights(here, work);
  const best = [...NO_REASONS].sort((a, b) => weights[b] - weights[a])[0]!;
  if (weights[best] >= NAMED_HERE) return best;
  // The refusing sentence's own words: what it refuses is a time, a price, a term… (first named wins).
  let first: { part: NoReason; index: number } | null = null;
  for (const part of NO_REASONS) {
    const m = firstMatch(refusal.text, REFUSED_PART_RE[part]);
    if (m && (!first || m.index < first.index)) first = { part, index: m.index };
  }
  return first?.part ?? null;
}

/** Whether the draft says something of the part: the decoder's cues for it, or the refused thing's own words. */
const usesWordsOf = (part: NoReason, text: string, work: ReturnType<typeof sentenceWork>) =>
  reasonWeights(text, work)[part] > 0 || !!firstMatch(text, REFUSED_PART_RE[part]);

/** What each part's if–then trade asks of them, and its question; the slots in [brackets] are the writer's to fill. */
const TRADES: Record<NoReason | 'none', { theirs: string; ours: string; question: string }> = {
  price: { theirs: '[bring the price closer to our budget]', ours: 'move ahead', question: 'What would need to change for the numbers to work for both of us?' },
  timing: { theirs: '[a later date works for you]', ours: 'commit to it now', question: 'What would a later start look like on your side?' },
  terms: { theirs: '[change that term]', ours: 'sign the rest as it stands', question: 'Which of these terms matters most to you?' },
  value: { theirs: '[show us how it would pay off for us]', ours: 'look at it again', question: 'What have teams like ours gained from it?' },
  authority: { theirs: '[send me a short summary]', ours: 'take it to the person who decides', question: 'What would help me make the case to the person who decides?' },
  none: { theirs: '[what you could change]', ours: '[what we could do]', question: 'What would need to change for this to work for you?' },
};

/** Verbs that take the thing refused as their object ("accept it", "sign it"). */
const TAKES_IT = new Set(['accept', 'approve', 'sign', 'match', 'hold', 'extend', 'renew', 'confirm', 'fund', 'cover', 'book', 'take', 'offer', 'support', 'justify', 'honour', 'honor', 'guarantee', 'waive', 'reserve', 'sponsor', 'release', 'absorb', 'consider', 'do', 'grant', 'place', 'keep']);

/**
 * What the writer said they can't do, to offer it back as their side of the trade: "we can't sign
 * at that price" gives "then we can sign it". Null when the refusal is not said with a verb.
 */
function refusedAction(refusal: string): { who: 'I' | 'we'; verb: string } | null {
  const m = /\b(i|we)(?:'m| am|'re| are)?\s+(?:can't|cannot|can not|won't|will not|couldn't|(?:not|un)\s*able to|not in a position to|not prepared to|not willing to)\s+(?:really\s+|possibly\s+|simply\s+|just\s+)?([a-z]+)(\s+(?:off|up|on|ahead|forward|with))?/i.exec(refusal);
  if (!m) return null;
  const verb = m[2]!.toLowerCase();
  if (['be', 'go', 'do', 'have', 'get', 'make', 'see'].includes(verb) && !m[3]) return verb === 'do' ? { who: m[1]!.toLowerCase() === 'i' ? 'I' : 'we', verb: 'do it' } : null;
  const phrase = verb + (m[3] ?? '').toLowerCase() + (TAKES_IT.has(verb) && !m[3] ? ' it' : '');
  return { who: m[1]!.toLowerCase() === 'i' ? 'I' : 'we', verb: phrase };
}

function blanksIn(s: string): Array<{ start: number; end: number }> {
  return [...s.matchAll(/\[[^\]]+\]/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

function suggestionsFor(part: NoReason | null, doorOpen: boolean, refusal: string): OwnNoSuggestion[] {
  const out: OwnNoSuggestion[] = [];
  const make = (kind: OwnNoSuggestionKind, t: string) => out.push({ kind, text: t, blanks: blanksIn(t) });
  const action = refusedAction(refusal);
  const we = action?.who ?? (/\b(i|i'm|i'll|i've|i'd|me|my)\b/i.test(refusal) && !/\b(we|we're|we'll|our|us)\b/i.test(refusal) ? 'I' : 'we');
  const us = we === 'I' ? 'me' : 'us';
  if (!part) make('part', `The [price / timing / terms] is what doesn't work for ${us}: [what exactly].`);
  if (!doorOpen) {
    const trade = TRADES[part ?? 'none'];
    // Offering back what was refused fits a trade on price, timing or terms; a "no" on value or
    // authority is not the writer's to turn into a yes, so their side stays the part's own.
    const ours = action && part !== 'value' && part !== 'authority' ? action.verb : trade.ours;
    const theirs = part === 'timing' ? `If ${trade.theirs}` : `If you can ${trade.theirs}`;
    make('if-then', `${theirs}, then ${we} can ${ours}.`);
    make('question', trade.question);
  }
  return out;
}
