// The engine frame (lib/mail/engine-frame.ts): takes the port its parent page (the mail page's
// content script) sends, then loads engine.js and answers on it.
import { engineService, packagedEngine, yieldByMessage } from '@/lib/mail/engine';
import { serveEngine } from '@/lib/mail/engine-channel';

let served = false;
addEventListener('message', (e: MessageEvent) => {
  // Only our parent, once, and only with a port to answer on.
  if (served || e.source !== parent || (e.data as { balconyEngine?: string } | null)?.balconyEngine !== 'connect' || !e.ports[0]) return;
  served = true;
  const fromHere = () => import(/* @vite-ignore */ new URL('/engine.js', location.href).href);
  serveEngine(e.ports[0], engineService(packagedEngine(fromHere), yieldByMessage()));
});
