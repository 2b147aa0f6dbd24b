// Thin glue: pick the site adapter, start the page-side controller, mount the sidebar in a
// shadow root. Everything is torn down when the extension is reloaded or updated (ctx).
import { render } from 'preact';
import { adapterForHost, MAIL_MATCHES } from '@/lib/mail/adapters';
import { createController } from '@/lib/mail/controller';
import { CoachApp } from '@/components/CoachApp';
import './style.css';

export default defineContentScript({
  matches: MAIL_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const adapter = adapterForHost(location.hostname);
    if (!adapter) return;
    // An older copy of this script (extension reloaded or updated) may have left its UI behind.
    for (const old of document.querySelectorAll('balcony-sidebar, balcony-highlights, style[data-balcony]')) old.remove();

    const controller = createController({
      adapter,
      doc: document,
      scheduler: { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
    });
    ctx.onInvalidated(() => controller.dispose());
    // WXT notices a reload or update of the extension when one of its timers fires; this idle
    // tick makes sure the old copy cleans up within a couple of seconds even if nobody types.
    ctx.setInterval(() => {}, 1500);
    // Gmail routes by hash, Outlook by history.pushState: a rescan drops drafts that went away.
    ctx.addEventListener(window, 'wxt:locationchange', () => controller.tracker.markDirty());
    ctx.addEventListener(window, 'hashchange', () => controller.tracker.markDirty());

    const ui = await createShadowRootUi(ctx, {
      name: 'balcony-sidebar',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: ['keydown', 'keyup', 'keypress'], // the site's shortcuts must not fire while typing in the panel
      onMount(container) {
        render(<CoachApp controller={controller} />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    if (ctx.isInvalid) return;
    ui.mount();
  },
});
