// The lexicon layer: named word classes and every form of a verb, compiled once, so that rules say
// `#Insult` or `{call}` instead of spelling out the words. The pattern language is compromise's match
// syntax plus two names:
//   #Class   a word class below, put on the words as a compromise tag after tagging (nlp.ts);
//   {verb}   every form of the verb, from compromise's own conjugator ("{call}": call, calls, called, calling).
// A pattern of words, (a|b) groups, `?`, #Class and {verb} only is "literal" and also compiles to a
// regular expression over raw text (`literalRegExp`), for readers that never parse: the heat cues and
// the "No" decoder's cues. The literal language also reads, in compromise's own spelling:
//   .  .?  .{0,N}   one word, an optional word, up to N words (a word is a run of non-spaces);
//   (a|b)*          a part repeated, zero or more times;
//   #Money #Percent #NumericValue #DayNumber #Month   amounts, numbers and dates by their shape (LITERAL_TOKENS);
//   'd need         a pattern that opens with a clitic ("'d", "'ll") matches it on any word ("we'd need").
// A word may carry a comma ("paying,"), and a token may be a piece of a hyphenated word ("#NumericValue-day").
// Pure data and string work: no DOM.

/** Word classes, one word each entry, lower case; the tag a rule writes is the key. */
export const WORD_CLASSES = {
  /** The writer: "we" or "I". */
  WeI: ['we', 'i'],
  /** Words that judge a person or their work with contempt. */
  Insult: [
    'incompetent', 'useless', 'pathetic', 'idiotic', 'stupid', 'clueless', 'lazy', 'liar', 'liars', 'ridiculous', 'absurd', 'joke',
    'disgrace', 'disgraceful', 'unacceptable', 'outrageous', 'unprofessional', 'amateurish', 'amateurs', 'insane', 'nonsense', 'garbage',
    'rubbish', 'ludicrous', 'laughable', 'shameful', 'sloppy', 'dumb', 'troll', 'vandal', 'hypocrite', 'hypocritical', 'bigot', 'bigoted',
    'coward', 'cowardly', 'fanatic', 'zealot', 'biased', 'dishonest', 'disingenuous', 'delusional', 'ignorant', 'arrogant', 'rude', 'obsessed',
  ],
  /** Swear words. Look-alikes ("damn good", "holy crap") are in PROFANITY_LOOKALIKES. */
  Profanity: [
    'fuck', 'fucks', 'fucking', 'fucked', 'fucker', 'fuckers', 'shit', 'shits', 'shitty', 'bullshit', 'crap', 'crappy', 'wtf', 'bs',
    'damn', 'goddamn', 'dammit', 'pissed', 'piss', 'screwed', 'bloody',
  ],
  /** People who take a dispute to law. */
  Lawyer: ['lawyer', 'lawyers', 'attorney', 'attorneys', 'solicitor', 'solicitors'],
  /** Someone above the reader, to escalate to or pull rank with. */
  Boss: ['manager', 'boss', 'ceo', 'director', 'supervisor', 'superiors', 'management', 'board'],
  /** Words that negate the verb after them ("doesn't work", "cannot work"). */
  Negation: [
    'not', 'cannot', "can't", "don't", "doesn't", "didn't", "won't", "wouldn't", "couldn't", "shouldn't", "isn't", "aren't", "wasn't",
    "weren't", "haven't", "hasn't", "hadn't", "mustn't", "needn't", "ain't", "shan't", "mightn't",
  ],
} as const satisfies Record<string, readonly string[]>;

export type WordClass = keyof typeof WORD_CLASSES;

const CLASS_SETS = new Map<string, ReadonlySet<string>>(Object.entries(WORD_CLASSES).map(([k, v]) => [k, new Set(v)]));

/** The classes a (lower-case, contraction-expanded) word belongs to. */
export function classesOf(word: string): string[] {
  const out: string[] = [];
  for (const [name, set] of CLASS_SETS) if (set.has(word)) out.push(name);
  return out;
}

/** A class's words, or undefined when `name` is not one of ours (then it is one of compromise's tags). */
export function classWords(name: string): readonly string[] | undefined {
  return (WORD_CLASSES as Record<string, readonly string[]>)[name];
}

/** Phrases that hold a swear word and are not swearing; rules and heat both keep quiet for them. */
export const PROFANITY_LOOKALIKES = ['(damn|darn) (good|fine|well)', '(holy|oh) crap'] as const;

/**
 * Capitalised words that are acronyms, not shouting. `SHOUTED_WORDS_TOO` are acronyms that are also
 * plain words ("IT", "AM"): not shouting by themselves, but lowered when a shouted sentence is calmed.
 */
