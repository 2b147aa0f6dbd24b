// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import type { Finding } from '../../lib/coach/types';
import { Sidebar } from '../../components/Sidebar';
import { summarize } from '../../components/categories';

afterEach(cleanup);

const technique = { id: 'calibrated', name: 'Calibrated question', explanation: 'Ask how or what.', source: 'Voss' };
const WHY: Finding = {
  category: 'why', rule: 'why.direct-question', group: 'why.direct-question', start: 4, end: 36, text: "Why can't you deliver by Friday?",
  message: 'A why question asks them to defend themselves.', technique,
  suggestions: ['What would it take to deliver by Friday?', 'How can we make Friday work?'],
};
const EGO: Finding = { ...WHY, category: 'ego', rule: 'ego.ultimatum', group: 'ego.ultimatum', start: 37, end: 57, text: 'Take it or leave it.', message: 'An ultimatum.', suggestions: ['Here is what we can do.'] };
const STRENGTH: Finding = { ...WHY, category: 'strength', rule: 'strength.label', group: 'strength.label', start: 0, end: 3, text: 'It sounds like', message: 'A label.', suggestions: [] };

const noop = () => {};

describe('Sidebar', () => {
  it('has a Settings link when it can open the options page, and none when it cannot', () => {
    const open = vi.fn();
    const { unmount } = render(<Sidebar findings={[WHY]} onSwap={noop} onUndo={noop} onCollapse={noop} onOpenSettings={open} />);
    fireEvent.click(screen.getByTestId('open-settings'));
    expect(open).toHaveBeenCalledTimes(1);
    unmount();
    render(<Sidebar findings={[WHY]} onSwap={noop} onUndo={noop} onCollapse={noop} />);
    expect(screen.queryByTestId('open-settings')).toBeNull();
  });

  it('lists findings with the stable hooks, best suggestion first', () => {
    render(<Sidebar findings={[WHY, EGO, STRENGTH]} onSwap={noop} onUndo={noop} onCollapse={noop} />);
    const cards = screen.getAllByTestId('finding');
    expect(cards.map((c) => c.getAttribute('data-category'))).toEqual(['why', 'ego', 'strength']);
    expect(within(cards[0]!).getByTestId('finding-text').textContent).toBe(WHY.text);
    expect(within(cards[0]!).getAllByTestId('swap').map((b) => b.textContent)).toEqual(WHY.suggestions.map((s) => `${s}↵`));
    // Strengths are coaching, not correcting: no swap.
    expect(within(cards[2]!).queryAllByTestId('swap')).toHaveLength(0);
  });

  it('calls onSwap with the finding and the chosen suggestion', () => {
    const onSwap = vi.fn();
    render(<Sidebar findings={[WHY]} onSwap={onSwap} onUndo={noop} onCollapse={noop} />);
    fireEvent.click(screen.getAllByTestId('swap')[1]!);
    expect(onSwap).toHaveBeenCalledWith(WHY, WHY.suggestions[1]);
  });

  it('shows the overall read: counts per category and a verdict', () => {
    render(<Sidebar findings={[WHY, EGO, STRENGTH]} onSwap={noop} onUndo={noop} onCollapse={noop} />);
    const summary = screen.getByTestId('summary');
    expect(summary.getAttribute('data-flags')).toBe('2');
    expect(summary.getAttribute('data-strengths')).toBe('1');
    expect(screen.getAllByTestId('count').map((c) => c.getAttribute('data-category'))).toEqual(['ego', 'why', 'strength']);
    expect(screen.getByTestId('verdict').textContent).toBe(summarize([WHY, EGO]).verdict);
  });

  it('expands the technique behind a finding from the keyboard-reachable toggle', () => {
    render(<Sidebar findings={[WHY]} onSwap={noop} onUndo={noop} onCollapse={noop} />);
    const toggle = screen.getByTestId('technique-toggle');
    expect(toggle.tagName).toBe('BUTTON');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('technique').textContent).toContain('Ask how or what.');
  });

  it('offers "undo last swap" only when there is one, and disables swaps while composing', () => {
    const onUndo = vi.fn();
    const { rerender } = render(<Sidebar findings={[WHY]} undoable={0} onSwap={noop} onUndo={onUndo} onCollapse={noop} />);
    expect((screen.getByTestId('undo-swap') as HTMLButtonElement).disabled).toBe(true);
    rerender(<Sidebar findings={[WHY]} undoable={1} composing onSwap={noop} onUndo={onUndo} onCollapse={noop} />);
    fireEvent.click(screen.getByTestId('undo-swap'));
    expect(onUndo).toHaveBeenCalledOnce();
    expect(screen.getAllByTestId('swap').every((b) => (b as HTMLButtonElement).disabled)).toBe(true);
    expect(screen.getByTestId('notice').textContent).toMatch(/Composing/);
  });

  it('leaves room for the thread view: a tab bar with the draft tab', () => {
    render(<Sidebar findings={[]} kind="reply" onSwap={noop} onUndo={noop} onCollapse={noop} />);
    expect(screen.getByTestId('draft-tab').textContent).toBe('Reply');
    expect(screen.getByRole('tablist')).toBeTruthy();
  });
});

describe('summarize', () => {
  it('gives a calm verdict for strengths only and a hot one for ego', () => {
    expect(summarize([STRENGTH]).tone).toBe('calm');
    expect(summarize([]).verdict).toMatch(/Nothing/);
    expect(summarize([WHY, EGO]).tone).toBe('hot');
    expect(summarize([WHY]).tone).toBe('mild');
  });
});
