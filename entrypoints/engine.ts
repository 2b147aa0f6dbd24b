// The engine as a packaged file of its own (engine.js): the content script imports it on demand
// (packagedEngine in lib/mail/engine.ts), so a mail page where nobody writes never loads it.
import * as engine from '@/lib/coach/engine';

export default defineUnlistedScript(() => {
  (globalThis as { __balconyEngine?: unknown }).__balconyEngine = engine;
});
