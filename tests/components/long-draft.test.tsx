// @vitest-environment happy-dom
// The sidebar on a long draft: a progress bar while it is checked in slices, and a plain note when
// only its start is checked.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { Sidebar } from '../../components/Sidebar';

afterEach(cleanup);
const noop = () => {};

describe('Sidebar on a long draft', () => {
  it('shows progress while a long draft is checked', () => {
    render(<Sidebar findings={[]} pending progress={0.42} onSwap={noop} onUndo={noop} onCollapse={noop} />);
    const bar = screen.getByTestId('progress');
    expect(bar.getAttribute('role')).toBe('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('42');
    expect(bar.textContent).toContain('42%');
    expect(screen.queryByTestId('cap-note')).toBeNull();
  });

  it('says how much of a very long draft is checked, and that the rest is not', () => {
    render(<Sidebar findings={[]} capped={{ words: 16_532, share: 0.1 }} onSwap={noop} onUndo={noop} onCollapse={noop} />);
    const note = screen.getByTestId('cap-note').textContent!.replace(/\s+/g, ' ');
    expect(note).toContain('first 16,532 words');
    expect(note).toContain('10% of it');
    expect(note).toContain('The rest is not checked');
    expect(screen.queryByTestId('progress')).toBeNull();
  });

  it('shows neither on an ordinary draft', () => {
    render(<Sidebar findings={[]} onSwap={noop} onUndo={noop} onCollapse={noop} />);
    expect(screen.queryByTestId('progress')).toBeNull();
    expect(screen.queryByTestId('cap-note')).toBeNull();
  });
});
