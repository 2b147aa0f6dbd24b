// The lexicon layer: named word classes and every form of a verb, compiled once, so that rules say
// `#Insult` or `{call}` instead of spelling out the words. The pattern language is compromise's match
// syntax plus two names:
//   #Class   a word class below, put on the words as a compromise tag after tagging (nlp.ts);
//   {verb}   every form of the verb, from compromise's own conjugator ("{call}": call, calls, called, calling).
// A pattern of words, (a|b) groups, `?`, #Class and {verb} only is "literal" and also compiles to a
// regular expression over raw text (`literalRegExp`), for readers that never parse: the heat cues.
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
  return pattern.replace(/\{([a-z]+)\}/g, (_, v: string) => `(${verbForms(v).join('|')})`);
}

/** Expands our #Class names into their words (compromise's own tags stay), for the pre-filter. */
export function expandClasses(pattern: string): string {
  return pattern.replace(/#([A-Z][A-Za-z]*)(\?)?/g, (m, name: string, opt: string | undefined) => {
    const words = classWords(name);
    return words ? `(${words.join('|')})${opt ?? ''}` : m;
  });
}

/**
 * A literal pattern (words, (a|b), `?`, #Class, {verb}) as a regular expression over raw text, case
 * insensitive, on whole words. Throws on anything that needs a parse (compromise tags, wildcards).
 */
export function literalRegExp(patterns: readonly string[]): RegExp {
  const alts = patterns.map((p) => {
    let re = '';
    let started = false;
    for (const t of splitTop(p)) {
      const optional = t.endsWith('?');
      const body = optional ? t.slice(0, -1) : t;
      const alternatives = body.startsWith('(') && body.endsWith(')') ? body.slice(1, -1).split('|') : [body];
      // A class or a verb stands for its words, inside a group as well as alone.
      const inner = alternatives.flatMap((w) => (/^#[A-Z]/.test(w) ? [...(classWords(w.slice(1)) ?? [w])] : /^\{[a-z]+\}$/.test(w) ? verbForms(w.slice(1, -1)) : [w]));
      for (const w of inner) if (!/^[a-z0-9' -]+$/i.test(w)) throw new Error(`lexicon: "${p}" is not a literal pattern ("${w}")`);
      const group = `(?:${inner.map((w) => w.trim().split(/\s+/).map(escape).join('\\s+')).join('|')})`;
      if (optional) re += started ? `(?:\\s+${group})?` : `(?:${group}\\s+)?`;
      else { re += (started ? '\\s+' : '') + group; started = true; }
    }
    return re;
  });
  return new RegExp(`(?<![\\w'])(?:${alts.join('|')})(?![\\w'])`, 'gi');
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
