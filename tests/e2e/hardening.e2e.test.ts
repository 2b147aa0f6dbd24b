// Bad input in the page. Text from emails that looks like HTML (in a draft, in a thread message,
// in a sender's name) is shown as text: no element is made from it, no handler runs, and Gmail's
// Trusted Types policy (served on the fixtures) reports no violation. A pasted 1 MB text does not
// freeze the tab: it is analysed in slices with progress shown, only up to a cap, with a note.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { caretAtStart, finding, fixture, highlightCount, launch, SIDEBAR, textOf, type Harness } from './harness';
import { typeLines, waitFinding, askCoach } from './steps';
import { causedByExtension, recordFigures, traceTasks } from './trace';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  // Every page records content security policy violations (Trusted Types ones included).
  await h.context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective}: ${e.sample}`));
  });
});
afterAll(async () => { await h?.close(); });
afterEach(() => { expect(h.errors).toEqual([]); });

const BODY = '[g_editable="true"][role="textbox"]';
const GMAIL = 'https://mail.google.com/mail/u/0/';

/** Nothing ran and nothing was parsed: no flag set by a handler, no element made from text, no TT violation. */
async function expectInert(page: Page): Promise<void> {
  const seen = await page.evaluate(() => {
    const root = document.querySelector('balcony-sidebar')?.shadowRoot;
    return {
      xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
      violations: (window as unknown as { __violations: string[] }).__violations,
      inSidebar: root ? root.querySelectorAll('img, script, iframe, object, embed, svg image, [onerror], [onload]').length : -1,
      // The engine's own hidden frame (an extension page, lib/mail/engine-frame.ts) and the fixture's own
      // script (its Send recorder, `data-fixture`) are not made from text.
      inPage: document.querySelectorAll('img, script:not([src]):not([type]):not([data-fixture]), iframe:not([data-balcony-engine]), [onerror], [onload]').length,
    };
  });
  expect(seen).toEqual({ xss: null, violations: [], inSidebar: 0, inPage: 0 });
}

describe('email text is text', () => {
  it('a draft with HTML-like text: flagged, quoted and swapped as characters', async () => {
    const page = await h.open(`${GMAIL}#inbox?compose=xss`, fixture('gmail-new.html'));
    await caretAtStart(page, BODY);
    const evil = "Why can't you deliver <img src=x onerror=window.__xss=1> by Friday?";
    await typeLines(page, ['Hi Dana,', evil, '<script>window.__xss=2</script> Take it or leave it.']);
    const card = await waitFinding(page, 'why');
    expect((await card.locator('[data-testid="finding-text"]').textContent())!.trim()).toBe(evil);
    const suggestion = (await card.locator('[data-testid="swap"] .bc-swap-text').first().textContent())!;
    expect(suggestion).toContain('<img src=x onerror=window.__xss=1>');
    await expectInert(page);
    // The swap writes the characters, not markup.
    await card.locator('[data-testid="swap"]').first().click();
    await expect.poll(() => textOf(page, BODY)).toContain(suggestion);
    expect(await page.locator(`${BODY} img, ${BODY} script`).count()).toBe(0);
    await page.waitForTimeout(400);
    await expectInert(page);
    await page.close();
  });

  it('a thread whose messages and sender name hold HTML-like text: the Thread tab shows it as text', async () => {
    const html = fixture('gmail-thread.html')
      .replaceAll('name="Priya Shah">Priya Shah</span>', 'name="Priya &lt;img src=x onerror=window.__xss=3&gt;">Priya &lt;img src=x onerror=window.__xss=3&gt;</span>')
      .replace("We can't hold the old price beyond December.", "We can't hold the old price &lt;img src=x onerror=window.__xss=4&gt; beyond December. &lt;script&gt;window.__xss=5&lt;/script&gt;");
    expect(html).toContain('&lt;img src=x onerror=window.__xss=4&gt;');
    const page = await h.open('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKxss', html);
    await caretAtStart(page, '#\\:t1');
    await typeLines(page, ['Hi Priya,', '']);
    await askCoach(page);
    await page.locator(`${SIDEBAR} [data-testid="thread-tab"]`).click();
    await page.locator(`${SIDEBAR} [data-testid="thread-message"]`).first().waitFor();
    const authors = await page.locator(`${SIDEBAR} [data-testid="thread-author"]`).allTextContents();
    expect(authors.some((a) => a.includes('<img src=x onerror=window.__xss=3>'))).toBe(true);
    // Whatever the view quotes from her words (the decoded "no", the openers) is characters too.
    const panel = (await page.locator(`${SIDEBAR} [data-testid="sidebar"]`).textContent())!;
    expect(panel).not.toMatch(/&lt;|&gt;/);
    await expectInert(page);
    await page.close();
  });
});

