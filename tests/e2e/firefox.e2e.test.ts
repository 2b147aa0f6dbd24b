// The built Firefox extension in Firefox ESR: the core of a writer's day. A Gmail draft is flagged,
// a swap goes in through the browser's editing path and Ctrl+Z takes it out; two drafts share one
// sidebar that follows the focused one; an Outlook reply is coached without touching its history; a
// reply's Thread tab reads the conversation and takes an opener in and out; pop-out and full-screen
// composes are coached, and so is a pop-out whose document is rewritten after it loaded; the engine answers from its own frame (no fallback into
// the page); the sidebar's Settings link opens the options page, and a category turned off there
// leaves the open sidebar at once; an update while the page is open leaves one working copy; and
// nothing but the pages themselves is fetched.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_DIR, launchFirefox, type FirefoxHarness } from './firefox-harness';
import { readFileSync } from 'node:fs';
import { fixture as fixtureText, REAL_GMAIL_CAPTURE } from './harness';

let h: FirefoxHarness;
beforeAll(async () => { h = await launchFirefox(); console.log(`[firefox] ${h.version}`); });
afterAll(async () => { await h?.close(); });
afterEach(() => { expect(h.errors).toEqual([]); });

const BODY = '[g_editable="true"][role="textbox"]';
const OUTLOOK_BODY = '[id^="editorParent_"] > [role="textbox"]';
const WHY = "Why can't you deliver by Friday?";

/** What the sidebar shows, read from its shadow root. */
function sidebar(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('balcony-sidebar')?.shadowRoot;
    return {
      findings: [...(root?.querySelectorAll<HTMLElement>('[data-testid="finding"]') ?? [])].map((f) => f.dataset.category ?? ''),
      tabs: [...(root?.querySelectorAll('[role="tab"]') ?? [])].map((t) => t.textContent ?? ''),
      draft: root?.querySelector<HTMLElement>('[data-testid="coach"]')?.dataset.draft ?? null,
    };
  });
}

/** Click the first swap of a category's card; returns the swap's text. */
function clickSwap(page: Page, category: string): Promise<string> {
  return page.evaluate((c) => {
    const swap = document.querySelector('balcony-sidebar')!.shadowRoot!.querySelector<HTMLButtonElement>(`[data-testid="finding"][data-category="${c}"] [data-testid="swap"]`)!;
    const text = swap.querySelector('.bc-swap-text')!.textContent!;
    swap.click();
    return text;
  }, category);
}

async function ctrlZ(page: Page, body: string) {
  await page.focus(body);
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
}

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}: last ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether the coach waits as a badge by the draft ("true"/"false"; "" before it shows). */
const coachWaiting = (page: Page) => page.evaluate(() => document.querySelector('balcony-sidebar')?.shadowRoot?.querySelector<HTMLElement>('[data-testid="coach"]')?.dataset.waiting ?? '');

/** The coach as the writer reaches it: once it shows, a click on its badge if it waits by the draft. */
async function askCoach(page: Page) {
  if ((await until(() => coachWaiting(page), (w) => w !== '', 'the coach')) === 'true') {
    await page.evaluate(() => document.querySelector('balcony-sidebar')!.shadowRoot!.querySelector<HTMLElement>('[data-testid="badge"]')!.click());
  }
}

const draftText = (page: Page, body = BODY) => page.evaluate((sel) => (document.querySelector(sel) as HTMLElement).innerText.replace(/\u00a0/g, ' '), body);

/** In Firefox a click may leave the caret after the signature: put it at the start explicitly. */
async function caretAtStart(page: Page, body = BODY) {
  await page.click(body);
  await page.keyboard.down('Control');
  await page.keyboard.press('Home');
  await page.keyboard.up('Control');
}

/** Swap the first `category` card's best suggestion into the draft, then Ctrl+Z it out again. */
async function swapThenUndo(page: Page, category: string, body = BODY) {
  const before = await draftText(page, body);
  const suggestion = await clickSwap(page, category);
  await until(() => draftText(page, body), (t) => t.includes(suggestion), 'the swap in the draft');
  await ctrlZ(page, body);
  await until(() => draftText(page, body), (t) => t === before, 'Ctrl+Z to restore the draft');
}

