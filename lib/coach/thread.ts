// The thread tone summary: who wrote what, how heated each message is, what their "no" is about,
// whether the conversation is escalating or cooling and who raised it, their concerns in their
// own words, openers for the reply built from those words, and "go to the balcony" advice when
// the draft answers heat with heat. Pure data in, data out: the sidebar and the CLI only render it.
// The parts live beside it: thread-types.ts (the shapes), thread-heat.ts, thread-concerns.ts and
// thread-openers.ts (openers and the balcony); this file orders the messages and puts it together.
import type { DraftRead, MessageSummary, Openers, Balcony, SummarizeOptions, ThreadMessage, ThreadSummary } from './thread-types';
import type { FlagCategory, NoDecoding } from './types';
import { FLAG_CATEGORIES } from './types';
import { decodeNo } from './no';
import { ownTextRanges, splitSentences, type Sentence } from './sentences';
import { countFlags } from './categories';
import { heatDetails, heatLevel, readDraft } from './thread-heat';
import { lowerFirst, MergedConcerns, MessageConcerns, refusalsOf } from './thread-concerns';
import { balconyFor, keySentence, openersFor } from './thread-openers';
import { decodeSentence, flagsOf, newScope, timed, type ThreadScope } from './thread-scope';

export type * from './thread-types';
export { heatDetails, heatLevel, messageHeat, modelHostility, readDraft } from './thread-heat';
export { balconyFor } from './thread-openers';
export { THREAD_STAGES, resetThreadStageTimes, threadStageParses, threadStageTimes, type ThreadStage } from './thread-scope';

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
// The summary

/** What one message yields, independent of the rest of the thread (so it can be cached). */
interface Analysed {
  readable: boolean;
  counts: Partial<Record<FlagCategory, number>>;
  no: NoDecoding | null;
  sentences: Sentence[];
  /** Which sentences refuse (`refusalsOf`); empty for the user's own messages. */
  refusing: boolean[];
  /** Read lazily: only as far as the summaries ask. */
  concerns: MessageConcerns;
  /** The first four, which every summary shows. */
  topConcerns: string[];
  heat: number;
  cues: string[];
  noSentence?: string;
}

// Messages are analysed once: a thread read again after a new reply costs only the new message.
const MEMO_SIZE = 200;
const memo = new Map<string, Analysed>();

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

function analyseMessage(full: string, mine: boolean | null, scope: ThreadScope): Analysed {
  const key = `${mine === true ? 'me' : 'them'}\u0000${full}`;
  const hit = memo.get(key);
  if (hit) {
    memo.delete(key);
    memo.set(key, hit);
    return hit;
  }
  const text = withoutSignature(full);
  const readable = text.trim().length > 0;
  const theirs = readable && mine !== true;
  const sentences = readable ? timed('split', () => splitSentences(text, ownTextRanges(text))) : [];
  const findings = timed('flags', () => flagsOf(sentences, scope));
  const counts = countFlags(findings);
  // A refusal is decoded only for messages that are not known to be the user's own.
  const no = theirs ? timed('no', () => decodeNo(text, scope.work)) : null;
  const refusing = theirs ? timed('refusals', () => refusalsOf(sentences, no, (s) => decodeSentence(s, scope))) : [];
  const egoSpans = findings.filter((f) => f.category === 'ego').map((f): [number, number] => [f.start, f.end]);
  const concerns = theirs ? new MessageConcerns(sentences, no, egoSpans, refusing) : MessageConcerns.none;
  // Every summary shows a message's first four concerns: read that far now (the page prepares
  // messages one task each); the thread's merged concerns may read a few sentences more.
  const topConcerns = timed('concerns', () => concerns.top(4).map((c) => c.text));
  const { heat, cues } = readable ? timed('heat', () => heatDetails(text, counts, scope.work)) : { heat: 0, cues: [] };
  const out: Analysed = { readable, counts, no, sentences, refusing, concerns, topConcerns, heat, cues, ...(no ? { noSentence: keySentence(sentences, no, refusing)?.text } : {}) };
  memo.set(key, out);
  if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value!);
  return out;
}

/**
 * Does the per-message work of a summary ahead of time (the page spreads it over several tasks,
 * one message each, so that reading a long thread never blocks the page for long).
 */
export function prepareMessage(m: Pick<ThreadMessage, 'text' | 'mine'>): void {
  analyseMessage(m.text ?? '', m.mine === true ? true : m.mine === false ? false : null, newScope());
}

/** Summarises a thread. Messages are put in date order (oldest first) when they are dated. */
export function summarizeThread(messages: readonly ThreadMessage[], options: SummarizeOptions = {}): ThreadSummary {
  return timed('total', () => summarize(messages, options));
}

function summarize(messages: readonly ThreadMessage[], options: SummarizeOptions): ThreadSummary {
  const { ordered, orderedBy } = sortByDate(messages);
  const scope = newScope();
  const decoded: Array<NoDecoding | null> = [];
  const sentencesOf: Sentence[][] = [];
  const refusingOf: boolean[][] = [];
  const scored: MessageConcerns[] = [];
  const summaries: MessageSummary[] = ordered.map((m) => {
    const mine = m.mine === true ? true : m.mine === false ? false : null;
    const a = analyseMessage(m.text ?? '', mine, scope);
    const { readable, counts, no, sentences, refusing, concerns, heat, cues } = a;
    decoded.push(no);
    sentencesOf.push(sentences);
    refusingOf.push(refusing);
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
      concerns: a.topConcerns.slice(),
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
  const merged = new MergedConcerns(scored, k);
  const allConcerns = timed('concerns', () => merged.head(5));
  const openers: Openers = k >= 0
    ? timed('openers', () => openersFor(decoded[k]!, merged, keySentence(sentencesOf[k]!, decoded[k]!, refusingOf[k]!), summaries[k]!.level === 'heated'))
    : { label: '', mirror: '', accusationAudit: '', question: '' };

  let draft: DraftRead | null = null;
  let balcony: Balcony | null = null;
  if (options.draft !== undefined && options.draft.trim()) {
    draft = readDraft(options.draft, countFlags(flagsOf(splitSentences(options.draft, ownTextRanges(options.draft)), scope)));
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
    concerns: allConcerns.map((c) => c.text),
    answering: k >= 0 ? k : null,
    draft,
    balcony,
  };
}
