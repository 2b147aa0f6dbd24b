// `ego`: shouting, threats, ultimatums, pulling rank, talking down, sarcasm, contempt, policing.
// Offer an accusation audit, a golden bridge or an if–then trade. Quiet for look-alikes ("We regret
// to inform you", "you'll see the figures below", "a great job by the whole team").
import type { RuleGroup } from '../types';
import { shoutingGroups } from './shouting';
import { threatsGroups } from './threats';
import { ultimatumsGroups } from './ultimatums';
import { pullingRankGroups } from './pulling-rank';
import { talkingDownGroups } from './talking-down';
import { sarcasmGroups } from './sarcasm';
import { contemptGroups } from './contempt';
import { policingGroups } from './policing';
import { heatMarksGroups } from './heat-marks';

/** In priority order: within the category, the first act that fires in a sentence wins. */
export const egoGroups: RuleGroup[] = [
  ...shoutingGroups,
  ...threatsGroups,
  ...ultimatumsGroups,
  ...pullingRankGroups,
  ...talkingDownGroups,
  ...sarcasmGroups,
  ...contemptGroups,
  ...policingGroups,
  ...heatMarksGroups,
];
