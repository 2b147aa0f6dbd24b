// The thread summary's data shapes: what goes in (messages), what comes out (per-message reads, the
// trend, openers, the balcony advice). Pure data.
import type { FlagCategory, NoDecoding } from './types';

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
