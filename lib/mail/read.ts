// Reading received messages for the thread view: a message body's own words (without quoted
// history, trimmed blocks or signatures), the page's localized dates, and addresses and names for
// telling the user's messages from theirs. No selectors here: the adapters pass theirs in, and
// what counts as the sender's own words is own-text.ts's, as for the draft.
import { walkOwnText, type OwnTextSelectors } from './own-text';

/** The visible own text of a received message body, as plain text with line breaks. */
export function readBodyText(body: Element, selectors: OwnTextSelectors): string {
  let out = '';
  walkOwnText(body, selectors, {
    text(t) { out += t.data.replace(/\u00a0/g, ' ').replace(/[ \t\r\n]+/g, ' '); },
    lineBreak() { if (out) out += '\n'; },
    blockEdge() { if (out && !out.endsWith('\n')) out += '\n'; },
  });
  return out
    .split('\n')
    .map((l) => l.replace(/^ +| +$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Dates: the sites show localized strings, not ISO. English forms are read here; anything else
// stays unread (and the thread keeps the page's order rather than guessing).

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6 };

function clock(s: string): { h: number; m: number } | null {
  // "9:14", "9:14 PM", "21:14:05"; a dot only with am/pm ("9.14 pm"), as "18.11" is a date.
  const t = /\b(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*([ap])\.?\s?m\b\.?)?/i.exec(s) ?? /\b(\d{1,2})\.(\d{2})\s*([ap])\.?\s?m\b/i.exec(s);
  if (!t) return null;
  let h = Number(t[1]);
  const m = Number(t[2]);
  const ap = t[3]?.toLowerCase();
  if (ap === 'p' && h < 12) h += 12;
  if (ap === 'a' && h === 12) h = 0;
  if (h > 23 || m > 59) return null;
  return { h, m };
}

/**
 * Reads a date as Gmail and Outlook show it: "Tue, Nov 18, 2026, 9:14 AM", "18 Nov 2026, 09:14",
 * "Tue 11/18/2026 9:14 AM", "Yesterday 3:12 PM", "Mon 3:12 PM", "9:14 AM", or ISO. Returns an ISO
 * string (local time), or null when the string is not understood. `dayFirst` reads 11/12 as 11 December.
 */
export function parseMailDate(raw: string | null | undefined, now = new Date(), dayFirst = false): string | null {
  if (!raw) return null;
  const s = raw.replace(/\u202f|\u00a0/g, ' ').replace(/\(.*?\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (!s) return null;
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) {
    const t = Date.parse(s);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  const time = clock(s) ?? { h: 0, m: 0 };
  const at = (y: number, mo: number, d: number) => {
    const date = new Date(y, mo, d, time.h, time.m);
    return date.getFullYear() === y && date.getMonth() === mo && date.getDate() === d ? date.toISOString() : null;
  };
  // Month names: "Nov 18, 2026", "18 Nov 2026", "November 18" (this year).
  let m = /\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(s);
  // A month's name or its abbreviation ("Nov", "Sept", "November"), never a word that starts like one ("mardi").
  const month = (w: string) => {
    const l = w.toLowerCase();
    const k = MONTH_NAMES.findIndex((n) => n.startsWith(l));
    return l.length >= 3 && k >= 0 ? k : undefined;
  };
  if (m && month(m[1]!) !== undefined) return at(Number(m[3]), month(m[1]!)!, Number(m[2]));
  m = /\b(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})\b/.exec(s);
  if (m && month(m[2]!) !== undefined) return at(Number(m[3]), month(m[2]!)!, Number(m[1]));
  m = /\b([A-Za-z]{3,9})\.? (\d{1,2})\b(?![:.]\d)/.exec(s);
  if (m && month(m[1]!) !== undefined) return at(now.getFullYear(), month(m[1]!)!, Number(m[2]));
  // Numeric: "11/18/2026", "18/11/2026", "2026/11/18", "18.11.2026".
  m = /\b(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\b/.exec(s);
  if (m) return at(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  m = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\b/.exec(s);
  if (m) {
    let a = Number(m[1]);
    let b = Number(m[2]);
    const y = Number(m[3]) < 100 ? 2000 + Number(m[3]) : Number(m[3]);
    if (a > 12) dayFirst = true;
    else if (b > 12) dayFirst = false;
    if (m[0].includes('.')) dayFirst = true; // 18.11.2026 is day-first everywhere it is used
    if (!dayFirst) [a, b] = [b, a];
    return at(y, b - 1, a);
  }
  // Relative: "Today 9:14", "Yesterday 3:12 PM", "Mon 3:12 PM", or a bare time (today).
  const base = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (/^today\b/i.test(s) && clock(s)) return at(base.getFullYear(), base.getMonth(), base.getDate());
  if (/^yesterday\b/i.test(s) && clock(s)) { base.setDate(base.getDate() - 1); return at(base.getFullYear(), base.getMonth(), base.getDate()); }
  const wd = /^([A-Za-z]{3,9})\.?,? \d{1,2}[:.]\d{2}/.exec(s);
  const day = wd ? WEEKDAYS[wd[1]!.toLowerCase()] ?? WEEKDAYS[wd[1]!.slice(0, 3).toLowerCase()] : undefined;
  if (day !== undefined) {
    const back = (base.getDay() - day + 7) % 7;
    base.setDate(base.getDate() - back);
    return at(base.getFullYear(), base.getMonth(), base.getDate());
  }
  if (/^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?$/i.test(s)) return at(base.getFullYear(), base.getMonth(), base.getDate());
  return null;
}

// ---------------------------------------------------------------------------------------------
// Who wrote it

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/** The first email address in a string, lower-cased. */
export function emailIn(s: string | null | undefined): string | null {
  const m = s ? EMAIL.exec(s) : null;
  return m ? m[0].toLowerCase() : null;
}

const tokens = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter(Boolean).sort().join(' ');

/**
 * Is this display name the user's? True when it equals the user's name, or the local part of the
 * user's address read as a name ("alex.kim@…" and "Alex Kim"). Used only when a sender shows no address.
 */
export function nameMatchesUser(name: string, user: { address: string | null; name: string | null }): boolean {
  const n = tokens(name);
  if (!n) return false;
  if (user.name && tokens(user.name) === n) return true;
  const local = user.address?.split('@')[0];
  return !!local && /[._-]/.test(local) && tokens(local) === n;
}