export const ACRONYMS: ReadonlySet<string> = new Set([
  'ASAP', 'FYI', 'PDF', 'CEO', 'CFO', 'CTO', 'COO', 'CIO', 'USA', 'UK', 'EU', 'ETA', 'EOD', 'EOW', 'COB', 'FAQ', 'SLA', 'SLAS', 'ROI', 'NDA',
  'API', 'URL', 'HTML', 'CSV', 'XLS', 'DOC', 'PPT', 'KPI', 'KPIS', 'OKR', 'OKRS', 'RFP', 'RFQ', 'SOW', 'MSA', 'PO', 'POS', 'VAT', 'GST',
  'USD', 'EUR', 'GBP', 'HQ', 'HR', 'IT', 'PR', 'QA', 'UI', 'UX', 'AM', 'PM', 'TBD', 'TBC', 'FTE', 'YOY', 'QOQ', 'ARR', 'MRR', 'SKU',
  'SKUS', 'SAAS', 'GDPR', 'ISO', 'NET', 'EMEA', 'APAC', 'LATAM', 'NA', 'AI', 'OK', 'MOQ', 'MOQS', 'RMA', 'DDP', 'FOB', 'EXW', 'HOA', 'PTA',
  'DMV', 'IRS', 'LLC', 'INC', 'LTD', 'PLC', 'EST', 'PST', 'GMT', 'UTC', 'CET', 'NYC', 'RSVP', 'OOO', 'WFH', 'VP', 'SVP', 'EVP', 'MD',
  'PHD', 'MBA', 'MSC', 'BSC', 'RE', 'FW', 'FWD', 'NB', 'PS',
]);
export const SHOUTED_WORDS_TOO: ReadonlySet<string> = new Set(['IT', 'AM', 'NET', 'NA', 'PS', 'RE', 'DOC', 'MD', 'POS', 'INC', 'EST']);

