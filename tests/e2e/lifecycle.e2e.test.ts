// The page outlives the extension and its own views: Gmail's single-page navigation drops a
// closed inline reply, and reloading or updating the extension while Gmail stays open cleans
// up the old copy's sidebar, highlights and engine frame without touching the draft.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { caretAtStart, fixture, highlightCount, launch, SIDEBAR, textOf, type Harness } from './harness';
import { SENTENCES, typeLines, waitFinding } from './steps';

let h: Harness;
beforeAll(async () => { h = await launch(); });
afterAll(async () => { await h?.close(); });
afterEach(() => { expect(h.errors).toEqual([]); });

describe('lifecycle', () => {
  it('Gmail navigation: leaving the thread drops the inline reply, its sidebar and highlights', async () => {
    const page = await h.open('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmbmpgcwnzz', fixture('gmail-reply.html'));
    await caretAtStart(page, '#\\:r1');
    await typeLines(page, [SENTENCES.why]);
    await waitFinding(page, 'why');
    expect(await highlightCount(page, 'why')).toBe(1);
    // Gmail swaps the view in place and changes the hash.
    await page.evaluate(() => { document.querySelector('.AO')!.remove(); location.hash = '#inbox'; });
    await expect.poll(() => page.locator(`${SIDEBAR} [data-testid="sidebar"]`).count()).toBe(0);
    expect(await highlightCount(page, 'why')).toBe(0);
    await page.close();
  });

  it('extension reload while the mail page stays open: the old UI and highlights go, the draft stays', async () => {
    const page = await h.open('https://mail.google.com/mail/u/0/#inbox?compose=new', fixture('gmail-new.html'));
    const body = '[g_editable="true"][role="textbox"]';
    await caretAtStart(page, body);
    await typeLines(page, [SENTENCES.why]);
    await waitFinding(page, 'why');
    const sw = await h.serviceWorker();
    await sw.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});
    await expect.poll(() => page.locator(SIDEBAR).count(), { timeout: 10_000 }).toBe(0);
    expect(await highlightCount(page, 'why')).toBe(-1); // unregistered
    // The engine's frame goes with it (its extension page is gone).
    expect(await page.locator('iframe[data-balcony-engine]').count()).toBe(0);
    expect(await textOf(page, body)).toBe(SENTENCES.why);
    // Typing on does not throw in the page and nothing comes back from the dead copy.
    await page.keyboard.type(' Thanks.');
    await page.waitForTimeout(600);
    expect(await page.locator(SIDEBAR).count()).toBe(0);

    // (Chrome does not inject the new copy into pages that were already open, and in headless
    // Chromium with --load-extension the reloaded extension does not come back at all, so the
    // fresh copy is not checked here.)
    await page.close();
  });
});
