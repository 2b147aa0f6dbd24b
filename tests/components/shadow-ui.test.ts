// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createShadowUi } from '../../components/shadow-ui';

function fakeContext() {
  const listeners: (() => void)[] = [];
  return { onInvalidated: (fn: () => void) => { listeners.push(fn); }, invalidate: () => listeners.forEach((fn) => fn()) };
}

describe('the sidebar host in the mail page', () => {
  afterEach(() => { vi.unstubAllGlobals(); document.body.replaceChildren(); });

  const make = async (css = ':root{--x:1}.card{color:red}', failFetch = false) => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(String(url));
      if (failFetch) throw new TypeError('blocked');
      return new Response(css);
    });
    const ctx = fakeContext();
    const events = { mounted: [] as HTMLElement[], removed: [] as HTMLElement[] };
    const ui = await createShadowUi(ctx, {
      name: 'balcony-sidebar', isolateEvents: ['keydown'],
      onMount: (el) => { events.mounted.push(el); el.textContent = 'panel'; },
      onRemove: (el) => { events.removed.push(el); },
    });
    return { ui, ctx, events, fetched };
  };

  it('is built off the page, then mounted at the end of <body> with an open shadow root and its styles', async () => {
    const { ui, events, fetched } = await make();
    expect(fetched[0]).toMatch(/\/content-scripts\/coach\.css$/);
    expect(ui.shadowHost.isConnected).toBe(false);
    document.body.append(document.createElement('main'));
    ui.mount();
    expect(document.body.lastElementChild).toBe(ui.shadowHost);
    const root = ui.shadowHost.shadowRoot!;
    const style = root.querySelector('style')!.textContent!;
    expect(style).toContain(':host{all:initial !important;}');
    expect(style).toContain(':host{--x:1}'); // tokens declared on :root apply inside the shadow root
    expect(style).not.toContain(':root');
    expect(events.mounted).toHaveLength(1);
    expect(root.textContent).toContain('panel');
  });

  it('keeps the panel\'s keystrokes from the page\'s shortcuts, and lets others through', async () => {
    const { ui } = await make();
    ui.mount();
    const seen: string[] = [];
    document.addEventListener('keydown', () => seen.push('keydown'));
    document.addEventListener('click', () => seen.push('click'));
    const inside = ui.shadowHost.shadowRoot!.querySelector('div')!;
    inside.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true, composed: true }));
    inside.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(seen).toEqual(['click']);
  });

  it('removes itself and empties the panel, on remove and when the extension goes away', async () => {
    const { ui, ctx, events } = await make();
    ui.mount();
    ui.remove();
    expect(ui.shadowHost.isConnected).toBe(false);
    expect(events.removed).toHaveLength(1);
    expect(ui.shadowHost.shadowRoot!.querySelector('div')!.childNodes).toHaveLength(0);
    ui.mount();
    ctx.invalidate();
    expect(ui.shadowHost.isConnected).toBe(false);
    expect(events.removed).toHaveLength(2);
    ui.remove(); // removing twice tells the panel once
    expect(events.removed).toHaveLength(2);
  });

  it('still mounts, unstyled, when its stylesheet cannot be read', async () => {
    const { ui } = await make('', true);
    ui.mount();
    expect(ui.shadowHost.shadowRoot!.querySelector('style')!.textContent).toBe(':host{all:initial !important;}\n');
  });
});
