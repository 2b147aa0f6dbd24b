// Balcony's settings: one typed, versioned object with defaults. Pure: no browser APIs here, so
// migration and import validation are tested in Node. Storage lives in ./store.ts.
import type { Category, CoachOptions, Sensitivity } from '../coach/types';
import { ALL_CATEGORIES } from '../coach/categories';

export const SETTINGS_VERSION = 1;

/** Every category the coach reports, strengths included, in the order the options page shows them. */
export const SETTING_CATEGORIES: readonly Category[] = ALL_CATEGORIES;
export const SENSITIVITY_LEVELS = ['gentle', 'balanced', 'strict'] as const satisfies readonly Sensitivity[];
export const SITES = ['gmail', 'outlook'] as const;
export type SiteSetting = (typeof SITES)[number];
export const SIDEBAR_START = ['remember', 'open', 'collapsed'] as const;
export type SidebarStart = (typeof SIDEBAR_START)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Limits keep the whole object well inside one `storage.sync` item (8 KB). */
export const LIMITS = { phrases: 60, phraseLength: 50, rules: 80, ruleLength: 48 } as const;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Which categories the coach reports. */
  categories: Record<Category, boolean>;
  sensitivity: Sensitivity;
  /** Rule ids never to report ("don't flag this kind again"). */
  disabledRules: string[];
  /** Phrases (case-insensitive) never to flag. */
  ignoredPhrases: string[];
  /** Per site on/off. */
  sites: Record<SiteSetting, boolean>;
  /** Mark flagged words in the draft. */
  highlights: boolean;
  /** How the sidebar starts on a new page: as it was last left, open, or collapsed. */
  sidebarStart: SidebarStart;
  /** Colours: follow the system, or force light or dark. */
  theme: Theme;
  /** A breath before Send: a clearly heated draft asks once before it goes. */
  sendPause: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  categories: Object.fromEntries(ALL_CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>,
  sensitivity: 'balanced',
  disabledRules: [],
  ignoredPhrases: [],
  sites: { gmail: true, outlook: true },
  highlights: true,
  sidebarStart: 'remember',
  theme: 'system',
  sendPause: true,
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

/** What the engine needs from the settings. */
export function toCoachOptions(s: Settings): CoachOptions {
  return {
    sensitivity: s.sensitivity,
    categories: SETTING_CATEGORIES.filter((c) => s.categories[c]),
    disabledRules: s.disabledRules,
    ignoredPhrases: s.ignoredPhrases,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

/** Trim, drop empties and duplicates (case-insensitive), cap length and count. */
export function cleanList(list: readonly unknown[], max: number, maxLength: number): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of list) {
    if (typeof v !== 'string') continue;
    const t = v.replace(/\s+/g, ' ').trim().slice(0, maxLength);
    if (!t || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
    if (out.length >= max) break;
  }
  return out;
}

/**
 * Any stored value → valid current settings. Never throws: unknown or broken fields fall back to
 * their defaults, so a damaged sync item can't stop the coach. Older versions are migrated:
 * - version 0 (before versioning, never released): `{ enabled: { gmail, outlook }, disabledCategories: [...],
 *   level }` — kept here as the pattern for future migrations.
 */
export function migrate(raw: unknown): Settings {
  const s = defaultSettings();
  if (!isObject(raw)) return s;
  let v: Record<string, unknown> = raw;
  const version = typeof v.version === 'number' ? v.version : 0;
  if (version === 0) v = fromV0(v);
  // Newer versions (a newer Balcony synced from another browser): read the fields we know.
  if (isObject(v.categories)) {
    for (const c of SETTING_CATEGORIES) if (typeof v.categories[c] === 'boolean') s.categories[c] = v.categories[c];
  }
  if (oneOf(SENSITIVITY_LEVELS, v.sensitivity)) s.sensitivity = v.sensitivity;
  if (Array.isArray(v.disabledRules)) s.disabledRules = cleanList(v.disabledRules, LIMITS.rules, LIMITS.ruleLength);
  if (Array.isArray(v.ignoredPhrases)) s.ignoredPhrases = cleanList(v.ignoredPhrases, LIMITS.phrases, LIMITS.phraseLength);
  if (isObject(v.sites)) {
    for (const site of SITES) if (typeof v.sites[site] === 'boolean') s.sites[site] = v.sites[site];
  }
  if (typeof v.highlights === 'boolean') s.highlights = v.highlights;
  if (oneOf(SIDEBAR_START, v.sidebarStart)) s.sidebarStart = v.sidebarStart;
  if (oneOf(THEMES, v.theme)) s.theme = v.theme;
  if (typeof v.sendPause === 'boolean') s.sendPause = v.sendPause;
  return s;
}

function fromV0(v: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...v, version: 1 };
  if (isObject(v.enabled)) out.sites = v.enabled;
  if (Array.isArray(v.disabledCategories)) {
    out.categories = Object.fromEntries(SETTING_CATEGORIES.map((c) => [c, !(v.disabledCategories as unknown[]).includes(c)]));
  }
  if (v.level === 'low') out.sensitivity = 'gentle';
  else if (v.level === 'high') out.sensitivity = 'strict';
  else if (v.level === 'medium') out.sensitivity = 'balanced';
  return out;
}
