// @vitest-environment happy-dom
// The sidebar's settings plumbing: "Ignore once", "Don't flag this kind again", how it starts,
// and the note for a draft that is not English.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { CoachApp, COLLAPSED_KEY, type CoachAppController } from '../../components/CoachApp';
import type { CoachState, DraftView } from '../../lib/mail/controller';
import type { Finding } from '../../lib/coach/types';
import { useFallbackMessages } from '../../lib/i18n';
import messages from '../../public/_locales/en/messages.json';

const technique = { id: 't', name: 'Calibrated question', explanation: 'Ask how.', source: 'Voss' };
const WHY: Finding = { category: 'why', rule: 'why.x', group: 'why.x', start: 0, end: 8, text: 'Why not?', message: 'Why puts them on the spot.', technique, suggestions: ['What would work?'] };
const STRENGTH: Finding = { ...WHY, category: 'strength', rule: 'strength.label', group: 'strength.label', suggestions: [] };

function fakeController(active: Partial<DraftView>) {
  const listeners = new Set<(s: CoachState) => void>();
  let state: CoachState = {
    site: 'gmail', drafts: 1,
    active: { key: 'gmail:#d1', kind: 'new', findings: [], text: '', pending: false, composing: false, undoable: 0, seenFindings: false, notice: null, ...active },
  };
  const anchor = document.createElement('div');
  document.body.append(anchor);
  const c: CoachAppController & { set(p: Partial<DraftView>): void } = {
    getState: () => state,
    subscribe: (fn) => { listeners.add(fn); fn(state); return () => listeners.delete(fn); },
    swap: vi.fn(() => ({ ok: true as const, method: 'execCommand' as const, start: 0, end: 1 })),
    undoLast: vi.fn(() => ({ ok: false as const, reason: 'stale' as const })),
    anchor: () => anchor,
    focusDraft: vi.fn(),
    ignoreOnce: vi.fn(),
    set(p) { state = { ...state, active: { ...state.active!, ...p } }; for (const l of listeners) l(state); },
  };
  return c;
}

beforeAll(() => useFallbackMessages(messages));
beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('CoachApp with settings', () => {
  it('"Ignore once" goes to the controller; "Don\'t flag this kind again" to the settings; strengths have neither', async () => {
    const c = fakeController({ findings: [WHY, STRENGTH], seenFindings: true });
    const onDisableRule = vi.fn();
    render(<CoachApp controller={c} onDisableRule={onDisableRule} />);
    fireEvent.click(await screen.findByTestId('ignore-once'));
    expect(c.ignoreOnce).toHaveBeenCalledWith(WHY);
    fireEvent.click(screen.getByTestId('disable-rule'));
    expect(onDisableRule).toHaveBeenCalledWith(WHY);
    expect(screen.getAllByTestId('ignore-once')).toHaveLength(1);
    expect(screen.getByTestId('disable-rule').textContent).toBe(messages.disableRule.message);
  });

  it('starts collapsed or open as the settings say, whatever was stored last', async () => {
    await browser.storage.local.set({ [COLLAPSED_KEY]: false });
    render(<CoachApp controller={fakeController({ findings: [WHY], seenFindings: true })} sidebarStart="collapsed" />);
    await screen.findByTestId('badge');
    cleanup();
    await browser.storage.local.set({ [COLLAPSED_KEY]: true });
    render(<CoachApp controller={fakeController({ findings: [WHY], seenFindings: true })} sidebarStart="open" />);
    await screen.findByTestId('sidebar');
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByTestId('badge')).toBe(null);
  });

  it('a draft that is not English: the panel opens with a note instead of flags', async () => {
    const c = fakeController({});
    render(<CoachApp controller={c} />);
    expect(screen.queryByTestId('sidebar')).toBe(null);
    act(() => c.set({ language: 'other', text: 'Hallo Dana, wir können leider nicht liefern.' }));
    expect((await screen.findByTestId('notice')).textContent).toBe(messages.notEnglish.message);
    expect(screen.queryAllByTestId('finding')).toHaveLength(0);
  });
});
