// The Thread view on both sites: a Gmail conversation (a price rise answered angrily, then calmly;
// one collapsed message; quoted history, a trimmed block and a signature inside bodies) and an
// Outlook conversation shown newest first (an authority "no"; one collapsed message). Each test
// opens the Thread tab, checks order, authors, decoded reasons, heat and trend, then inserts an
// opener at the caret and takes it out again (Ctrl+Z on Gmail, the sidebar's undo on Outlook).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { caretAtStart, fixture, htmlOf, launch, SIDEBAR, textOf, type Harness } from './harness';
import { typeLines, askCoach, waitFinding, SENTENCES } from './steps';
import { germanGmailThread, germanOutlookThread } from '../fixtures/localized';

let h: Harness;
beforeAll(async () => { h = await launch(); });
afterAll(async () => { await h?.close(); });
afterEach(() => { expect(h.errors).toEqual([]); });

const MESSAGE = `${SIDEBAR} [data-testid="thread-message"]`;

interface Row { mine: string | null; author: string | null; heat: number; no: string | null; readable: string | null; who: string }

async function openThread(page: Page): Promise<Row[]> {
  await askCoach(page);
  await page.locator(`${SIDEBAR} [data-testid="thread-tab"]`).click();
  await page.locator(MESSAGE).first().waitFor();
  return page.locator(MESSAGE).evaluateAll((els) => els.map((e) => ({
    mine: e.getAttribute('data-mine'),
    author: e.getAttribute('data-author'),
    heat: Number(e.getAttribute('data-heat')),
    no: e.getAttribute('data-no-reason'),
    readable: e.getAttribute('data-readable'),
    who: e.querySelector('[data-testid="thread-author"]')!.textContent!,
  })));
}

const opener = (kind: string) => `${SIDEBAR} [data-testid="opener"][data-kind="${kind}"]`;
const openerText = async (page: Page, kind: string) => (await page.locator(`${opener(kind)} .bc-opener-text`).textContent())!;

