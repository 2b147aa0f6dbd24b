// The engine's public data shapes. Pure data: no DOM, no browser APIs.

// The categories are listed once, in categories.ts.
export type { Category, FlagCategory } from './categories';
export { FLAG_CATEGORIES } from './categories';
import type { Category } from './categories';

/** How eager the coach is. Each rule says the least eager level at which it speaks. */
export type Sensitivity = 'gentle' | 'balanced' | 'strict';
export const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'balanced', 'strict'];

export interface Technique {
  id: string;
  /** Short name shown on a finding, e.g. "Calibrated question". */
  name: string;
  /** One line a user can expand to learn the move. */
  explanation: string;
  /** Where the move comes from. */
  source: string;
}

export interface Finding {
  category: Category;
  /** Stable id of the act that spoke, `<group>/<act>`, e.g. `ego.threat/legal-action`; `model.<category>` for the learned judgement. */
  rule: string;
  /** The rule group: what "Don't flag this kind again" turns off. */
  group: string;
  /** UTF-16 offsets into the analysed text; `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** One plain sentence. */
  message: string;
  technique: Technique;
  /** Ready-to-insert replacements for exactly `start..end`, best first. Empty for strengths. */
  suggestions: string[];
  /** For a finding of the learned judgement: the words that weighed most, with offsets into the text. */
  because?: { start: number; end: number; text: string }[];
}

export type NoReason = 'price' | 'timing' | 'terms' | 'value' | 'authority';
export const NO_REASONS: readonly NoReason[] = ['price', 'timing', 'terms', 'value', 'authority'];

export interface NoDecoding {
  reason: NoReason;
  /** 0..1 */
  confidence: number;
  /** The move that fits this kind of "no", in one or two sentences. */
  nextMove: string;
  /** The words that carried the refusal, with offsets into the text. */
  evidence: { start: number; end: number; text: string };
}

export interface CoachOptions {
  sensitivity?: Sensitivity;
  /** Categories to report; defaults to all, strengths included. */
  categories?: readonly Category[];
  /** Rule groups (or single acts) never to report. */
  disabledRules?: readonly string[];
  /** Phrases (case-insensitive) never to flag: a finding whose text contains one is dropped. */
  ignoredPhrases?: readonly string[];
  /** Use the learned judgement beside the rules (default true). */
  model?: boolean;
}
