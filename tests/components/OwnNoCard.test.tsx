// @vitest-environment happy-dom
// "Your no" in the sidebar: its hooks (part, door), what it says is there and missing, inserts that
// call back with their text, slots shown as slots, and a strength note instead of inserts for a
// "no" that already names the part and leaves a door open.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { Sidebar } from '../../components/Sidebar';
import { readOwnNo } from '../../lib/coach/own-no';

afterEach(cleanup);
const noop = () => {};
const sidebar = (text: string, onOwnNoInsert = vi.fn()) => {
  render(<Sidebar findings={[]} onSwap={noop} onUndo={noop} onCollapse={noop} ownNo={readOwnNo(text)} onOwnNoInsert={onOwnNoInsert} />);
  return onOwnNoInsert;
};

describe('Your no', () => {
  it('a closed no on price: says what is there and what is missing, and offers a trade and a question', () => {
    const onInsert = sidebar('Thanks for the quote. We can’t sign at that price.');
    const card = screen.getByTestId('own-no');
    expect(card.dataset.part).toBe('price');
    expect(card.dataset.doorOpen).toBe('false');
    expect(card.textContent).toContain("Says what doesn't work: the price");
    expect(card.textContent).toContain('Offers no way forward yet');
    const inserts = screen.getAllByTestId('own-no-insert');
    expect(inserts.map((b) => b.dataset.kind)).toEqual(['if-then', 'question']);
    // The slot the writer fills is marked, without its brackets.
    expect(inserts[0]!.querySelector('mark.bc-slot')!.textContent).toBe('bring the price closer to our budget');
    fireEvent.click(inserts[0]!);
    expect(onInsert).toHaveBeenCalledWith('If you can [bring the price closer to our budget], then we can sign it.');
  });

  it('a firm no that names the part and leaves a door open gets a strength note, not a nag', () => {
    sidebar('We can’t go to £9,000 for the fit-out. If you can trim the lighting to reach £7,500, we’re ready to sign this week.');
    expect(screen.getByTestId('own-no').dataset.doorOpen).toBe('true');
    expect(screen.getByTestId('own-no-strength').textContent).toContain('the price is what doesn\'t work');
    expect(screen.queryAllByTestId('own-no-insert')).toEqual([]);
  });

  it('no card when the draft refuses nothing', () => {
    sidebar('Great, Friday works. See you then.');
    expect(screen.queryByTestId('own-no')).toBeNull();
  });
});
