// Splits an email into sentences whose offsets map back exactly into the original text.
// Emails are not prose: greetings and sign-offs have no full stop, lines are hard-wrapped,
// lists use markers, and quoted history and signatures follow the draft.

export interface Sentence {
  /** UTF-16 offsets into the original text; `text === original.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
}

// Words that end with a full stop without ending the sentence (compared lower-case, no dot).
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'inc', 'ltd', 'co', 'corp', 'vs', 'approx',
  'dept', 'est', 'fig', 'no', 'nos', 'vol', 'ref', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri',
  'sat', 'sun', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'ph.d', 'cf', 'al', 'pp', 'ave', 'blvd',
]);

const RUNS_ON_WORD = /\b(?:of|to|the|a|an|and|or|but|for|with|in|on|at|by|from|into|that|if|as|is|are|was|were|be|will|would|can|could|should|our|your|my|their|this|these|those|than|about|per|via)$/i;
const LIST_MARKER = /^(?:[-*•·‣◦–—>]+|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])\s+/;
const QUOTE_HEADER = /^(?:On\b.{0,200}\bwrote:\s*$|-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}|From:\s.+$)/i;
const SIGNATURE_DELIMITER = /^--\s*$/;
const GREETING = /^(?:hi|hello|hey|dear|hiya|greetings|good (?:morning|afternoon|evening)|morning|afternoon)\b[^,.!?\n]{0,40},(?=\s+[A-Z])/i;

/**
 * The part of a plain-text email that is the writer's own words: it stops at a signature
 * delimiter ("-- ") or at the start of quoted history ("On … wrote:", "-----Original Message-----"),
 * and lines quoted with ">" are left out. Returns [start, end) ranges of kept lines.
 */
export function ownTextRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl).replace(/\r$/, '');
    if (SIGNATURE_DELIMITER.test(line) || QUOTE_HEADER.test(line.trim())) break;
    if (!/^\s*>/.test(line)) {
      const last = ranges[ranges.length - 1];
      if (last && last[1] === pos - 1) last[1] = nl; // join adjacent lines, newline included
      else ranges.push([pos, nl]);
    }
    if (nl >= text.length) break;
    pos = nl + 1;
  }
  return ranges;
}

/** Splits `text` (or only the given ranges of it) into sentences. */
export function splitSentences(text: string, ranges: Array<[number, number]> = [[0, text.length]]): Sentence[] {
  const out: Sentence[] = [];
  for (const [from, to] of ranges) {
    for (const [ls, le] of lineBlocks(text, from, to)) splitBlock(text, ls, le, out);
  }
  return out;
}

/** Groups lines into blocks: a line break ends a sentence unless the text obviously runs on. */
function* lineBlocks(text: string, from: number, to: number): Generator<[number, number]> {
  let blockStart = -1;
  let prevEnd = -1;
  let prevLine = '';
  let pos = from;
  while (pos < to) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > to) nl = to;
    const line = text.slice(pos, nl);
    const trimmed = line.trim();
    if (!trimmed) {
      if (blockStart >= 0) yield [blockStart, prevEnd];
      blockStart = -1;
    } else if (blockStart < 0) {
      blockStart = pos;
    } else if (!runsOn(prevLine, trimmed)) {
      yield [blockStart, prevEnd];
      blockStart = pos;
    }
    if (trimmed) {
      prevEnd = nl;
      prevLine = trimmed;
    }
    pos = nl + 1;
  }
  if (blockStart >= 0) yield [blockStart, prevEnd];
}

