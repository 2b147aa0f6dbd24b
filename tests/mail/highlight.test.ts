import { describe, expect, it } from 'vitest';
import { categoryRgb, HIGHLIGHT_COLORS } from '../../lib/mail/highlight';

describe('highlight colours', () => {
  it('come from the colour tokens (the light half of light-dark)', () => {
    const css = ':root { --why: light-dark(#2a5bd7, #8fb0ff); --why-soft: light-dark(#ffffff, #000000); }';
    expect(categoryRgb('why', css)).toEqual([0x2a, 0x5b, 0xd7]);
    expect(() => categoryRgb('ego', css)).toThrow(/--ego/);
  });

  it('are built for every category from components/tokens.css', () => {
    expect(HIGHLIGHT_COLORS.why).toEqual({ tint: 'rgba(42, 91, 215, 0.14)', line: 'rgb(42, 91, 215)' });
    expect(HIGHLIGHT_COLORS.strength.line).toBe('rgb(25, 128, 90)');
  });
});