describe('Thread view', () => {
  it('Gmail: order, authors, decoded "no", heat and trend; an opener lands at the caret and Ctrl+Z removes it', async () => {
    const page = await h.open('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKprice', fixture('gmail-thread.html'));
    const body = '#\\:t1';
    const quoteBefore = await htmlOf(page, `${body} .gmail_quote`);
    await caretAtStart(page, body);
    await typeLines(page, ['Hi Priya,', '']);

    const rows = await openThread(page);
    expect(rows.map((r) => r.who)).toEqual(['Priya Shah', 'Priya Shah', 'You', 'Priya Shah']);
    expect(rows.map((r) => r.mine)).toEqual(['false', 'false', 'true', 'false']);
    // The collapsed first message has no body in the page: shown, not read, nothing guessed.
    expect(rows.map((r) => r.readable)).toEqual(['false', 'true', 'true', 'true']);
    expect(rows.map((r) => r.no)).toEqual([null, 'price', null, 'price']);
    expect(rows[0]!.heat).toBe(0);
    // Her shouting signature and the angry quote inside her reply are not her words.
    expect(rows[1]!.heat).toBeLessThan(0.2);
    expect(rows[3]!.heat).toBeLessThan(0.2);
    expect(rows[2]!.heat).toBeGreaterThanOrEqual(0.45);
    const trend = page.locator(`${SIDEBAR} [data-testid="thread-trend"]`);
    expect(await trend.getAttribute('data-trend')).toBe('cooling');
    expect(await trend.getAttribute('data-raised-by')).toBe('me');
    expect(await page.locator(`${SIDEBAR} [data-testid="thread-note"]`).first().textContent()).toMatch(/^1 of 4 messages/);
    expect(await page.locator(`${SIDEBAR} [data-testid="next-move"]`).count()).toBe(1);
    expect(await page.locator(`${SIDEBAR} [data-testid="opener"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual(['label', 'mirror', 'audit', 'question']);

    // One click inserts the label at the caret (the empty line under "Hi Priya,") ...
    const label = await openerText(page, 'label');
    expect(label).toBe("It sounds like last year's price is the real sticking point.");
    const before = await textOf(page, body);
    await page.locator(opener('label')).click();
    await expect.poll(() => textOf(page, body)).toContain(label);
    expect((await textOf(page, body)).startsWith(`Hi Priya,\n${label}`)).toBe(true);
    // ... and Ctrl+Z (the browser's own undo) takes it out again.
    await page.keyboard.press('Control+z');
    await expect.poll(() => textOf(page, body)).toBe(before);
    expect(await htmlOf(page, `${body} .gmail_quote`)).toBe(quoteBefore);

    // The user opens the collapsed message: its body is now in the page, and the view follows.
    await page.evaluate(() => {
      const item = document.querySelector('[role="listitem"] .kv')!;
      const open = document.createElement('div');
      open.className = 'adn h7';
      open.setAttribute('data-message-id', '#msg-f:1810000000000000001');
      open.append(item.querySelector('h3')!.cloneNode(true));
      const ii = document.createElement('div');
      ii.className = 'ii gt';
      const a3s = document.createElement('div');
      a3s.className = 'a3s aiL';
      a3s.textContent = 'Heads-up: our 2027 price list will follow next week.';
      ii.append(a3s);
      open.append(ii);
      item.replaceWith(open);
    });
    await expect.poll(() => page.locator(MESSAGE).first().getAttribute('data-readable')).toBe('true');
    expect(await page.locator(`${SIDEBAR} [data-testid="thread-note"]`).count()).toBe(0);
    await page.close();
  });

  it('Gmail: a heated reply to the thread gets "go to the balcony" with what to do in the pause', async () => {
    const page = await h.open('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKprice', fixture('gmail-thread.html'));
    await caretAtStart(page, '#\\:t1');
    await typeLines(page, ['This is RIDICULOUS! You always move the goalposts. Take it or leave it.']);
    await askCoach(page);
    const balcony = page.locator(`${SIDEBAR} [data-testid="balcony"]`);
    await balcony.waitFor();
    expect(await balcony.getAttribute('data-reason')).toBe('heated-draft');
    expect(await balcony.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^Name the real issue\. .*price/),
      expect.stringMatching(/^Plan the if–then trade\. "If /),
      expect.stringMatching(/^Know your walk-away\. /),
    ]);
    await page.close();
  });

  it('Outlook (newest first on the page): sorted by date, authority "no", steady; an opener in and out via the sidebar undo', async () => {
    const page = await h.open('https://outlook.office.com/mail/inbox/id/AAQkADc3', fixture('outlook-thread.html'));
    const body = '#editorParent_3 > [role="textbox"]';
    await caretAtStart(page, body);

    const rows = await openThread(page);
    expect(rows.map((r) => r.who)).toEqual(['Marta Ruiz', 'Marta Ruiz', 'You', 'Marta Ruiz']);
    expect(rows.map((r) => r.mine)).toEqual(['false', 'false', 'true', 'false']);
    expect(rows.map((r) => r.readable)).toEqual(['true', 'false', 'true', 'true']);
    expect(rows.map((r) => r.no)).toEqual([null, null, null, 'authority']);
    // Her signature shouts and the quoted history asks "why": neither is hers to count.
    for (const r of rows) expect(r.heat).toBeLessThan(0.2);
    expect(await page.locator(`${MESSAGE}[data-index="3"] .bc-mini`).count()).toBe(0);
    expect(await page.locator(`${SIDEBAR} [data-testid="thread-trend"]`).getAttribute('data-trend')).toBe('steady');

    const mirror = await openerText(page, 'mirror');
    expect(mirror).toBe('A global decision?');
    const before = await textOf(page, body);
    await page.locator(opener('mirror')).click();
    await expect.poll(() => textOf(page, body)).toContain(mirror);
    expect((await textOf(page, body)).startsWith(mirror)).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => textOf(page, body)).toBe(before);

    // The sidebar's own undo takes an opener out too (where a site's editor owns Ctrl+Z).
    const question = await openerText(page, 'question');
    await page.locator(opener('question')).click();
    await expect.poll(() => textOf(page, body)).toContain(question);
    await page.locator(`${SIDEBAR} [data-testid="undo-swap"]`).click();
    await expect.poll(() => textOf(page, body)).toBe(before);
    await page.close();
  });
});

describe('Thread view with the mail site in German', () => {
  it('Gmail: the user ("ich") is told by the account\'s address, the dates are read, and the reply is coached', async () => {
    const page = await h.open('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKprice', germanGmailThread(fixture('gmail-thread.html')));
    const body = '#\\:t1';
    await caretAtStart(page, body);
    await typeLines(page, [SENTENCES.why]);
    await waitFinding(page, 'why');
    const rows = await openThread(page);
    expect(rows.map((r) => r.mine)).toEqual(['false', 'false', 'true', 'false']);
    expect(rows.map((r) => r.who)).toEqual(['Priya Shah', 'Priya Shah', 'You', 'Priya Shah']);
    expect(await page.locator(`${SIDEBAR} [data-testid="thread-trend"]`).getAttribute('data-raised-by')).toBe('me');
    await page.close();
  });

  it('Outlook: "Von:" labels and day-first dates: oldest first by date, the mailbox owner\'s message is theirs', async () => {
    const page = await h.open('https://outlook.office.com/mail/inbox/id/AAQkADc3', germanOutlookThread(fixture('outlook-thread.html')));
    const body = '#editorParent_3 > [role="textbox"]';
    await caretAtStart(page, body);
    await typeLines(page, [SENTENCES.why]);
    await waitFinding(page, 'why');
    const rows = await openThread(page);
    expect(rows.map((r) => r.who)).toEqual(['Marta Ruiz', 'Marta Ruiz', 'You', 'Marta Ruiz']);
    expect(rows.map((r) => r.mine)).toEqual(['false', 'false', 'true', 'false']);
    expect(rows.map((r) => r.no)).toEqual([null, null, null, 'authority']);
    await page.close();
  });
});
