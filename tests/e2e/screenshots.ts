// Screenshots of the sidebar on both sites, for the README: a normal and a narrow window, light
// and dark, and the collapsed badge. Needs a build first: `npm run screenshots`.
import { caretAtStart, finding, fixture, launch, SIDEBAR } from '../tests/e2e/harness';
import { typeLines } from '../tests/e2e/steps';

const OUT = 'docs/screenshots';
const LINES = [
  'Hi Dana,',
  "Why can't you deliver by Friday? As I said before, the deadline can't move.",
  'It sounds like the timeline is the main worry. Take it or leave it.',
];
const REPLY_LINES = [
  'Hi Dana,',
  "It sounds like the timeline is the main worry. Why can't you deliver by Friday?",
  'Fine, forget it.',
];

interface Scene { name: string; file: string; url: string; body: string; width: number; height: number; dark?: boolean; lines: string[]; collapse?: boolean }
const GMAIL_BODY = '[g_editable="true"][role="textbox"]';
const scenes: Scene[] = [
  { name: 'gmail-light', file: 'gmail-new.html', url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', body: GMAIL_BODY, width: 1440, height: 900, lines: LINES },
  { name: 'gmail-narrow', file: 'gmail-new.html', url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', body: GMAIL_BODY, width: 760, height: 900, lines: LINES },
  { name: 'gmail-dark', file: 'gmail-new.html', url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', body: GMAIL_BODY, width: 1440, height: 900, dark: true, lines: LINES },
  { name: 'gmail-badge', file: 'gmail-new.html', url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', body: GMAIL_BODY, width: 1440, height: 900, lines: LINES, collapse: true },
  { name: 'outlook-light', file: 'outlook-reply.html', url: 'https://outlook.office.com/mail/inbox/id/AAQk2', body: '#editorParent_2 > [role="textbox"]', width: 1440, height: 900, lines: REPLY_LINES },
  { name: 'outlook-narrow', file: 'outlook-new.html', url: 'https://outlook.office.com/mail/deeplink/compose', body: '#editorParent_1 > [role="textbox"]', width: 760, height: 900, lines: LINES },
];

for (const s of scenes) {
  const h = await launch({ width: s.width, height: s.height, colorScheme: s.dark ? 'dark' : 'light' });
  try {
    const page = await h.open(s.url, fixture(s.file));
    await caretAtStart(page, s.body);
    await typeLines(page, s.lines);
    await page.locator(finding('why')).first().waitFor();
    if (s.collapse) {
      await page.locator(`${SIDEBAR} [data-testid="collapse"]`).click();
      await page.locator(`${SIDEBAR} [data-testid="badge"]`).waitFor();
    }
    await page.mouse.move(0, 0);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUT}/${s.name}.png` });
    console.log(`${OUT}/${s.name}.png`);
  } finally {
    await h.close();
  }
}
