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
// Dates: the sites show localized strings, not ISO. English forms are read here, and the month
// names of the page's own language from the browser's Intl data ("3. Nov. 2026", "3 nov. 2026",
// "3 de nov. de 2026", "2026年11月3日"); anything else stays unread (and the thread keeps the page's
// order rather than guessing).

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

/** A language's month names as dates write them (long and short, nominative and in a date), lower-cased, without a final dot. */
const LOCAL_MONTHS = new Map<string, Map<string, number> | null>();
function localMonths(lang: string): Map<string, number> | null {
  const key = lang.toLowerCase();
  if (LOCAL_MONTHS.has(key)) return LOCAL_MONTHS.get(key)!;
  let names: Map<string, number> | null = new Map();
  try {
    for (const opts of [{ month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }, { day: 'numeric', month: 'short' }] as const) {
      const f = new Intl.DateTimeFormat(lang, { ...opts, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const part = f.formatToParts(Date.UTC(2026, m, 15)).find((p) => p.type === 'month')?.value;
        const name = part?.toLowerCase().replace(/\.$/, '');
        // A numeric "month" (Japanese, Chinese, Korean write 11月) is read by the numeric forms below.
        if (name && /\p{L}/u.test(name) && !names.has(name)) names.set(name, m);
      }
    }
  } catch { names = null; } // an unknown language tag: English only
  LOCAL_MONTHS.set(key, names);
  return names;
}

/** A date written with the page language's month names, the month next to its day and year. */
function localDate(s: string, lang: string, at: (y: number, mo: number, d: number) => string | null): string | null {
  const months = localMonths(lang);
  if (!months?.size) return null;
  const month = (w: string) => months.get(w.toLowerCase().replace(/\.$/, ''));
  // Day first ("3. Nov. 2026", "3 nov. 2026", "3 de noviembre de 2026"), then month first ("nov. 3, 2026").
  let m = /(?:^|[^\p{L}\d])(\d{1,2})\.?\s+(?:de\s+)?(\p{L}+\.?)\s*,?\s+(?:de\s+)?(\d{4})(?!\d)/u.exec(s);
  if (m && month(m[2]!) !== undefined) return at(Number(m[3]), month(m[2]!)!, Number(m[1]));
  m = /(?:^|[^\p{L}])(\p{L}+\.?)\s+(\d{1,2}),?\s+(\d{4})(?!\d)/u.exec(s);
  if (m && month(m[1]!) !== undefined) return at(Number(m[3]), month(m[1]!)!, Number(m[2]));
  return null;
}

/**
 * Reads a date as Gmail and Outlook show it: "Tue, Nov 18, 2026, 9:14 AM", "18 Nov 2026, 09:14",
 * "Tue 11/18/2026 9:14 AM", "Yesterday 3:12 PM", "Mon 3:12 PM", "9:14 AM", or ISO. Returns an ISO
 * string (local time), or null when the string is not understood. `dayFirst` reads 11/12 as 11 December;
 * `lang` is the page's language (its month names are read too).
 */
export function parseMailDate(raw: string | null | undefined, now = new Date(), dayFirst = false, lang?: string): string | null {
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
  if (lang && !/^en\b/i.test(lang)) { const local = localDate(s, lang, at); if (local) return local; }
  // Japanese, Chinese, Korean: "2026年11月3日", "2026년 11월 3일".
  m = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/.exec(s);
  if (m) return at(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
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

/**
 * A subject that marks a forward, in the interface languages people write in: Gmail writes "Fwd:"
 * everywhere; Outlook localizes it (WG: German, TR: French, RV: Spanish, I: Italian, ENC:
 * Portuguese, VB: Swedish, VS: Danish and Norwegian, VL: Finnish, PD: Polish, Doorst: Dutch).
 */
const FORWARD_SUBJECT = /^\s*(?:fwd?|wg|tr|rv|i|enc|vb|vs|vl|pd|doorst)\s*:/i;

export const isForwardSubject = (subject: string): boolean => FORWARD_SUBJECT.test(subject);
