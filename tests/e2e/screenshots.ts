// Screenshots of the sidebar on both sites in Chromium, for the README: a normal and a narrow
// window, light and dark, the collapsed badge, the Thread tab on a conversation, and the pop-out
// and full-screen composes (Firefox's are taken by firefox-screenshots.ts). Needs a build first:
// `npm run screenshots`.
import { caretAtStart, fixture, launch, SIDEBAR } from './harness';
import { typeLines, askCoach, waitFinding } from './steps';

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

interface Scene { /** The category whose card must be there before the picture (default why). */ waitFor?: string; name: string; file: string; url: string; body: string; width: number; height: number; dark?: boolean; lines: string[]; collapse?: boolean; thread?: boolean; /** Leave the coach waiting as a badge by the draft (no room beside it). */ waiting?: boolean;
  /** Wait for the "Your no" card. */ ownNo?: boolean;
  /** Press this Send control and wait for the pause before Send. */ send?: string }
const GMAIL_BODY = '[g_editable="true"][role="textbox"]';
const JUDGED_LINES = [
  'Hi Sam,',
  'Thanks for the update on the freight.',
  "I'll stop chasing the invoice and close the account at the end of the month.",
];
const OWN_NO_LINES = ['Hi Dana,', 'Thanks for the revised quote. We can’t sign at $18,000 for the rollout.', 'Best, Alex'];
const HEATED_LINES = ['Dana,', 'This is RIDICULOUS! You ALWAYS move the goalposts. Take it or leave it.'];
const scenes: Scene[] = [
  { name: 'gmail-judgement', file: 'gmail-new.html', url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', body: GMAIL_BODY, width: 1440, height: 900, lines: JUDGED_LINES, waitFor: 'withdrawal' },
  { name: 'gmail-light', file: 'gmail-new.html', url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', body: GMAIL_BODY, width: 1440, height: 900, lines: LINES },
  { name: 'gmail-narrow', file: 'gmail-new.html', url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', body: GMAIL_BODY, width: 760, height: 900, lines: LINES },
  { name: 'gmail-dark', file: 'gmail-new.html', url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', body: GMAIL_BODY, width: 1440, height: 900, dark: true, lines: LINES },
  { name: 'gmail-badge', file: 'gmail-new.html', url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', body: GMAIL_BODY, width: 1440, height: 900, lines: LINES, collapse: true },
  { name: 'outlook-light', file: 'outlook-reply.html', url: 'https://outlook.office.com/mail/inbox/id/AAQk2', body: '#editorParent_2 > [role="textbox"]', width: 1440, height: 900, lines: REPLY_LINES },
  { name: 'outlook-narrow', file: 'outlook-new.html', url: 'https://outlook.office.com/mail/deeplink/compose', body: '#editorParent_1 > [role="textbox"]', width: 760, height: 900, lines: LINES },
  { name: 'gmail-thread', file: 'gmail-thread.html', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKprice', body: '#\\:t1', width: 1440, height: 1240, lines: ['Hi Priya,'], thread: true },
  { name: 'gmail-thread-dark', file: 'gmail-thread.html', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKprice', body: '#\\:t1', width: 1440, height: 1240, dark: true, lines: ['Hi Priya,'], thread: true },
  { name: 'gmail-balcony', file: 'gmail-thread.html', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKprice', body: '#\\:t1', width: 1440, height: 1000, lines: ['Priya,', "Why should we pay for YOUR problems? This is RIDICULOUS! You always do this. Take it or leave it."] },
  { name: 'gmail-reply-waiting', file: 'gmail-thread.html', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKprice', body: '#\\:t1', width: 1280, height: 800, lines: ['Priya,', "Why can't you hold the price until March?"], waiting: true },
  // Pop-out and full-screen composes: the coach waits as a badge in the editor's corner (the window
  // is all draft), and opens over it only when asked.
  { name: 'gmail-popout', file: 'gmail-popout.html', url: 'https://mail.google.com/mail/u/0/?view=cm&fs=1&tf=1', body: GMAIL_BODY, width: 900, height: 720, lines: REPLY_LINES, waiting: true },
  { name: 'gmail-fullscreen', file: 'gmail-fullscreen.html', url: 'https://mail.google.com/mail/u/0/#inbox?compose=full', body: GMAIL_BODY, width: 1440, height: 900, lines: LINES },
  { name: 'outlook-popout', file: 'outlook-popout.html', url: 'https://outlook.office.com/mail/deeplink/compose/AAQk3?popoutv2=1', body: '#editorParent_1 > [role="textbox"]', width: 900, height: 720, lines: REPLY_LINES, waiting: true },
  // The writer's own "no", and the breath before Send, on both sites, light and dark.
  { name: 'gmail-own-no', file: 'gmail-new.html', url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', body: GMAIL_BODY, width: 1440, height: 900, lines: OWN_NO_LINES, ownNo: true },
  { name: 'gmail-own-no-dark', file: 'gmail-new.html', url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', body: GMAIL_BODY, width: 1440, height: 900, dark: true, lines: OWN_NO_LINES, ownNo: true },
  { name: 'outlook-own-no', file: 'outlook-new.html', url: 'https://outlook.office.com/mail/deeplink/compose', body: '#editorParent_1 > [role="textbox"]', width: 1440, height: 900, lines: OWN_NO_LINES, ownNo: true },
  { name: 'outlook-own-no-dark', file: 'outlook-new.html', url: 'https://outlook.office.com/mail/deeplink/compose', body: '#editorParent_1 > [role="textbox"]', width: 1440, height: 900, dark: true, lines: OWN_NO_LINES, ownNo: true },
  { name: 'gmail-send-pause', file: 'gmail-new.html', url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', body: GMAIL_BODY, width: 1440, height: 900, lines: HEATED_LINES, send: '.btC [role="button"].aoO' },
  { name: 'gmail-send-pause-dark', file: 'gmail-new.html', url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', body: GMAIL_BODY, width: 1440, height: 900, dark: true, lines: HEATED_LINES, send: '.btC [role="button"].aoO' },
  { name: 'outlook-send-pause', file: 'outlook-reply.html', url: 'https://outlook.office.com/mail/inbox/id/AAQk2', body: '#editorParent_2 > [role="textbox"]', width: 1440, height: 900, lines: HEATED_LINES, send: '[data-testid="ComposeSendButton"]' },
  { name: 'outlook-send-pause-dark', file: 'outlook-reply.html', url: 'https://outlook.office.com/mail/inbox/id/AAQk2', body: '#editorParent_2 > [role="textbox"]', width: 1440, height: 900, dark: true, lines: HEATED_LINES, send: '[data-testid="ComposeSendButton"]' },
  { name: 'outlook-thread', file: 'outlook-thread.html', url: 'https://outlook.office.com/mail/inbox/id/AAQkADc3', body: '#editorParent_3 > [role="textbox"]', width: 1440, height: 1240, lines: ['Hi Marta,'], thread: true },
];

// `npm run screenshots -- gmail-thread outlook-thread` takes only the named scenes.
const only = process.argv.slice(2);
for (const s of scenes.filter((x) => !only.length || only.includes(x.name))) {
  const h = await launch({ width: s.width, height: s.height, colorScheme: s.dark ? 'dark' : 'light' });
  try {
    const page = await h.open(s.url, fixture(s.file));
    await caretAtStart(page, s.body);
    await typeLines(page, s.lines);
    if (s.thread) {
      await askCoach(page);
      await page.locator(`${SIDEBAR} [data-testid="thread-tab"]`).click();
      await page.locator(`${SIDEBAR} [data-testid="thread-message"]`).first().waitFor();
    } else if (s.ownNo) {
      await askCoach(page);
      await page.locator(`${SIDEBAR} [data-testid="own-no"]`).waitFor({ timeout: 30_000 });
    } else if (s.send) {
      await page.locator(`${SIDEBAR} [data-testid="coach"]`).waitFor();
      await page.waitForTimeout(1200);
      await page.click(s.send);
      await page.locator(`${SIDEBAR} [data-testid="send-pause"]`).waitFor();
    } else if (s.waiting) {
      await page.locator(`${SIDEBAR} [data-testid="coach"][data-waiting="true"] [data-testid="badge"]`).waitFor();
    } else {
      await waitFinding(page, s.waitFor ?? 'why', 30_000);
    }
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
