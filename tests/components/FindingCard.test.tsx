// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { FindingCard, StillFindingCard } from '../../components/FindingCard';
import type { Finding } from '../../lib/coach/types';
import { analyze } from '../../lib/coach';

afterEach(cleanup);

describe('FindingCard: a finding of the learned judgement', () => {
  // A real finding from the engine, offsets into a draft with text before it.
  const draft = "Hi Sam,\n\nThanks for the call. I'll stop chasing the invoice and close the account at the end of the month.";
  const finding = analyze(draft).find((f) => f.rule.startsWith('model.'))!;

  it('marks the words that weighed most in the quote and names them', () => {
    render(<FindingCard finding={finding} onSwap={() => {}} />);
    const quote = screen.getByTestId('finding-text');
    expect(quote.textContent).toBe(finding.text);
    const marked = [...quote.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marked).toEqual(finding.because!.map((b) => b.text));
    const because = screen.getByTestId('finding-because');
    for (const b of finding.because!) expect(because.textContent).toContain(b.text);
  });

  it('shows no such line for a rule finding', () => {
    const rule = analyze('As I said before, the date is firm.').find((f) => !f.rule.startsWith('model.') && f.category !== 'strength')!;
    render(<FindingCard finding={rule} onSwap={() => {}} />);
    expect(screen.queryByTestId('finding-because')).toBeNull();
    expect(screen.getByTestId('finding-text').querySelectorAll('mark')).toHaveLength(0);
  });
});

describe('StillFindingCard: drawn again only when what it shows changes', () => {
  const [why] = analyze("Why can't you deliver by Friday?");
  /** The same finding after the writer typed `n` characters above it. */
  const moved = (f: Finding, n: number): Finding => ({ ...f, start: f.start + n, end: f.end + n, because: f.because?.map((b) => ({ ...b, start: b.start + n, end: b.end + n })) });

  it('keeps its DOM when the finding only moved, and a swap still goes to where it is now', () => {
    const swaps: Finding[] = [];
    const onSwap = (f: Finding) => { swaps.push(f); };
    const { rerender } = render(<StillFindingCard finding={why!} onSwap={onSwap} />);
    // The toggle's id names the finding's offset: a drawing with the moved finding would change it.
    const controls = () => screen.getByTestId('technique-toggle').getAttribute('aria-controls');
    const first = controls();
    const later = moved(why!, 12);
    rerender(<StillFindingCard finding={later} onSwap={onSwap} />);
    expect(controls()).toBe(first);
    screen.getAllByTestId('swap')[0]!.click();
    expect(swaps).toEqual([later]);
  });

  it('draws again when its words or swaps change', () => {
    const { rerender } = render(<StillFindingCard finding={why!} onSwap={() => {}} />);
    const other = { ...why!, suggestions: ['What would it take to deliver by Friday?'] };
    rerender(<StillFindingCard finding={other} onSwap={() => {}} />);
    expect(screen.getAllByTestId('swap').map((b) => b.querySelector('.bc-swap-text')!.textContent)).toEqual(['What would it take to deliver by Friday?']);
  });
});

describe('a kind set aside again and again', () => {
  it('gets a quiet offer to turn it off or make Balcony gentler, and nothing happens by itself', () => {
    const f = { category: 'defensive', rule: 'defensive.as-i-said/as-i-said', group: 'defensive.as-i-said', start: 0, end: 9, text: 'As I said', message: 'm', technique: { id: 't', name: 'Step to their side', explanation: 'e', source: '' }, suggestions: ['To recap'] } as const;
    const off = vi.fn();
    const gentler = vi.fn();
    render(<FindingCard finding={f as never} onSwap={() => {}} onDisableRule={off} quietOffer onBeGentler={gentler} />);
    expect(off).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('quiet-offer-gentler'));
    expect(gentler).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByTestId('quiet-offer-off'));
    expect(off).toHaveBeenCalledTimes(1);
    cleanup();
    render(<FindingCard finding={f as never} onSwap={() => {}} onDisableRule={off} />);
    expect(screen.queryByTestId('quiet-offer')).toBeNull();
  });
});
