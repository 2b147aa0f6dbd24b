// Settings in `storage.sync` (they follow the user to their other browsers), under one key, with a
// change subscription so open tabs apply a change without reloading. A stored object from an
// older version is migrated on read and written back once.
import { browser } from 'wxt/browser';
import { migrate, SETTINGS_VERSION, type Settings } from './schema';

export const SETTINGS_KEY = 'balcony.settings';

type Area = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;

/** `storage.sync` where it works; `storage.local` where sync is unavailable (e.g. disabled by policy). */
let fallback = false;
function area(): Area {
  return fallback ? browser.storage.local : browser.storage.sync;
}

async function readRaw(): Promise<unknown> {
  try {
    return (await area().get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    if (fallback) return undefined;
    fallback = true;
    return (await area().get(SETTINGS_KEY))[SETTINGS_KEY];
  }
}

export async function loadSettings(): Promise<Settings> {
  const raw = await readRaw();
  const settings = migrate(raw);
  const stored = raw as { version?: unknown } | undefined;
  // Write the migrated shape back once, so every browser reads the current version.
  if (raw !== undefined && stored?.version !== SETTINGS_VERSION) await saveSettings(settings).catch(() => {});
  return settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  const clean = migrate(settings);
  try {
    await area().set({ [SETTINGS_KEY]: clean });
  } catch (e) {
    if (fallback) throw e;
    fallback = true;
    await area().set({ [SETTINGS_KEY]: clean });
  }
}

/** Read, change, write. `change` may mutate its argument or return a new object. */
export async function updateSettings(change: (s: Settings) => Settings | void): Promise<Settings> {
  const current = await loadSettings();
  const next = change(current) ?? current;
  await saveSettings(next);
  return migrate(next);
}

export async function resetSettings(): Promise<void> {
  await area().remove(SETTINGS_KEY);
}

/** Calls `fn` with the new settings whenever they change (in this or another tab, or another browser). */
export function watchSettings(fn: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== (fallback ? 'local' : 'sync') || !(SETTINGS_KEY in changes)) return;
    fn(migrate(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
