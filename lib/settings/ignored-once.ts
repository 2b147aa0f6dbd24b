// "Ignore this once", remembered for that draft across reloads of the mail page: per draft key,
// the ignored findings' keys (rule id + a hash of the words: no draft text is stored), in
// storage.local (this device only). Old entries go: at most 100 drafts, none older than 30 days.
import { browser } from 'wxt/browser';

export const IGNORED_ONCE_KEY = 'balcony.ignoredOnce';
const MAX_DRAFTS = 100;
const MAX_AGE = 30 * 24 * 3600 * 1000;

type Stored = Record<string, { at: number; keys: string[] }>;

export function pruneIgnored(stored: Stored, now = Date.now()): Stored {
  const fresh = Object.entries(stored)
    .filter(([, v]) => v && typeof v.at === 'number' && Array.isArray(v.keys) && now - v.at < MAX_AGE)
    .sort((a, b) => b[1].at - a[1].at)
    .slice(0, MAX_DRAFTS);
  return Object.fromEntries(fresh);
}

export async function loadIgnoredOnce(): Promise<Map<string, Set<string>>> {
  try {
    const raw = (await browser.storage.local.get(IGNORED_ONCE_KEY))[IGNORED_ONCE_KEY];
    const stored = pruneIgnored(raw && typeof raw === 'object' ? (raw as Stored) : {});
    return new Map(Object.entries(stored).map(([k, v]) => [k, new Set(v.keys.filter((x) => typeof x === 'string'))]));
  } catch {
    return new Map();
  }
}

/** Store one draft's ignored keys (merged with what other tabs stored meanwhile). */
export async function saveIgnoredOnce(draftKey: string, keys: ReadonlySet<string>, now = Date.now()): Promise<void> {
  const raw = (await browser.storage.local.get(IGNORED_ONCE_KEY))[IGNORED_ONCE_KEY];
  const stored: Stored = raw && typeof raw === 'object' ? { ...(raw as Stored) } : {};
  stored[draftKey] = { at: now, keys: [...keys] };
  await browser.storage.local.set({ [IGNORED_ONCE_KEY]: pruneIgnored(stored, now) });
}
