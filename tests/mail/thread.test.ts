// @vitest-environment happy-dom
// Reading the conversation for the thread view: the adapters on the project's thread fixtures,
// body text without quotes/trimmed blocks/signatures, localized dates, who the user is, and the
// watcher that re-summarises only when the thread changed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gmail } from '../../lib/mail/gmail';
import { outlook } from '../../lib/mail/outlook';
import { emailIn, nameMatchesUser, parseMailDate, readBodyText } from '../../lib/mail/read';
import { balconyForDraft, createThreadWatcher } from '../../lib/mail/thread';
import { spaced } from '../../lib/mail/insert';
import { inOwnText } from '../../lib/mail/own-text';
import { ENGINE, summarizePage } from './bundled-engine';
import { germanGmailThread, germanOutlookThread } from '../fixtures/localized';

const fixture = (name: string) => readFileSync(resolve('tests/e2e/fixtures', name), 'utf8');
function load(html: string) {
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
}
afterEach(() => { document.title = ''; document.documentElement.lang = ''; });

describe('Gmail: reading the thread', () => {
  it('reads senders, dates, own words and states; the user from the window title', () => {
    load(fixture('gmail-thread.html'));
    const t = gmail.readThread!(document)!;
    expect(t.key).toBe('gmail:thread-f:1810000000000000001');
    expect(t.subject).toBe('Re: 2027 price list');
    expect(t.user).toEqual({ address: 'alex.kim@acme.example', name: null });
    expect(t.messages.map((m) => [m.from, m.state, m.mine])).toEqual([
      ['Priya Shah', 'collapsed', false],
      ['Priya Shah', 'expanded', false],
      ['Alex Kim', 'expanded', true],
      ['Priya Shah', 'expanded', false],
    ]);
    // A collapsed message has a header but no body: nothing is read from its snippet.
    expect(t.messages[0]!.text).toBe('');
    expect(t.messages[0]!.dateText).toBe('Mon, Nov 3, 2026, 4:12 PM');
    expect(new Date(t.messages[0]!.date!).getDate()).toBe(3);
    // Signature, quoted history and the trimmed block are not the sender's words.
    expect(t.messages[1]!.text).toBe("Hi Alex,\n\nFrom January our unit price goes up by 12% because of higher raw material costs. We can't hold the old price beyond December.\n\nBest,\nPriya");
    expect(t.messages[2]!.text).not.toMatch(/wrote:|From January/);
    expect(t.messages[3]!.text).toBe("Alex, I understand this is frustrating. The increase is more than we can absorb on our side, and a 12% rise is still below what the market is charging. We simply can't go back to last year's price.");
    // The inline reply's draft is not a message.
    expect(t.messages.some((m) => m.text.includes('On Tue, Nov 11'))).toBe(false);
  });

  it('without the address in the title, the account button says who the user is; with neither, nobody is "me"', () => {
    load(fixture('gmail-thread.html'));
    document.title = 'Re: 2027 price list - Gmail';
    expect(gmail.readThread!(document)!.messages.map((m) => m.mine)).toEqual([null, null, null, null]);
    const account = document.createElement('a');
    account.setAttribute('href', 'https://accounts.google.com/SignOutOptions?hl=en');
    account.setAttribute('aria-label', 'Google Account: Alex Kim  (alex.kim@acme.example)');
    document.body.prepend(account);
    const t = gmail.readThread!(document)!;
    expect(t.user).toEqual({ address: 'alex.kim@acme.example', name: 'Alex Kim' });
    expect(t.messages.map((m) => m.mine)).toEqual([false, false, true, false]);
  });

  it('reads a German interface: the user from the account button, their own messages and localized dates', () => {
    load(germanGmailThread(fixture('gmail-thread.html')));
    document.documentElement.lang = 'de';
    const t = gmail.readThread!(document)!;
    expect(t.user?.address).toBe('alex.kim@acme.example');
    expect(t.messages.map((m) => m.mine)).toEqual([false, false, true, false]);
    expect(t.messages.map((m) => m.date && new Date(m.date).getDate())).toEqual([3, 10, 10, 11]);
  });

  it('reads Spanish and French interfaces alike ("yo", "moi", their dates)', () => {
    for (const [lang, me, account, date] of [
      ['es', 'yo', 'Cuenta de Google: Alex Kim (alex.kim@acme.example)', (d: string) => `lun, ${d} nov 2026, 16:12`],
      ['fr', 'moi', 'Compte Google : Alex Kim (alex.kim@acme.example)', (d: string) => `lun. ${d} nov. 2026, 16:12`],
    ] as const) {
      load(fixture('gmail-thread.html')
        .replace('<title>Re: 2027 price list - alex.kim@acme.example - Gmail</title>', '<title>Re: 2027 price list - Gmail</title>')
        .replace(/title="\w{3}, Nov (\d+), 2026, [^"]*"/g, (_, d: string) => `title="${date(d)}"`)
        .replace('name="Alex Kim">Alex Kim</span>', `name="${me}">${me}</span>`));
      document.documentElement.lang = lang;
      const a = document.createElement('a');
      a.setAttribute('href', `https://accounts.google.com/SignOutOptions?hl=${lang}`);
      a.setAttribute('aria-label', account);
      document.body.prepend(a);
      const t = gmail.readThread!(document)!;
      expect(t.messages.map((m) => m.mine), lang).toEqual([false, false, true, false]);
      expect(t.messages.map((m) => m.date && new Date(m.date).getDate()), lang).toEqual([3, 10, 10, 11]);
    }
  });

  it('counts messages behind "N older messages" as hidden, with nothing else known', () => {
    load(fixture('gmail-thread.html'));
    const notice = document.createElement('div');
    notice.className = 'adv';
    notice.textContent = '2 older messages';
    document.querySelector('[role="list"]')!.before(notice);
    const t = gmail.readThread!(document)!;
    expect(t.messages).toHaveLength(6);
    expect(t.messages.filter((m) => m.state === 'hidden').map((m) => [m.from, m.text, m.mine])).toEqual([['', '', null], ['', '', null]]);
  });

  it('a page without a conversation has no thread', () => {
    load(fixture('gmail-new.html'));
    expect(gmail.readThread!(document)).toBeNull();
  });
});

