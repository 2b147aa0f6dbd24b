// Thin glue: pick the site adapter, read the settings, start the page-side controller and mount
// the sidebar in a shadow root. Settings changes (from the options page, the popup or another
// browser) apply at once: the site switched off stops the coach, categories, rules and
// sensitivity re-analyse the open drafts. Everything is torn down when the extension is reloaded
// or updated (ctx).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { adapterForHost, MAIL_MATCHES } from '@/lib/mail/adapters';
import { createController, type Controller } from '@/lib/mail/controller';
import { engineService, packagedEngine, type EngineClient } from '@/lib/mail/engine';
import { ENGINE_FRAME_ATTR, framedEngine } from '@/lib/mail/engine-frame';
import { createThreadWatcher, type ThreadWatcher } from '@/lib/mail/thread';
import { isStatusRequest, type TabStatus } from '@/lib/messaging/status';
import { OPEN_SETTINGS, type OpenSettingsRequest } from '@/lib/messaging/settings-page';
import { ASK_SHORTCUT, isToggleCoach, type ShortcutRequest } from '@/lib/messaging/coach-toggle';
import { defaultSettings, loadSettings, toCoachOptions, updateSettings, watchSettings, type Settings } from '@/lib/settings';
import { loadIgnoredOnce, saveIgnoredOnce } from '@/lib/settings/ignored-once';
import { createInsightBatch } from '@/lib/insights/batch';
import { loadInsights, watchInsights } from '@/lib/insights/store';
import { ignoredOften, type Insights } from '@/lib/insights/schema';
import { RECORD_INSIGHTS, type RecordInsightsMessage } from '@/lib/messaging/insights';
import type { Finding } from '@/lib/coach/types';
import { CoachApp } from '@/components/CoachApp';
import { createShadowUi } from '@/components/shadow-ui';
import './style.css';

