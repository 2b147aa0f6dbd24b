// The engine for tests of the page side: the same service the engine frame runs, bundled and in
// this thread (the content script asks the engine frame instead, lib/mail/engine-frame.ts).
import * as api from '../../lib/coach/engine';
import { bundledEngine, engineService } from '../../lib/mail/engine';
import { threadMessages, threadView, type ThreadView } from '../../lib/mail/thread';
import type { PageThread } from '../../lib/mail/types';

export const ENGINE = engineService(bundledEngine(api), (fn) => setTimeout(fn, 0));

/** The thread view of a page thread, summarised at once (the watcher asks the engine and waits). */
export function summarizePage(page: PageThread): ThreadView {
  return threadView(page, api.summarizeThread(threadMessages(page)));
}
