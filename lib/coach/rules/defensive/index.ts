// `defensive`: justifying, blaming, counter-attacking, re-arguing, "as I said". Offer a label or a
// problem-solving question instead. Quiet for ordinary reporting ("a fault in the power supply",
// "per our conversation, attached is…").
import type { RuleGroup } from '../types';
import { remindersGroups } from './reminders';
import { blameGroups } from './blame';
import { contradictionGroups } from './contradiction';
import { hindsightGroups } from './hindsight';
import { standingFirmGroups } from './standing-firm';
import { counterBlameGroups } from './counter-blame';

/** In priority order: within the category, the first act that fires in a sentence wins. */
export const defensiveGroups: RuleGroup[] = [
  ...remindersGroups,
  ...blameGroups,
  ...contradictionGroups,
  ...hindsightGroups,
  ...standingFirmGroups,
  ...counterBlameGroups,
];
