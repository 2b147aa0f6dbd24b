// `withdrawal`: giving up, shutting the door, the passive "whatever". Offer a way to keep the door
// open. Quiet for "Whatever you decide, we'll support it", "No worries", "fine print", "never mind,
// I found it".
//
// The three old bins (forget-it, no-point, checked-out) are split into one group per kind, in the
// place the bin stood; each new group names its bin in `formerly`, and keeps the bin's look-alikes.
import type { RuleGroup } from '../types';
import { brushOffsGroups } from './brush-offs';
import { closingTheDoorGroups } from './closing-the-door';
import { goingAloneGroups } from './going-alone';
import { checkedOutGroups } from './checked-out';

/** In priority order: within the category, the first act that fires in a sentence wins. */
export const withdrawalGroups: RuleGroup[] = [
  ...brushOffsGroups,
  ...closingTheDoorGroups,
  ...goingAloneGroups,
  ...checkedOutGroups,
];