/** An acronym ("CEO", "KPIs", "Q3", "4K"), not a raised voice. */
export function isAcronym(word: string): boolean {
  const w = word.replace(/'S$/, '');
  // "KPIS" is KPIs; "ITS" is not IT.
  return ACRONYMS.has(w) || (w.length >= 4 && ACRONYMS.has(w.replace(/S$/, ''))) || /^(?:[A-Z]\d+|\d+[A-Z]+|Q[1-4])$/.test(w);
}

// --- {verb}: every form of a verb -------------------------------------------------------------

type Conjugator = (infinitive: string) => Record<string, string>;
let conjugator: Conjugator | null = null;
/** nlp.ts hands over compromise's conjugator; the lexicon itself stays free of compromise. */
export function useConjugator(c: Conjugator): void {
  conjugator = c;
}

const FORMS = new Map<string, string[]>();
/** "call" -> call, calls, called, calling; "be" has its own forms. */
export function verbForms(infinitive: string): string[] {
  let forms = FORMS.get(infinitive);
  if (!forms) {
    if (!conjugator) throw new Error(`lexicon: {${infinitive}} needs the conjugator (import lib/coach/nlp first)`);
    const c = conjugator(infinitive);
    forms = [...new Set([infinitive, ...Object.values(c).filter((f) => /^[a-z' -]+$/.test(f))])];
    FORMS.set(infinitive, forms);
  }
  return forms;
}

/** Expands {verb} into its forms: what compromise matches and what the pre-filter reads. */
export function expandVerbs(pattern: string): string {
  // Inside a group the forms join its alternatives: "({call}|{phone})" is one group, not nested ones.
  return pattern.replace(/\{([a-z]+)\}/g, (_, v: string, at: number) => {
    const forms = verbForms(v).join('|');
    return insideGroup(pattern, at) ? forms : `(${forms})`;
  });
}

function insideGroup(pattern: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) depth += pattern[i] === '(' ? 1 : pattern[i] === ')' ? -1 : 0;
  return depth > 0;
}

/** Expands our #Class names into their words (compromise's own tags stay), for the pre-filter. */
export function expandClasses(pattern: string): string {
  // Inside a group the words join its alternatives, as {verb} does: "(#Insult|lying)" stays one group,
  // so the pre-filter can still read it.
  return pattern.replace(/#([A-Z][A-Za-z]*)(\?)?/g, (m, name: string, opt: string | undefined, at: number) => {
    const words = classWords(name);
    if (!words) return m;
    return insideGroup(pattern, at) ? words.join('|') : `(${words.join('|')})${opt ?? ''}`;
  });
}

/**
 * Words the literal language reads by their shape, not from a list; each is named after the compromise
 * tag for the same thing, so a pattern reads alike in both languages. Regular-expression source.
 */
export const LITERAL_TOKENS: Readonly<Record<string, string>> = {
  /** A number in digits, with its separators: "30", "1,200", "4.5". */
  NumericValue: String.raw`\d+(?:[.,]\d+)*`,
  /** A day of the month in digits, one or two, with or without st/nd/rd/th: "the 18th", "the 3" (not "2027"). */
  DayNumber: String.raw`\d{1,2}(?:st|nd|rd|th)?`,
  /** An amount of money: a currency sign and a number, maybe in thousands or millions ("$1,200", "£40k",
   *  "€ 5m"), or a number and a currency code ("300 usd"). */
  Money: String.raw`(?:[$£€]\s?\d+(?:[.,]\d+)*(?:k|m|bn)?|\d+(?:[.,]\d+)*\s?(?:usd|eur|gbp))`,
  /** A percentage in digits: "15%", "2.5 %". */
  Percent: String.raw`\d+(?:[.,]\d+)*\s?%`,
  /** The name of a month. */
  Month: '(?:january|february|march|april|may|june|july|august|september|october|november|december)',
};

/** How a literal pattern meets the text around it. */
export interface LiteralOptions {
  /**
   * Characters besides letters and digits that continue a word, so a match may not start or end next to
   * them. Heat's default is the apostrophe ("don't" holds no "don"). With a hyphen ("-"), hyphenated words
   * are whole words ("low-cost" holds no "cost") and a hyphen in a pattern word ("deal-breaker") also
   * matches a space ("deal breaker"). The empty string gives plain word boundaries.
   */
  wordChars?: string;
  /** What may stand between two words; default white space. The rules' pre-match allows punctuation too, as compromise does. */
  separator?: string;
}

/** One word, for the wildcards `.`, `.?` and `.{0,N}`: a run of non-spaces, punctuation and all, as compromise's terms. */
const ANY_WORD = String.raw`\S+`;

/**
 * A literal pattern as a regular expression over raw text, case insensitive, on whole words. Throws on
 * anything that needs a parse (compromise's own tags, `*` on its own).
 */
export function literalRegExp(patterns: readonly string[], options: LiteralOptions = {}): RegExp {
  const inWord = `\\w${escapeClass(options.wordChars ?? "'")}`;
  const hyphen = (options.wordChars ?? "'").includes('-') ? '(?:-|\\s+)' : '-';
  const sep = options.separator ?? '\\s+';
  let clitics = false;
  const alts = patterns.map((p) => {
    let re = '';
    let started = false;
    for (const t of splitTop(p)) {
      const [body, quantifier] = quantified(t);
      let group: string;
      if (body === '.') group = ANY_WORD;
      else {
        const alternatives = body.startsWith('(') && body.endsWith(')') ? body.slice(1, -1).split('|') : [body];
        group = `(?:${alternatives.flatMap((w) => alternative(w, p, hyphen, sep)).join('|')})`;
      }
      if (quantifier) re += started ? `(?:${sep}${group})${quantifier}` : `(?:${group}${sep})${quantifier}`;
      else { re += (started ? sep : '') + group; started = true; }
    }
    // A clitic ("'d need") hangs on the word before it.
    if (p.trim().startsWith("'")) { clitics = true; return { re, lead: '(?<=\\w)' }; }
    return { re, lead: `(?<![${inWord}])` };
  });
  const body = clitics ? alts.map((a) => a.lead + a.re).join('|') : `${alts[0]?.lead ?? ''}(?:${alts.map((a) => a.re).join('|')})`;
  return new RegExp(clitics ? `(?:${body})(?![${inWord}])` : `${body}(?![${inWord}])`, 'gi');
}

/** "(a|b)?" -> ["(a|b)", "?"]; ".{0,3}" -> [".", "{0,3}"]; "word" -> ["word", ""]. */
function quantified(part: string): [string, string] {
  const m = /^(.*?)(\?|\*|\{\d+,\d+\})$/.exec(part);
  if (!m || !m[1]) return [part, ''];
  if (m[2]!.startsWith('{') && m[1] !== '.') throw new Error(`lexicon: "${part}": a count goes on the wildcard only (".{0,3}")`);
  return [m[1], m[2]!];
}

/** One alternative of a group as regular-expression alternatives: a class, a verb, a token, or words. */
function alternative(w: string, pattern: string, hyphen: string, sep: string): string[] {
  if (/^#[A-Z][A-Za-z]*$/.test(w)) {
    const name = w.slice(1);
    if (LITERAL_TOKENS[name]) return [LITERAL_TOKENS[name]!];
    const words = classWords(name);
    if (!words) throw new Error(`lexicon: "${pattern}" is not a literal pattern ("${w}")`);
    return words.map((x) => phrase(x, pattern, hyphen, sep));
  }
  if (/^\{[a-z]+\}$/.test(w)) return verbForms(w.slice(1, -1)).map((x) => phrase(x, pattern, hyphen, sep));
  return [phrase(w, pattern, hyphen, sep)];
}

/** Words as written in a pattern; a token may stand for a piece of a hyphenated word ("#NumericValue-day"). */
function phrase(words: string, pattern: string, hyphen: string, sep: string): string {
  return words.trim().split(/\s+/).map((word) => word.split('-').map((piece) => {
    const token = /^#([A-Z][A-Za-z]*)$/.exec(piece);
    if (token && LITERAL_TOKENS[token[1]!]) return LITERAL_TOKENS[token[1]!]!;
    if (!/^[a-z0-9',]+$/i.test(piece)) throw new Error(`lexicon: "${pattern}" is not a literal pattern ("${words}")`);
    return escape(piece);
  }).join(hyphen)).join(sep);
}

function escapeClass(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&');
}

function escape(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Top-level parts of a pattern ("(a|b c)?" stays one part). */
export function splitTop(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of pattern.trim()) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (ch === ' ' && depth === 0) { if (cur) out.push(cur); cur = ''; } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}
