// The engine off the mail page's main thread: a hidden frame of the extension's own page
// (entrypoints/engine-frame), which the browser runs in the extension's process, loads the engine
// and answers over a MessagePort. The mail page's thread then only reads the draft, posts its text
// and shows the answer: loading the engine (a task of 100–200 ms) and every analysis happen
// elsewhere. If the frame does not answer (a browser or page that blocks it), the same service
// runs in the page instead (`fallback`), and the requests waiting are handed over: nothing is lost.
import { browser } from 'wxt/browser';
import { engineOverPort, type PortEngine } from './engine-channel';
import type { EngineClient } from './engine';

/** Marks the frame, so a newer copy of the content script can remove an old one's. */
export const ENGINE_FRAME_ATTR = 'data-balcony-engine';
/** The frame's page, as packaged (entrypoints/engine-frame/index.html). */
export const ENGINE_FRAME_PAGE = '/engine-frame.html';
/** The frame says hello before it loads the engine; a frame silent this long is given up (ms). */
const HELLO_WITHIN_MS = 4000;

/**
 * The origin the frame's page has. Chrome gives web-accessible pages a per-session address
 * (`use_dynamic_url`), but the page loaded from it has the extension's own origin, with its id.
 */
export function frameOrigin(src: string): string {
  const url = new URL(src);
  if (url.protocol === 'chrome-extension:' && browser.runtime?.id) return `chrome-extension://${browser.runtime.id}`;
  return url.href;
}

export interface FramedEngineOptions {
  /** The engine to use when the frame cannot be. */
  fallback: () => EngineClient;
  helloWithin?: number;
  /** The frame's address (tests); default the packaged page. */
  src?: string;
}

export interface FramedEngine extends EngineClient {
  /** Where the engine runs now: 'frame', 'page' (the fallback), or 'none' yet. */
  where(): 'frame' | 'page' | 'none';
}

export function framedEngine(doc: Document, opts: FramedEngineOptions): FramedEngine {
  const win = doc.defaultView!;
  let port: PortEngine | null = null;
  let frame: HTMLIFrameElement | null = null;
  let inPage: EngineClient | null = null;
  let timer = 0;
  let disposed = false;

  function giveUp() {
    if (inPage || disposed) return;
    inPage = opts.fallback();
    port?.handOver(inPage);
    frame?.remove();
    frame = null;
  }

  /** The engine to ask: the frame's (made now if there is none, or the page removed it), or the page's own. */
  function current(): EngineClient {
    if (inPage) return inPage;
    if (port && frame?.isConnected) return port;
    const before = port;
    frame?.remove();
    const channel = new MessageChannel();
    const next = engineOverPort(channel.port1, () => win.clearTimeout(timer));
    const src = opts.src ?? browser.runtime.getURL(ENGINE_FRAME_PAGE);
    const el = doc.createElement('iframe');
    el.setAttribute(ENGINE_FRAME_ATTR, '');
    el.setAttribute('aria-hidden', 'true');
    el.tabIndex = -1;
    // Out of sight and out of the way: no size, no focus, no pointer.
    el.style.cssText = 'position:fixed!important;width:0!important;height:0!important;border:0!important;left:-9px!important;top:-9px!important;visibility:hidden!important;pointer-events:none!important';
    // The port goes to the frame's origin only, so the mail page's own scripts never see it.
    el.addEventListener('load', () => {
      el.contentWindow?.postMessage({ balconyEngine: 'connect' }, frameOrigin(src), [channel.port2]);
    }, { once: true });
    el.src = src;
    doc.documentElement.append(el);
    frame = el;
    port = next;
    win.clearTimeout(timer);
    timer = win.setTimeout(() => { if (!next.connected()) giveUp(); }, opts.helloWithin ?? HELLO_WITHIN_MS);
    before?.handOver(next);
    return next;
  }

  return {
    where: () => (inPage ? 'page' : port?.connected() ? 'frame' : 'none'),
    ready: () => (inPage ?? port)?.ready() ?? false,
    preload: (onReady) => current().preload(onReady),
    analyze: (request, onUpdate) => current().analyze(request, onUpdate),
    forget: (key) => { if (inPage || port) current().forget(key); },
    summarize: (messages, done) => current().summarize(messages, done),
    balcony: (request, done) => current().balcony(request, done),
    ownNo: (request, done) => current().ownNo(request, done),
    sendPause: (request, done) => current().sendPause(request, done),
    dispose() {
      disposed = true;
      win.clearTimeout(timer);
      port?.dispose();
      inPage?.dispose();
      frame?.remove();
      frame = null;
    },
  };
}
