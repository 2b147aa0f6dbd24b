// UI copy for the categories the engine reports. Colours live in the components' CSS.
import type { Category, Finding } from '../lib/coach/types';
import { t } from '../lib/i18n';

export const CATEGORY_ORDER: readonly Category[] = ['ego', 'withdrawal', 'defensive', 'why', 'strength'];

export const CATEGORY_LABEL: Record<Category, string> = {
  why: 'Why-question',
  defensive: 'Defensive',
  ego: 'Ego',
  withdrawal: 'Withdrawal',
  strength: 'Strength',
};

export const CATEGORY_HINT: Record<Category, string> = {
  why: 'Asks them to justify themselves',
  defensive: 'Argues instead of solving',
  ego: 'Status, threats or sarcasm',
  withdrawal: 'Shuts the door',
  strength: 'Keeps the conversation moving',
};

/** The category's label from the i18n messages (English constants above as the fallback). */
export function labelOf(category: string): string {
  const key = `label_${category}`;
  const m = t(key);
  return m !== key ? m : (CATEGORY_LABEL as Record<string, string>)[category] ?? category;
}

export function hintOf(category: Category): string {
  const key = `hint_${category}`;
  const m = t(key);
  return m !== key ? m : CATEGORY_HINT[category];
}

/** A message by key, or the English text when no message is there (keeps the panel readable). */
function msg(key: string, english: string): string {
  const m = t(key);
  return m !== key ? m : english;
}

export interface Summary {
  counts: Partial<Record<Category, number>>;
  flags: number;
  strengths: number;
  verdict: string;
  tone: 'calm' | 'mild' | 'warm' | 'hot';
}

/** Counts per category and a one-line read of the whole draft. */
export function summarize(findings: readonly Finding[]): Summary {
  const counts: Partial<Record<Category, number>> = {};
  for (const f of findings) counts[f.category] = (counts[f.category] ?? 0) + 1;
  const strengths = counts.strength ?? 0;
  const flags = findings.length - strengths;
  const has = (c: Category) => (counts[c] ?? 0) > 0;
  let verdict: string;
  let tone: Summary['tone'];
  if (flags === 0) {
    tone = 'calm';
    verdict = strengths > 0 ? msg('verdictCalmStrengths', 'Reads calm and open. Good moves in here.') : msg('verdictCalm', 'Nothing to flag so far.');
  } else if (has('ego') || flags >= 4) {
    tone = 'hot';
    verdict = msg('verdictHot', 'Likely to raise the temperature. Cool it down before sending.');
  } else if (has('withdrawal')) {
    tone = 'warm';
    verdict = msg('verdictWithdrawal', 'Risks closing the door. Leave them a way back in.');
  } else if (has('defensive')) {
    tone = 'warm';
    verdict = msg('verdictDefensive', 'Argues more than it solves. Try a label or a question.');
  } else {
    tone = 'mild';
    verdict = msg('verdictWhy', 'A "why" may put them on the spot. Ask how or what instead.');
  }
  return { counts, flags, strengths, verdict, tone };
}
