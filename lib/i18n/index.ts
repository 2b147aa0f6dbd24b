// UI text goes through the extension's i18n messages (public/_locales/<lang>/messages.json), so the
// UI and the store listing can be translated. `t('key', ...subs)` → browser.i18n.getMessage.
// Where the API is missing (unit tests in Node), messages registered with `useFallbackMessages`
// are used with the same placeholder rules; production bundles carry no copy of the messages.
import { browser } from 'wxt/browser';

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, MessageEntry>;

let fallback: Messages | null = null;

export function useFallbackMessages(messages: Messages | null): void {
  fallback = messages;
}

/** Chrome's rules: `$name$` → the placeholder's content, then `$1`…`$9` → substitutions, `$$` → `$`. */
export function formatMessage(entry: MessageEntry, subs: readonly string[]): string {
  const ph = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const withPh = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (m, name: string) => ph[name.toLowerCase()] ?? m);
  return withPh.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : subs[Number(d) - 1] ?? ''));
}

/** Messages without substitutions, as the browser gave them: they cannot change while the page
 * lives, and the sidebar asks for the same ones on every drawing. */
const plain = new Map<string, string>();

export function t(key: string, ...subs: (string | number)[]): string {
  if (!subs.length) { const known = plain.get(key); if (known !== undefined) return known; }
  const s = subs.map(String);
  try {
    const get = browser.i18n?.getMessage as ((name: string, subs?: string[]) => string) | undefined;
    const m = get?.(key, s);
    if (m) { if (!subs.length) plain.set(key, m); return m; }
  } catch {
    // not available here (tests); fall through
  }
  const entry = fallback?.[key];
  return entry ? formatMessage(entry, s) : key;
}
