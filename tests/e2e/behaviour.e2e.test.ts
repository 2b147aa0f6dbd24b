// What the sidebar does beyond a single swap: no network at all, stale spans, its own undo,
// strengths and the overall read, collapse to a badge (remembered) and the keyboard, IME.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { boundShortcut, caretAtStart, finding, fixture, launch, pressShortcut, SIDEBAR, textOf, type Harness } from './harness';
import { SENTENCES, swapFirst, typeLines, waitFinding } from './steps';

let h: Harness;
beforeAll(async () => { h = await launch(); });
afterAll(async () => { await h?.close(); });
afterEach(() => { expect(h.errors).toEqual([]); });

const BODY = '[g_editable="true"][role="textbox"]';
const GMAIL = 'https://mail.google.com/mail/u/0/';

async function gmailDraft(lines: string[]): Promise<Page> {
  const page = await h.open(`${GMAIL}#inbox?compose=new`, fixture('gmail-new.html'));
  await caretAtStart(page, BODY);
  await typeLines(page, lines);
  return page;
}

describe('Balcony in the page', () => {
  it('makes no network request while coaching: only the page itself is ever fetched', async () => {
    h.requests.length = 0;
    const page = await gmailDraft(['Hi Dana,', `${SENTENCES.why} ${SENTENCES.ego}`]);
    await waitFinding(page, 'why');
    await waitFinding(page, 'ego');
    await swapFirst(page, 'why');
    await page.keyboard.press('Control+z');
    await page.locator(`${SIDEBAR} [data-testid="collapse"]`).click();
    await pressShortcut(h, page);
    await page.waitForTimeout(800);
    const web = h.requests.filter((u) => !u.startsWith('chrome-extension://'));
    expect(web).toEqual([GMAIL]);
    // The only other loads are the extension's own packaged files (not network): its stylesheet,
    // and the engine frame with its scripts and the engine, loaded when the first draft needs it.
    for (const u of h.requests.filter((x) => x.startsWith('chrome-extension://'))) expect(u).toMatch(/^chrome-extension:\/\/[^/]+\/(content-scripts\/coach\.css|engine-frame\.html|chunks\/[\w-]+\.js|engine\.js)$/);
    await page.close();
  });

  it('a stale span is never written: the draft changed after analysis, so it re-analyses instead', async () => {
    const page = await gmailDraft(['Hi Dana,', SENTENCES.why]);
    await waitFinding(page, 'why');
    // Change the draft and click the swap in the same task, before any re-analysis can run.
    const after = await page.evaluate((sel) => {
      const body = document.querySelector(sel) as HTMLElement;
      const first = document.createTreeWalker(body, NodeFilter.SHOW_TEXT).nextNode() as Text;
      first.data = `Honestly, ${first.data}`;
      const host = document.querySelector('balcony-sidebar')!;
      (host.shadowRoot!.querySelector('[data-testid="finding"][data-category="why"] [data-testid="swap"]') as HTMLButtonElement).click();
      return body.innerText;
    }, BODY);
    expect(after).toBe(`Honestly, Hi Dana,\n${SENTENCES.why}`);
    expect(await textOf(page, BODY)).toBe(`Honestly, Hi Dana,\n${SENTENCES.why}`);
    await page.locator(`${SIDEBAR} [data-testid="notice"]`).waitFor();
    // The findings were refreshed: the same swap now lands at the new offsets.
    const { suggestion } = await swapFirst(page, 'why');
    await expect.poll(() => textOf(page, BODY)).toBe(`Honestly, Hi Dana,\n${suggestion}`);
    await page.close();
  });

  it('"Undo last swap" in the sidebar puts the original words back', async () => {
    const page = await gmailDraft(['Hi Dana,', `${SENTENCES.why} Thanks.`]);
    const undo = page.locator(`${SIDEBAR} [data-testid="undo-swap"]`);
    await waitFinding(page, 'why');
    expect(await undo.isDisabled()).toBe(true);
    const before = await textOf(page, BODY);
    const { suggestion } = await swapFirst(page, 'why');
    await expect.poll(() => textOf(page, BODY)).toContain(suggestion);
    expect(await undo.isDisabled()).toBe(false);
    await undo.click();
    await expect.poll(() => textOf(page, BODY)).toBe(before);
    await waitFinding(page, 'why');
    expect(await undo.isDisabled()).toBe(true);
    await page.close();
  });

  it('shows strengths and the overall read (counts per category and a verdict)', async () => {
    const page = await gmailDraft([SENTENCES.strength, SENTENCES.why]);
    await waitFinding(page, 'strength');
    await waitFinding(page, 'why');
    const summary = page.locator(`${SIDEBAR} [data-testid="summary"]`);
    expect(await summary.getAttribute('data-flags')).toBe('1');
    expect(await summary.getAttribute('data-strengths')).toBe('1');
    expect((await page.locator(`${SIDEBAR} [data-testid="verdict"]`).textContent())!.length).toBeGreaterThan(10);
    expect(await page.locator(`${finding('strength')} [data-testid="swap"]`).count()).toBe(0);
    // The technique behind a finding expands.
    const toggle = page.locator(`${finding('why')} [data-testid="technique-toggle"]`).first();
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.locator(`${finding('why')} [data-testid="technique"]`).first().waitFor();
    await page.close();
  });

  it('collapses to a badge with the count, remembers it, and the browser\'s shortcut plus the keyboard reach the swaps', async () => {
    // The shortcut is the browser's (rebindable in its shortcut settings); the sidebar shows its keys.
    expect(await boundShortcut(h)).toBe('Alt+Shift+K');
    const page = await gmailDraft([`${SENTENCES.why} ${SENTENCES.ego}`]);
    await waitFinding(page, 'ego');
    await page.locator(`${SIDEBAR} [data-testid="collapse"]`).click();
    const badge = page.locator(`${SIDEBAR} [data-testid="badge"]`);
    await badge.waitFor();
    expect(await page.locator(`${SIDEBAR} [data-testid="badge-count"]`).textContent()).toBe('2');
    expect(await page.locator(finding()).count()).toBe(0);
    await page.close();

    // A new page: still collapsed (extension storage).
    const again = await gmailDraft([SENTENCES.why]);
    await again.locator(`${SIDEBAR} [data-testid="badge"]`).waitFor();
    expect(await again.locator(finding()).count()).toBe(0);
    // The page's own keys are not the shortcut: the site keeps them.
    await again.keyboard.press('Alt+Shift+K');
    await again.waitForTimeout(300);
    expect(await again.locator(finding()).count()).toBe(0);
    // The shortcut opens it and puts focus on the best swap; Enter swaps from the keyboard.
    await pressShortcut(h, again);
    await waitFinding(again, 'why');
    expect(await again.locator(`${SIDEBAR} [data-testid="shortcut"] kbd`).allTextContents()).toEqual(['Alt', 'Shift', 'K']);
    const focusedSwap = () => again.evaluate(() => {
      const active = document.querySelector('balcony-sidebar')!.shadowRoot!.activeElement as HTMLElement | null;
      return active?.getAttribute('data-testid') === 'swap' ? active.querySelector('.bc-swap-text')!.textContent! : '';
    });
    await expect.poll(focusedSwap).not.toBe('');
    const suggestion = await focusedSwap();
    await again.keyboard.press('Enter');
    await expect.poll(() => textOf(again, BODY)).toBe(suggestion);
    // Ctrl+Z right after a keyboard swap: focus went back to the draft.
    await again.keyboard.press('Control+z');
    await expect.poll(() => textOf(again, BODY)).toBe(SENTENCES.why);
    await pressShortcut(h, again);
    await again.locator(`${SIDEBAR} [data-testid="badge"]`).waitFor();
    await pressShortcut(h, again); // leave it open for the other tests
    await waitFinding(again, 'why');
    await again.close();
  });

  it('works from the keyboard alone: reach the sidebar, move through findings, swap, undo, back to the draft', async () => {
    const page = await gmailDraft([`${SENTENCES.why} ${SENTENCES.ego}`]);
    await waitFinding(page, 'why');
    await waitFinding(page, 'ego');
    const active = () => page.evaluate(() => {
      const el = document.querySelector('balcony-sidebar')!.shadowRoot!.activeElement as HTMLElement | null;
      return el ? { testid: el.getAttribute('data-testid'), card: el.closest('[data-testid="finding"]')?.getAttribute('data-category') ?? null, text: el.textContent ?? '' } : null;
    });
    const inDraft = () => page.evaluate((sel) => document.activeElement === document.querySelector(sel), BODY);
    // Collapse and reopen with the shortcut: focus lands on the first card's best swap.
    await pressShortcut(h, page);
    await page.locator(`${SIDEBAR} [data-testid="badge"]`).waitFor();
    expect(await inDraft()).toBe(true);
    await pressShortcut(h, page);
    await expect.poll(async () => (await active())?.testid).toBe('swap');
    const first = (await active())!.card;
    // Tab moves on through the card and into the next one; Shift+Tab comes back.
    let reached: string | null = null;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      const a = await active();
      if (a?.testid === 'swap' && a.card && a.card !== first) reached = a.card;
    }
    expect(reached).not.toBe(null);
    await page.keyboard.press('Shift+Tab');
    expect((await active())?.card).not.toBe(null);
    // Swap from the keyboard on the second card.
    for (let i = 0; i < 12 && !((await active())?.testid === 'swap' && (await active())?.card === reached); i++) await page.keyboard.press('Tab');
    const before = await textOf(page, BODY);
    await page.keyboard.press('Enter');
    await expect.poll(() => textOf(page, BODY)).not.toBe(before);
    // "Undo last swap" in the sidebar, reached by the keyboard.
    await pressShortcut(h, page); // collapse
    await pressShortcut(h, page); // open again, focus in the panel
    await expect.poll(async () => (await active())?.testid ?? '').toMatch(/swap|collapse/);
    for (let i = 0; i < 40 && (await active())?.testid !== 'undo-swap'; i++) await page.keyboard.press('Tab');
    expect((await active())?.testid).toBe('undo-swap');
    await page.keyboard.press('Enter');
    await expect.poll(() => textOf(page, BODY)).toBe(before);
    // Esc goes back to the draft, where typing carries on.
    await page.keyboard.press('Escape');
    await expect.poll(inDraft).toBe(true);
    await page.close();
  });

  it('keeps page styles and sidebar styles apart (shadow root)', async () => {
    const hostile = fixture('gmail-new.html').replace('</head>',
      '<style>* { font-family: serif !important; } button { font-size: 40px !important; color: red !important; } blockquote { margin: 80px !important; }</style></head>' +
      '').replace('<div class="list">', '<div class="list"><button id="page-button">Page button</button><blockquote id="page-quote">q</blockquote>');
    const page = await h.open(`${GMAIL}#inbox?compose=styles`, hostile);
    await caretAtStart(page, BODY);
    await typeLines(page, [SENTENCES.why]);
    await waitFinding(page, 'why');
    const inside = await page.locator(`${finding('why')} [data-testid="swap"]`).first().evaluate((b) => {
      const cs = getComputedStyle(b);
      return { font: cs.fontFamily, size: cs.fontSize, color: cs.color, quoteMargin: getComputedStyle(b.closest('li')!.querySelector('blockquote')!).marginLeft };
    });
    expect(inside.font).not.toMatch(/^serif/);
    expect(inside.size).toBe('13px');
    expect(inside.color).not.toBe('rgb(255, 0, 0)');
    expect(inside.quoteMargin).toBe('0px');
    // And the sidebar's own rules (e.g. its buttons' reset) do not reach the page.
    const outside = await page.evaluate(() => {
      const b = getComputedStyle(document.getElementById('page-button')!);
      return { size: b.fontSize, margin: getComputedStyle(document.getElementById('page-quote')!).marginLeft };
    });
    expect(outside).toEqual({ size: '40px', margin: '80px' });
    await page.close();
  });

  it('never swaps during an IME composition', async () => {
    const page = await gmailDraft([SENTENCES.why]);
    await waitFinding(page, 'why');
    await page.evaluate((sel) => document.querySelector(sel)!.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' })), BODY);
    await page.locator(`${SIDEBAR} [data-testid="notice"]`).waitFor();
    const clicked = await page.evaluate(() => {
      const b = document.querySelector('balcony-sidebar')!.shadowRoot!.querySelector('[data-testid="swap"]') as HTMLButtonElement;
      b.click();
      return b.disabled;
    });
    expect(clicked).toBe(true);
    expect(await textOf(page, BODY)).toBe(SENTENCES.why);
    await page.evaluate((sel) => document.querySelector(sel)!.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '' })), BODY);
    const { suggestion } = await swapFirst(page, 'why');
    await expect.poll(() => textOf(page, BODY)).toBe(suggestion);
    await page.close();
  });
});
