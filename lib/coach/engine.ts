// The engine's public API for the page side: what the content script uses of compromise, the rules
// and the thread summary (most of the extension's code). The content script does not bundle it: it
// is packaged as engine.js (entrypoints/engine.ts) and loaded on demand (lib/mail/engine.ts).
import { createCoach, type AnalysisJob } from './coach';
import type { CoachOptions } from './types';

export { balconyFor, prepareMessage, readDraft, summarizeThread } from './thread';
export { readOwnNo } from './own-no';
export { sendAdviceFor, sendPauseFor } from './send-pause';

export type SliceJob = AnalysisJob;

/** The engine's incremental coach as the page uses it: in steps the caller can spread over tasks. */
export interface SlicedCoach {
  /** Change the options; cached results are dropped. */
  configure(options: CoachOptions): void;
  /** Start analysing `text` (all of it: the page's own text, no quote detection). */
  start(text: string): SliceJob;
}

/** The page's text has its quotes and signatures left out by the site adapter already. */
export function createSlicedCoach(options: CoachOptions = {}): SlicedCoach {
  const coach = createCoach(options);
  return {
    configure: (next) => coach.configure(next),
    start: (text) => coach.start(text, { ownTextOnly: false }),
  };
}