export default defineContentScript({
  matches: MAIL_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const adapter = adapterForHost(location.hostname);
    if (!adapter) return;
    // An older copy of this script (extension reloaded or updated) may have left its UI behind.
    for (const old of document.querySelectorAll(`balcony-sidebar, balcony-highlights, style[data-balcony], iframe[${ENGINE_FRAME_ATTR}]`)) old.remove();

    let settings: Settings = await loadSettings().catch(() => defaultSettings());
    if (ctx.isInvalid) return;
    let controller: Controller | null = null;
    let thread: ThreadWatcher | null = null;
    let appliedOptions = '';
    let container: HTMLElement | null = null;
    // "Ignore this once" is remembered for the draft: across a restart of the coach on this page
    // (site switched off and on) and across reloads (storage.local, keys only, no draft text).
    const ignored = await loadIgnoredOnce();
    // The engine runs in a frame of its own (off the page's main thread), made and loaded the first
    // time a draft or the thread needs it; in the page itself only if that frame cannot run.
    let engine: EngineClient | null = null;
    const makeEngine = () => framedEngine(document, { fallback: () => engineService(packagedEngine(), (fn) => setTimeout(fn, 0)) });

    // Counts for the insights page, to the background (their one writer); never text.
    // (An old copy, after the extension was reloaded, has no one to send to: it sends nothing.)
    const insights = createInsightBatch(
      (day, events) => {
        if (ctx.isInvalid) return;
        try {
          void browser.runtime.sendMessage({ type: RECORD_INSIGHTS, day, events } satisfies RecordInsightsMessage).catch(() => {});
        } catch { /* the extension context went away: the counts go with it */ }
      },
      (fn, ms) => ctx.setTimeout(fn, ms),
    );
    ctx.addEventListener(window, 'pagehide', () => insights.flush());
    // A kind set aside again and again gets a quiet offer in its card (never a change by itself).
    let quietOffers: string[] = [];
    const readOffers = (s: Insights) => {
      const next = ignoredOften(s, new Date());
      if (next.join() !== quietOffers.join()) { quietOffers = next; renderApp(); }
    };
    void loadInsights().then(readOffers, () => {});
    const unwatchInsights = watchInsights(readOffers);
    ctx.onInvalidated(unwatchInsights);
    const disableRule = (f: Finding) => {
      insights.add({ kind: 'turnedOff', group: f.group, category: f.category });
      void updateSettings((s) => { s.disabledRules = [...new Set([...s.disabledRules, f.group])]; }).catch(() => {});
    };
    const beGentler = () => { void updateSettings((s) => { s.sensitivity = 'gentle'; }).catch(() => {}); };
    const stopAskingAtSend = () => { void updateSettings((s) => { s.sendPause = false; }).catch(() => {}); };
    const openSettings = () => { void browser.runtime.sendMessage({ type: OPEN_SETTINGS } satisfies OpenSettingsRequest).catch(() => {}); };
    // The browser's shortcut reaches this tab as a message from the background (see coach-toggle.ts).
    const toggles = new Set<() => void>();
    const onShortcut = (msg: unknown) => { if (isToggleCoach(msg)) for (const fn of toggles) fn(); };
    browser.runtime.onMessage.addListener(onShortcut);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onShortcut));
    const onToggleShortcut = (fn: () => void) => { toggles.add(fn); return () => { toggles.delete(fn); }; };
    let shortcut = '';
    const renderApp = () => {
      if (container && controller) {
        render(<CoachApp controller={controller} sidebarStart={settings.sidebarStart} onDisableRule={disableRule} onOpenSettings={openSettings} thread={thread} onToggleShortcut={onToggleShortcut} shortcut={shortcut} onStopAskingAtSend={stopAskingAtSend} quietOffers={quietOffers} onBeGentler={settings.sensitivity === 'gentle' ? undefined : beGentler} />, container);
      }
    };
    // Which keys the shortcut is bound to, to show them (rebinding takes effect on the next page).
    void browser.runtime.sendMessage({ type: ASK_SHORTCUT } satisfies ShortcutRequest).then((keys: unknown) => {
      if (typeof keys === 'string' && keys !== shortcut) { shortcut = keys; renderApp(); }
    }, () => {});

    const ui = await createShadowUi(ctx, {
      name: 'balcony-sidebar',
      isolateEvents: ['keydown', 'keyup', 'keypress'], // the site's shortcuts must not fire while typing in the panel
      onMount(el) {
        container = el;
        renderApp();
      },
      onRemove(el) {
        render(null, el);
        container = null;
      },
    });
    if (ctx.isInvalid) return;

    const start = () => {
      const options = toCoachOptions(settings);
      const framed = (engine = makeEngine());
      appliedOptions = JSON.stringify(options);
      controller = createController({
        adapter,
        doc: document,
        engine: framed,
        coachOptions: options,
        highlights: settings.highlights,
        ignored,
        sendPause: settings.sendPause,
        onInsight: (e) => insights.add(e),
        onIgnore: (key, keys) => { void saveIgnoredOnce(key, keys).catch(() => {}); },
        // The page's own timers: ctx.setTimeout would add an invalidation listener for every
        // keystroke's debounce; the controller clears its timers when it is disposed (stop below).
      });
      // The conversation on the page, for the Thread tab (read again when the page changes).
      thread = createThreadWatcher({ adapter, doc: document, engine: framed });
      ui.mount();
    };
    const stop = () => {
      if (!controller) return;
      ui.remove();
      controller.dispose();
      controller = null;
      thread?.dispose();
      thread = null;
      engine?.dispose();
      engine = null;
    };
    const apply = (next: Settings) => {
      settings = next;
      if (settings.theme === 'system') ui.shadowHost.removeAttribute('data-theme');
      else ui.shadowHost.setAttribute('data-theme', settings.theme);
      if (!settings.sites[adapter.site]) { stop(); return; }
      if (!controller) { start(); return; }
      const options = toCoachOptions(settings);
      if (JSON.stringify(options) !== appliedOptions) {
        appliedOptions = JSON.stringify(options);
        controller.configure(options);
      }
      controller.setHighlights(settings.highlights);
      controller.setSendPause(settings.sendPause);
      renderApp();
    };

    apply(settings);
    const unwatch = watchSettings((s) => { if (!ctx.isInvalid) apply(s); });
    // The popup asks how the coach is doing here: counts only, never text.
    const onMessage = (msg: unknown) => {
      if (!isStatusRequest(msg)) return undefined;
      const state = controller?.getState();
      const status: TabStatus = {
        site: adapter.site,
        enabled: !!controller,
        drafts: state?.drafts ?? 0,
        flags: state?.active?.findings.filter((f) => f.category !== 'strength').length ?? 0,
      };
      return Promise.resolve(status);
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
      stop();
    });
    // A page that rewrites its own document (Outlook's pop-out window is written by the main window
    // after it loads, with document.open) takes the sidebar and every listener on the page with it:
    // the coach starts again on the new document.
    let root = document.documentElement;
    const restartIfRewritten = () => {
      if (!controller || !document.documentElement || !document.body) return;
      if (document.documentElement === root && ui.shadowHost.isConnected) return;
      root = document.documentElement;
      stop();
      start();
    };
    const rewrites = new MutationObserver(restartIfRewritten);
    rewrites.observe(document, { childList: true });
    ctx.onInvalidated(() => rewrites.disconnect());
    // WXT notices a reload or update of the extension when one of its timers fires; this tick makes
    // sure the old copy cleans up within a couple of seconds even if nobody types, and catches a
    // rewrite the observer could not see (the body emptied under the sidebar).
    ctx.setInterval(restartIfRewritten, 1500);
    // Gmail routes by hash, Outlook by history.pushState: a rescan drops drafts that went away.
    ctx.addEventListener(window, 'wxt:locationchange', () => { controller?.tracker.markDirty(); thread?.markDirty(); });
    ctx.addEventListener(window, 'hashchange', () => { controller?.tracker.markDirty(); thread?.markDirty(); });
  },
});