describe('Outlook: reading the thread', () => {
  it('reads a newest-first conversation; same-organisation names matched to the mailbox owner', () => {
    load(fixture('outlook-thread.html'));
    const t = outlook.readThread!(document)!;
    expect(t.key).toBe('outlook:AAQkADc3');
    expect(t.user).toEqual({ address: 'alex.kim@contoso.com', name: 'Alex Kim' });
    expect(t.messages.map((m) => [m.from, m.state, m.mine])).toEqual([
      ['Marta Ruiz', 'expanded', false],
      ['Alex Kim', 'expanded', true],
      ['Marta Ruiz', 'collapsed', false],
      ['Marta Ruiz', 'expanded', false],
    ]);
    // History after x_appendonsend / hr / x_divRplyFwdMsg and the x_Signature are cut.
    expect(t.messages[0]!.text).toBe("Hi Alex, I like the plan, but I can't sign this. It's not my call. It's a global decision.");
    expect(t.messages[2]!.text).toBe(''); // the preview line is not the message
    // The draft in the reading pane is not a message.
    expect(t.messages).toHaveLength(4);
  });

  it('reads a German interface: "Von:" labels, the mailbox owner, day-first dates', () => {
    load(germanOutlookThread(fixture('outlook-thread.html')));
    document.documentElement.lang = 'de';
    const t = outlook.readThread!(document)!;
    expect(t.messages.map((m) => [m.from, m.mine])).toEqual([['Marta Ruiz', false], ['Alex Kim', true], ['Marta Ruiz', false], ['Marta Ruiz', false]]);
    expect(t.messages.map((m) => m.date && [new Date(m.date).getDate(), new Date(m.date).getHours()])).toEqual([[12, 16], [12, 9], [10, 14], [9, 10]]);
  });

  it('the summary puts them oldest first by date', () => {
    load(fixture('outlook-thread.html'));
    const v = summarizePage(outlook.readThread!(document)!);
    expect(v.summary.orderedBy).toBe('date');
    expect(v.ordered.map((m) => m.dateText)).toEqual(['Mon 11/9/2026 10:20 AM', 'Tue 11/10/2026 2:05 PM', 'Thu 11/12/2026 9:00 AM', 'Thu 11/12/2026 4:40 PM']);
    expect(v.summary.messages.map((m) => m.no?.reason ?? null)).toEqual([null, null, null, 'authority']);
    expect(v.summary.unreadable).toBe(1);
    expect(v.userKnown).toBe(true);
  });

  it('with no mailbox owner in the page, no sender is called the user', () => {
    load(fixture('outlook-thread.html'));
    document.querySelector('[id^="primaryMailboxRoot"]')!.remove();
    const t = outlook.readThread!(document)!;
    expect(t.user).toBeNull();
    expect(t.messages.every((m) => m.mine === null)).toBe(true);
  });
});

