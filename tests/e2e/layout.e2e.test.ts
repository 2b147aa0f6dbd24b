// The sidebar stays out of the way: at 1280×800, 1920×1080 and a narrow window it never covers the
// draft's window, nor the message being answered (for a reply: the messages of the conversation
// above it). Where there is no room beside the draft, it waits as a badge by the editor until asked.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { caretAtStart, fixture, launch, SIDEBAR, type Harness } from './harness';
import { typeLines, waitFinding, SENTENCES } from './steps';

interface Rect { left: number; top: number; right: number; bottom: number }
const overlap = (a: Rect, b: Rect) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

async function rect(page: Page, selector: string): Promise<Rect | null> {
  return page.evaluate((sel) => {
    const host = document.querySelector('balcony-sidebar');
    const el = sel.startsWith('shadow:') ? host?.shadowRoot?.querySelector(sel.slice(7)) : document.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return r.width && r.height ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
  }, selector);
}

const CASES = [
  { name: 'Gmail new message', file: 'gmail-new.html', url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', body: '[g_editable="true"][role="textbox"]', draft: 'div.M9', answered: null },
  { name: 'Gmail reply in a thread', file: 'gmail-thread.html', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKprice', body: '#\\:t1', draft: 'div.M9', answered: '[role="listitem"]:last-child .ii.gt' },
  { name: 'Outlook reply', file: 'outlook-reply.html', url: 'https://outlook.office.com/mail/inbox/id/AAQk', body: '[id^="editorParent_"] > [contenteditable="true"]', draft: '[id^="docking_InitVisiblePart"], [id^="editorParent_"]', answered: '[aria-label="Email message"]' },
] as const;
const SIZES = [[1280, 800], [1920, 1080], [900, 800]] as const;

let h: Harness | null = null;
afterEach(async () => { await h?.close(); h = null; });

describe('the sidebar stays out of the way', () => {
  for (const c of CASES) {
    for (const [w, hgt] of SIZES) {
      it(`${c.name} at ${w}×${hgt}`, async () => {
        h = await launch({ width: w, height: hgt });
        const page = await h.open(c.url, fixture(c.file));
        await caretAtStart(page, c.body);
        await typeLines(page, [SENTENCES.why]);
        await page.locator(`${SIDEBAR} [data-testid="coach"]`).waitFor();
        await page.waitForTimeout(400);
        const panel = (await rect(page, 'shadow:[data-testid="sidebar"]')) ?? (await rect(page, 'shadow:[data-testid="badge"]'));
        expect(panel).not.toBe(null);
        const draft = await rect(page, c.draft);
        const answered = c.answered ? await rect(page, c.answered) : null;
        const report = JSON.stringify({ panel, draft, answered });
        expect(overlap(panel!, draft!), report).toBe(0);
        if (answered) expect(overlap(panel!, answered), report).toBe(0);
        // Waiting as a badge, it opens when asked, and then it may cover the page.
        if (await page.locator(`${SIDEBAR} [data-testid="coach"][data-waiting="true"]`).count()) {
          await page.locator(`${SIDEBAR} [data-testid="badge"]`).click();
          await page.locator(`${SIDEBAR} [data-testid="sidebar"]`).waitFor();
          await waitFinding(page, 'why');
        }
        await page.close();
      });
    }
  }
});
