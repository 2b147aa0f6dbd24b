// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { CoachApp, COLLAPSED_KEY, noticeText, type CoachAppController } from '../../components/CoachApp';
import type { CoachState, NoticeCode } from '../../lib/mail/controller';
import messages from '../../public/_locales/en/messages.json';
import type { Finding } from '../../lib/coach/types';

const technique = { id: 't', name: 'Calibrated question', explanation: 'Ask how.', source: 'Voss' };
const WHY: Finding = { category: 'why', rule: 'why.x', group: 'why.x', start: 0, end: 8, text: 'Why not?', message: 'Why puts them on the spot.', technique, suggestions: ['What would work?'] };

function fakeController(findings: Finding[]) {
  const listeners = new Set<(s: CoachState) => void>();
  let state: CoachState = {
    site: 'gmail', drafts: 1,
    active: { key: 'gmail:#d1', kind: 'new', findings, text: 'Why not?', pending: false, composing: false, undoable: 0, seenFindings: findings.length > 0, notice: null },
  };
  const anchor = document.createElement('div');
  document.body.append(anchor);
  const c: CoachAppController & { set(s: Partial<CoachState['active'] & object>): void } = {
    getState: () => state,
    subscribe: (fn) => { listeners.add(fn); fn(state); return () => listeners.delete(fn); },
    swap: vi.fn(() => ({ ok: true as const, method: 'execCommand' as const, start: 0, end: 1 })),
    undoLast: vi.fn(() => ({ ok: false as const, reason: 'stale' as const })),
    anchor: () => anchor,
    focusDraft: vi.fn(),
    set(patch) { state = { ...state, active: { ...state.active!, ...patch } }; for (const l of listeners) l(state); },
  };
  return c;
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('CoachApp', () => {
  it('stays hidden for a draft without findings, and opens by itself when findings arrive', async () => {
    const c = fakeController([]);
    render(<CoachApp controller={c} />);
    expect(screen.queryByTestId('sidebar')).toBe(null);
    act(() => c.set({ findings: [WHY], seenFindings: true }));
    await screen.findByTestId('sidebar');
    fireEvent.click(screen.getByTestId('swap'));
    expect(c.swap).toHaveBeenCalledWith(WHY, 'What would work?');
  });

  it('collapses to a badge with the count and remembers it in extension storage', async () => {
    const c = fakeController([WHY]);
    render(<CoachApp controller={c} />);
    fireEvent.click(await screen.findByTestId('collapse'));
    expect((await screen.findByTestId('badge-count')).textContent).toBe('1');
    await waitFor(async () => expect((await browser.storage.local.get(COLLAPSED_KEY))[COLLAPSED_KEY]).toBe(true));
    expect(c.focusDraft).toHaveBeenCalled();
    cleanup();
    // A new page starts collapsed.
    render(<CoachApp controller={fakeController([WHY])} />);
    await screen.findByTestId('badge');
    fireEvent.click(screen.getByTestId('badge'));
    await screen.findByTestId('sidebar');
    await waitFor(async () => expect((await browser.storage.local.get(COLLAPSED_KEY))[COLLAPSED_KEY]).toBe(false));
  });

  it('toggles on the browser\'s shortcut and shows the keys it is bound to', async () => {
    let press: (() => void) | null = null;
    const unsubscribe = vi.fn();
    const subscribe = vi.fn((fn: () => void) => { press = fn; return unsubscribe; });
    const { unmount } = render(<CoachApp controller={fakeController([WHY])} onToggleShortcut={subscribe} shortcut="Alt+Shift+K" />);
    await screen.findByTestId('sidebar');
    expect([...screen.getByTestId('shortcut').querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['Alt', 'Shift', 'K']);
    expect(screen.getByTestId('collapse').getAttribute('title')).toBe('Collapse (Alt+Shift+K)');
    act(() => press!());
    await screen.findByTestId('badge');
    expect(screen.getByTestId('badge').getAttribute('title')).toMatch(/\(Alt\+Shift\+K\)$/);
    act(() => press!());
    await screen.findByTestId('sidebar');
    // The page's own keys do nothing: the shortcut is the browser's, rebindable there.
    act(() => { window.dispatchEvent(new KeyboardEvent('keydown', { key: 'K', code: 'KeyK', altKey: true, shiftKey: true })); });
    expect(screen.queryByTestId('sidebar')).not.toBe(null);
    act(() => { unmount(); });
    expect(unsubscribe).toHaveBeenCalled();
  });

  it('shows no keys when the shortcut is unbound', async () => {
    render(<CoachApp controller={fakeController([WHY])} shortcut="" />);
    await screen.findByTestId('sidebar');
    expect(screen.queryByTestId('shortcut')).toBe(null);
    expect(screen.getByTestId('collapse').getAttribute('title')).toBe('Collapse');
  });

  it('words the controller\'s notice codes from the locale messages', async () => {
    const c = fakeController([WHY]);
    render(<CoachApp controller={c} />);
    await screen.findByTestId('sidebar');
    expect(screen.queryByTestId('notice')).toBe(null);
    act(() => c.set({ notice: 'stale' }));
    expect((await screen.findByTestId('notice')).textContent).toBe(messages.noticeStale.message);
    // Every code the controller can emit has its sentence in the messages.
    const codes: NoticeCode[] = ['composing-swap', 'stale', 'swap-failed', 'composing-insert', 'insert-failed', 'composing-undo', 'undo-stale'];
    const sentences = new Set(Object.values(messages).map((m) => m.message));
    for (const code of codes) expect(sentences.has(noticeText(code)!)).toBe(true);
    expect(new Set(codes.map(noticeText)).size).toBe(codes.length);
  });
});
