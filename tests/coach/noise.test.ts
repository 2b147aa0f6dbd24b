import { describe, expect, it } from 'vitest';
import { isNoise } from '../../lib/coach/noise';

describe('isNoise', () => {
  it('knows junk when it sees it', () => {
    for (const s of [
      '#$%^&*()_+{}|:<>?~!@#$%^',
      'aGVsbG8gd29ybGQgdGhpcyBpcyBiYXNlNjQgZW5jb2RlZCB0ZXh0IQ==',
      'd41d8cd98f00b204e9800998ecf8427e',
      'if (x == null) { return; } const y = () => z;',
      '12.5 | 300 | 4,200 | 17 | 0.33',
      'Wir können den Preis leider nicht senken, das ist nicht möglich.',
      'Nous ne pouvons pas accepter ces conditions pour le moment.',
      'Мы не можем согласиться на эти условия',
    ]) expect(isNoise(s), s).toBe(true);
  });
  it('leaves prose alone, however rough', () => {
    for (const s of [
      'why wasnt i told about the change',
      'WHY IS THE ORDER STILL NOT HERE???',
      'Please find the Q3 KPI report attached (v2, 14 pages).',
      'The SKU ABC-1234 ships on 12/03.',
      'ok',
    ]) expect(isNoise(s), s).toBe(false);
  });
});
