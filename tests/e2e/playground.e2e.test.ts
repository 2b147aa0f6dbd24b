// The playground page in the real browser: pasted text gets the same coaching as the sidebar, a
// swap rewrites the text, "Undo last swap" puts it back, their message is decoded, and the page
// follows the settings.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { openExtensionPage } from './extension-pages';
import { SENTENCES } from './steps';

let h: Harness;
beforeAll(async () => { h = await launch(); });
afterAll(async () => { await h?.close(); });
afterEach(() => {
  expect(h.errors).toEqual([]);
  expect(h.requests.filter((u) => !u.startsWith('chrome-extension://'))).toEqual([]); // no network at all
});

describe('playground', () => {
  it('coaches a pasted draft, swaps and undoes, decodes their no, and follows the settings', async () => {
    const page = await openExtensionPage(h, 'playground.html');
    const draft = page.locator('[data-testid="draft"]');
    await draft.fill(`Hi Dana,\n${SENTENCES.why} ${SENTENCES.ego}`);
    const why = page.locator('[data-testid="finding"][data-category="why"]');
    await why.waitFor();
    expect(await page.locator('[data-testid="finding"][data-category="ego"]').count()).toBe(1);

    const best = (await why.locator('[data-testid="swap"] .bc-swap-text').first().textContent())!.trim();
    await why.locator('[data-testid="swap"]').first().click();
    await expect.poll(() => draft.inputValue()).toBe(`Hi Dana,\n${best} ${SENTENCES.ego}`);
    await page.locator('[data-testid="undo-swap"]').click();
    await expect.poll(() => draft.inputValue()).toBe(`Hi Dana,\n${SENTENCES.why} ${SENTENCES.ego}`);

    await page.locator('[data-testid="theirs"]').fill("We can't sign this quarter, the budget is already spent and the price is too high.");
    await page.locator('[data-testid="no-decoded"]').waitFor();
    expect(['price', 'timing']).toContain(await page.locator('[data-testid="no-decoded"]').getAttribute('data-no-reason'));
    expect(await page.locator('[data-testid="opener"]').count()).toBeGreaterThan(0);

    // A category turned off in the options page is off here too (live).
    const options = await openExtensionPage(h, 'options.html');
    await options.locator('[data-testid="category-toggle"][data-category="ego"]').uncheck();
    await expect.poll(() => page.locator('[data-testid="finding"][data-category="ego"]').count()).toBe(0);
    await options.locator('[data-testid="category-toggle"][data-category="ego"]').check();
    await options.close();

    // A draft in another language: a note instead of flags.
    await draft.fill('Hallo Dana, warum können Sie nicht bis Freitag liefern? Wir brauchen die Ware dringend, bitte.');
    await expect.poll(() => page.locator('[data-testid="finding"]').count()).toBe(0);
    expect(await page.locator('[data-testid="notice"]').textContent()).toMatch(/doesn't look like English/);
  });
});
