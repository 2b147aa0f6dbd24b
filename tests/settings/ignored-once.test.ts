import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { IGNORED_ONCE_KEY, loadIgnoredOnce, pruneIgnored, saveIgnoredOnce } from '../../lib/settings/ignored-once';
import { ignoreKey } from '../../lib/mail/controller';

beforeEach(() => fakeBrowser.reset());

describe('ignore once, remembered per draft', () => {
  it('saves and loads per draft key, without the draft text', async () => {
    const k = ignoreKey({ rule: 'ego.ultimatum', text: 'Take it or leave it.' });
    expect(k).not.toMatch(/take/i);
    expect(ignoreKey({ rule: 'ego.ultimatum', text: ' take it  or LEAVE it. ' })).toBe(k);
    expect(ignoreKey({ rule: 'ego.ultimatum', text: 'Take it or leave it now.' })).not.toBe(k);
    await saveIgnoredOnce('gmail:#d1', new Set([k]));
    await saveIgnoredOnce('gmail:#d2', new Set(['why.x:1']));
    const m = await loadIgnoredOnce();
    expect(m.get('gmail:#d1')).toEqual(new Set([k]));
    expect(m.get('gmail:#d2')).toEqual(new Set(['why.x:1']));
    expect(JSON.stringify(await browser.storage.local.get(IGNORED_ONCE_KEY))).not.toMatch(/leave/i);
  });

  it('forgets drafts older than 30 days and keeps the 100 most recent', () => {
    const now = 1_000_000_000_000;
    const stored = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`d${i}`, { at: now - i * 1000, keys: ['x'] }]));
    stored.old = { at: now - 31 * 24 * 3600 * 1000, keys: ['x'] };
    const kept = pruneIgnored(stored, now);
    expect(Object.keys(kept)).toHaveLength(100);
    expect(kept.d0).toBeTruthy();
    expect(kept.d120).toBeUndefined();
    expect(kept.old).toBeUndefined();
  });

  it('a damaged stored value loads as nothing', async () => {
    await browser.storage.local.set({ [IGNORED_ONCE_KEY]: 'garbage' });
    expect((await loadIgnoredOnce()).size).toBe(0);
    await browser.storage.local.set({ [IGNORED_ONCE_KEY]: { a: { at: 'x', keys: 3 } } });
    expect((await loadIgnoredOnce()).size).toBe(0);
  });
});
