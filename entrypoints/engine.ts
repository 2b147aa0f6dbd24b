// The engine as a packaged file of its own (engine.js): the content script imports it on demand
// (lib/mail/engine-load.remote.ts), so a mail page where nobody writes never loads it.
import * as engine from '@/lib/mail/engine-api';

export default defineUnlistedScript(() => {
  (globalThis as { __balconyEngine?: unknown }).__balconyEngine = engine;
});
