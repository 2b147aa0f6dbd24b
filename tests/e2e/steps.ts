// Shared steps for the end-to-end tests.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { SIDEBAR, finding, textOf } from './harness';

export const SENTENCES = {
  why: "Why can't you deliver by Friday?",
  defensive: "As I said before, the deadline can't move.",
  ego: 'Take it or leave it.',
  withdrawal: 'Fine, forget it.',
  strength: 'It sounds like the timeline is the main worry.',
};

/** Type lines with the keyboard, pressing Enter between them. */
export async function typeLines(page: Page, lines: string[]): Promise<void> {
  for (const [i, line] of lines.entries()) {
    if (i) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}

/**
 * The coach as the writer reaches it: where it waits as a badge by the draft (no room beside the
 * draft and the messages it answers), a click on the badge opens it.
 */
export async function askCoach(page: Page, timeout = 10_000): Promise<void> {
  const coach = page.locator(`${SIDEBAR} [data-testid="coach"]`);
  await coach.waitFor({ timeout });
  if ((await coach.getAttribute('data-waiting')) === 'true' && !(await page.locator(`${SIDEBAR} [data-testid="sidebar"]`).count())) {
    await page.locator(`${SIDEBAR} [data-testid="badge"]`).click();
    await page.locator(`${SIDEBAR} [data-testid="sidebar"]`).waitFor({ timeout });
  }
}

/** The first card of `category`, once the coach shows it (asking for the coach if it waits as a badge). */
export async function waitFinding(page: Page, category: string, timeout = 10_000) {
  const card = page.locator(finding(category)).first();
  const waiting = page.locator(`${SIDEBAR} [data-testid="coach"][data-waiting="true"][data-collapsed="false"] [data-testid="badge"]`);
  await card.or(waiting).first().waitFor({ timeout });
  if (!(await card.count())) {
    await waiting.click();
    await card.waitFor({ timeout });
  }
  return card;
}

/** Read the first finding of `category`: its flagged words and its best suggestion. */
export async function readFinding(page: Page, category: string): Promise<{ flagged: string; suggestion: string }> {
  const card = await waitFinding(page, category);
  const flagged = (await card.locator('[data-testid="finding-text"]').textContent())!.trim();
  const suggestion = (await card.locator('[data-testid="swap"]').first().locator('.bc-swap-text').textContent())!.trim();
  return { flagged, suggestion };
}

/** Click the best swap of the first finding of `category`; returns what was flagged and what was offered. */
export async function swapFirst(page: Page, category: string): Promise<{ flagged: string; suggestion: string }> {
  const r = await readFinding(page, category);
  await page.locator(finding(category)).first().locator('[data-testid="swap"]').first().click();
  return r;
}

/** Swap, check the draft, press Ctrl+Z, check the original words are back. */
export async function swapThenCtrlZ(page: Page, body: string, category: string): Promise<{ flagged: string; suggestion: string }> {
  const before = await textOf(page, body);
  const r = await swapFirst(page, category);
  expect(before).toContain(r.flagged);
  await expect.poll(() => textOf(page, body)).toContain(r.suggestion);
  expect(await textOf(page, body)).toBe(before.replace(r.flagged, r.suggestion));
  await page.keyboard.press('Control+z');
  await expect.poll(() => textOf(page, body)).toBe(before);
  return r;
}

/** The flagged words of every finding in the sidebar. */
export async function flaggedTexts(page: Page): Promise<string[]> {
  return (await page.locator(`${finding()} [data-testid="finding-text"]`).allTextContents()).map((t) => t.trim());
}
