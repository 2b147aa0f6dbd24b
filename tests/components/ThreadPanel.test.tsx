// @vitest-environment happy-dom
// The Thread tab: hooks for end-to-end tests, openers calling back with their text and kind,
// honest notes (unreadable messages, unknown user, page order) and text never read as HTML.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { Sidebar } from '../../components/Sidebar';
import { summarizeThread } from '../../lib/coach/thread';
import type { PageMessage, PageThread } from '../../lib/mail/types';
import { summarizePage } from '../mail/bundled-engine';

afterEach(cleanup);
const noop = () => {};

const msg = (from: string, mine: boolean | null, text: string, date?: string, state: PageMessage['state'] = 'expanded'): PageMessage =>
  ({ from, address: null, date, dateText: date ?? '', text, mine, state, clipped: false });

const THREAD: PageThread = {
  key: 'gmail:t1',
  subject: 'Q3 rollout',
  user: { address: 'alex@acme.example', name: null },
  messages: [
    msg('Dana Reyes', false, '', '2026-11-13T08:00:00Z', 'collapsed'),
    msg('Dana Reyes', false, 'This is the THIRD time your team has missed the delivery date! Completely unacceptable.', '2026-11-14T08:00:00Z'),
    msg('Alex Kim', true, 'Dana, it sounds like the missed dates have put you in a difficult spot. What would a schedule you can rely on look like?', '2026-11-14T09:00:00Z'),
    msg('<b>Dana</b> Reyes', false, "We need the March shipment on time. We can't commit to a bigger order until the delivery timeline is fixed.", '2026-11-14T11:00:00Z'),
  ],
};

describe('Thread tab', () => {
  it('appears only with a thread, and shows the messages with their hooks', () => {
    const { rerender } = render(<Sidebar findings={[]} onSwap={noop} onUndo={noop} onCollapse={noop} />);
    expect(screen.queryByTestId('thread-tab')).toBeNull();
    const view = summarizePage(THREAD);
    rerender(<Sidebar findings={[]} onSwap={noop} onUndo={noop} onCollapse={noop} showThread thread={view} />);
    fireEvent.click(screen.getByTestId('thread-tab'));
    expect(screen.getByTestId('thread-tab').getAttribute('aria-selected')).toBe('true');
    const rows = screen.getAllByTestId('thread-message');
    expect(rows.map((r) => r.getAttribute('data-mine'))).toEqual(['false', 'false', 'true', 'false']);
    expect(rows.map((r) => r.getAttribute('data-readable'))).toEqual(['false', 'true', 'true', 'true']);
    expect(rows.map((r) => r.getAttribute('data-no-reason'))).toEqual([null, null, null, 'timing']);
    expect(Number(rows[1]!.getAttribute('data-heat'))).toBeGreaterThanOrEqual(0.45);
    expect(screen.getByTestId('thread-trend').getAttribute('data-trend')).toBe('cooling');
    // A sender name that looks like HTML is shown as text.
    expect(within(rows[3]!).getByTestId('thread-author').textContent).toBe('<b>Dana</b> Reyes');
    expect(rows[3]!.querySelector('b')).toBeNull();
    expect(screen.getAllByTestId('thread-note')[0]!.textContent).toMatch(/^1 of 4 messages/);
  });

  it('openers call back with their text and kind, in the order label, mirror, audit, question', () => {
    const onInsert = vi.fn();
    const view = summarizePage(THREAD);
    render(<Sidebar findings={[]} onSwap={noop} onUndo={noop} onCollapse={noop} showThread thread={view} onInsert={onInsert} initialTab="thread" />);
    const openers = screen.getAllByTestId('opener');
    expect(openers.map((o) => o.getAttribute('data-kind'))).toEqual(['label', 'mirror', 'audit', 'question']);
    fireEvent.click(openers[0]!);
    expect(onInsert).toHaveBeenCalledWith('It sounds like the delivery timeline is the main worry.', 'label');
  });

  it('says so when the user is unknown and when the order is the page order', () => {
    const unknown: PageThread = { ...THREAD, user: null, messages: THREAD.messages.map((m) => ({ ...m, mine: null, date: undefined })) };
    render(<Sidebar findings={[]} onSwap={noop} onUndo={noop} onCollapse={noop} showThread thread={summarizePage(unknown)} initialTab="thread" />);
    const notes = screen.getAllByTestId('thread-note').map((n) => n.textContent);
    expect(notes.some((n) => /does not say which account is yours/.test(n!))).toBe(true);
    expect(notes.some((n) => /order the page shows them/.test(n!))).toBe(true);
    expect(screen.getAllByTestId('thread-message').every((r) => r.getAttribute('data-mine') === 'false' && r.getAttribute('data-author') !== 'me')).toBe(true);
  });

  it('shows "go to the balcony" with its three steps on both tabs', () => {
    const balcony = summarizeThread([{ from: 'Dana', text: 'Completely UNACCEPTABLE!!! You people are useless.', mine: false }], { draft: 'That is NOT our fault!!! You ALWAYS blame us.' }).balcony!;
    const { rerender } = render(<Sidebar findings={[]} onSwap={noop} onUndo={noop} onCollapse={noop} balcony={balcony} />);
    expect(screen.getByTestId('balcony').getAttribute('data-reason')).toBe(balcony.reason);
    expect(within(screen.getByTestId('balcony')).getAllByRole('listitem')).toHaveLength(3);
    rerender(<Sidebar findings={[]} onSwap={noop} onUndo={noop} onCollapse={noop} balcony={balcony} showThread thread={summarizePage(THREAD)} initialTab="thread" />);
    expect(screen.getByTestId('balcony')).toBeTruthy();
  });
});
