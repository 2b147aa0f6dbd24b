// Every category the coach reports, in one place: the engine's order, the order the UI shows them
// in, the colour token and the UI message keys. The engine's types, the settings, the highlights
// and the components all derive from this list. Pure data: no DOM, no browser APIs.
import type { Finding } from './types';

export const CATEGORIES = [
  // `rank`: the UI lists the most pressing first (threats and shutting the door before a why).
  // `colour`: the CSS custom property that holds the colour (components/tokens.css is its only home).
  // `label`, `hint` (sidebar, thread view) and `setting`, `settingHint` (options page): keys in
  // public/_locales/*/messages.json.
  { id: 'why', flag: true, rank: 3, colour: '--why', label: 'label_why', hint: 'hint_why', setting: 'cat_why', settingHint: 'cat_why_hint' },
  { id: 'defensive', flag: true, rank: 2, colour: '--defensive', label: 'label_defensive', hint: 'hint_defensive', setting: 'cat_defensive', settingHint: 'cat_defensive_hint' },
  { id: 'ego', flag: true, rank: 0, colour: '--ego', label: 'label_ego', hint: 'hint_ego', setting: 'cat_ego', settingHint: 'cat_ego_hint' },
  { id: 'withdrawal', flag: true, rank: 1, colour: '--withdrawal', label: 'label_withdrawal', hint: 'hint_withdrawal', setting: 'cat_withdrawal', settingHint: 'cat_withdrawal_hint' },
  { id: 'strength', flag: false, rank: 4, colour: '--strength', label: 'label_strength', hint: 'hint_strength', setting: 'cat_strength', settingHint: 'cat_strength_hint' },
] as const;

type Entry = (typeof CATEGORIES)[number];
/** Every category, strengths included (`strength` notes what the writer did well, never a flag). */
export type Category = Entry['id'];
/** The four categories that ask the writer to change something. */
export type FlagCategory = Extract<Entry, { flag: true }>['id'];

/** Every category in the engine's order (the settings and the highlights use it too). */
export const ALL_CATEGORIES: readonly Category[] = CATEGORIES.map((c) => c.id);

export const FLAG_CATEGORIES: readonly FlagCategory[] = CATEGORIES.filter((c): c is Extract<Entry, { flag: true }> => c.flag).map((c) => c.id);

/** The order the UI lists categories in: most pressing first. */
export const CATEGORY_ORDER: readonly Category[] = [...CATEGORIES].sort((a, b) => a.rank - b.rank).map((c) => c.id);

export function categoryInfo(category: Category): Entry {
  return CATEGORIES.find((c) => c.id === category)!;
}

/** How many findings of each category, strengths included. */
export function countByCategory(findings: readonly Pick<Finding, 'category'>[]): Partial<Record<Category, number>> {
  const counts: Partial<Record<Category, number>> = {};
  for (const f of findings) counts[f.category] = (counts[f.category] ?? 0) + 1;
  return counts;
}

/** How many findings of each flag category (strengths are not flags). */
export function countFlags(findings: readonly Pick<Finding, 'category'>[]): Partial<Record<FlagCategory, number>> {
  const { strength: _, ...flags } = countByCategory(findings);
  return flags;
}