/** About 1 MB of email-like text: ordinary lines, now and then one the coach flags. */
function megabyte(): string {
  const lines: string[] = ['Hi Dana,', ''];
  let n = 0;
  for (let i = 0; n < 1_048_576; i++) {
    const line = i % 97 === 5 ? `Why can't you deliver batch ${i} by Friday?`
      : i % 97 === 50 ? 'Take it or leave it.'
        : `Row ${i}: the pump parts for order ${i} left the depot with ${i % 17} boxes and a signed note.`;
    lines.push(line);
    n += line.length + 1;
  }
  return lines.join('\n');
}

/** What the site's paste leaves in the editor: one block per line after the caret's line, then an input event. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate(({ sel, text }) => {
    const body = document.querySelector(sel) as HTMLElement;
    const frag = document.createDocumentFragment();
    for (const l of text.split('\n')) {
      const div = document.createElement('div');
      if (l) div.textContent = l;
      else div.append(document.createElement('br'));
      frag.append(div);
    }
    body.append(frag);
    body.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, { sel: BODY, text });
}

describe('a pasted 1 MB text', () => {
  it('is analysed in slices with progress, up to a cap with a note, without freezing the tab', async () => {
    const page = await h.open(`${GMAIL}#inbox?compose=paste`, fixture('gmail-new.html'));
    await caretAtStart(page, BODY);
    await typeLines(page, ['Take it or leave it.']);
    await waitFinding(page, 'ego');
    const text = megabyte();
    const stopTrace = await traceTasks(page);
    const started = Date.now();
    // What the site's paste leaves in the editor: one block per line, then an input event.
    await paste(page, text);
    const pasteMs = Date.now() - started;
    // From here on, the page's pulse: a 10 ms heartbeat, and its longest silence while the paste is checked.
    await page.evaluate(() => {
      const w = window as unknown as { __beat: { last: number; worst: number; stop: boolean } };
      w.__beat = { last: performance.now(), worst: 0, stop: false };
      const tick = () => {
        const now = performance.now();
        w.__beat.worst = Math.max(w.__beat.worst, now - w.__beat.last);
        w.__beat.last = now;
        if (!w.__beat.stop) setTimeout(tick, 10);
      };
      setTimeout(tick, 10);
    });

    // Progress shows while the slices run; then the note says how much was checked.
    // Read the value in the same call that finds the bar: on a fast run the bar can be gone a moment later.
    const shown = await page.locator(`${SIDEBAR} [data-testid="progress"]`).evaluate((el) => Number(el.getAttribute('aria-valuenow')), null, { timeout: 15_000 });
    expect(shown).toBeGreaterThanOrEqual(0);
    expect(shown).toBeLessThan(100);
    await page.locator(`${SIDEBAR} [data-testid="progress"]`).waitFor({ state: 'detached', timeout: 120_000 });
    const doneMs = Date.now() - started;
    const note = (await page.locator(`${SIDEBAR} [data-testid="cap-note"]`).textContent())!.replace(/\s+/g, ' ');
    expect(note).toMatch(/checks only its first [\d,]+ words \(\d+% of it\)\. The rest is not checked\./);
    const worstGap = await page.evaluate(() => { const b = (window as unknown as { __beat: { worst: number; stop: boolean } }).__beat; b.stop = true; return b.worst; });
    const tasks = await stopTrace();
    const longest = [...tasks].sort((a, b) => b.ms - a.ms)[0]!;
    const ownLongest = Math.max(...tasks.map((t) => t.extensionMs));
    const ownTotal = tasks.reduce((a, t) => a + t.extensionMs, 0);

    // Findings come from the checked part only (rows far down the paste are never flagged).
    const flagged = await page.locator(`${finding('why')} [data-testid="finding-text"]`).allTextContents();
    expect(flagged.length).toBeGreaterThan(5);
    const rows = flagged.map((t) => Number(/batch (\d+)/.exec(t)?.[1]));
    expect(Math.max(...rows)).toBeLessThan(2_000);

    // One more keystroke in the long draft is analysed at once.
    const keyStarted = Date.now();
    await page.keyboard.type(' Fine, forget it.');
    await waitFinding(page, 'withdrawal', 15_000);
    const keyMs = Date.now() - keyStarted;

    console.log(`[paste] ${(text.length / 1024).toFixed(0)} KB, ${text.split('\n').length} lines: put in the page in ${pasteMs} ms; checked (slices) in ${doneMs} ms; ` +
      `longest pause of a 10 ms page heartbeat meanwhile ${worstGap.toFixed(0)} ms; extension's scripts ${ownTotal.toFixed(0)} ms in all, at most ${ownLongest.toFixed(1)} ms in one task ` +
      `(longest task ${longest.ms.toFixed(1)} ms, of it extension ${longest.extensionMs.toFixed(1)} ms); tasks over 50 ms the extension made long: ${tasks.filter(causedByExtension).map((t) => t.ms.toFixed(0)).join(', ') || 'none'}; ` +
      `typing 17 characters at the end until the sidebar showed them ${keyMs} ms; note: "${note.trim()}"`);
    recordFigures('paste-1mb', {
      chars: text.length, lines: text.split('\n').length, checkedMs: doneMs, heartbeatWorstGapMs: Math.round(worstGap),
      extensionScriptMs: Math.round(ownTotal), extensionLongestStretchMs: ownLongest, longestTaskMs: longest.ms,
      tasksMadeLongByExtension: tasks.filter(causedByExtension).length, keystrokeToSidebarMs: keyMs, note: note.trim(),
    });
    // Not frozen: the page's own timer kept running throughout.
    expect(worstGap).toBeLessThan(1_000);
    await expectInert(page);
    await page.close();
  });
});

describe('the extension reloaded while a long draft is being checked', () => {
  it('the old copy stops between slices and cleans up; nothing throws into the page', async () => {
    // A browser of its own: after a reload headless Chromium does not bring the extension back.
    const own = await launch();
    try {
      const page = await own.open(`${GMAIL}#inbox?compose=reload`, fixture('gmail-new.html'));
      await caretAtStart(page, BODY);
      await typeLines(page, ['Take it or leave it.']);
      await page.locator(`${finding('ego')}`).first().waitFor();
      await paste(page, megabyte());
      await page.locator(`${SIDEBAR} [data-testid="progress"]`).waitFor({ timeout: 15_000 });
      const sw = await own.serviceWorker();
      await sw.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});
      await expect.poll(() => page.locator(SIDEBAR).count(), { timeout: 10_000 }).toBe(0);
      expect(await highlightCount(page, 'ego')).toBe(-1);
      // Typing on: the page works, nothing comes back from the old copy, nothing throws.
      await page.keyboard.type(' Fine, forget it.');
      await page.waitForTimeout(1500);
      expect(await page.locator(SIDEBAR).count()).toBe(0);
      expect(await page.evaluate((sel) => (document.querySelector(sel) as HTMLElement).innerText.startsWith('Take it or leave it. Fine, forget it.'), BODY)).toBe(true);
      expect(own.errors).toEqual([]);
    } finally {
      await own.close();
    }
  });
});
