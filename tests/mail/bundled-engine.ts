// The engine for tests of the page side: bundled, there from the start (the content script passes
// the packaged engine.js instead).
import * as api from '../../lib/coach/engine';
import { bundledEngine } from '../../lib/mail/engine';

export const ENGINE = bundledEngine(api);