describe('Firefox ESR', () => {
  it('Gmail new message: flagged, swapped through the editing path, Ctrl+Z restores; the engine answers from its frame', async () => {
    const page = await h.open('https://mail.google.com/mail/u/0/#inbox?compose=new', fixtureText('gmail-new.html'));
    await caretAtStart(page);
    await page.keyboard.type(WHY);
    const seen = await until(() => sidebar(page), (s) => s.findings.includes('why'), 'a why finding');
    expect(seen.findings).toEqual(['why']);
    const before = await draftText(page);
    const suggestion = await clickSwap(page, 'why');
    await until(() => draftText(page), (t) => t.includes(suggestion), 'the swap in the draft');
    expect(await draftText(page)).not.toContain(WHY);
    await ctrlZ(page, BODY);
    await until(() => draftText(page), (t) => t === before, 'Ctrl+Z to restore the draft');
    // The engine frame is still in the page: it answered (a silent frame is removed after 4 s).
    await new Promise((r) => setTimeout(r, 4500));
    expect(await page.evaluate(() => document.querySelectorAll('iframe[data-balcony-engine]').length)).toBe(1);
    await page.close();
  });

  it('the real Gmail compose capture (2020): the body is coached and swapped, the hidden textarea left alone', async () => {
    const page = await h.open('https://mail.google.com/mail/u/0/#inbox?compose=new', readFileSync(REAL_GMAIL_CAPTURE, 'utf8'));
    const body = '#\\:8o';
    await caretAtStart(page, body);
    await page.keyboard.type(WHY);
    // The capture's pop-up sits low on a small page: where the coach waits as a badge, ask for it.
    await askCoach(page);
    await until(() => sidebar(page), (s) => s.findings.includes('why'), 'a why finding');
    await swapThenUndo(page, 'why', body);
    expect(await page.evaluate(() => (document.querySelector('textarea[aria-label="Message Body"]') as HTMLTextAreaElement).value)).toBe('');
    await page.close();
  });

  it('Gmail inline reply: coached, swapped and restored by Ctrl+Z; the quote and the signature neither flagged nor changed', async () => {
    const page = await h.open('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmbmpgcwnzz', fixtureText('gmail-reply.html'));
    const body = '#\\:r1';
    const kept = () => page.evaluate((sel) => [`${sel} .gmail_quote`, `${sel} .gmail_signature`].map((q) => document.querySelector(q)!.outerHTML).join(''), body);
    const keptBefore = await kept();
    await caretAtStart(page, body);
    await page.keyboard.type(WHY);
    await askCoach(page);
    await until(() => sidebar(page), (s) => s.findings.includes('why'), 'a why finding in the reply');
    // The signature ("Take it or leave it.") and the quote hold flags of their own: neither is read.
    await new Promise((r) => setTimeout(r, 400));
    expect((await sidebar(page)).findings).toEqual(['why']);
    await swapThenUndo(page, 'why', body);
    expect(await kept()).toBe(keptBefore);
    await page.close();
  });

  it('Gmail reply: the Thread tab reads the conversation; an opener lands at the caret and Ctrl+Z takes it out', async () => {
    const page = await h.open('https://mail.google.com/mail/u/0/#inbox/thread', fixtureText('gmail-thread.html'));
    const quote = () => page.evaluate((sel) => document.querySelector(`${sel} .gmail_quote`)!.outerHTML, BODY);
    const quoteBefore = await quote();
    await caretAtStart(page);
    await page.keyboard.type('Hi Priya,');
    await page.keyboard.press('Enter');
    await page.keyboard.type(`${WHY} `);
    // A reply with no room beside its conversation: the coach waits as a badge by the draft until asked.
    await until(() => coachWaiting(page), (w) => w === 'true', 'the coach waiting by the reply');
    await askCoach(page);
    await until(() => sidebar(page), (s) => s.tabs.length === 2, 'the Thread tab');
    const messages = await until(() => page.evaluate(() => {
      const root = document.querySelector('balcony-sidebar')!.shadowRoot!;
      const tab = [...root.querySelectorAll<HTMLElement>('[role="tab"]')].at(-1)!;
      tab.click();
      return root.querySelectorAll('[data-testid="thread-message"]').length;
    }), (n) => n > 0, 'the thread messages');
    expect(messages).toBe(4);
    const before = await draftText(page);
    const label = await until(() => page.evaluate(() => {
      const button = document.querySelector('balcony-sidebar')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-testid="opener"][data-kind="label"]');
      const text = button?.querySelector('.bc-opener-text')?.textContent ?? '';
      button?.click();
      return text;
    }), (t) => t !== '', 'the label opener');
    // At the caret: after what was typed, before the signature and the quote.
    await until(() => draftText(page), (t) => t.includes(label), 'the opener in the draft');
    expect((await draftText(page)).startsWith(`Hi Priya,\n${WHY} ${label}`)).toBe(true);
    await ctrlZ(page, BODY);
    await until(() => draftText(page), (t) => t === before, 'Ctrl+Z to take the opener out');
    expect(await quote()).toBe(quoteBefore);
    await page.close();
  });

  it("pop-out and full-screen compose: Gmail's pop-out window, Gmail's full screen and Outlook's pop-out are coached, swapped and restored by Ctrl+Z", async () => {
    const cases = [
      { url: 'https://mail.google.com/mail/u/0/?view=cm&fs=1&tf=1', file: 'gmail-popout.html', body: BODY },
      { url: 'https://mail.google.com/mail/u/0/#inbox?compose=full', file: 'gmail-fullscreen.html', body: BODY },
      { url: 'https://outlook.office.com/mail/deeplink/compose/AAQk3?popoutv2=1', file: 'outlook-popout.html', body: OUTLOOK_BODY },
    ];
    for (const c of cases) {
      const page = await h.open(c.url, fixtureText(c.file));
      await caretAtStart(page, c.body);
      await page.keyboard.type(WHY);
      await askCoach(page);
      await until(() => sidebar(page), (s) => s.findings.includes('why'), `a why finding (${c.file})`);
      const before = await draftText(page, c.body);
      const suggestion = await clickSwap(page, 'why');
      await until(() => draftText(page, c.body), (t) => t.includes(suggestion), `the swap (${c.file})`);
      await ctrlZ(page, c.body);
      await until(() => draftText(page, c.body), (t) => t === before, `Ctrl+Z (${c.file})`);
      await page.close();
    }
  });

  it("a pop-out window whose document is rewritten after it loaded (Outlook's projection pop-out): the coach starts again and coaches the draft", async () => {
    const page = await h.open('https://outlook.office.com/mail/deeplink/compose?popoutv2=1', fixtureText('outlook-popout-shell.html'));
    await until(() => page.evaluate(() => !!document.querySelector('balcony-sidebar')), (v) => v, 'the coach in the shell');
    // What Outlook's main window does to the pop-out: document.open, write the compose, close.
    const popout = fixtureText('outlook-popout.html');
    await page.evaluate((html) => { document.open(); document.write(html); document.close(); }, popout);
    await caretAtStart(page, OUTLOOK_BODY);
    await page.keyboard.type(WHY);
    await askCoach(page);
    await until(() => sidebar(page), (s) => s.findings.includes('why'), 'a why finding in the rewritten window');
    await swapThenUndo(page, 'why', OUTLOOK_BODY);
    expect(await page.evaluate(() => document.querySelectorAll('balcony-sidebar').length)).toBe(1);
    await page.close();
  });

  it('two Gmail drafts: one sidebar that follows the focused draft, and a swap changes only that one', async () => {
    const page = await h.open('https://mail.google.com/mail/u/0/#inbox?compose=a,b', fixtureText('gmail-two-drafts.html'));
    const [a, b] = ['#\\:a1', '#\\:b1'];
    await caretAtStart(page, a);
    await page.keyboard.type(WHY);
    await until(() => sidebar(page), (s) => s.findings.includes('why') && s.draft === 'gmail:#msg-a:r-1001', 'the first draft coached');
    await caretAtStart(page, b);
    await page.keyboard.type('We are done here. Take it or leave it.');
    await until(() => sidebar(page), (s) => s.findings.includes('ego') && s.draft === 'gmail:#msg-a:r-2002', 'the sidebar on the second draft');
    const aBefore = await draftText(page, a);
    const bBefore = await draftText(page, b);
    const suggestion = await clickSwap(page, 'ego');
    await until(() => draftText(page, b), (t) => t.includes(suggestion), 'the swap in the second draft');
    expect(await draftText(page, a)).toBe(aBefore);
    await ctrlZ(page, b);
    await until(() => draftText(page, b), (t) => t === bBefore, 'Ctrl+Z in the second draft');
    await page.click(a);
    await until(() => sidebar(page), (s) => s.draft === 'gmail:#msg-a:r-1001' && s.findings.includes('why'), 'the sidebar back on the first draft');
    expect((await page.evaluate(() => document.querySelectorAll('balcony-sidebar').length))).toBe(1);
    await page.close();
  });

  it('Outlook reply (outlook.live.com): the reply is coached and swapped; its history and signature are not touched', async () => {
    const page = await h.open('https://outlook.live.com/mail/0/inbox/id/AAQk2', fixtureText('outlook-reply.html'));
    const body = '#editorParent_2 > [role="textbox"]';
    const history = () => page.evaluate(() => {
      const b = document.querySelector('#editorParent_2 > [role="textbox"]')!;
      const parts = [b.querySelector('#Signature')!.outerHTML];
      for (let n: Element | null = b.querySelector('#appendonsend'); n; n = n.nextElementSibling) parts.push(n.outerHTML);
      return parts.join('');
    });
    const historyBefore = await history();
    await caretAtStart(page, body);
    await page.keyboard.type(WHY);
    await until(() => sidebar(page), (s) => s.findings.includes('why'), 'a why finding in the reply');
    expect((await sidebar(page)).findings).toEqual(['why']);
    await swapThenUndo(page, 'why', body);
    expect(await history()).toBe(historyBefore);
    await page.close();
  });

  it("the sidebar's Settings link opens the options page; a category turned off there leaves the open sidebar without a reload", async () => {
    const gmail = await h.open('https://mail.google.com/mail/u/0/#inbox?compose=new', fixtureText('gmail-new.html'));
    await caretAtStart(gmail);
    await gmail.keyboard.type(`${WHY} Take it or leave it.`);
    await until(() => sidebar(gmail), (s) => s.findings.includes('why') && s.findings.includes('ego'), 'why and ego findings');
    await gmail.evaluate(() => { (window as unknown as { marker: number }).marker = 42; });
    await gmail.evaluate(() => document.querySelector('balcony-sidebar')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-testid="open-settings"]')!.click());
    // The new tab's address is read from the page itself (the BiDi client reports an extension page as about:blank).
    const options = await until(async () => {
      for (const p of await h.browser.pages()) {
        const at = await p.evaluate(() => location.href).catch(() => '');
        if (at.endsWith('/options.html')) return p;
      }
      return null;
    }, (p) => p !== null, 'the options page in a new tab');
    const toggle = '[data-testid="category-toggle"][data-category="ego"]';
    await options!.waitForSelector(toggle);
    await options!.click(toggle);
    await until(() => sidebar(gmail), (s) => !s.findings.includes('ego') && s.findings.includes('why'), 'ego gone, why kept');
    await options!.click(toggle);
    await until(() => sidebar(gmail), (s) => s.findings.includes('ego'), 'ego back');
    expect(await gmail.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42); // not reloaded
    await options!.close();
    await gmail.close();
  });

  it("the extension updated while the mail page stays open: the old copy's sidebar and engine frame go, the new copy coaches the same draft", async () => {
    const page = await h.open('https://mail.google.com/mail/u/0/#inbox?compose=new', fixtureText('gmail-new.html'));
    await caretAtStart(page);
    await page.keyboard.type(WHY);
    await until(() => sidebar(page), (s) => s.findings.includes('why'), 'a why finding');
    const ours = () => page.evaluate(() => ({
      old: document.querySelectorAll('[data-old-copy]').length,
      sidebars: document.querySelectorAll('balcony-sidebar').length,
      frames: document.querySelectorAll('iframe[data-balcony-engine]').length,
    }));
    await page.evaluate(() => { for (const el of document.querySelectorAll('balcony-sidebar, iframe[data-balcony-engine]')) el.setAttribute('data-old-copy', ''); });
    // Installing the same add-on again is an update: Firefox puts the new copy into open pages.
    await h.browser.installExtension(FIREFOX_EXTENSION_DIR);
    await until(ours, (o) => o.old === 0 && o.sidebars === 1, 'the old copy gone and a new sidebar');
    expect(await draftText(page)).toBe(WHY);
    await page.keyboard.type(' Take it or leave it.');
    await until(() => sidebar(page), (s) => s.findings.includes('ego') && s.findings.includes('why'), 'the new copy coaching');
    expect(await ours()).toEqual({ old: 0, sidebars: 1, frames: 1 });
    await page.close();
  });

  it("a breath before Send: a heated draft's Send is held with the prompt up; \"Send anyway\" sends once, and a calm draft sends at once", async () => {
    const page = await h.open('https://mail.google.com/mail/u/0/#inbox?compose=new', fixtureText('gmail-new.html'));
    const sends = () => page.evaluate(() => (window as unknown as { sends: string[] }).sends.length);
    const inShadow = (sel: string) => page.evaluate((s) => !!document.querySelector('balcony-sidebar')?.shadowRoot?.querySelector(s), sel);
    await caretAtStart(page);
    await page.keyboard.type('This is RIDICULOUS! You ALWAYS move the goalposts. Take it or leave it.');
    await until(() => sidebar(page), (s) => s.findings.includes('ego'), 'the ego finding');
    await new Promise((r) => setTimeout(r, 800));
    await page.click('.btC [role="button"].aoO');
    await until(() => inShadow('[data-testid="send-pause"]'), (v) => v, 'the prompt');
    expect(await sends()).toBe(0);
    await page.evaluate(() => document.querySelector('balcony-sidebar')!.shadowRoot!.querySelector<HTMLElement>('[data-testid="send-anyway"]')!.click());
    await until(sends, (n) => n === 1, 'one send');
    await new Promise((r) => setTimeout(r, 400));
    expect(await sends()).toBe(1);
    expect(await inShadow('[data-testid="send-pause"]')).toBe(false);
    await page.close();

    const calm = await h.open('https://mail.google.com/mail/u/0/#inbox?compose=new', fixtureText('gmail-new.html'));
    await caretAtStart(calm);
    await calm.keyboard.type('Thanks Dana, Friday works for us.');
    await new Promise((r) => setTimeout(r, 900));
    await calm.click('.btC [role="button"].aoO');
    expect(await calm.evaluate(() => (window as unknown as { sends: string[] }).sends.length)).toBe(1);
    await calm.close();
  });

  it('fetches nothing but the pages themselves', () => {
    // The browser asks for a page's icon by itself; everything else would be the page's or ours.
    // The real capture asks for its own images (cleardot.gif); those are the page's, not ours.
    const own = new Set([...readFileSync(REAL_GMAIL_CAPTURE, 'utf8').matchAll(/src="([^"]+)"/g)].map((m) => m[1]!.split('/').pop()!));
    const fetched = [...new Set(h.requests.map((u) => u.split('#')[0]!))].filter((u) => !u.endsWith('/favicon.ico') && !own.has(u.split('/').pop()!));
    console.log(`[firefox] requests: ${fetched.join(', ')}`);
    expect(fetched.sort()).toEqual([
      'https://mail.google.com/mail/u/0/',
      'https://mail.google.com/mail/u/0/?view=cm&fs=1&tf=1',
      'https://outlook.live.com/mail/0/inbox/id/AAQk2',
      'https://outlook.office.com/mail/deeplink/compose/AAQk3?popoutv2=1',
      'https://outlook.office.com/mail/deeplink/compose?popoutv2=1',
    ]);
  });
});
