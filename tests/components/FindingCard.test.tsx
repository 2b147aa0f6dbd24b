// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { FindingCard } from '../../components/FindingCard';
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
