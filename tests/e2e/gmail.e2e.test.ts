// Gmail: new message, inline reply with quote and signature, two drafts at once, and the real
// 2020 capture. Each types with the keyboard, waits for findings, swaps, checks, presses Ctrl+Z
// and checks the original text is back.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { caretAtStart, finding, fixture, highlightCount, htmlOf, launch, REAL_GMAIL_CAPTURE, SIDEBAR, textOf, type Harness } from './harness';
import { flaggedTexts, SENTENCES, swapFirst, swapThenCtrlZ, typeLines, waitFinding } from './steps';

let h: Harness;
beforeAll(async () => { h = await launch(); });
afterAll(async () => { await h?.close(); });
afterEach(() => { expect(h.errors).toEqual([]); });

const BODY = '[g_editable="true"][role="textbox"]';

describe('Gmail', () => {
  it('new message: flags, highlights, swaps, and Ctrl+Z restores', async () => {
    const page = await h.open('https://mail.google.com/mail/u/0/#inbox?compose=new', fixture('gmail-new.html'));
    await caretAtStart(page, BODY);
    await typeLines(page, ['Hi Dana,', `${SENTENCES.why} The team is ready.`]);
    await waitFinding(page, 'why');
    expect(await page.locator(SIDEBAR).count()).toBe(1);
    expect(await highlightCount(page, 'why')).toBeGreaterThan(0);
    // What the site's own script sees (its autosave listens to input events on the body).
    await page.evaluate((sel) => {
      const w = window as unknown as { seen: string[] };
      w.seen = [];
      document.querySelector(sel)!.addEventListener('input', (e) => w.seen.push(`${(e as InputEvent).inputType}:${e.isTrusted}`));
    }, BODY);
    await swapThenCtrlZ(page, BODY, 'why');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen[0]).toBe('insertText:true'); // a real, trusted edit from the browser's editing path
    expect(seen).toContain('historyUndo:true');
    // The hidden plain-text textarea is never taken for the draft.
    expect(await page.evaluate(() => (document.querySelector('textarea[aria-label="Message Body"]') as HTMLTextAreaElement).value)).toBe('');
    await page.close();
  });

  it('a finding of the learned judgement: the words that weighed most, a swap that keeps the topic, and Ctrl+Z', async () => {
    const page = await h.open('https://mail.google.com/mail/u/0/#inbox?compose=new', fixture('gmail-new.html'));
    await caretAtStart(page, BODY);
    // No rule lists this way of giving up; the model reads it.
    await typeLines(page, ['Hi Sam,', "I'll stop chasing the invoice and close the account at the end of the month."]);
    const card = await waitFinding(page, 'withdrawal');
    expect(await card.getAttribute('data-rule')).toBe('model.withdrawal');
    const because = (await card.locator('[data-testid="finding-because"]').textContent())!;
    expect(because).toMatch(/stop|chasing/);
    expect(await card.locator('[data-testid="finding-text"] mark').count()).toBeGreaterThan(0);
    const { suggestion } = await swapThenCtrlZ(page, BODY, 'withdrawal');
    expect(suggestion).toContain('the account');
    await page.close();
  });

  it('inline reply: quoted history and signature are neither flagged nor changed', async () => {
    const page = await h.open('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmbmpgcwnzz', fixture('gmail-reply.html'));
    const body = '#\\:r1';
    const quote = '#\\:r1 .gmail_quote';
    const signature = '#\\:r1 .gmail_signature';
    const quoteBefore = await htmlOf(page, quote);
    const signatureBefore = await htmlOf(page, signature);
    await caretAtStart(page, body);
    await typeLines(page, [`Thanks Dana. ${SENTENCES.why}`]);
    await waitFinding(page, 'why');
    await page.waitForTimeout(400); // let a late analysis land, if any
    // Only the typed sentence: the quote and signature hold ego, withdrawal and why sentences too.
    const flagged = await flaggedTexts(page);
    expect(flagged).toEqual([SENTENCES.why]);
    expect(await page.locator(finding('ego')).count()).toBe(0);
    expect(await page.locator(finding('withdrawal')).count()).toBe(0);
    await swapThenCtrlZ(page, body, 'why');
    expect(await htmlOf(page, quote)).toBe(quoteBefore);
    expect(await htmlOf(page, signature)).toBe(signatureBefore);
    expect((await textOf(page, body)).startsWith(`Thanks Dana. ${SENTENCES.why}`)).toBe(true);
    await page.close();
  });

  it('two drafts at once: one sidebar that follows the focused draft', async () => {
    const page = await h.open('https://mail.google.com/mail/u/0/#inbox?compose=a,b', fixture('gmail-two-drafts.html'));
    const a = '#\\:a1';
    const b = '#\\:b1';
    await caretAtStart(page, a);
    await typeLines(page, [SENTENCES.why]);
    await waitFinding(page, 'why');
    const coach = page.locator(`${SIDEBAR} [data-testid="coach"]`);
    expect(await coach.getAttribute('data-draft')).toBe('gmail:#msg-a:r-1001');

    await caretAtStart(page, b);
    await typeLines(page, [`We are done here. ${SENTENCES.ego}`]);
    await waitFinding(page, 'ego');
    await expect.poll(() => coach.getAttribute('data-draft')).toBe('gmail:#msg-a:r-2002');
    expect(await page.locator(finding('why')).count()).toBe(0);
    expect(await page.locator(SIDEBAR).count()).toBe(1);

    // A swap in the focused draft changes only that draft.
    const aBefore = await textOf(page, a);
    await swapThenCtrlZ(page, b, 'ego');
    expect(await textOf(page, a)).toBe(aBefore);

    // Back to the first draft: the sidebar follows.
    await page.click(a);
    await expect.poll(() => coach.getAttribute('data-draft')).toBe('gmail:#msg-a:r-1001');
    await waitFinding(page, 'why');
    expect(await page.locator(finding('ego')).count()).toBe(0);
    const { suggestion } = await swapFirst(page, 'why');
    await expect.poll(() => textOf(page, a)).toContain(suggestion);
    expect(await textOf(page, b)).toContain(SENTENCES.ego);
    await page.close();
  });

  it('the real Gmail capture (2020): finds the body, not the hidden textarea', async () => {
    const html = readFileSync(REAL_GMAIL_CAPTURE, 'utf8');
    const page = await h.open('https://mail.google.com/mail/u/0/#inbox?compose=new', html);
    const body = '#\\:8o';
    await page.click(body);
    await typeLines(page, ['Hi Sam,', `${SENTENCES.why} ${SENTENCES.strength}`]);
    await waitFinding(page, 'why');
    await waitFinding(page, 'strength');
    await swapThenCtrlZ(page, body, 'why');
    expect(await page.evaluate(() => (document.querySelector('textarea[aria-label="Message Body"]') as HTMLTextAreaElement).value)).toBe('');
    await page.close();
  });
});
