// A breath before Send, in the built extension, on fixture pages whose Send records each send
// (window.sends): a calm draft sends at once; a heated draft shows the prompt and nothing is sent;
// "Send anyway" sends once; "Take a minute" sends nothing and puts the writer back in the draft with
// the findings open; Ctrl+Enter follows the same path; Send pressed again with the prompt up sends;
// Outlook and a German Gmail ("Senden") alike; turned off in the settings it never asks; and with
// the extension reloaded mid-prompt, Send works natively.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { caretAtStart, finding, fixture, launch, REAL_GMAIL_CAPTURE, SIDEBAR, type Harness } from './harness';
import { typeLines } from './steps';
import { germanGmailThread } from '../fixtures/localized';

let h: Harness;
beforeAll(async () => { h = await launch(); });
afterAll(async () => { await h?.close(); });
afterEach(() => { expect(h.errors).toEqual([]); });

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox?compose=new';
const BODY = '[g_editable="true"][role="textbox"]';
const SEND = '.btC [role="button"].aoO';
const HEATED = 'This is RIDICULOUS! You ALWAYS move the goalposts. Take it or leave it.';
const PAUSE = `${SIDEBAR} [data-testid="send-pause"]`;

const sends = (page: Page) => page.evaluate(() => (window as unknown as { sends: string[] }).sends.length);

/** A draft typed and analysed: its findings are in (the advice for Send follows the analysis). */
async function draft(page: Page, lines: string[], category: string | null, body = BODY) {
  await caretAtStart(page, body);
  await typeLines(page, lines);
  if (category) await page.locator(`${SIDEBAR} [data-testid="coach"]`).waitFor();
  await page.waitForTimeout(900);
}

describe('a breath before Send', () => {
  it('a calm draft sends at once', async () => {
    const page = await h.open(GMAIL, fixture('gmail-new.html'));
    await draft(page, ['Hi Dana,', 'Thanks for the update. Friday works for us.'], null);
    await page.click(SEND);
    expect(await sends(page)).toBe(1);
    expect(await page.locator(PAUSE).count()).toBe(0);
    await page.close();
  });

  it('a heated draft: the prompt shows and nothing is sent; "Send anyway" sends exactly once', async () => {
    const page = await h.open(GMAIL, fixture('gmail-new.html'));
    await draft(page, ['Dana,', HEATED], 'ego');
    await page.click(SEND);
    await page.locator(PAUSE).waitFor();
    expect(await sends(page)).toBe(0);
    expect(await page.locator(`${PAUSE}`).textContent()).toMatch(/heated/);
    await page.locator(`${PAUSE} [data-testid="send-anyway"]`).click();
    await expect.poll(() => sends(page)).toBe(1);
    await page.waitForTimeout(600);
    expect(await sends(page)).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { sends: string[] }).sends[0])).toContain('RIDICULOUS');
    expect(await page.locator(PAUSE).count()).toBe(0);
    await page.close();
  });

  it('"Take a minute" sends nothing and puts the writer back in the draft, the findings open', async () => {
    const page = await h.open(GMAIL, fixture('gmail-new.html'));
    await draft(page, ['Dana,', HEATED], 'ego');
    await page.click(SEND);
    await page.locator(PAUSE).waitFor();
    await page.locator(`${PAUSE} [data-testid="take-a-minute"]`).click();
    await expect.poll(() => page.locator(PAUSE).count()).toBe(0);
    await page.waitForTimeout(400);
    expect(await sends(page)).toBe(0);
    expect(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), BODY)).toBe(true);
    await page.locator(finding('ego')).first().waitFor();
    await page.close();
  });

  it('Ctrl+Enter follows the same path; pressing Send again with the prompt up sends', async () => {
    const page = await h.open(GMAIL, fixture('gmail-new.html'));
    await draft(page, ['Dana,', HEATED], 'ego');
    await page.keyboard.press('Control+Enter');
    await page.locator(PAUSE).waitFor();
    expect(await sends(page)).toBe(0);
    // The writer presses Send again: they have decided, and it goes, once.
    await page.click(SEND);
    await expect.poll(() => sends(page)).toBe(1);
    await expect.poll(() => page.locator(PAUSE).count()).toBe(0);
    await page.close();
  });

  it('Outlook reply and a German Gmail ("Senden"): the same pause, and "Send anyway" sends once', async () => {
    const outlook = await h.open('https://outlook.live.com/mail/0/inbox/id/AAQk2', fixture('outlook-reply.html'));
    await draft(outlook, [HEATED], 'ego', '#editorParent_2 > [role="textbox"]');
    await outlook.click('[data-testid="ComposeSendButton"]');
    await outlook.locator(PAUSE).waitFor();
    expect(await sends(outlook)).toBe(0);
    await outlook.locator(`${PAUSE} [data-testid="send-anyway"]`).click();
    await expect.poll(() => sends(outlook)).toBe(1);
    await outlook.close();

    const de = await h.open('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKprice', germanGmailThread(fixture('gmail-thread.html')));
    expect(await de.locator(SEND).textContent()).toBe('Senden');
    await draft(de, [HEATED], 'ego', '#\\:t1');
    await de.click(SEND);
    await de.locator(PAUSE).waitFor();
    expect(await sends(de)).toBe(0);
    await de.locator(`${PAUSE} [data-testid="send-anyway"]`).click();
    await expect.poll(() => sends(de)).toBe(1);
    await de.close();
  });

  it('"Don\'t ask again" turns it off: the next heated send goes at once', async () => {
    const page = await h.open(GMAIL, fixture('gmail-new.html'));
    await draft(page, ['Dana,', HEATED], 'ego');
    await page.click(SEND);
    await page.locator(PAUSE).waitFor();
    await page.locator(`${PAUSE} [data-testid="send-pause-stop"]`).check();
    await page.locator(`${PAUSE} [data-testid="send-anyway"]`).click();
    await expect.poll(() => sends(page)).toBe(1);
    await page.waitForTimeout(500);
    await page.click(SEND);
    expect(await sends(page)).toBe(2);
    expect(await page.locator(PAUSE).count()).toBe(0);
    // Back on for the other tests.
    const sw = await h.serviceWorker();
    await sw.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, { sendPause?: boolean }>>; set(v: object): Promise<void> } } } };
      const all = await chrome.storage.sync.get('balcony.settings');
      await chrome.storage.sync.set({ 'balcony.settings': { ...all['balcony.settings'], sendPause: true } });
    });
    await page.close();
  });
});

