// docs/rules.md is generated from the rule data; this keeps it current and complete.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogue } from '../../../tools/rules/catalogue';
import { ALL_RULES, RULE_GROUPS } from '../../../lib/coach/rules';

describe('the rule catalogue', () => {
  it('is what the rule data makes (run `npx tsx tools/rules/catalogue.ts` after changing a rule)', () => {
    expect(readFileSync(CATALOGUE, 'utf8')).toBe(catalogue());
  });
  it('names every group and act, and marks the span of a phrase example', () => {
    const text = catalogue();
    for (const g of RULE_GROUPS) expect(text).toContain(`\`${g.id}\``);
    for (const r of ALL_RULES) expect(text).toContain(`\`${r.id}\``);
    expect(text).toMatch(/\*\*As I mentioned before\*\*/);
  });
});