describe('reading helpers', () => {
  it('reads the dates Gmail and Outlook show', () => {
    const now = new Date(2026, 10, 20, 12, 0); // Fri Nov 20, 2026
    const at = (s: string, dayFirst = false) => { const iso = parseMailDate(s, now, dayFirst); return iso ? new Date(iso) : null; };
    const parts = (d: Date | null) => d && [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()];
    expect(parts(at('Tue, Nov 18, 2026, 9:14 AM'))).toEqual([2026, 11, 18, 9, 14]);
    expect(parts(at('Nov 18, 2026, 9:14 PM (2 days ago)'))).toEqual([2026, 11, 18, 21, 14]);
    expect(parts(at('18 Nov 2026, 09:14'))).toEqual([2026, 11, 18, 9, 14]);
    expect(parts(at('Tue 11/18/2026 9:14 AM'))).toEqual([2026, 11, 18, 9, 14]);
    expect(parts(at('Tue 11/12/2026 9:14', true))).toEqual([2026, 12, 11, 9, 14]);
    expect(parts(at('18.11.2026 09:14'))).toEqual([2026, 11, 18, 9, 14]);
    expect(parts(at('Yesterday 3:12 PM'))).toEqual([2026, 11, 19, 15, 12]);
    expect(parts(at('Mon 3:12 PM'))).toEqual([2026, 11, 16, 15, 12]);
    expect(parts(at('12:30 PM'))).toEqual([2026, 11, 20, 12, 30]);
    expect(parts(at('2026-11-18T09:14:00Z'))).toEqual(parts(new Date('2026-11-18T09:14:00Z')));
    expect(at('mardi 18 novembre')).toBeNull();
    // In the page's own language, from the browser's month names.
    const local = (str: string, lang: string) => parts((() => { const iso = parseMailDate(str, now, false, lang); return iso ? new Date(iso) : null; })());
    expect(local('Mo., 3. Nov. 2026, 16:12', 'de')).toEqual([2026, 11, 3, 16, 12]);
    expect(local('3. März 2026 um 09:05', 'de-DE')).toEqual([2026, 3, 3, 9, 5]);
    expect(local('lun. 3 févr. 2026, 16:12', 'fr')).toEqual([2026, 2, 3, 16, 12]);
    expect(local('mar, 3 nov 2026, 16:12', 'es')).toEqual([2026, 11, 3, 16, 12]); // "mar" the weekday, "nov" the month
    expect(local('3 de nov. de 2026 16:12', 'pt-BR')).toEqual([2026, 11, 3, 16, 12]);
    expect(local('3 ноября 2026 г., 16:12', 'ru')).toEqual([2026, 11, 3, 16, 12]);
    expect(local('2026年11月3日 16:12', 'ja')).toEqual([2026, 11, 3, 16, 12]);
    // Another language's month, or no language given, is not guessed.
    expect(local('lun. 3 févr. 2026, 16:12', 'de')).toBeNull();
    expect(at('3. März 2026')).toBeNull();
    expect(at('')).toBeNull();
    expect(at('Feb 30, 2026')).toBeNull();
  });

  it('takes the own words out of a body: quotes, trimmed blocks, signatures and history cut', () => {
    const div = document.createElement('div');
    div.innerHTML = '<div>Line one<br>Line&nbsp;two</div><div class="adm"><span>•••</span></div><div class="gmail_signature">Sig</div><blockquote>old</blockquote><div id="x_appendonsend"></div><div>quoted after</div>';
    expect(readBodyText(div, { exclude: ['.gmail_signature', 'blockquote'], cut: ['[id$="appendonsend"]'], excludeParentOf: ['.adm > span'] })).toBe('Line one\nLine two');
    // An unsupported selector does not hide the others.
    expect(readBodyText(div, { exclude: [':bogus(', '.gmail_signature'], cut: [] })).not.toContain('Sig');
  });

  it('tells addresses and names apart', () => {
    expect(emailIn('From: Dana Reyes <Dana@Contoso.com>')).toBe('dana@contoso.com');
    expect(emailIn('Dana Reyes')).toBeNull();
    expect(nameMatchesUser('Alex Kim', { address: 'alex.kim@contoso.com', name: null })).toBe(true);
    expect(nameMatchesUser('Kim, Alex', { address: 'alex.kim@contoso.com', name: null })).toBe(true);
    expect(nameMatchesUser('Alexandra Kim', { address: 'alex.kim@contoso.com', name: null })).toBe(false);
    expect(nameMatchesUser('Alex Kim', { address: 'akim@contoso.com', name: null })).toBe(false); // no evidence
    expect(nameMatchesUser('Alex Kim', { address: null, name: 'Alex Kim' })).toBe(true);
  });
});

