// Helpers for the extension's own pages (options, popup, playground) in the E2E harness.
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

export async function extensionId(h: Harness): Promise<string> {
  const sw = await h.serviceWorker();
  return new URL(sw.url()).host;
}

/** Open `options.html`, `popup.html?tab=…` or `playground.html` in a new tab. */
export async function openExtensionPage(h: Harness, path: string): Promise<Page> {
  const id = await extensionId(h);
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${id}/${path}`);
  return page;
}

/**
 * The id of the tab showing a mail site. Without the `tabs` permission the extension can't read
 * the tabs' addresses, so ask each tab's content script, as the popup does.
 */
export async function mailTabId(extPage: Page, site: 'gmail' | 'outlook'): Promise<number> {
  return extPage.evaluate(async (want) => {
    type Api = { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<{ site?: string } | undefined> } };
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    for (const t of await api.tabs.query({})) {
      const r = await api.tabs.sendMessage(t.id, { type: 'balcony:status' }).catch(() => undefined);
      if (r?.site === want) return t.id;
    }
    throw new Error(`no ${want} tab answered`);
  }, site);
}
