// The coach's keyboard shortcut is the browser's own (manifest `commands`), so people can rebind it
// in the browser's shortcut settings and it never depends on the mail site's keys. The background
// hears it and tells the tab to toggle the sidebar; the sidebar asks the background which keys are
// bound, to show them (none when the person unbound it).
import { isMessageOf } from './message';

export const TOGGLE_COMMAND = 'toggle-coach' as const;

export const TOGGLE_COACH = 'balcony:toggle-coach' as const;
export const ASK_SHORTCUT = 'balcony:shortcut' as const;

export interface ToggleCoachMessage { type: typeof TOGGLE_COACH }
export interface ShortcutRequest { type: typeof ASK_SHORTCUT }

export const isToggleCoach = (m: unknown): m is ToggleCoachMessage => isMessageOf(m, TOGGLE_COACH);
export const isShortcutRequest = (m: unknown): m is ShortcutRequest => isMessageOf(m, ASK_SHORTCUT);

/** The keys of a shortcut as the browser writes it ("Alt+Shift+K", "⌥⇧K" on a Mac), one per key cap. */
export function shortcutKeys(shortcut: string | null | undefined): string[] {
  if (!shortcut) return [];
  return shortcut.includes('+') ? shortcut.split('+').map((k) => k.trim()).filter(Boolean) : [...shortcut];
}
