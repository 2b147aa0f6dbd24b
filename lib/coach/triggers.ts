// Derives the pre-filter words of a pattern: a sentence can only match the pattern if it contains
// one of them. For each mandatory part of the pattern we know which words a match must contain;
// the part with the rarest words is the best filter. Derived, so a new pattern can never be
// silently unreachable. Then the pre-match: a pattern of words only is tried as a regular
// expression on the sentence, so a sentence no pattern can match is never parsed.
import { expandContractions } from './nlp';
import { classWords, expandClasses, expandVerbs, LITERAL_TOKENS, literalRegExp, splitTop } from './lexicon';

// Words so common that filtering on them saves nothing.
const COMMON = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'this', 'that', 'the', 'a', 'an', 'is', 'are', 'was', 'were', 'be', 'am', 'to', 'of', 'and', 'or', 'in', 'on', 'for', 'with', 'not', 'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'my', 'our', 'your', 'me', 'us', 'so', 'but', 'if', 'as', 'at', 'by']);

// Word classes and verb forms are read as the words they stand for, so `#Insult` filters as well
// as the list it names.
const parts = (pattern: string): string[] => splitTop(expandClasses(expandVerbs(pattern)));

/** Words that a match of one literal alternative must contain; null when it holds no literal word. */
function literalWords(alt: string): string[] | null {
  const words: string[] = [];
  for (const tok of alt.trim().split(/\s+/)) {
    const t = tok.replace(/^\^|\$$/g, '');
    if (!t || /^[#@.*!<[]/.test(t) || t.endsWith('?') || t.includes('&&')) {
      if (t.includes('&&')) { const lit = t.split('&&').map((x) => x.trim()).find((x) => /^[a-z0-9'-]+$/i.test(x)); if (lit) words.push(...lit.toLowerCase().split(/[^a-z0-9']+/).filter(Boolean)); }
      continue;
    }
    if (!/^[a-z0-9'-]+$/i.test(t)) return null;
    words.push(...t.toLowerCase().split(/[^a-z0-9']+/).filter(Boolean));
  }
  return words.length ? words : null;
}

const cost = (w: string) => (COMMON.has(w) ? 20 : 1);

/**
 * Every mandatory part of a pattern as the words one of which a match must contain: a sentence can
 * only match when it holds a word from each group. Parts that hold tags or wildcards promise no word
 * and are left out, so the check never rejects a sentence the pattern would match.
 */
export function requiredGroups(pattern: string): string[][] {
  const groups: string[][] = [];
  for (const raw of parts(expandContractions(pattern))) {
    const part = raw.replace(/^\^/, '').replace(/\$$/, '');
    if (part.endsWith('?') || part.endsWith('*') || part.endsWith('+') || part.endsWith('}')) continue;
    let alts: string[];
    if (part.startsWith('(') && part.endsWith(')')) {
      const body = part.slice(1, -1);
      if (/[()]/.test(body)) continue;
      alts = body.includes('&&') ? [body] : body.split('|');
    } else alts = [part];
    const words: string[] = [];
    let ok = true;
    for (const alt of alts) {
      const w = literalWords(alt);
      if (!w) { ok = false; break; }
      // Every word of an alternative must occur, so its rarest one is the test ("a farce": farce).
      words.push(w.reduce((a, b) => (cost(b) < cost(a) || (cost(b) === cost(a) && b.length > a.length) ? b : a)));
    }
    if (ok && words.length) groups.push([...new Set(words)]);
  }
  return groups;
}

/** The words of which a sentence must contain at least one to match; null when none can be promised. */
export function triggerWords(pattern: string): string[] | null {
  let best: string[] | null = null;
  let bestCost = Infinity;
  for (const raw of parts(expandContractions(pattern))) {
    const part = raw.replace(/^\^/, '').replace(/\$$/, '');
    if (part.endsWith('?') || part.endsWith('*') || part.endsWith('+')) continue;
    let alts: string[];
    if (part.startsWith('(') && part.endsWith(')')) {
      const body = part.slice(1, -1);
      if (/[()]/.test(body)) continue;
      if (body.includes('&&')) alts = [body];
      else alts = body.split('|');
    } else alts = [part];
    const chosen: string[] = [];
    let ok = true;
    for (const alt of alts) {
      const words = literalWords(alt);
      if (!words) { ok = false; break; }
      chosen.push(words.reduce((a, b) => (cost(b) < cost(a) || (cost(b) === cost(a) && b.length > a.length) ? b : a)));
    }
    if (!ok || !chosen.length) continue;
    const c = [...new Set(chosen)].reduce((n, w) => n + cost(w), 0);
    if (c < bestCost) { best = [...new Set(chosen)]; bestCost = c; }
  }
  return best;
}

// --- The pre-match: a pattern of words tried on the text itself before any parse ----------------

/** A literal pattern's regular expressions: as written on the text, and with contractions spelled out on the spelled-out texts. */
export interface PreMatch {
  written: RegExp;
  spelled: RegExp;
  /** The pattern has no contraction to spell out: `spelled` is `written`'s expression. */
  spelledAsWritten: boolean;
}

// Between two words compromise ignores punctuation ("as I said, the"), and "'s" may end a word
// ("the customer's"); the pre-match allows both, so it finds everything compromise does and more.
const PREMATCH = { separator: '[^\\w]+', wordChars: '' } as const;

export function prematchOf(pattern: string): PreMatch | null {
  // A word compromise must tag (#Adverb, #Noun) may be any word, and a comma condition any word too.
  const trimmed = pattern.trim();
  const atStart = trimmed.startsWith('^');
  const atEnd = trimmed.endsWith('$');
  const parts = splitTop(wordsForTags(trimmed.replace(/^\^/, '').replace(/\$$/, '')));
  const whole = literalPair(parts.join(' '));
  if (whole) return anchored(whole, atStart, atEnd);
  // Tags, wildcards: a parse decides. But an anchored pattern's words at its anchored end can still
  // be looked for there: the longest run of parts that reads as words, from the start or to the end.
  if (atStart) for (let k = parts.length - 1; k > 0; k--) {
    const head = literalPair(parts.slice(0, k).join(' '));
    if (head) return anchored(head, true, false);
  }
  if (atEnd) for (let k = 1; k < parts.length; k++) {
    const tail = literalPair(parts.slice(k).join(' '));
    if (tail) return anchored(tail, false, true);
  }
  return null;
}

function literalPair(bare: string): PreMatch | null {
  try {
    const written = literalRegExp([bare], PREMATCH);
    const spelled = literalRegExp([expandContractions(bare)], PREMATCH);
    return { written, spelled, spelledAsWritten: written.source === spelled.source };
  } catch {
    return null;
  }
}

// Where compromise starts a sentence inside a text (its tokenizer's own splits): the start, a line
// break, a run of full stops, question or exclamation marks before white space, an East Asian full
// stop or closing bracket. "^" and "$" in a pattern are a sentence's start and end, so an anchored
// word may stand only there, with nothing but punctuation and space between (the letters and digits
// of a word in between would be a term, which the anchor does not allow). Every split compromise can
// make is among these, so the anchored pre-match still finds everything compromise can.
const STOPS = '.!?\u203D\u2E18\u203C\u2047-\u2049\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4\u3002';
const ASIAN_ENDS = '\u3002\uFF01\uFF1F\uFF61\u300D\u300F\uFF09\u3011\u3015\u300B\u3009\u201D';
const SENTENCE_START = `(?<=(?:^|[\n\r]|[${STOPS}]\\s|[${ASIAN_ENDS}])[^A-Za-z0-9]*)`;
const SENTENCE_END = `(?=[^A-Za-z0-9]*?(?:$|[\n\r]|[${STOPS}]\\s|[${ASIAN_ENDS}]))`;

function anchored(pre: PreMatch, atStart: boolean, atEnd: boolean): PreMatch {
  if (!atStart && !atEnd) return pre;
  const wrap = (re: RegExp) => new RegExp(`${atStart ? SENTENCE_START : ''}(?:${re.source})${atEnd ? SENTENCE_END : ''}`, re.flags);
  return { written: wrap(pre.written), spelled: wrap(pre.spelled), spelledAsWritten: pre.spelledAsWritten };
}

/** compromise's own tags as wildcards: "(#Adverb)?" -> ".?", "#Noun" -> ".", "(x && @hasComma)" -> "x". */
function wordsForTags(pattern: string): string {
  const isOurs = (name: string) => classWords(name) !== undefined || LITERAL_TOKENS[name] !== undefined;
  return splitTop(pattern).map((part) => {
    const cond = /^\((.+?) && @\w+\)(\?)?$/.exec(part);
    if (cond) part = `${cond[1]!.trim()}${cond[2] ?? ''}`;
    const m = /^\(?([^()]*)\)?(\?)?$/.exec(part);
    if (!m) return part;
    const alternatives = m[1]!.split('|');
    const tagged = alternatives.some((a) => /^#([A-Z][A-Za-z]*)$/.test(a.trim()) && !isOurs(a.trim().slice(1)));
    if (!tagged || alternatives.some((a) => /\s/.test(a.trim()) && /#/.test(a))) return part;
    return m[2] ? '.?' : '.';
  }).join(' ');
}

// Contractions compromise reads that the pattern spelling does not: written without the apostrophe
// ("im", "dont", "weve"), and the casual forms.
export const BARE_CONTRACTIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  im: 'i am', ive: 'i have', youre: 'you are', youve: 'you have', youll: 'you will', theyre: 'they are', theyve: 'they have', weve: 'we have',
  dont: 'do not', doesnt: 'does not', didnt: 'did not', cant: 'can not', wont: 'will not', isnt: 'is not', arent: 'are not', wasnt: 'was not',
  werent: 'were not', havent: 'have not', hasnt: 'has not', hadnt: 'had not', couldnt: 'could not', wouldnt: 'would not', shouldnt: 'should not',
  cannot: 'can not', gonna: 'going to', wanna: 'want to', gotta: 'got to', dunno: 'do not know', lemme: 'let me', gimme: 'give me', "ain't": 'is not',
}));
const BARE = new RegExp(`\\b(?:${[...BARE_CONTRACTIONS.keys()].join('|')})\\b`, 'gi');

/** The sentence spelled out the two ways compromise may read it: "'d" as would or had, "'s" as is. */
export function spellings(normalized: string): string[] {
  const bare = normalized.replace(BARE, (m) => BARE_CONTRACTIONS.get(m.toLowerCase())!);
  const would = expandContractions(bare);
  const had = expandContractions(bare.replace(/\b(\w+)'d\b/gi, '$1 had').replace(/\b(\w+)'s\b/gi, '$1 is'));
  return would === had ? [would] : [would, had];
}
