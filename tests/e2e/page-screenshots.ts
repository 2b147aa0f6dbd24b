// Screenshots of the extension's own pages for the README and the store: options (light and dark),
// the popup on a Gmail tab, and the playground with the example. Needs a build first:
// `npx wxt build && npx tsx tests/e2e/page-screenshots.ts`.
import { caretAtStart, finding, fixture, launch } from './harness';
import { mailTabId, openExtensionPage } from './extension-pages';
import { typeLines } from './steps';

const OUT = 'docs/screenshots';
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
  } finally {
    await h.close();
  }
}
