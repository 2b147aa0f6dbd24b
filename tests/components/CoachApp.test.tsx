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

  it('toggles with Alt+Shift+B', async () => {
    render(<CoachApp controller={fakeController([WHY])} />);
    await screen.findByTestId('sidebar');
    act(() => { window.dispatchEvent(new KeyboardEvent('keydown', { key: 'B', code: 'KeyB', altKey: true, shiftKey: true })); });
    await screen.findByTestId('badge');
    act(() => { window.dispatchEvent(new KeyboardEvent('keydown', { key: 'B', code: 'KeyB', altKey: true, shiftKey: true })); });
    await screen.findByTestId('sidebar');
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
