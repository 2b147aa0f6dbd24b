// All rules in priority order: within a category, the first rule that fires in a sentence wins.
import type { Rule } from './types';
import { whyRules } from './why';
import { defensiveRules } from './defensive';
import { egoRules } from './ego';
import { withdrawalRules } from './withdrawal';
import { strengthRules } from './strength';

export const ALL_RULES: readonly Rule[] = [...whyRules, ...defensiveRules, ...egoRules, ...withdrawalRules, ...strengthRules];
export { whyRules, defensiveRules, egoRules, withdrawalRules, strengthRules };
export type { Rule };
