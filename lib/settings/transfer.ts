// Export and import of settings as a JSON file. Import is strict: a file that is not a Balcony
// settings export, or that has any field of the wrong shape, is rejected whole with a message a
// person can act on, and nothing is overwritten.
import {
  LIMITS, migrate, SENSITIVITY_LEVELS, SETTING_CATEGORIES, SETTINGS_VERSION, SIDEBAR_START, SITES, THEMES, type Settings,
} from './schema';

export const EXPORT_KIND = 'balcony-settings';

export interface SettingsFile {
  kind: typeof EXPORT_KIND;
  version: number;
  exportedAt: string;
  settings: Settings;
}

export function exportSettings(s: Settings, now = new Date()): string {
  const file: SettingsFile = { kind: EXPORT_KIND, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings: s };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult =
  | { ok: true; settings: Settings }
  | { ok: false; error: ImportError };

/** Stable codes (for i18n) with the detail that names the problem. */
export interface ImportError {
  code: 'too-large' | 'not-json' | 'not-balcony' | 'too-new' | 'bad-field';
  detail?: string;
}

const MAX_BYTES = 64 * 1024;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function importSettings(text: string): ImportResult {
  if (text.length > MAX_BYTES) return { ok: false, error: { code: 'too-large' } };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: { code: 'not-json', detail: e instanceof Error ? e.message : String(e) } };
  }
  if (!isObject(data) || data.kind !== EXPORT_KIND || !isObject(data.settings)) return { ok: false, error: { code: 'not-balcony' } };
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { ok: false, error: { code: 'bad-field', detail: 'version' } };
  if (version > SETTINGS_VERSION) return { ok: false, error: { code: 'too-new', detail: String(version) } };
  const bad = firstBadField(data.settings);
  if (bad) return { ok: false, error: { code: 'bad-field', detail: bad } };
  return { ok: true, settings: migrate({ ...data.settings, version: data.settings.version ?? version }) };
}

/** The first field (dotted path) whose value has the wrong shape; fields may be missing (defaults). */
export function firstBadField(s: Record<string, unknown>): string | null {
  const bool = (v: unknown) => v === undefined || typeof v === 'boolean';
  const one = (list: readonly string[], v: unknown) => v === undefined || (typeof v === 'string' && list.includes(v));
  const strings = (v: unknown, max: number, len: number) =>
    v === undefined || (Array.isArray(v) && v.length <= max && v.every((x) => typeof x === 'string' && x.length <= len));
  if (s.categories !== undefined) {
    if (!isObject(s.categories)) return 'categories';
    for (const [k, v] of Object.entries(s.categories)) {
      if (!(SETTING_CATEGORIES as readonly string[]).includes(k)) return `categories.${k}`;
      if (typeof v !== 'boolean') return `categories.${k}`;
    }
  }
  if (!one(SENSITIVITY_LEVELS, s.sensitivity)) return 'sensitivity';
  if (!strings(s.disabledRules, LIMITS.rules, LIMITS.ruleLength)) return 'disabledRules';
  if (!strings(s.ignoredPhrases, LIMITS.phrases, LIMITS.phraseLength)) return 'ignoredPhrases';
  if (s.sites !== undefined) {
    if (!isObject(s.sites)) return 'sites';
    for (const [k, v] of Object.entries(s.sites)) {
      if (!(SITES as readonly string[]).includes(k) || typeof v !== 'boolean') return `sites.${k}`;
    }
  }
  if (!bool(s.highlights)) return 'highlights';
  if (!one(SIDEBAR_START, s.sidebarStart)) return 'sidebarStart';
  if (!one(THEMES, s.theme)) return 'theme';
  return null;
}