/** A hard-wrapped line continues when it ends mid-clause and the next starts in lower case. */
function runsOn(prev: string, next: string): boolean {
  if (LIST_MARKER.test(next)) return false;
  if (/[.!?:;,)"'”’]$/.test(prev)) return false;
  // A line that ends on a word that cannot end a sentence runs on, whatever the next line starts with.
  if (RUNS_ON_WORD.test(prev)) return true;
  return /^[a-z(]/.test(next) || (prev.length > 50 && /^[a-z0-9$]/i.test(next) && !/^[A-Z]/.test(next));
}

function splitBlock(text: string, from: number, to: number, out: Sentence[]): void {
  let start = from;
  // A list marker is not part of the sentence.
  const lead = LIST_MARKER.exec(text.slice(start, to).trimStart());
  if (lead) start = text.indexOf(lead[0], start) + lead[0].length;
  // "Hi Dana, Why can't you…": a greeting on the same line is a sentence of its own.
  const greeting = GREETING.exec(text.slice(start, to));
  if (greeting) {
    push(text, start, start + greeting[0].length, out);
    start += greeting[0].length;
  }
  const re = /[.!?…]+["'”’)\]]*(?=\s|$)/g;
  re.lastIndex = start;
  const slice = text.slice(0, to);
  // Someone who writes in lower case starts sentences in lower case too ("ok. why did nobody ask").
  const lowerWriter = /^[^A-Za-z]*[a-z]/.test(text.slice(start, to));
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    const endPunct = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(slice, m.index)) continue;
    // Only break before something that can start a sentence.
    const next = slice.slice(endPunct).match(/^\s+(\S)/);
    const canStart = (c: string) => /[A-Z0-9"'“‘(\[¿¡À-ÖØ-Þ]|\p{Lu}/u.test(c) || (/[a-z]/.test(c) && (lowerWriter || /^[!?]/.test(m![0])));
    if (next && !canStart(next[1]!)) continue;
    push(text, start, endPunct, out);
    start = endPunct;
  }
  push(text, start, to, out);
}

function isAbbreviation(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot).match(/(^|[\s("'“‘])([A-Za-z][A-Za-z.]*)$/);
  if (!before) return false;
  const word = before[2]!.toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Initials such as "J." or "U.S."
  return /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word);
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/** A text's split, kept so the next one can reuse it. */
export interface Split {
  text: string;
  ranges: Array<[number, number]>;
  sentences: Sentence[];
}

/**
 * The split of `text`, reusing `prev` where the edit cannot reach: only the paragraphs (runs of lines
 * between blank lines) that hold the changed characters are split again; sentences before them are
 * kept as they are and those after are shifted. A blank line always ends a sentence block, so a
 * paragraph splits the same alone as in the whole text. Falls back to a full split when the edit
 * changes which lines are the writer's own (`ranges`). Same result as `splitSentences`, always.
 */
export function resplit(prev: Split | null, text: string, ranges: Array<[number, number]>): Split {
  const full = (): Split => ({ text, ranges, sentences: splitSentences(text, ranges) });
  if (!prev) return full();
  const old = prev.text;
  const shortest = Math.min(old.length, text.length);
  const p = longestCommon(shortest, (n) => old.slice(0, n) === text.slice(0, n));
  const q = longestCommon(shortest - p, (n) => old.slice(old.length - n) === text.slice(text.length - n));
  const delta = text.length - old.length;
  // The paragraph(s) around the edit, in the new text; the same stretch in the old text ends `delta` earlier.
  const from = paragraphStart(text, p);
  const to = paragraphEnd(text, text.length - q);
  const oldTo = to - delta;
  if (oldTo < from || oldTo > old.length) return full();
  // The writer's own lines must be the same outside that stretch, and no range may begin or end inside it.
  if (ranges.length !== prev.ranges.length) return full();
  for (let i = 0; i < ranges.length; i++) {
    const [a, b] = prev.ranges[i]!;
    const [c, d] = ranges[i]!;
    const map = (x: number) => (x <= from ? x : x >= oldTo ? x + delta : -1);
    if (map(a) !== c || map(b) !== d) return full();
  }
  const before = prev.sentences.filter((s) => s.end <= from);
  const after = prev.sentences.filter((s) => s.start >= oldTo).map((s) => (delta ? { start: s.start + delta, end: s.end + delta, text: s.text } : s));
  const clipped = ranges.map(([a, b]): [number, number] => [Math.max(a, from), Math.min(b, to)]).filter(([a, b]) => a < b);
  return { text, ranges, sentences: [...before, ...splitSentences(text, clipped), ...after] };
}

/**
 * The largest n <= max for which `same(n)` holds, `same` being true up to some n and false after:
 * a binary search over whole-slice comparisons, which the engine does as block compares (a
 * character-by-character loop over a long draft cost more than splitting its paragraph again).
 */
function longestCommon(max: number, same: (n: number) => boolean): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (same(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Start of the paragraph holding `at`: just after the last blank line before it. */
function paragraphStart(text: string, at: number): number {
  let i = Math.min(at, text.length);
  while (i > 0) {
    const nl = text.lastIndexOf('\n', i - 1);
    if (nl < 0) return 0;
    const prevNl = text.lastIndexOf('\n', nl - 1);
    if (!text.slice(prevNl + 1, nl).trim()) return nl + 1; // the line before is blank
    i = nl;
  }
  return 0;
}

/** End of the paragraph holding `at`: the end of its last non-blank line. */
function paragraphEnd(text: string, at: number): number {
  let i = Math.max(0, at);
  for (;;) {
    const nl = text.indexOf('\n', i);
    if (nl < 0) return text.length;
    const next = text.indexOf('\n', nl + 1);
    const line = text.slice(nl + 1, next < 0 ? text.length : next);
    if (!line.trim()) return nl;
    i = nl + 1;
  }
}
