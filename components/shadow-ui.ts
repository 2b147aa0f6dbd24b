// The sidebar's home in the mail page: a <balcony-sidebar> element at the end of <body> with an open
// shadow root, so the page's CSS never reaches the panel and the panel's never reaches the page.
// It does what WXT's createShadowRootUi did for us with only the part we use: that helper also
// brings anchors, auto-mounting and an element watcher (about 3 KB gzip of a 40 KB budget).
import { browser } from 'wxt/browser';

export interface ShadowUi {
  /** The element in the page (themes are set on it as data-theme). */
  readonly shadowHost: HTMLElement;
  mount(): void;
  remove(): void;
}

export interface ShadowUiOptions {
  name: string;
  /** Events that must not reach the page from inside the panel (its keyboard shortcuts). */
  isolateEvents: readonly string[];
  onMount(container: HTMLElement): void;
  onRemove(container: HTMLElement): void;
}

/** Loads the stylesheet (from the extension's own files) and builds the element, not yet in the page. */
export async function createShadowUi(ctx: { onInvalidated(fn: () => void): unknown }, options: ShadowUiOptions): Promise<ShadowUi> {
  let css = '';
  try {
    // The content script's own stylesheet, packaged beside it (cssInjectionMode 'ui'): the only file
    // read, written out here so the package test can see that it is one of ours.
    css = await (await fetch((browser.runtime.getURL as (path: string) => string)('/content-scripts/coach.css'))).text();
  } catch { /* unstyled beats absent: the panel still works */ }
  const shadowHost = document.createElement(options.name);
  const shadow = shadowHost.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // The page's styles stop at the shadow root, but inherited ones (font, colour) do not: reset them.
  style.textContent = `:host{all:initial !important;}\n${css.replaceAll(':root', ':host')}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of options.isolateEvents) shadow.addEventListener(type, (e) => e.stopPropagation());

  let mounted = false;
  const ui: ShadowUi = {
    shadowHost,
    mount() {
      document.body.append(shadowHost);
      mounted = true;
      options.onMount(container);
    },
    remove() {
      if (mounted) options.onRemove(container);
      mounted = false;
      shadowHost.remove();
      container.replaceChildren();
    },
  };
  ctx.onInvalidated(() => ui.remove());
  return ui;
}
