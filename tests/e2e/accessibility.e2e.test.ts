// axe-core's WCAG 2.1 A and AA rules on everything Balcony draws: the sidebar in its shadow root
// (draft findings with their quiet buttons, the Thread tab, the collapsed badge, "Your no", the pause
// before Send) and the options
// page, popup and playground, in light and in dark. axe is put into each page from the test
// (DevTools evaluation, which the pages' script policy does not cover), never into the package.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { caretAtStart, fixture, launch, SIDEBAR, type Harness } from './harness';
import { openExtensionPage } from './extension-pages';
import { SENTENCES, typeLines, waitFinding, askCoach } from './steps';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Violation { id: string; impact: string | null; nodes: { target: unknown; failureSummary?: string }[] }

/** axe's violations in `page` (within `include`, a shadow host's tree included), one line each. */
async function violations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(AXE);
  const found = await page.evaluate(async ({ include, tags }) => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const r = await axe.run(include ? { include: [[include]] } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, { include, tags: TAGS });
  return found.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 220)}`));
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`accessibility (${scheme})`, () => {
    let h: Harness;
    beforeAll(async () => { h = await launch({ colorScheme: scheme }); });
    afterAll(async () => { await h?.close(); });
    afterEach(() => { expect(h.errors).toEqual([]); });

    it('the sidebar: findings with their swaps and quiet buttons, the technique opened, then the badge', async () => {
      const page = await h.open('https://mail.google.com/mail/u/0/#inbox?compose=new', fixture('gmail-new.html'));
      await page.locator('div[aria-label="Message Body"]').click();
      await typeLines(page, ['Hi Dana,', `${SENTENCES.why} ${SENTENCES.ego}`]);
      await waitFinding(page, 'why');
      await waitFinding(page, 'ego');
      const more = page.locator(`${SIDEBAR} details summary`).first();
      if (await more.count()) await more.click();
      expect(await violations(page, SIDEBAR)).toEqual([]);
      await page.locator(`${SIDEBAR} [data-testid="collapse"]`).click();
      await page.locator(`${SIDEBAR} [data-testid="badge"]`).waitFor();
      expect(await violations(page, SIDEBAR)).toEqual([]);
      await page.locator(`${SIDEBAR} [data-testid="badge"]`).click();
      await page.close();
    });

    it('the Thread tab with its openers', async () => {
      const page = await h.open('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKprice', fixture('gmail-thread.html'));
      await caretAtStart(page, '#\\:t1');
      await typeLines(page, ['Hi Priya,', '']);
      await askCoach(page);
      await page.locator(`${SIDEBAR} [data-testid="thread-tab"]`).click();
      await page.locator(`${SIDEBAR} [data-testid="opener"]`).first().waitFor();
      expect(await violations(page, SIDEBAR)).toEqual([]);
      await page.close();
    });

    it('"Your no" with its inserts, then the pause before Send', async () => {
      const page = await h.open('https://mail.google.com/mail/u/0/#inbox?compose=new', fixture('gmail-new.html'));
      await page.locator('div[aria-label="Message Body"]').click();
      await typeLines(page, ['Hi Dana,', 'Thanks for the quote. We can’t sign at that price.']);
      await askCoach(page);
      await page.locator(`${SIDEBAR} [data-testid="own-no-insert"]`).first().waitFor();
      expect(await violations(page, SIDEBAR)).toEqual([]);
      await page.keyboard.type(' This is RIDICULOUS! You ALWAYS move the goalposts. Take it or leave it.');
      await waitFinding(page, 'ego');
      await page.waitForTimeout(900);
      await page.click('.btC [role="button"].aoO');
      await page.locator(`${SIDEBAR} [data-testid="send-pause"]`).waitFor();
      expect(await violations(page, SIDEBAR)).toEqual([]);
      await page.close();
    });

    it('the insights page, empty and with a week of counts', async () => {
      const page = await openExtensionPage(h, 'insights.html');
      // The drafts typed above were counted: start from nothing for the empty state.
      await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('balcony.insights'));
      await page.locator('[data-testid="insights-empty"]').waitFor();
      expect(await violations(page)).toEqual([]);
      const d = new Date();
      const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      await page.evaluate((day) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ 'balcony.insights': { version: 1, days: { [day]: {
        drafts: 3, sent: { replyCool: 2, replyHeated: 1 },
        groups: { 'defensive.as-i-said': { category: 'defensive', shown: 4, swapped: 2 }, 'why.direct-question': { category: 'why', shown: 2, swapped: 1 }, 'strength.label': { category: 'strength', shown: 2 } },
      } } } }), day);
      await page.locator('[data-testid="insights-chart"]').waitFor();
      expect(await violations(page)).toEqual([]);
      await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('balcony.insights'));
      await page.close();
    });

    for (const path of ['options.html', 'popup.html', 'playground.html']) {
      it(`the ${path.replace('.html', '')} page`, async () => {
        const page = await openExtensionPage(h, path);
        await page.waitForLoadState('load');
        await page.waitForTimeout(300); // Preact renders after load
        expect(await violations(page)).toEqual([]);
        await page.close();
      });
    }
  });
}
