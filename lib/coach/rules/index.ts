// All rules, as groups of sub-rules in priority order: within a category, the first act that fires
// in a sentence wins. The engine runs them flattened (`ALL_RULES`).
import { flatten, type Rule, type RuleGroup } from './types';
import { whyGroups } from './why';
import { defensiveGroups } from './defensive/index';
import { egoGroups } from './ego/index';
import { withdrawalGroups } from './withdrawal/index';
import { strengthGroups } from './strength';

export const RULE_GROUPS: readonly RuleGroup[] = [...whyGroups, ...defensiveGroups, ...egoGroups, ...withdrawalGroups, ...strengthGroups];
export const ALL_RULES: readonly Rule[] = flatten(RULE_GROUPS);

/** Old group ids and the groups that took their acts over, for settings written before a split. */
export const SUCCESSORS: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const g of RULE_GROUPS) for (const old of g.formerly ?? []) m.set(old, [...(m.get(old) ?? []), g.id]);
  return m;
})();

/**
 * Turned-off ids as they are now: an id a group had before a split becomes the groups that took its
 * acts over (and stays, where a group still has it). Other ids (acts, `model.*`) are kept as they are.
 */
export function currentDisabled(ids: readonly string[]): string[] {
  const groups = new Set(RULE_GROUPS.map((g) => g.id));
  return [...new Set(ids.flatMap((id) => {
    const next = SUCCESSORS.get(id);
    return next ? [...(groups.has(id) ? [id] : []), ...next] : [id];
  }))];
}

export { whyGroups, defensiveGroups, egoGroups, withdrawalGroups, strengthGroups };
export type { Rule, RuleGroup };
