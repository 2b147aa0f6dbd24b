// Compose windows beside the main one: Gmail's pop-out window (?view=cm), Gmail's full-screen
// compose, Outlook's pop-out at a URL of its own, and Outlook's projection pop-out (an about:blank
// window the mail page opens and moves the compose into). Each is coached, swapped through the
// browser's editing path and restored by Ctrl+Z, and its quoted history is left alone.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { caretAtStart, fixture, htmlOf, launch, SIDEBAR, textOf, type Harness } from './harness';
import { SENTENCES, swapThenCtrlZ, typeLines, waitFinding } from './steps';

let h: Harness;
beforeAll(async () => { h = await launch(); });
afterAll(async () => { await h?.close(); });
afterEach(() => { expect(h.errors).toEqual([]); });

const GMAIL_BODY = '[g_editable="true"][role="textbox"]';
const OUTLOOK_BODY = '[id^="editorParent_"] > [role="textbox"]';

interface Rect { left: number; top: number; right: number; bottom: number }
const overlap = (a: Rect, b: Rect) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** The draft's box and, if the coach shows an open panel without being asked, the panel's. */
async function boxes(page: Page, body: string): Promise<{ draft: Rect; panel: Rect | null }> {
  return page.evaluate((sel) => {
    const r = (el: Element | null | undefined) => {
      const b = el?.getBoundingClientRect();
      return b && b.width && b.height ? { left: b.left, top: b.top, right: b.right, bottom: b.bottom } : null;
    };
    return { draft: r(document.querySelector(sel))!, panel: r(document.querySelector('balcony-sidebar')?.shadowRoot?.querySelector('[data-testid="sidebar"]')) };
  }, body);
}

/** Type a why-demand, see it flagged without the panel covering the draft, swap it, Ctrl+Z it. */
async function coachAndUndo(page: Page, body: string): Promise<void> {
  await caretAtStart(page, body);
  await typeLines(page, [`Hi Dana, thanks for the note. ${SENTENCES.why}`]);
  await page.locator(`${SIDEBAR} [data-testid="coach"]`).waitFor();
  await page.waitForTimeout(300);
  const { draft, panel } = await boxes(page, body);
  if (panel) expect(overlap(panel, draft)).toBe(0);
  await waitFinding(page, 'why');
  await swapThenCtrlZ(page, body, 'why');
}

describe('pop-out and full-screen compose', () => {
  it("Gmail's pop-out window (?view=cm): coached, swapped, Ctrl+Z; the quote untouched", async () => {
    const page = await h.open('https://mail.google.com/mail/u/0/?view=cm&fs=1&tf=1', fixture('gmail-popout.html'));
    const quote = await htmlOf(page, `${GMAIL_BODY} .gmail_quote`);
    await coachAndUndo(page, GMAIL_BODY);
    expect(await page.locator(`${SIDEBAR} [data-testid="draft-tab"]`).textContent()).toBe('Reply');
    expect(await htmlOf(page, `${GMAIL_BODY} .gmail_quote`)).toBe(quote);
    await page.close();
  });

  it("Gmail's full-screen compose: coached, swapped, Ctrl+Z", async () => {
    const page = await h.open('https://mail.google.com/mail/u/0/#inbox?compose=new', fixture('gmail-fullscreen.html'));
    await coachAndUndo(page, GMAIL_BODY);
    expect(await page.locator(`${SIDEBAR} [data-testid="coach"]`).getAttribute('data-draft')).toBe('gmail:#msg-a:r-6160000000000000002');
    await page.close();
  });

  it("Outlook's pop-out window (deeplink compose): coached, swapped, Ctrl+Z; history and signature untouched", async () => {
    const page = await h.open('https://outlook.office.com/mail/deeplink/compose/AAQk3?popoutv2=1', fixture('outlook-popout.html'));
    const history = await htmlOf(page, '#divRplyFwdMsg');
    const signature = await htmlOf(page, '#Signature');
    await coachAndUndo(page, OUTLOOK_BODY);
    expect(await page.locator(`${SIDEBAR} [data-testid="draft-tab"]`).textContent()).toBe('Reply');
    expect(await htmlOf(page, '#divRplyFwdMsg')).toBe(history);
    expect(await htmlOf(page, '#Signature')).toBe(signature);
    await page.close();
  });

  it("Outlook's projection pop-out: the window's document is rewritten by the main window after the coach started there; the coach starts again and coaches the draft", async () => {
    h.serve('https://outlook.office.com/mail/deeplink/compose?popoutv2=1', fixture('outlook-popout-shell.html'));
    const page = await h.open('https://outlook.office.com/mail/inbox/id/AAQk4', fixture('outlook-reading-popout.html'));
    await caretAtStart(page, OUTLOOK_BODY);
    await page.locator(`${SIDEBAR} [data-testid="coach"]`).waitFor();
    const [popup] = await Promise.all([h.context.waitForEvent('page'), page.click('#popout')]);
    // The coach is running in the shell (its sidebar host is there) before the compose arrives.
    await popup.locator(SIDEBAR).waitFor({ state: 'attached' });
    await page.evaluate(() => (window as unknown as { fillPopout(): void }).fillPopout());
    await coachAndUndo(popup, OUTLOOK_BODY);
    // One sidebar, mounted again: document.open took it away with every listener (without the
    // restart this test times out waiting for the coach).
    expect(await popup.locator(SIDEBAR).count()).toBe(1);
    expect(await textOf(popup, '#divRplyFwdMsg')).toContain('Subject: Q3 rollout');
    // The main window's coach lets go of the draft that went to the other window.
    await expect.poll(() => page.locator(`${SIDEBAR} [data-testid="coach"]`).count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
