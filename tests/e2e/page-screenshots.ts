// Screenshots of the extension's own pages for the README and the store: options (light and dark),
// the popup on a Gmail tab, and the playground with the example. Needs a build first:
// `npx wxt build && npx tsx tests/e2e/page-screenshots.ts`.
import { caretAtStart, finding, fixture, launch } from './harness';
import { mailTabId, openExtensionPage } from './extension-pages';
import { typeLines } from './steps';
import { dayOf, emptyInsights, record, type InsightEvent, type Insights } from '../../lib/insights/schema';
import { rng } from '../../tools/random';

const OUT = 'docs/screenshots';

/**
 * Two months of a writer's counts, generated (seeded, so the picture is the same each time): "as I
 * said" and why-demands most days, fewer as the weeks go on, more swaps taken, labels used more.
 */
function generatedInsights(now: Date): Insights {
  const s = emptyInsights();
  const r = rng(7);
  const pick = (n: number) => Math.floor(r() * n);
  for (let ago = 60; ago >= 0; ago--) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ago);
    if (day.getDay() === 0 || day.getDay() === 6) continue;
    const fade = 0.45 + ago / 90; // habits fade as the weeks go on
    const events: InsightEvent[] = [];
    const drafts = 2 + pick(4);
    for (let i = 0; i < drafts; i++) events.push({ kind: 'coached' });
    const habitsToday: Array<[string, 'why' | 'defensive' | 'ego' | 'withdrawal', number]> = [
      ['defensive.as-i-said', 'defensive', 2.2], ['why.direct-question', 'why', 1.8], ['ego.ultimatum', 'ego', 0.7], ['withdrawal.forget-it', 'withdrawal', 0.6], ['defensive.counter-blame', 'defensive', 0.6],
    ];
    for (const [group, category, rate] of habitsToday) {
      const n = Math.round(rate * fade * (0.5 + r()));
      for (let i = 0; i < n; i++) {
        events.push({ kind: 'shown', group, category });
        if (r() < 0.35 + (60 - ago) / 120) events.push({ kind: 'swapped', group, category });
      }
    }
    const labels = Math.round((ago < 30 ? 1.6 : 0.8) * r() * 2);
    for (let i = 0; i < labels; i++) events.push({ kind: 'shown', group: 'strength.label', category: 'strength' });
    if (ago < 30 && r() < 0.5) events.push({ kind: 'shown', group: 'strength.calibrated-question', category: 'strength' });
    for (let i = 0; i < drafts; i++) events.push({ kind: 'sent', reply: r() < 0.8, heated: r() < 0.18 * fade });
    record(s, dayOf(day), events);
  }
  return s;
}
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox?compose=new';

for (const dark of [false, true]) {
  const h = await launch({ width: 1280, height: 900, colorScheme: dark ? 'dark' : 'light' });
  try {
    const suffix = dark ? '-dark' : '';
    const options = await openExtensionPage(h, 'options.html');
    await options.locator('[data-testid="category-toggle"]').first().waitFor();
    await options.screenshot({ path: `${OUT}/options${suffix}.png`, fullPage: true });
    console.log(`${OUT}/options${suffix}.png`);

    const play = await openExtensionPage(h, 'playground.html');
    await play.locator('[data-testid="example"]').click();
    await play.locator('[data-testid="finding"]').first().waitFor();
    await play.mouse.move(0, 0);
    await play.screenshot({ path: `${OUT}/playground${suffix}.png` });
    console.log(`${OUT}/playground${suffix}.png`);

    const gmail = await h.open(GMAIL, fixture('gmail-new.html'));
    await caretAtStart(gmail, '[g_editable="true"][role="textbox"]');
    await typeLines(gmail, ['Hi Dana,', "Why can't you deliver by Friday? Take it or leave it."]);
    await gmail.locator(finding('why')).first().waitFor();
    const tab = await mailTabId(options, 'gmail');
    const popup = await openExtensionPage(h, `popup.html?tab=${tab}`);
    await popup.setViewportSize({ width: 320, height: 300 });
    await popup.locator('[data-testid="popup"][data-state="on"]').waitFor();
    const box = await popup.locator('[data-testid="popup"]').boundingBox();
    await popup.screenshot({ path: `${OUT}/popup${suffix}.png`, clip: { x: 0, y: 0, width: 320, height: Math.ceil(box!.height) } });
    console.log(`${OUT}/popup${suffix}.png`);

    // Insights: the empty state, then two months of generated counts (written straight into storage).
    const insights = await openExtensionPage(h, 'insights.html');
    await insights.setViewportSize({ width: 900, height: 1000 });
    await (await h.serviceWorker()).evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('balcony.insights'));
    await insights.reload();
    await insights.locator('[data-testid="insights-empty"]').waitFor();
    if (!dark) {
      await insights.screenshot({ path: `${OUT}/insights-empty.png` });
      console.log(`${OUT}/insights-empty.png`);
    }
    const month = generatedInsights(new Date());
    await (await h.serviceWorker()).evaluate((v) => (globalThis as unknown as { chrome: { storage: { local: { set(x: object): Promise<void> } } } }).chrome.storage.local.set({ 'balcony.insights': v }), month);
    await insights.locator('[data-testid="insights-chart"]').waitFor();
    await insights.waitForTimeout(300);
    await insights.screenshot({ path: `${OUT}/insights${suffix}.png`, fullPage: true });
    console.log(`${OUT}/insights${suffix}.png`);
  } finally {
    await h.close();
  }
}
