// Screenshots in Firefox ESR with the built Firefox extension, for the README: a Gmail new message,
// a Gmail reply's Thread tab, an Outlook reply, and the pop-out composes of both sites. Needs the
// Firefox build first: `npm run screenshots` builds both.
import type { Page } from 'puppeteer-core';
import { launchFirefox } from './firefox-harness';
import { fixture } from './harness';

const OUT = 'docs/screenshots';
const GMAIL_BODY = '[g_editable="true"][role="textbox"]';
const OUTLOOK_BODY = '[id^="editorParent_"] > [role="textbox"]';
const LINES = ['Hi Dana,', "Why can't you deliver by Friday? As I said before, the deadline can't move.", 'It sounds like the timeline is the main worry. Take it or leave it.'];
const REPLY_LINES = ['Hi Dana,', "It sounds like the timeline is the main worry. Why can't you deliver by Friday?", 'Fine, forget it.'];

interface Scene { name: string; file: string; url: string; body: string; width: number; height: number; lines: string[]; thread?: boolean; waiting?: boolean }
const scenes: Scene[] = [
  { name: 'firefox-gmail', file: 'gmail-new.html', url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', body: GMAIL_BODY, width: 1440, height: 900, lines: LINES },
  { name: 'firefox-gmail-thread', file: 'gmail-thread.html', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKprice', body: '#\\:t1', width: 1440, height: 1240, lines: ['Hi Priya,'], thread: true },
  { name: 'firefox-outlook', file: 'outlook-reply.html', url: 'https://outlook.office.com/mail/inbox/id/AAQk2', body: '#editorParent_2 > [role="textbox"]', width: 1440, height: 900, lines: REPLY_LINES },
  { name: 'firefox-gmail-popout', file: 'gmail-popout.html', url: 'https://mail.google.com/mail/u/0/?view=cm&fs=1&tf=1', body: GMAIL_BODY, width: 900, height: 720, lines: REPLY_LINES, waiting: true },
  { name: 'firefox-outlook-popout', file: 'outlook-popout.html', url: 'https://outlook.office.com/mail/deeplink/compose/AAQk3?popoutv2=1', body: OUTLOOK_BODY, width: 900, height: 720, lines: REPLY_LINES },
];

const inSidebar = (page: Page, selector: string) => page.evaluate((sel) => !!document.querySelector('balcony-sidebar')?.shadowRoot?.querySelector(sel), selector);
const clickInSidebar = (page: Page, selector: string) => page.evaluate((sel) => document.querySelector('balcony-sidebar')!.shadowRoot!.querySelector<HTMLElement>(sel)!.click(), selector);
async function until(ok: () => Promise<boolean>, what: string) {
  const end = Date.now() + 20_000;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const h = await launchFirefox();
try {
  const only = process.argv.slice(2);
  for (const s of scenes.filter((x) => !only.length || only.includes(x.name))) {
    const page = await h.open(s.url, fixture(s.file));
    await page.setViewport({ width: s.width, height: s.height });
    await page.click(s.body);
    await page.keyboard.down('Control');
    await page.keyboard.press('Home');
    await page.keyboard.up('Control');
    for (const [i, line] of s.lines.entries()) {
      if (i) await page.keyboard.press('Enter');
      await page.keyboard.type(line);
    }
    await until(() => inSidebar(page, '[data-testid="coach"]'), 'the coach');
    if (!s.waiting && await inSidebar(page, '[data-testid="coach"][data-waiting="true"] [data-testid="badge"]')) await clickInSidebar(page, '[data-testid="badge"]');
    if (s.waiting) await until(() => inSidebar(page, '[data-testid="coach"][data-waiting="true"] [data-testid="badge"]'), 'the badge');
    else if (s.thread) {
      await until(() => inSidebar(page, '[data-testid="thread-tab"]'), 'the Thread tab');
      await clickInSidebar(page, '[data-testid="thread-tab"]');
      await until(() => inSidebar(page, '[data-testid="thread-message"]'), 'the thread');
    } else await until(() => inSidebar(page, '[data-testid="finding"]'), 'a finding');
    await page.mouse.move(0, 0);
    await new Promise((r) => setTimeout(r, 600));
    await page.screenshot({ path: `${OUT}/${s.name}.png` });
    console.log(`${OUT}/${s.name}.png`);
    await page.close();
  }
} finally {
  await h.close();
}
