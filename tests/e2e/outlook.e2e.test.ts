// Outlook on the web: a new message (signature below) and a reply with quoted history, on two of
// the three hosts. Type, wait for findings, swap, check, Ctrl+Z, check; history untouched.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { caretAtStart, finding, fixture, highlightCount, htmlOf, launch, SIDEBAR, textOf, type Harness } from './harness';
import { flaggedTexts, SENTENCES, swapThenCtrlZ, typeLines, waitFinding } from './steps';

let h: Harness;
beforeAll(async () => { h = await launch(); });
afterAll(async () => { await h?.close(); });
afterEach(() => { expect(h.errors).toEqual([]); });

describe('Outlook on the web', () => {
  it('new message: flags, swaps, Ctrl+Z restores; the signature is not read', async () => {
    const page = await h.open('https://outlook.office.com/mail/deeplink/compose', fixture('outlook-new.html'));
    const body = '#editorParent_1 > [role="textbox"]';
    const signatureBefore = await htmlOf(page, '#Signature');
    await caretAtStart(page, body);
    await typeLines(page, ['Hi Dana,', `${SENTENCES.defensive} ${SENTENCES.withdrawal}`]);
    await waitFinding(page, 'defensive');
    await waitFinding(page, 'withdrawal');
    expect(await page.locator(SIDEBAR).count()).toBe(1);
    expect(await highlightCount(page, 'withdrawal')).toBeGreaterThan(0);
    // "Take it or leave it." sits in the signature only.
    expect(await page.locator(finding('ego')).count()).toBe(0);
    await swapThenCtrlZ(page, body, 'withdrawal');
    expect(await htmlOf(page, '#Signature')).toBe(signatureBefore);
    // The recipient well (contenteditable, single line) was never taken for the body.
    expect(await page.locator(`${SIDEBAR} [data-testid="coach"]`).getAttribute('data-draft')).toBe('outlook:editorParent_1');
    await page.close();
  });

  it('reply with history (outlook.live.com): history and signature neither flagged nor changed', async () => {
    const page = await h.open('https://outlook.live.com/mail/0/inbox/id/AAQk2', fixture('outlook-reply.html'));
    const body = '#editorParent_2 > [role="textbox"]';
    const historyBefore = await page.evaluate(() => {
      const b = document.querySelector('#editorParent_2 > [role="textbox"]')!;
      const start = b.querySelector('#appendonsend')!;
      const parts = [b.querySelector('#Signature')!.outerHTML];
      for (let n: Element | null = start; n; n = n.nextElementSibling) parts.push(n.outerHTML);
      return parts.join('');
    });
    await caretAtStart(page, body);
    await typeLines(page, [`Hi Dana, thanks for the note.`, SENTENCES.why]);
    await waitFinding(page, 'why');
    await page.waitForTimeout(400);
    expect(await flaggedTexts(page)).toEqual([SENTENCES.why]);
    expect(await page.locator(`${SIDEBAR} [data-testid="draft-tab"]`).textContent()).toBe('Reply');
    await swapThenCtrlZ(page, body, 'why');
    const historyAfter = await page.evaluate(() => {
      const b = document.querySelector('#editorParent_2 > [role="textbox"]')!;
      const start = b.querySelector('#appendonsend')!;
      const parts = [b.querySelector('#Signature')!.outerHTML];
      for (let n: Element | null = start; n; n = n.nextElementSibling) parts.push(n.outerHTML);
      return parts.join('');
    });
    expect(historyAfter).toBe(historyBefore);
    expect(await textOf(page, '#UniqueMessageBody_1')).toBe("Why can't you deliver by Friday? Take it or leave it.");
    await page.close();
  });

  it('outlook.office365.com is covered too', async () => {
    const page = await h.open('https://outlook.office365.com/mail/', fixture('outlook-new.html'));
    await caretAtStart(page, '#editorParent_1 > [role="textbox"]');
    await typeLines(page, [SENTENCES.ego]);
    await waitFinding(page, 'ego');
    await page.close();
  });
});
