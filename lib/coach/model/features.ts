// What the learned judgement sees in a sentence: word stems and their pairs and triples after
// normalising case, contractions and inflection; character n-grams inside words (typos, missing
// apostrophes, lowercase); and a few surface cues (capitals, "!!", a leading "why", "you" next to a
// negative). No compromise parse: this runs on every sentence of every analysis.
//
// The same code extracts features for training (tools/train) and in the engine, so a model can only
// ever be scored on the features it was trained on.
import { isShouted } from '../rules/heat';

/** A token of the normalised sentence, with where its word sits in the original text. */
export interface Token {
  /** The normalised form the features use (a stem, or a marker such as "not"). */
  stem: string;
  /** Offsets of the source word in the text given to `tokenize`. */
  start: number;
  end: number;
}

// Contractions and their apostrophe-less spellings, read as the words they stand for.
const EXPAND = new Map<string, string[]>(Object.entries({
  "can't": ['can', 'not'], cant: ['can', 'not'], cannot: ['can', 'not'],
  "won't": ['will', 'not'], wont: ['will', 'not'], "shan't": ['shall', 'not'],
  "ain't": ['be', 'not'], aint: ['be', 'not'],
  im: ['i', 'am'], ive: ['i', 'have'], youre: ['you', 'are'], theyre: ['they', 'are'], youve: ['you', 'have'],
  thats: ['that', 'is'], whats: ['what', 'is'], theres: ['there', 'is'], heres: ["here", "is"],
  u: ['you'], ur: ['your'], r: ['are'], pls: ['please'], plz: ['please'], thx: ['thanks'], tho: ['though'],
  y: ['why'], coz: ['because'], cuz: ['because'], bc: ['because'], wanna: ['want', 'to'], gonna: ['going', 'to'],
})); // a Map: a word such as "constructor" must not find Object's prototype
const NOT_SUFFIX = /^([a-z]+)n'?t$/; // didn't, didnt, wasnt, shouldnt
const NOT_STEMS = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'would', 'could', 'should', 'must', 'need', 'might']);
const CLITIC: Record<string, string> = { "'re": 'are', "'m": 'am', "'ll": 'will', "'ve": 'have', "'d": 'would' };
const S_IS = new Set(['it', 'that', 'what', 'there', 'here', 'who', 'he', 'she', 'where', 'how', 'everything', 'nothing', 'this']);

/** A small suffix stripper: the same word in any inflection maps to one stem (refuse, refused, refusing). */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('edly') && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && w.length > 4 && /(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  // refus(e) / refus(ed): drop a final e; stopp(ed) -> stop
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  if (/([bdgklmnprt])\1$/.test(w) && w.length > 3) w = w.slice(0, -1);
  return w;
}

