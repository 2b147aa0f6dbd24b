// Gmail: new message, inline reply with quote and signature, two drafts at once, and the real
// 2020 capture. Type with the keyboard, wait for findings, swap, check, Ctrl+Z, check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { caretAtStart, finding, fixture, highlightCount, htmlOf, launch, REAL_GMAIL_CAPTURE, SIDEBAR, textOf, type Harness } from './harness';

let h: Harness;
beforeAll(async () => { h = await launch(); });
afterAll(async () => { await h?.close(); });

const WHY = "Why can't you deliver by Friday?";

/** Click the best swap of the first finding of `category`; returns [flagged text, suggestion]. */
async function swapFirst(page: Page, category: string): Promise<[string, string]> {
  const card = page.locator(finding(category)).first();
  await card.waitFor({ timeout: 10_000 });
  const flagged = (await card.locator('[data-testid="finding-text"]').textContent())!.trim();
  const button = card.locator('[data-testid="swap"]').first();
  const suggestion = (await button.locator('.bc-swap-text').textContent())!.trim();
  await button.click();
  return [flagged, suggestion];
}

async function swapAndUndo(page: Page, body: string, typed: string, category: string) {
  const [flagged, suggestion] = await swapFirst(page, category);
  expect(typed).toContain(flagged);
  await expect.poll(() => textOf(page, body)).toContain(suggestion);
  expect(await textOf(page, body)).not.toContain(flagged);
  // The caret is still in the draft: the site's own undo restores the original words.
  await page.keyboard.press('Control+z');
  await expect.poll(() => textOf(page, body)).toContain(flagged);
  expect(await textOf(page, body)).not.toContain(suggestion);
}

describe('Gmail new message (pop-up)', () => {
  it('flags a why-question, highlights it, swaps it, and Ctrl+Z restores it', async () => {
    const page = await h.open('https://mail.google.com/mail/u/0/#inbox?compose=new', fixture('gmail-new.html'));
    const body = '[g_editable="true"][role="textbox"]';
    await caretAtStart(page, body);
    await page.keyboard.type('Hi Dana,');
    await page.keyboard.press('Enter');
    const typed = `${WHY} The team is ready.`;
    await page.keyboard.type(typed);
    await page.locator(finding('why')).first().waitFor({ timeout: 10_000 });
    expect(await page.locator(SIDEBAR).count()).toBe(1);
    expect(await highlightCount(page, 'why')).toBeGreaterThan(0);
    // The hidden plain-text textarea is never the draft.
    expect(await page.evaluate(() => (document.querySelector('textarea[aria-label="Message Body"]') as HTMLTextAreaElement).value)).toBe('');
    await swapAndUndo(page, body, typed, 'why');
    await page.close();
  });
});
