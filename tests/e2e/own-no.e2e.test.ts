// "Your no" in the built extension: a refusal typed into a Gmail draft gets the card, an insert
// goes in after the refusal through the browser's editing path with its first slot selected for
// the writer to type over, and Ctrl+Z takes it out; on Outlook a firm no that already names the part
// and leaves a door open gets the strength note and nothing to insert.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { caretAtStart, fixture, launch, SIDEBAR, textOf, type Harness } from './harness';
import { askCoach, typeLines } from './steps';

let h: Harness;
beforeAll(async () => { h = await launch(); });
afterAll(async () => { await h?.close(); });
afterEach(() => { expect(h.errors).toEqual([]); });

const CARD = `${SIDEBAR} [data-testid="own-no"]`;

describe('Your no', () => {
  it('Gmail: a closed no on price gets a trade inserted after it, its slot selected, and Ctrl+Z takes it out', async () => {
    const page = await h.open('https://mail.google.com/mail/u/0/#inbox?compose=new', fixture('gmail-new.html'));
    const body = '[g_editable="true"][role="textbox"]';
    await caretAtStart(page, body);
    await typeLines(page, ['Hi Jo,', 'Thanks for the quote. We can’t sign at that price.', 'Best, Sam']);
    await askCoach(page);
    const card = page.locator(CARD);
    await card.waitFor();
    expect(await card.getAttribute('data-part')).toBe('price');
    expect(await card.getAttribute('data-door-open')).toBe('false');
    const before = await textOf(page, body);
    const trade = card.locator('[data-testid="own-no-insert"][data-kind="if-then"]');
    await trade.click();
    const inserted = 'If you can [bring the price closer to our budget], then we can sign it.';
    await expect.poll(() => textOf(page, body)).toContain(inserted);
    expect(await textOf(page, body)).toBe(before.replace('at that price.', `at that price. ${inserted}`));
    // The slot is selected: typing replaces it.
    expect(await page.evaluate(() => getSelection()!.toString())).toBe('[bring the price closer to our budget]');
    await page.keyboard.type('commit to twelve months');
    await expect.poll(() => textOf(page, body)).toContain('If you can commit to twelve months, then we can sign it.');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => textOf(page, body)).toBe(before);
    await page.close();
  });

  it('Outlook: a firm no that names the part and leaves a door open gets the strength note, with nothing to insert', async () => {
    const page = await h.open('https://outlook.office.com/mail/deeplink/compose', fixture('outlook-new.html'));
    await caretAtStart(page, '#editorParent_1 > [role="textbox"]');
    await typeLines(page, ['Hi Dana,', 'We can’t start the audit on the 3rd: our team is fully booked until the end of the month. If the 28th works for you, we can commit two auditors for the whole week.']);
    await askCoach(page);
    const card = page.locator(CARD);
    await card.waitFor();
    expect(await card.getAttribute('data-part')).toBe('timing');
    expect(await card.getAttribute('data-door-open')).toBe('true');
    await page.locator(`${SIDEBAR} [data-testid="own-no-strength"]`).waitFor();
    expect(await page.locator(`${SIDEBAR} [data-testid="own-no-insert"]`).count()).toBe(0);
    await page.close();
  });
});
