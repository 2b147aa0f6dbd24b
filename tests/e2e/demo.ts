// `npm run demo`: builds the extension (see package.json) and opens a real Chromium window with it
// loaded on a built-in demo mailbox, a reply half-written so the coaching shows at once.
//
// The mailbox page is served locally by Node's http module (http://127.0.0.1:<port>/). The browser
// is pointed at https://mail.google.com/mail/u/0/#demo, and every request for that address is
// answered from the local server through request interception, so the extension's content script
// runs exactly as on the real site and nothing reaches the network.
//
// With no display (no DISPLAY / WAYLAND_DISPLAY, or CI, or --headless) the same scenario runs
// headless: it prints what the coach said and writes docs/screenshots/demo.png.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, EXTENSION_DIR, fixture } from './harness';

const DEMO_URL = 'https://mail.google.com/mail/u/0/#inbox/demo';
const SCREENSHOT = 'docs/screenshots/demo.png';
const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || !!process.env.CI || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  console.error(`No built extension at ${EXTENSION_DIR}: run \`npm run demo\` (it builds first) or \`npx wxt build\`.`);
  process.exit(2);
}

// 1. The demo mailbox, served locally.
const page = fixture('demo-mailbox.html');
const server = createServer((req, res) => {
  if (req.url === '/' || req.url?.startsWith('/mail')) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page);
  } else {
    res.writeHead(404).end();
  }
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const port = (server.address() as { port: number }).port;
const local = `http://127.0.0.1:${port}/`;

// 2. Chromium with the built extension, in a throwaway profile.
const profile = mkdtempSync(join(tmpdir(), 'balcony-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless,
  viewport: headless ? { width: 1500, height: 860 } : null,
  args: [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-sandbox', '--disable-quic', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--no-default-browser-check',
    ...(headless ? ['--disable-gpu'] : ['--window-size=1400,900']),
  ],
});
const cleanup = async () => {
  await context.close().catch(() => {});
  server.close();
  rmSync(profile, { recursive: true, force: true });
};
process.once('SIGINT', () => { void cleanup().then(() => process.exit(130)); });
try {
  // Nothing leaves the machine: the mail address is answered by the local server, the rest is refused.
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  await context.route(/^https:\/\/mail\.google\.com\/mail\//, async (route) => {
    const r = await fetch(local);
    await route.fulfill({ status: r.status, contentType: 'text/html; charset=utf-8', body: await r.text() });
  });
  await context.route(new RegExp(`^${local.replace(/[.]/g, '\\.')}`), (route) => route.continue());

  const tab = context.pages()[0] ?? (await context.newPage());
  await tab.goto(DEMO_URL);
  const card = tab.locator('balcony-sidebar [data-testid="finding"]');
  await card.first().waitFor({ timeout: 20_000 });
  await tab.waitForTimeout(400); // let the last analysis land

  if (headless) {
    const findings = await tab.locator('balcony-sidebar [data-testid="finding"]').evaluateAll((cards) => cards.map((c) => ({
      category: c.getAttribute('data-category') ?? '',
      text: c.querySelector('[data-testid="finding-text"]')?.textContent?.trim() ?? '',
      message: c.querySelector('[data-testid="finding-message"]')?.textContent?.trim() ?? '',
      suggestion: c.querySelector('[data-testid="swap"] .bc-swap-text')?.textContent?.trim() ?? '',
    })));
    const verdict = await tab.locator('balcony-sidebar [data-testid="verdict"]').textContent();
    console.log('Balcony demo (headless: no display found). The demo mailbox was served locally at', local);
    console.log('The draft:\n  Hi Dana,\n  Why can\'t you find the budget? As I said before, the price is fair and I\'ve been doing this for fifteen years.\n  Take it or leave it.\n');
    console.log(`The coach: ${verdict?.trim()}`);
    for (const f of findings) {
      console.log(`  ${f.category.padEnd(10)} "${f.text}" — ${f.message}${f.suggestion ? `\n             → ${f.suggestion}` : ''}`);
    }
    mkdirSync('docs/screenshots', { recursive: true });
    await tab.mouse.move(0, 0);
    await tab.screenshot({ path: SCREENSHOT });
    console.log(`\nScreenshot: ${SCREENSHOT}`);
  } else {
    console.log('Balcony demo: a Chromium window is open on the demo mailbox (served locally at', `${local}).`);
    console.log('Edit the reply and watch the coach; try the playground from the toolbar button. Close the window to finish.');
    await new Promise<void>((done) => {
      context.on('close', () => done());
      tab.on('close', () => { if (context.pages().length === 0) done(); });
    });
  }
} finally {
  await cleanup();
}