const WORD = /\d+(?:[.,:/]\d+)*|[A-Za-z0-9]+(?:['’][A-Za-z]+)*|[!?]/g;

/** Normalised tokens of a sentence, each pointing back at its source word. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    const end = start + m[0].length;
    for (const s of stemsOf(m[0])) out.push({ stem: s, start, end });
  }
  return out;
}

// Words recur from sentence to sentence: their normal forms are remembered (bounded).
const STEMS = new Map<string, readonly string[]>();
const MEMO_MAX = 50_000;

/** The normal forms a word as written stands for ("didnt" -> did, not). */
function stemsOf(raw: string): readonly string[] {
  let hit = STEMS.get(raw);
  if (hit) return hit;
  hit = normalForms(raw);
  if (STEMS.size >= MEMO_MAX) STEMS.clear();
  STEMS.set(raw, hit);
  return hit;
}

function normalForms(raw: string): string[] {
  if (raw === '!' || raw === '?') return [raw];
  const w = raw.toLowerCase().replace(/’/g, "'");
  if (/^\d+(?:[.,]\d+)*$/.test(w)) return ['<num>'];
  const whole = EXPAND.get(w);
  if (whole) return whole;
  const neg = NOT_SUFFIX.exec(w.replace("'", ''));
  if (neg && (w.includes("n't") || NOT_STEMS.has(neg[1]!))) {
    const base = neg[1]!;
    return [base === 'wo' ? 'will' : base === 'ca' ? 'can' : base === 'sha' ? 'shall' : stem(base), 'not'];
  }
  const clitic = /^([a-z0-9]+)('re|'m|'ll|'ve|'d|'s)$/.exec(w);
  if (clitic) {
    const c = clitic[2]!;
    return [stem(clitic[1]!), c === "'s" ? (S_IS.has(clitic[1]!) ? 'is' : "'s") : CLITIC[c]!];
  }
  return [stem(w.replace(/'/g, ''))];
}

// Per list of n-gram sizes (one in practice: the model's), the words' grams.
const GRAMS = new WeakMap<readonly number[], Map<string, readonly string[]>>();

/** Character n-gram keys of a word as written (lowercase, no apostrophes), remembered (bounded). */
function charGrams(word: string, sizes: readonly number[]): readonly string[] {
  let memo = GRAMS.get(sizes);
  if (!memo) GRAMS.set(sizes, (memo = new Map()));
  let hit = memo.get(word);
  if (hit) return hit;
  const padded = `<${word}>`;
  const out: string[] = [];
  for (const n of sizes) for (let k = 0; k + n <= padded.length; k++) out.push(`c:${padded.slice(k, k + n)}`);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(word, out);
  return out;
}

const NEGATIVE = new Set(['not', 'never', 'no', 'nothing', 'nobody', 'none', 'fail', 'wrong', 'fault', 'blame', 'mistake']);

/** A feature and which tokens it came from (for "why this was flagged"). */
export interface Feature { key: string; tokens: number[] }

export interface FeatureOptions {
  /** Longest word n-gram (1..3). */
  ngrams: number;
  /** Character n-gram lengths inside padded words, e.g. [3, 4]. */
  chars: number[];
}

export const DEFAULT_FEATURES: FeatureOptions = { ngrams: 3, chars: [3, 4] };

/** The features of one sentence (or clause). Each key appears once. */
export function features(text: string, opts: FeatureOptions = DEFAULT_FEATURES, tokens: Token[] = tokenize(text)): Feature[] {
  const out = new Map<string, number[]>();
  // `idx` is always a fresh array, so it is kept as it is.
  const add = (key: string, idx: number[]) => { const have = out.get(key); if (have) { for (const i of idx) if (!have.includes(i)) have.push(i); } else out.set(key, idx); };
  const stems = tokens.map((t) => t.stem);
  const seq = ['^', ...stems, '$'];
  for (let i = 0; i < stems.length; i++) add('w:' + stems[i], [i]);
  const last = stems.length;
  // All pairs, then all triples: the order features are met in is part of what training reproduces.
  for (let i = 0; i + 2 <= seq.length; i++) add('2:' + seq[i] + ' ' + seq[i + 1], i === 0 ? [0] : i + 1 > last ? [i - 1] : [i - 1, i]);
  if (opts.ngrams >= 3) {
    for (let i = 0; i + 3 <= seq.length; i++) {
      const idx: number[] = [];
      for (let k = i; k < i + 3; k++) if (k >= 1 && k <= last) idx.push(k - 1);
      add('3:' + seq[i] + ' ' + seq[i + 1] + ' ' + seq[i + 2], idx);
    }
  }
  // Character n-grams of each source word as written (lowercase, apostrophes dropped).
  const seenWord = new Set<string>();
  tokens.forEach((t, i) => {
    const w = text.slice(t.start, t.end).toLowerCase().replace(/['’]/g, '');
    if (w.length < 3 || seenWord.has(w) || /^\d/.test(w)) return;
    seenWord.add(w);
    for (const g of charGrams(w, opts.chars)) add(g, [i]);
  });
  // Surface cues.
  const words = text.match(/[A-Za-z][A-Za-z']*/g) ?? [];
  const shouted = words.filter(isShouted).length;
  if (shouted >= 1) add('s:caps1', []);
  if (shouted >= 2) add('s:caps2', []);
  if (words.length >= 3 && shouted / words.length >= 0.6) add('s:capsall', []);
  const bangs = (text.match(/!/g) ?? []).length;
  if (bangs === 1) add('s:bang1', []);
  if (bangs >= 2) add('s:bang2', []);
  if (/[!?]{3,}|\?!|!\?/.test(text)) add('s:bangrun', []);
  if (/\?\s*["')\]]*\s*$/.test(text)) add('s:question', []);
  if (/\?\?/.test(text)) add('s:qq', []);
  if (/\.\.\.|…/.test(text)) add('s:ellipsis', []);
  if (/["“][^"”\s]+(?:\s[^"”\s]+){0,2}["”]/.test(text)) add('s:scare', []);
  if (words.length >= 4 && text === text.toLowerCase()) add('s:lower', []);
  const firstWhy = stems.findIndex((s) => s === 'why');
  if (firstWhy === 0) add('s:why0', [0]);
  else if (firstWhy > 0) add('s:why', [firstWhy]);
  for (let i = 0; i < stems.length; i++) {
    if (stems[i] !== 'you' && stems[i] !== 'your') continue;
    for (let k = Math.max(0, i - 3); k <= Math.min(stems.length - 1, i + 3); k++) {
      if (NEGATIVE.has(stems[k]!)) { add('s:you-neg', [i, k]); break; }
    }
  }
  const n = words.length;
  add(n < 5 ? 's:len0' : n < 12 ? 's:len1' : n < 25 ? 's:len2' : 's:len3', []);
  return [...out].map(([key, tokens]) => ({ key, tokens }));
}

/** FNV-1a, 32 bits: a stable hash of a feature key, the same in training and in the browser. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
