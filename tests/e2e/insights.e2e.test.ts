// Insights, end to end: drafts with known findings typed in the Gmail and Outlook fixtures, one
// swapped and one ignored, a reply sent; the insights page then shows the counts and the habits;
// the storage holds no draft text, name or address; Delete empties it. Then the offer to quiet a
// kind set aside five times, and the page's screenshots with a month of generated counts.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { caretAtStart, finding, fixture, launch, SIDEBAR, type Harness } from './harness';
import { openExtensionPage } from './extension-pages';
import { SENTENCES, typeLines, waitFinding } from './steps';

let h: Harness;
beforeAll(async () => { h = await launch(); });
afterAll(async () => { await h?.close(); });
afterEach(() => { expect(h.errors).toEqual([]); });

type Store = { chrome: { storage: { local: { get(k: string | null): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } };
const dump = async (h: Harness) => JSON.stringify(await (await h.serviceWorker()).evaluate(() => (globalThis as unknown as Store).chrome.storage.local.get(null)));
const groupOf = async (page: Page, category: string) => ((await page.locator(finding(category)).first().getAttribute('data-rule')) ?? '').split('/')[0]!;

describe('insights', () => {
  it('counts what happened in Gmail and Outlook, shows the habits, keeps no text, and Delete empties it', async () => {
    const gmail = await h.open('https://mail.google.com/mail/u/0/#inbox?compose=new', fixture('gmail-new.html'));
    await caretAtStart(gmail, '[g_editable="true"][role="textbox"]');
    await typeLines(gmail, ['Hi Dana,', `${SENTENCES.why} ${SENTENCES.defensive}`]);
    await waitFinding(gmail, 'why');
    await waitFinding(gmail, 'defensive');
    const why = await groupOf(gmail, 'why');
    const defensive = await groupOf(gmail, 'defensive');
    await gmail.locator(finding('why')).first().locator('[data-testid="swap"]').first().click();
    await gmail.locator(finding('defensive')).first().locator('[data-testid="ignore-once"]').click();
    await expect.poll(() => gmail.locator(finding('defensive')).count()).toBe(0);

    const outlook = await h.open('https://outlook.live.com/mail/0/inbox/id/AAQk2', fixture('outlook-reply.html'));
    await caretAtStart(outlook, '#editorParent_2 > [role="textbox"]');
    await typeLines(outlook, [`Thanks for the note. ${SENTENCES.ego}`]);
    await waitFinding(outlook, 'ego');
    const ego = await groupOf(outlook, 'ego');
    await outlook.waitForTimeout(900);
    await outlook.click('[data-testid="ComposeSendButton"]');
    expect(await outlook.evaluate(() => (window as unknown as { sends: string[] }).sends.length)).toBe(1);

    const page = await openExtensionPage(h, 'insights.html');
    await expect.poll(async () => (await page.locator('[data-testid="insights-habit"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule-group')))).sort(), { timeout: 10_000 })
      .toEqual([defensive, ego, why].sort());
    expect(await page.locator('[data-testid="insights-habit"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-times')))).toEqual(['1', '1', '1']);
    await page.locator('[data-testid="insights-chart"]').waitFor();
    const week = page.locator('[data-testid="insights-chart"] g[data-week]').last();
    expect(await week.getAttribute('data-flags')).toBe('3');
    expect(await week.getAttribute('data-swapped')).toBe('1');
    expect(await page.locator('[data-testid="insights-drafts"] .in-stat-n').textContent()).toBe('2');
    // The one reply sent: counted, and its share of cool replies shown.
    expect(await page.locator('[data-testid="insights-cool"] .in-stat-l').textContent()).toContain('(1 sent)');
    expect(await page.locator('[data-testid="insights-cool"] .in-stat-n').textContent()).toMatch(/^(0|100)%$/);
    // What is stored: counts by rule group; no draft text, names or addresses.
    const stored = await dump(h);
    for (const words of ['Dana', 'Friday', 'deadline', 'leave it', 'dana@', 'contoso', 'Alex', 'Take it']) expect(stored).not.toContain(words);
    expect(stored).toContain(defensive);
    await page.locator('[data-testid="insights-delete"]').click();
    await page.locator('[data-testid="insights-empty"]').waitFor();
    expect(await dump(h)).not.toContain('balcony.insights');
    await Promise.all([gmail.close(), outlook.close(), page.close()]);
  });

  it('a kind set aside five times in 30 days: its card offers to turn it off or make Balcony gentler; "Turn it off" does, nothing else changes by itself', async () => {
    // Another draft: the first test's "Ignore once" is remembered for its draft.
    const gmail = await h.open('https://mail.google.com/mail/u/0/#inbox?compose=new', fixture('gmail-new.html').replace('r-7673660351152959857', 'r-1515151515'));
    await caretAtStart(gmail, '[g_editable="true"][role="textbox"]');
    await typeLines(gmail, ['Hi Dana,', SENTENCES.defensive]);
    await waitFinding(gmail, 'defensive');
    const group = await groupOf(gmail, 'defensive');
    expect(await gmail.locator(`${SIDEBAR} [data-testid="quiet-offer"]`).count()).toBe(0);
    // Five "Ignore once" of this kind this month (as the background would have counted them).
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    await (await h.serviceWorker()).evaluate(({ day, group }) => (globalThis as unknown as Store).chrome.storage.local.set({
      'balcony.insights': { version: 1, days: { [day]: { drafts: 5, groups: { [group]: { category: 'defensive', shown: 5, swapped: 0, ignored: 5, turnedOff: 0 } }, sent: {} } } },
    }), { day, group });
    const offer = gmail.locator(`${SIDEBAR} [data-testid="quiet-offer"]`);
    await offer.waitFor();
    expect(await gmail.locator(finding('defensive')).count()).toBe(1); // offered, not done
    await offer.locator('[data-testid="quiet-offer-off"]').click();
    await expect.poll(() => gmail.locator(finding('defensive')).count()).toBe(0);
    const settings = await (await h.serviceWorker()).evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, { disabledRules: string[]; sensitivity: string }>> } } } }).chrome.storage.sync.get('balcony.settings'));
    expect(settings['balcony.settings']!.disabledRules).toContain(group);
    expect(settings['balcony.settings']!.sensitivity).toBe('balanced');
    await gmail.close();
  });
});
