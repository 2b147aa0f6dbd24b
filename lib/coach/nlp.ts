// The one place the engine meets compromise. `compromise/two` has the tagger and match syntax
// at ~120 KB gzip, small enough for a content script; `three` would not leave room for the UI.
import nlp from 'compromise/two';
import { classesOf, expandVerbs, useConjugator } from './lexicon';
import { bulkMatch } from './sweep';

// The lexicon's word classes become tags on every parse: a set lookup per word, after compromise's
// own tagging, so they never change how compromise reads a sentence.
interface TermObject { normal?: string; machine?: string; tags: Set<string> }
nlp.plugin({
  compute: {
    balconyClasses: (view: { docs: TermObject[][] }) => {
      for (const sentence of view.docs) for (const t of sentence) for (const c of classesOf(t.machine || t.normal || '')) t.tags.add(c);
    },
  },
  hooks: ['balconyClasses'],
  // The post-tagger's choice of patterns to try, made without walking every hook (sweep.ts).
  methods: { one: { bulkMatch } },
});

export type Doc = ReturnType<typeof nlp>;
export type CompiledMatch = ReturnType<typeof nlp.parseMatch>;

/** Same-length normalisation: curly quotes and apostrophes become straight ones, so offsets hold. */
export function normalizeQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC\u2032]/g, "'").replace(/[\u201C\u201D]/g, '"');
}

// Recently parsed sentences. The same sentence is often parsed twice in a row (the rules, then the
// thread summary's concerns), and nothing in the engine changes a parsed document.
const PARSED = new Map<string, Doc>();
const PARSED_MAX = 256;

/** Forget recently parsed sentences (a benchmark's cold run must not find them). */
export function clearParseCache(): void {
  PARSED.clear();
}

let parses = 0;
/** How many texts compromise has parsed in this process (the benchmark reports what a draft costs). */
export function parseCount(): number {
  return parses;
}

export function parse(text: string): Doc {
  const key = normalizeQuotes(text);
  let doc = PARSED.get(key);
  if (doc) {
    PARSED.delete(key);
  } else {
    parses++;
    doc = nlp(key);
    if (PARSED.size >= PARSED_MAX) PARSED.delete(PARSED.keys().next().value!);
  }
  PARSED.set(key, doc);
  return doc;
}

/**
 * Compiles a match pattern. compromise splits contractions in text ("don't" -> do not) but not inside
 * a pattern's alternatives, so patterns are written naturally and expanded here.
 */
export function compile(pattern: string): CompiledMatch {
  return nlp.parseMatch(longestFirst(expandContractions(expandVerbs(pattern))));
}

/**
 * compromise tries a group's alternatives in order and does not backtrack, so "(you|you will) regret"
 * never reaches "you will". Putting longer alternatives first makes the pattern mean what it says.
 */
export function longestFirst(pattern: string): string {
  return pattern.replace(/\(([^()]*\|[^()]*)\)/g, (_, body: string) => {
    const alts = body.split('|');
    const sorted = alts.map((a, i) => ({ a, i, n: a.trim().split(/\s+/).length })).sort((x, y) => y.n - x.n || x.i - y.i);
    return `(${sorted.map((x) => x.a).join('|')})`;
  });
}

export function expandContractions(pattern: string): string {
  return pattern
    .replace(/\bwon't\b/gi, 'will not')
    .replace(/\bcan't\b/gi, 'can not')
    .replace(/\bshan't\b/gi, 'shall not')
    .replace(/\b(\w+)n't\b/gi, '$1 not')
    .replace(/\blet's\b/gi, 'let us')
    .replace(/\b(that|it|there|what|he|she|who|here|where)'s\b/gi, '$1 is')
    .replace(/\b(\w+)'ll\b/gi, '$1 will')
    .replace(/\b(\w+)'re\b/gi, '$1 are')
    .replace(/\bi'm\b/gi, 'i am')
    .replace(/\b(\w+)'ve\b/gi, '$1 have')
    .replace(/\b(\w+)'d\b/gi, '$1 would');
}

export interface Span { start: number; end: number }

// compromise's types allow `terms` only as an object of options; `false` leaves the terms out.
const OFFSETS_ONLY = { offset: true, text: false, terms: false } as unknown as Parameters<Doc['json']>[0];

/** Offsets (into the parsed text) of each match of `pattern`. */
export function matchSpans(doc: Doc, pattern: CompiledMatch): Span[] {
  const found = doc.match(pattern);
  if (!found.found) return [];
  const text = doc.text();
  // Only the offsets: by default json() also copies every term and writes out each match's text.
  return found.json(OFFSETS_ONLY).map((m: { offset: { start: number; length: number } }) => {
    // compromise's offsets can take in the punctuation after the last word; a swap must not eat it.
    let start = m.offset.start;
    let end = m.offset.start + m.offset.length;
    while (end > start && /[\s,;:.!?)"'\]]/.test(text[end - 1]!)) end--;
    while (start < end && /[\s("'\[]/.test(text[start]!)) start++;
    return { start, end };
  });
}

// compromise's world is typed as `object`; these are the two parts the engine uses.
interface World {
  methods: { two: { transform: { verb: { toInfinitive(w: string, m: unknown, tense?: string): string; conjugate(w: string, m: unknown): Record<string, string> } } } };
  model: unknown;
}
const world = () => nlp.world() as unknown as World;
const verbs = () => world().methods.two.transform.verb;
const model = () => world().model;
useConjugator((infinitive) => verbs().conjugate(infinitive, model()));

/** "turned" -> "turn", "sent" -> "send"; unknown words come back as they are. */
export function toInfinitive(verb: string, tense?: string): string {
  const lower = verb.toLowerCase();
  const inf = verbs().toInfinitive(lower, model(), tense);
  return inf || lower;
}

/** "send" -> "sending". */
export function toGerund(infinitive: string): string {
  const forms = verbs().conjugate(infinitive.toLowerCase(), model());
  return forms.Gerund || `${infinitive}ing`;
}

/** One term of a parsed sentence, with its tags and offsets in the sentence. */
export interface Term { text: string; normal: string; tags: Set<string>; start: number; end: number; post: string }

export function terms(doc: Doc): Term[] {
  // What json({ offset: true }) gives, read from the parse itself: json() copies every term and
  // writes out each sentence's text first, and this runs on every parse a swap or summary reads.
  doc.compute('offset');
  const out: Term[] = [];
  for (const sentence of (doc as unknown as { docs: ParsedTerm[][] }).docs) {
    for (const t of sentence) {
      out.push({
        text: t.text,
        normal: t.machine || t.normal,
        tags: new Set(t.tags),
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
        post: t.post,
      });
    }
  }
  return out;
}

/** A term as compromise keeps it, once its offsets are computed. */
interface ParsedTerm { text: string; normal: string; machine?: string; tags: Set<string>; post: string; offset: { start: number; length: number } }
