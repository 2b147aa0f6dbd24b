// Settings in the real browser: a change in the options page reaches an open Gmail tab without a
// reload; a malformed settings file is refused and changes nothing; "Don't flag this kind again",
// "Ignore once" and the popup's per-site switch work on the page.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { caretAtStart, finding, fixture, highlightCount, launch, SIDEBAR, type Harness } from './harness';
import { mailTabId, openExtensionPage } from './extension-pages';
import { SENTENCES, typeLines, waitFinding } from './steps';

let h: Harness;
beforeAll(async () => { h = await launch(); });
afterAll(async () => { await h?.close(); });
afterEach(async () => {
  expect(h.errors).toEqual([]);
  for (const p of h.context.pages().slice(1)) await p.close();
  // Back to the defaults for the next test (the same draft id is reused by every test).
  const page = await openExtensionPage(h, 'options.html');
  await page.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: { storage: Record<'sync' | 'local', { clear(): Promise<void> }> } }).chrome;
    await storage.sync.clear();
    await storage.local.clear(); // "ignore once" memory and the collapsed state
  });
  await page.close();
});

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox?compose=new';
const BODY = '[g_editable="true"][role="textbox"]';

async function gmailWithFindings(): Promise<Page> {
  const page = await h.open(GMAIL, fixture('gmail-new.html'));
  await caretAtStart(page, BODY);
  await typeLines(page, ['Hi Dana,', `${SENTENCES.why} ${SENTENCES.ego}`]);
  await waitFinding(page, 'why');
  await waitFinding(page, 'ego');
  // Marks this document: a reload would lose it.
  await page.evaluate(() => { (window as unknown as { marker: number }).marker = 42; });
  return page;
}
const notReloaded = (page: Page) => page.evaluate(() => (window as unknown as { marker?: number }).marker);
const syncSettings = (page: Page) => page.evaluate(async () =>
  (await (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.sync.get('balcony.settings'))['balcony.settings'] ?? null);

describe('settings reach open tabs', () => {
  it('a category turned off in the options page disappears from the open Gmail sidebar without a reload, and comes back', async () => {
    const gmail = await gmailWithFindings();
    expect(await highlightCount(gmail, 'ego')).toBeGreaterThan(0);
    const options = await openExtensionPage(h, 'options.html');
    const ego = options.locator('[data-testid="category-toggle"][data-category="ego"]');
    await ego.uncheck();
    await expect.poll(() => gmail.locator(finding('ego')).count()).toBe(0);
    expect(await gmail.locator(finding('why')).count()).toBe(1);
    expect(await highlightCount(gmail, 'ego')).toBe(0);
    expect(await notReloaded(gmail)).toBe(42);
    await ego.check();
    await expect.poll(() => gmail.locator(finding('ego')).count()).toBe(1);
    expect(await notReloaded(gmail)).toBe(42);
  });

  it("the sidebar's Settings link opens the options page, and what is changed there reaches the draft", async () => {
    const gmail = await gmailWithFindings();
    const opened = h.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/options.html') });
    await gmail.locator(`${SIDEBAR} [data-testid="open-settings"]`).click();
    const options = await opened;
    await options.locator('[data-testid="category-toggle"][data-category="ego"]').uncheck();
    await expect.poll(() => gmail.locator(finding('ego')).count()).toBe(0);
    expect(await gmail.locator(finding('why')).count()).toBe(1);
    expect(await notReloaded(gmail)).toBe(42);
  });

  it('sensitivity, highlights and phrases apply live too', async () => {
    const gmail = await gmailWithFindings();
    const options = await openExtensionPage(h, 'options.html');
    await options.locator('[data-testid="highlights-toggle"]').uncheck();
    await expect.poll(() => highlightCount(gmail, 'why')).toBe(0);
    expect(await gmail.locator(finding('why')).count()).toBe(1);
    await options.fill('[data-testid="phrase-input"]', 'take it or leave');
    await options.click('[data-testid="phrase-add"]');
    await expect.poll(() => gmail.locator(finding('ego')).count()).toBe(0);
    expect(await notReloaded(gmail)).toBe(42);
  });

  it('a malformed settings file is refused with a message, and the settings stay as they were', async () => {
    const gmail = await gmailWithFindings();
    const options = await openExtensionPage(h, 'options.html');
    await options.locator('[data-testid="category-toggle"][data-category="ego"]').uncheck();
    await options.locator('[data-testid="sensitivity-strict"]').check();
    await expect.poll(() => gmail.locator(finding('ego')).count()).toBe(0);
    const before = await syncSettings(options);
    expect(before).toMatchObject({ sensitivity: 'strict', categories: { ego: false } });

    const bad = { kind: 'balcony-settings', version: 1, settings: { sensitivity: 'always', categories: { ego: true } } };
    await options.setInputFiles('[data-testid="import-input"]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const error = options.locator('[data-testid="import-error"]');
    await error.waitFor();
    expect(await error.textContent()).toBe('broken.json was not imported: the setting “sensitivity” has a value Balcony does not understand. Your settings are unchanged.');
    await options.setInputFiles('[data-testid="import-input"]', { name: 'half.json', mimeType: 'application/json', buffer: Buffer.from('{"kind": "balcony-settings", "settings": {') });
    await expect.poll(() => error.textContent()).toMatch(/^half\.json was not imported: it is not valid JSON/);

    expect(await syncSettings(options)).toEqual(before);
    expect(await options.locator('[data-testid="category-toggle"][data-category="ego"]').isChecked()).toBe(false);
    expect(await options.locator('[data-testid="sensitivity-strict"]').isChecked()).toBe(true);
    await gmail.waitForTimeout(300);
    expect(await gmail.locator(finding('ego')).count()).toBe(0);
  });
});

describe('from the sidebar and the popup', () => {
  it('"Ignore once" hides one flag in this draft; "Don\'t flag this kind again" turns its rule off in the settings', async () => {
    const gmail = await gmailWithFindings();
    await gmail.locator(finding('ego')).first().locator('[data-testid="ignore-once"]').click();
    await expect.poll(() => gmail.locator(finding('ego')).count()).toBe(0);
    const why = gmail.locator(finding('why')).first();
    const rule = await why.getAttribute('data-rule-group');
    await why.locator('[data-testid="disable-rule"]').click();
    await expect.poll(() => gmail.locator(finding('why')).count()).toBe(0);
    const options = await openExtensionPage(h, 'options.html');
    expect(await syncSettings(options)).toMatchObject({ disabledRules: [rule] });
    const toggle = options.locator(`[data-testid="rule-toggle"][data-rule="${rule}"]`);
    expect(await toggle.isChecked()).toBe(false);
    // Turning it back on in the options brings the flag back in the open tab.
    await toggle.check();
    await expect.poll(() => gmail.locator(finding('why')).count()).toBe(1);
    expect(await gmail.locator(finding('ego')).count()).toBe(0); // still ignored once in this draft
    // Remembered for this draft after a reload of the mail page (same draft id, same words).
    await gmail.reload();
    await caretAtStart(gmail, BODY);
    await typeLines(gmail, ['Hi Dana,', `${SENTENCES.why} ${SENTENCES.ego}`]);
    await waitFinding(gmail, 'why');
    await gmail.waitForTimeout(300);
    expect(await gmail.locator(finding('ego')).count()).toBe(0);
  });

  it('the popup shows the tab is coached and switches the site off and on without a reload', async () => {
    const gmail = await gmailWithFindings();
    const options = await openExtensionPage(h, 'options.html');
    const tab = await mailTabId(options, 'gmail');
    const popup = await openExtensionPage(h, `popup.html?tab=${tab}`);
    await popup.locator('[data-testid="popup"][data-state="on"]').waitFor();
    expect(await popup.locator('[data-testid="popup-detail"]').textContent()).toBe('2 to reconsider in the current draft.');
    await popup.locator('[data-testid="site-toggle"]').uncheck();
    await popup.locator('[data-testid="popup"][data-state="off"]').waitFor();
    await expect.poll(() => gmail.locator(SIDEBAR).count()).toBe(0);
    expect(await highlightCount(gmail, 'why')).toBeLessThanOrEqual(0); // -1: the coach's highlights are gone altogether
    await popup.locator('[data-testid="site-toggle"]').check();
    await expect.poll(() => gmail.locator(finding('why')).count()).toBe(1);
    expect(await notReloaded(gmail)).toBe(42);
  });

  it('on a page that is not a mail site the popup says Balcony is not active there', async () => {
    const popup = await openExtensionPage(h, 'popup.html');
    // Opened as a page, the active tab is the popup itself: an extension page, not a mail site.
    await popup.locator('[data-testid="popup"][data-state="unsupported"]').waitFor();
  });
});

describe('appearance', () => {
  it('a forced dark theme reaches the open sidebar (light system), and "system" follows the system again', async () => {
    const gmail = await gmailWithFindings();
    const bg = () => gmail.locator(`${SIDEBAR} [data-testid="sidebar"]`).evaluate((el) => getComputedStyle(el).backgroundColor);
    const light = await bg();
    const options = await openExtensionPage(h, 'options.html');
    await options.locator('[data-testid="theme-dark"]').check();
    await expect.poll(() => gmail.locator(SIDEBAR).getAttribute('data-theme')).toBe('dark');
    await expect.poll(bg).toBe('rgb(22, 24, 28)');
    await options.locator('[data-testid="theme-system"]').check();
    await expect.poll(bg).toBe(light);
  });
});

describe('appearance under a dark system', () => {
  it('the sidebar is dark by default ("system") and light when light is forced', async () => {
    const dark = await launch({ colorScheme: 'dark' });
    try {
      const gmail = await dark.open(GMAIL, fixture('gmail-new.html'));
      await caretAtStart(gmail, BODY);
      await typeLines(gmail, [SENTENCES.why]);
      await waitFinding(gmail, 'why');
      const bg = () => gmail.locator(`${SIDEBAR} [data-testid="sidebar"]`).evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(await bg()).toBe('rgb(22, 24, 28)');
      const options = await openExtensionPage(dark, 'options.html');
      expect(await options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 24, 28)');
      await options.locator('[data-testid="theme-light"]').check();
      await expect.poll(bg).toBe('rgb(247, 247, 248)');
      expect(await options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(247, 247, 248)');
      expect(dark.errors).toEqual([]);
    } finally {
      await dark.close();
    }
  });
});
