// Launches Chromium with the built extension and serves the project's fixture pages at the real
// mail URLs through request routing. Every request the browser makes is recorded.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// BALCONY_EXTENSION_DIR: test a build kept elsewhere (so a concurrent `wxt build` does not swap it mid-run).
export const EXTENSION_DIR = resolve(process.env.BALCONY_EXTENSION_DIR ?? '.output/chrome-mv3');
export const FIXTURES = resolve('tests/e2e/fixtures');
/** A sanitised real Gmail capture kept in the repository (tests/fixtures/pages/SOURCES.md). */
export const REAL_GMAIL_CAPTURE = resolve('tests/fixtures/pages/gmail-compose-popup-2020-10.html');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MAIL_HOSTS = /^https:\/\/(mail\.google\.com|outlook\.office\.com|outlook\.office365\.com|outlook\.live\.com)\//;

/**
 * A fixture page with the site's shell CSS inlined (no external resources at all), and where it
 * asks for one (`<!--SENDS-->`) the site's Send as a recorder of sends (gmail-send.js, outlook-send.js).
 */
export function fixture(name: string): string {
  const html = readFileSync(join(FIXTURES, name), 'utf8');
  const site = name.startsWith('outlook') ? 'outlook' : 'gmail';
  return html
    .replace('/*CSS*/', readFileSync(join(FIXTURES, `${site}-base.css`), 'utf8'))
    .replace('<!--SENDS-->', () => `<script data-fixture>\n${readFileSync(join(FIXTURES, `${site}-send.js`), 'utf8')}</script>`);
}

export interface Harness {
  context: BrowserContext;
  /** Every request seen by the context, in order. */
  requests: string[];
  /** Uncaught errors in any page (the content script's included). */
  errors: string[];
  /** Serve `html` at `url` (the hash is ignored, as on the wire) and open it in a new page. */
  open(url: string, html: string): Promise<Page>;
  /** Serve `html` at `url` for a page the site itself opens (a pop-out window). */
  serve(url: string, html: string): void;
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export async function launch(opts: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npx wxt build\` first`);
  const profile = mkdtempSync(join(tmpdir(), 'balcony-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: opts.width ?? 1400, height: opts.height ?? 900 },
    colorScheme: opts.colorScheme ?? 'light',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
  const pages = new Map<string, string>();
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('page', (p) => p.on('pageerror', (e) => errors.push(`${p.url()}: ${e.message}`)));
  // Anything not served below never reaches the network.
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  await context.route(MAIL_HOSTS, (route) => {
    const url = route.request().url().split('#')[0]!;
    const body = pages.get(url);
    if (body == null) return route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      // Gmail enforces Trusted Types: the extension must never hand strings to HTML sinks.
      headers: { 'content-security-policy': "require-trusted-types-for 'script'" },
      body,
    });
  });
  return {
    context,
    requests,
    errors,
    serve(url, html) { pages.set(url.split('#')[0]!, html); },
    async open(url, html) {
      pages.set(url.split('#')[0]!, html);
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async serviceWorker() {
      return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const SIDEBAR = 'balcony-sidebar';
export const finding = (category?: string) => `${SIDEBAR} [data-testid="finding"]${category ? `[data-category="${category}"]` : ''}`;

/** Focus a draft body and put the caret at the start of its first line. */
export async function caretAtStart(page: Page, body: string): Promise<void> {
  await page.click(body);
  await page.evaluate((sel) => {
    const b = document.querySelector(sel) as HTMLElement;
    b.focus();
    const first = b.firstElementChild && b.firstElementChild.tagName === 'DIV' ? b.firstElementChild : b;
    const r = document.createRange();
    r.setStart(first, 0);
    r.collapse(true);
    const s = getSelection()!;
    s.removeAllRanges();
    s.addRange(r);
  }, body);
}

/** The draft's visible text (what the user sees), from the main world. */
export function textOf(page: Page, sel: string): Promise<string> {
  return page.evaluate((s) => (document.querySelector(s) as HTMLElement).innerText.replace(/\u00a0/g, ' '), sel);
}

export function htmlOf(page: Page, sel: string): Promise<string> {
  return page.evaluate((s) => document.querySelector(s)!.outerHTML, sel);
}

/** Number of ranges registered for a category in CSS.highlights (seen from the page). */
export function highlightCount(page: Page, category: string): Promise<number> {
  return page.evaluate((c) => {
    const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get(`balcony-${c}`);
    return h ? h.size : -1;
  }, category);
}

type ChromeApi = { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> }; commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } };

/**
 * The coach's keyboard shortcut, as the browser delivers it. The shortcut is the browser's own
 * (manifest `commands`), which a synthesised key press in headless Chromium never reaches, so this
 * does from the service worker what the background does on the command: tell the front tab to toggle.
 */
export async function pressShortcut(h: Harness, page: Page): Promise<void> {
  await page.bringToFront();
  const sw = await h.serviceWorker();
  await sw.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeApi;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id !== undefined) await chrome.tabs.sendMessage(tab.id, { type: 'balcony:toggle-coach' });
  });
}

/** The keys the browser has bound the coach's shortcut to ("" when none). */
export async function boundShortcut(h: Harness): Promise<string> {
  const sw = await h.serviceWorker();
  return sw.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeApi;
    return (await chrome.commands.getAll()).find((c) => c.name === 'toggle-coach')?.shortcut ?? '';
  });
}
