// The categories in the UI: their names and hints from the i18n messages, by the keys that
// lib/coach/categories.ts (the one list of categories) gives; and the draft's one-line summary.
import type { Category, Finding } from '../lib/coach/types';
import { CATEGORIES, CATEGORY_ORDER, countByCategory } from '../lib/coach/categories';
import { t } from '../lib/i18n';

export { CATEGORY_ORDER };

/** The category's label from the i18n messages (an unknown category is shown by its id). */
export function labelOf(category: string): string {
  const entry = CATEGORIES.find((c) => c.id === category);
  return entry ? t(entry.label) : category;
}

export function hintOf(category: Category): string {
  return t(CATEGORIES.find((c) => c.id === category)!.hint);
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
  const counts = countByCategory(findings);
  const strengths = counts.strength ?? 0;
  const flags = findings.length - strengths;
  const has = (c: Category) => (counts[c] ?? 0) > 0;
  let verdict: string;
  let tone: Summary['tone'];
  if (flags === 0) {
    tone = 'calm';
    verdict = strengths > 0 ? t('verdictCalmStrengths') : t('verdictCalm');
  } else if (has('ego') || flags >= 4) {
    tone = 'hot';
    verdict = t('verdictHot');
  } else if (has('withdrawal')) {
    tone = 'warm';
    verdict = t('verdictWithdrawal');
  } else if (has('defensive')) {
    tone = 'warm';
    verdict = t('verdictDefensive');
  } else {
    tone = 'mild';
    verdict = t('verdictWhy');
  }
  return { counts, flags, strengths, verdict, tone };
}
