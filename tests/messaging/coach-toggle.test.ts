import { describe, expect, it } from 'vitest';
import { isShortcutRequest, isToggleCoach, shortcutKeys, ASK_SHORTCUT, TOGGLE_COACH } from '../../lib/messaging/coach-toggle';

describe('the shortcut messages', () => {
  it('know their own kind and nothing else', () => {
    expect(isToggleCoach({ type: TOGGLE_COACH })).toBe(true);
    expect(isShortcutRequest({ type: ASK_SHORTCUT })).toBe(true);
    for (const other of [null, undefined, 'x', {}, { type: 'balcony:open-settings' }]) {
      expect(isToggleCoach(other)).toBe(false);
      expect(isShortcutRequest(other)).toBe(false);
    }
  });
  it('split a shortcut into its keys as the browsers write it', () => {
    expect(shortcutKeys('Alt+Shift+B')).toEqual(['Alt', 'Shift', 'B']);
    expect(shortcutKeys('Ctrl + Period')).toEqual(['Ctrl', 'Period']);
    expect(shortcutKeys('⌥⇧B')).toEqual(['⌥', '⇧', 'B']);
    expect(shortcutKeys('')).toEqual([]);
    expect(shortcutKeys(null)).toEqual([]);
  });
});