describe('every compose window: the real Gmail capture and the pop-outs', () => {
  it('the same pause and one send through the site\'s own Send', async () => {
    const cases = [
      { url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', html: readFileSync(REAL_GMAIL_CAPTURE, 'utf8'), body: '#\\:8o', send: '#\\:79' },
      { url: 'https://mail.google.com/mail/u/0/?view=cm&fs=1&tf=1', html: fixture('gmail-popout.html'), body: BODY, send: SEND },
      { url: 'https://outlook.office.com/mail/deeplink/compose/AAQk3?popoutv2=1', html: fixture('outlook-popout.html'), body: '#editorParent_1 > [role="textbox"]', send: '[data-testid="ComposeSendButton"]' },
    ];
    for (const c of cases) {
      const page = await h.open(c.url, c.html);
      // Record sends as the sites act on them: Gmail's on mouseup after mousedown, Outlook's on click.
      await page.evaluate((sel) => {
        const w = window as unknown as { sends: string[] };
        w.sends = [];
        const send = document.querySelector(sel)!;
        let down = false;
        send.addEventListener('mousedown', () => { down = true; });
        send.addEventListener(send.matches('[data-testid]') ? 'click' : 'mouseup', () => { if (down || send.matches('[data-testid]')) w.sends.push('sent'); down = false; });
      }, c.send);
      await draft(page, [HEATED], 'ego', c.body);
      await page.click(c.send);
      await page.locator(PAUSE).waitFor();
      expect(await sends(page), c.url).toBe(0);
      await page.locator(`${PAUSE} [data-testid="send-anyway"]`).click();
      await expect.poll(() => sends(page)).toBe(1);
      await page.waitForTimeout(300);
      expect(await sends(page), c.url).toBe(1);
      await page.close();
    }
  });
});

describe('the extension reloaded while the prompt is up', () => {
  it('Send works natively', async () => {
    // A browser of its own: after a reload headless Chromium does not bring the extension back.
    const own = await launch();
    try {
      const page = await own.open(GMAIL, fixture('gmail-new.html'));
      await draft(page, ['Dana,', HEATED], 'ego');
      await page.click(SEND);
      await page.locator(PAUSE).waitFor();
      const sw = await own.serviceWorker();
      await sw.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});
      await expect.poll(() => page.locator(SIDEBAR).count(), { timeout: 10_000 }).toBe(0);
      await page.click(SEND);
      expect(await sends(page)).toBe(1);
      expect(own.errors).toEqual([]);
    } finally {
      await own.close();
    }
  });
});
