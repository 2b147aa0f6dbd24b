// The page-side coach: the engine's incremental coach, analysing the page's own text (quotes and
// signatures are already left out by the adapter) in steps the controller can spread over tasks.
import { createCoach, type AnalysisJob } from '../coach/coach';
import type { CoachOptions } from '../coach/types';

export type SliceJob = AnalysisJob;

export interface SlicedCoach {
  /** Change the options; cached results are dropped. */
  configure(options: CoachOptions): void;
  /** Start analysing `text` (all of it: the page's own text, no quote detection). */
  start(text: string): SliceJob;
}

export function createSlicedCoach(options: CoachOptions = {}): SlicedCoach {
  const coach = createCoach(options);
  return {
    configure: (next) => coach.configure(next),
    start: (text) => coach.start(text, { ownTextOnly: false }),
  };
}