describe('the thread watcher', () => {
  it('summarises once, and again only when the conversation changes (not when a draft is typed in)', async () => {
    load(fixture('gmail-thread.html'));
    const seen: number[] = [];
    const w = createThreadWatcher({ adapter: gmail, doc: document, engine: ENGINE, debounce: 5 });
    w.subscribe((v) => seen.push(v?.summary.messages.length ?? 0));
    // The engine's work is spread over tasks (one message each), then the summary is published.
    await vi.waitFor(() => expect(seen).toEqual([4]));
    expect(w.get()!.summary.messages).toHaveLength(4);
    seen.length = 0;
    document.querySelector('#\\:t1 div')!.textContent = 'Typing a reply';
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toEqual([]);
    document.querySelector('[role="listitem"]')!.remove();
    await vi.waitFor(() => expect(seen).toEqual([3]));
    w.dispose();
  });

  it('the balcony for the live draft compares it with their latest message', () => {
    load(fixture('gmail-thread.html'));
    const v = summarizePage(gmail.readThread!(document)!);
    // The bundled service answers at once; the engine frame answers the same over its port.
    const balcony = (text: string) => {
      let b: unknown = 'no answer';
      ENGINE.analyze({ key: 'draft', text, options: {} }, () => {});
      balconyForDraft(ENGINE, v, 'draft', [], (x) => { b = x; });
      return b as { reason?: string } | null;
    };
    expect(balcony('')).toBeNull();
    expect(balcony('Thanks Priya, I hear you.')).toBeNull();
    expect(balcony('This is RIDICULOUS!!! You NEVER listen and you ALWAYS lie.')?.reason).toBe('heated-draft');
  });
});

describe('inserting at the caret', () => {
  it('never inside quotes or signatures; spaces only where words would run together', () => {
    const body = document.createElement('div');
    body.innerHTML = '<div id="own">Hi</div><div class="gmail_signature"><span id="sig">Sig</span></div><div id="appendonsend"></div><div id="hist">old</div>';
    document.body.append(body);
    const own = { exclude: ['.gmail_signature'], cut: ['[id$="appendonsend"]'] };
    expect(inOwnText(body, body.querySelector('#own')!.firstChild!, own)).toBe(true);
    expect(inOwnText(body, body.querySelector('#sig')!.firstChild!, own)).toBe(false);
    expect(inOwnText(body, body.querySelector('#hist')!.firstChild!, own)).toBe(false);
    expect(spaced('A?', 'Hi', '')).toBe(' A?');
    expect(spaced('A?', '', 'Thanks')).toBe('A? ');
    expect(spaced('A?', 'Hi ', '.')).toBe('A?');
    body.remove();
  });
});
