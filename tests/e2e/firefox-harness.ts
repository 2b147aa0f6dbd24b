// Firefox ESR with the built Firefox extension (.output/firefox-mv2), driven by puppeteer-core over
// WebDriver BiDi: the fixture pages are served at the real mail addresses, anything else is refused
// and recorded. The Chromium harness (harness.ts) uses Playwright; Playwright's Firefox is not the
// browser people install, so this one runs Debian's firefox-esr.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve(process.env.BALCONY_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';


export interface FirefoxHarness {
  browser: Browser;
  version: string;
  /** Every request a page made that was not one of the extension's own files. */
  requests: string[];
  errors: string[];
  open(url: string, html: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxHarness> {
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built Firefox extension at ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // A laptop's window, as the Chromium suite uses (puppeteer's default is 800×600, where the coach
    // rightly waits as a badge by the draft: tests/e2e/layout.e2e.test.ts).
    defaultViewport: { width: 1400, height: 900 },
    // The build is unsigned; no updates, telemetry or first-run pages reach for the network.
    extraPrefsFirefox: { 'xpinstall.signatures.required': false },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const requests: string[] = [];
  const errors: string[] = [];
  const pages = new Map<string, string>();
  return {
    browser,
    version: await browser.version(),
    requests,
    errors,
    async open(url, html) {
      pages.set(url.split('#')[0]!, html);
      const page = await browser.newPage();
      page.on('pageerror', (e) => errors.push(`${page.url()}: ${(e as Error).message}`));
      await page.setRequestInterception(true);
      page.on('request', (r) => {
        const u = r.url();
        if (u.startsWith('moz-extension://')) { void r.continue(); return; }
        requests.push(u);
        const body = pages.get(u.split('#')[0]!);
        if (body != null) void r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
        else void r.abort();
      });
      await page.goto(url);
      return page;
    },
    async close() { await browser.close(); },
  };
}
