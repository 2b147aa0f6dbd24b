// A breath before Send: whether a draft is heated enough to ask once before it goes, and what to
// say about it. Clearly heated only, a notch above the sidebar's "heated" (a coach that stops
// ordinary mail at the Send button gets uninstalled): on Enron's sent mail it pauses 3 in 1,000
// (`npm run eval`, "send pause on Enron", bar 5 in 1,000).
import type { FlagCategory } from './types';
import type { DraftRead } from './thread-types';

/** A draft this hot (0..1) pauses at Send. */
export const PAUSE_HEAT = 0.55;

export interface SendPause {
  heat: number;
  /** What carries the heat (capitals, exclamation, tone, the heat cues' labels), at most three. */
  cues: string[];
  /** How many of each kind of flag the draft holds. */
  flags: Partial<Record<FlagCategory, number>>;
}

/** The pause for a draft as read (readDraft), or null when it may go without one. */
export function sendPauseFor(draft: DraftRead, counts: Partial<Record<FlagCategory, number>>): SendPause | null {
  if (draft.heat < PAUSE_HEAT) return null;
  return { heat: draft.heat, cues: draft.heatCues.slice(0, 3), flags: counts };
}

/** What the page keeps for the moment Send is pressed: the draft's heat, and the pause if it takes one. */
export interface SendAdvice {
  heat: number;
  /** Heated (the sidebar's "heated" level, 0.45): counted as sent heated in the insights. */
  heated: boolean;
  pause: SendPause | null;
}

export function sendAdviceFor(draft: DraftRead, counts: Partial<Record<FlagCategory, number>>): SendAdvice {
  return { heat: draft.heat, heated: draft.level === 'heated', pause: sendPauseFor(draft, counts) };
}
