import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_CATEGORIES, CATEGORIES, CATEGORY_ORDER, countByCategory, countFlags, FLAG_CATEGORIES } from '../../lib/coach/categories';
import { SETTING_CATEGORIES } from '../../lib/settings/schema';
import { HIGHLIGHT_CATEGORIES } from '../../lib/mail/highlight';
import type { Finding } from '../../lib/coach/types';
import messages from '../../public/_locales/en/messages.json';

describe('the one list of categories', () => {
  it('gives the engine, the settings and the highlights the same order', () => {
    expect(ALL_CATEGORIES).toEqual(['why', 'defensive', 'ego', 'withdrawal', 'strength']);
    expect(FLAG_CATEGORIES).toEqual(['why', 'defensive', 'ego', 'withdrawal']);
    expect(SETTING_CATEGORIES).toEqual(ALL_CATEGORIES);
    expect(HIGHLIGHT_CATEGORIES).toEqual(ALL_CATEGORIES);
  });

  it('lists the most pressing first in the UI, strengths last', () => {
    expect(CATEGORY_ORDER).toEqual(['ego', 'withdrawal', 'defensive', 'why', 'strength']);
  });

  it('names message keys that exist and colour tokens that tokens.css defines', () => {
    const css = readFileSync('components/tokens.css', 'utf8');
    for (const c of CATEGORIES) {
      for (const key of [c.label, c.hint, c.setting, c.settingHint]) expect(messages, key).toHaveProperty(key);
      expect(css).toMatch(new RegExp(`${c.colour}:\\s*light-dark\\(`));
    }
  });

  it('counts findings per category, and flags with strengths left out', () => {
    const f = (category: Finding['category']) => ({ category }) as Finding;
    expect(countByCategory([f('why'), f('strength'), f('why')])).toEqual({ why: 2, strength: 1 });
    expect(countFlags([f('why'), f('ego'), f('why'), f('strength')])).toEqual({ why: 2, ego: 1 });
    expect(countFlags([])).toEqual({});
  });
});
