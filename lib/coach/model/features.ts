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
// With `amounts`: a sum of money ("£9,000", "$12.90") and a share ("30%") are tokens of their own.
const WORD_AMOUNTS = /[£$€¥₹]\s?\d+(?:[.,]\d+)*|\d+(?:[.,]\d+)*\s?%|\d+(?:[.,:/]\d+)*|[A-Za-z0-9]+(?:['’][A-Za-z]+)*|[!?]/g;

/** Normalised tokens of a sentence, each pointing back at its source word. */
export function tokenize(text: string, opts?: Pick<FeatureOptions, 'amounts'>): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(opts?.amounts ? WORD_AMOUNTS : WORD)) {
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
  if (/^[£$€¥₹]/.test(w)) return ['<money>'];
  if (w.endsWith('%')) return ['<share>'];
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

const FNV_SEED = 0x811c9dc5;

/** FNV-1a over `s`, continuing from `h`: hashing parts in turn is hashing them joined. */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** FNV-1a, 32 bits: a stable hash of a feature key, the same in training and in the browser. */
export function hashKey(key: string): number {
  return fnv(FNV_SEED, key) >>> 0;
}

// FNV-1a states after the prefixes every character gram, pair and triple key starts with.
const CHAR_PREFIX = fnv(FNV_SEED, 'c:');
const PAIR_PREFIX = fnv(FNV_SEED, '2:');
const TRIPLE_PREFIX = fnv(FNV_SEED, '3:');

// Per list of n-gram sizes (one in practice: the model's), the hashes of each word's character
// n-grams, remembered (bounded): words recur from sentence to sentence, and their grams are most of
// a sentence's features. Hashed straight from the word, with no key string built.
const GRAMS = new WeakMap<readonly number[], Map<string, Uint32Array>>();

/** The keys of a word's character n-grams (lowercase, no apostrophes), e.g. "c:<wh". */
function charGramKeys(word: string, sizes: readonly number[]): string[] {
  const padded = `<${word}>`;
  const keys: string[] = [];
  for (const n of sizes) for (let k = 0; k + n <= padded.length; k++) keys.push(`c:${padded.slice(k, k + n)}`);
  return keys;
}

/** The same grams' hashes: `hashKey` of each key, in the same order. */
function charGrams(word: string, sizes: readonly number[]): Uint32Array {
  let memo = GRAMS.get(sizes);
  if (!memo) GRAMS.set(sizes, (memo = new Map()));
  let hit = memo.get(word);
  if (hit) return hit;
  const len = word.length + 2;
  let count = 0;
  for (const n of sizes) count += Math.max(0, len - n + 1);
  hit = new Uint32Array(count);
  const at = (i: number) => (i === 0 ? 60 : i === len - 1 ? 62 : word.charCodeAt(i - 1)); // "<" word ">"
  let out = 0;
  for (const n of sizes) {
    for (let k = 0; k + n <= len; k++) {
      let h = CHAR_PREFIX;
      for (let i = k; i < k + n; i++) h = Math.imul(h ^ at(i), 0x01000193);
      hit[out++] = h >>> 0;
    }
  }
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(word, hit);
  return hit;
}

/** Words that carry style rather than meaning: a flag must not rest on them (gate.ts), and with
 * `contentGrams` no n-gram made only of them is a feature. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set((
  'i me my mine myself we us our ours you your yours yourself he him his she her it its they them their this that these those ' +
  'a an the and or but if so as of to in on at by for with from into onto about over under up down out off than then there here ' +
  'is am are was were be been being do did doe have has had will would shall should can could may might must not no ' +
  "what which who whom whose when where how why all any some each every other such own same just also very too only " +
  "'s <num> ! ? get got go going make let one sure"
).split(' '));

const NEGATIVE = new Set(['not', 'never', 'no', 'nothing', 'nobody', 'none', 'fail', 'wrong', 'fault', 'blame', 'mistake']);

export interface FeatureOptions {
  /** Longest word n-gram (1..3). */
  ngrams: number;
  /** Character n-gram lengths inside padded words, e.g. [3, 4]. */
  chars: number[];
  /** Leave out word n-grams made only of function words ("you will", "if you"): style, not hostility. */
  contentGrams?: boolean;
  /** Read a sum of money ("£9,000") and a share ("30%") as such, not as any number: the part of a "no" often rests on them. */
  amounts?: boolean;
}

export const DEFAULT_FEATURES: FeatureOptions = { ngrams: 3, chars: [3, 4] };

/**
 * The features of one sentence (or clause): each a hashed key, once, and the tokens it was first
 * met at, `from` to `to` (exclusive), which is how "why this was flagged" finds its words. Typed
 * arrays, no key strings kept: this runs on every sentence of every analysis.
 */
export interface FeatureBag {
  readonly length: number;
  readonly hashes: Uint32Array;
  readonly from: Uint16Array;
  readonly to: Uint16Array;
  /** How many tokens the text had. */
  readonly tokens: number;
}

/** Where the features of a text go: hashed for scoring, or as keys for reading them. */
interface Sink {
  /** Whether keys are wanted; without, features are hashed as they are read and no key is built. */
  readonly keys: boolean;
  key(key: string, from: number, to: number): void;
  hash(h: number, from: number, to: number): void;
}

export function features(text: string, opts: FeatureOptions = DEFAULT_FEATURES, tokens: Token[] = tokenize(text, opts)): FeatureBag {
  const bag = new BagWriter(capacityFor(tokens));
  bag.reset(tokens.length);
  walk(text, opts, tokens, bag);
  return bag;
}

/**
 * The same bag, written into one buffer reused from call to call: valid only until the next call.
 * For the engine's scoring, which reads the bag at once and keeps nothing of it.
 */
export function featuresOnce(text: string, opts: FeatureOptions, tokens: Token[]): FeatureBag {
  const cap = capacityFor(tokens);
  if (shared.hashes.length < cap) shared = new BagWriter(cap);
  shared.reset(tokens.length);
  walk(text, opts, tokens, shared);
  return shared;
}

/** Most features a text of these tokens can have. */
function capacityFor(tokens: readonly Token[]): number {
  let cap = 3 * tokens.length + 24;
  for (const t of tokens) cap += 2 * (t.end - t.start) + 2;
  return cap;
}

/**
 * Writes a bag: each feature once, from where it is first met (a binary bag, so a long or
 * repetitive sentence does not pile up evidence by repeating itself). A class, not closures: this
 * runs on every sentence of every analysis.
 */
class BagWriter implements Sink, FeatureBag {
  readonly keys = false;
  length = 0;
  tokens = 0;
  readonly hashes: Uint32Array;
  readonly from: Uint16Array;
  readonly to: Uint16Array;
  private seen!: ScratchSet;

  constructor(capacity: number) {
    this.hashes = new Uint32Array(capacity);
    this.from = new Uint16Array(capacity);
    this.to = new Uint16Array(capacity);
  }

  reset(tokens: number): void {
    this.length = 0;
    this.tokens = tokens;
    this.seen = ScratchSet.take(this.hashes.length);
  }

  key(key: string, from: number, to: number): void { this.hash(hashKey(key), from, to); }

  hash(h: number, from: number, to: number): void {
    if (!this.seen.add(h)) return;
    const n = this.length++;
    this.hashes[n] = h;
    this.from[n] = from;
    this.to[n] = to;
  }
}

let shared = new BagWriter(1024);

/**
 * A set of 32-bit hashes for one sentence, one table reused from call to call (a generation stamp
 * empties it): a JS Set of numbers this large boxes most of them.
 */
class ScratchSet {
  private static shared = new ScratchSet(1024);
  private readonly keys: Uint32Array;
  private readonly stamps: Uint32Array;
  private readonly mask: number;
  private generation = 0;

  private constructor(size: number) {
    this.keys = new Uint32Array(size);
    this.stamps = new Uint32Array(size);
    this.mask = size - 1;
  }

  /** The shared table, emptied, with room for `capacity` hashes. */
  static take(capacity: number): ScratchSet {
    let t = ScratchSet.shared;
    if (t.keys.length < 2 * capacity || t.generation >= 0xfffffffe) {
      let size = 1024;
      while (size < 2 * capacity) size *= 2;
      t = ScratchSet.shared = new ScratchSet(size);
    }
    t.generation++;
    return t;
  }

  /** Adds `h`; false when it was there already. */
  add(h: number): boolean {
    const g = this.generation;
    for (let i = (Math.imul(h, 0x9e3779b1) >>> 0) & this.mask; ; i = (i + 1) & this.mask) {
      if (this.stamps[i] !== g) { this.stamps[i] = g; this.keys[i] = h; return true; }
      if (this.keys[i] === h) return false;
    }
  }
}

/** The same features as readable keys, in the same order (for tests and for looking into the model). */
export function featureKeys(text: string, opts: FeatureOptions = DEFAULT_FEATURES): { key: string; from: number; to: number }[] {
  const out: { key: string; from: number; to: number }[] = [];
  const seen = new Set<string>();
  const key = (key: string, from: number, to: number) => { if (!seen.has(key)) { seen.add(key); out.push({ key, from, to }); } };
  walk(text, opts, tokenize(text, opts), { keys: true, key, hash: () => { throw new Error('keys wanted'); } });
  return out;
}

function walk(text: string, opts: FeatureOptions, tokens: readonly Token[], sink: Sink): void {
  const last = tokens.length;
  const stems: string[] = new Array(last);
  for (let i = 0; i < last; i++) stems[i] = tokens[i]!.stem;
  const style = new Uint8Array(last + 2); // 1 where seq[i] is a function word or an edge
  for (let i = 0; i < last; i++) style[i + 1] = opts.contentGrams && FUNCTION_WORDS.has(stems[i]!) ? 1 : 0;
  style[0] = style[last + 1] = 1;
  for (let i = 0; i < last; i++) if (!style[i + 1]) sink.key('w:' + stems[i], i, i + 1);
  // Pairs and triples over the sentence with its edges ("^" and "$"); an edge covers no token.
  // Hashed as they are read, without building the key ("2:a b", "3:a b c") unless it is wanted.
  const seq = ['^', ...stems, '$'];
  for (let i = 0; i + 2 <= last + 2; i++) {
    if (opts.contentGrams && style[i] && style[i + 1]) continue;
    const from = i && i - 1, to = Math.min(last, i + 1);
    if (sink.keys) sink.key('2:' + seq[i] + ' ' + seq[i + 1], from, to);
    else sink.hash(fnv(fnv(fnv(PAIR_PREFIX, seq[i]!), ' '), seq[i + 1]!) >>> 0, from, to);
  }
  if (opts.ngrams >= 3) for (let i = 0; i + 3 <= last + 2; i++) {
    if (opts.contentGrams && style[i] && style[i + 1] && style[i + 2]) continue;
    const from = i && i - 1, to = Math.min(last, i + 2);
    if (sink.keys) sink.key('3:' + seq[i] + ' ' + seq[i + 1] + ' ' + seq[i + 2], from, to);
    else sink.hash(fnv(fnv(fnv(fnv(fnv(TRIPLE_PREFIX, seq[i]!), ' '), seq[i + 1]!), ' '), seq[i + 2]!) >>> 0, from, to);
  }
  // Character n-grams of each source word as written (lowercase, apostrophes dropped); a word
  // that stands for two tokens ("didnt": did, not) gives them once, to both.
  for (let i = 0; i < last; i++) {
    const t = tokens[i]!;
    if (i > 0 && tokens[i - 1]!.start === t.start) continue;
    let j = i + 1;
    while (j < last && tokens[j]!.start === t.start) j++;
    const w = text.slice(t.start, t.end).toLowerCase().replace(/['’]/g, '');
    if (w.length < 3 || (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57)) continue;
    if (sink.keys) for (const k of charGramKeys(w, opts.chars)) sink.key(k, i, j);
    else { const g = charGrams(w, opts.chars); for (let k = 0; k < g.length; k++) sink.hash(g[k]!, i, j); }
  }
  surfaceCues(text, stems, sink);
}

/** Capitals, "!!", a question, a leading "why", "you" next to a negative, length. */
function surfaceCues(text: string, stems: readonly string[], sink: Sink): void {
  const last = stems.length;
  const cue = (key: string, a = 0, b = 0) => sink.key(key, a, b);
  const words = text.match(/[A-Za-z][A-Za-z']*/g) ?? [];
  let shouted = 0;
  for (const w of words) if (isShouted(w)) shouted++;
  if (shouted >= 1) cue('s:caps1');
  if (shouted >= 2) cue('s:caps2');
  if (words.length >= 3 && shouted / words.length >= 0.6) cue('s:capsall');
  const bangs = (text.match(/!/g) ?? []).length;
  if (bangs === 1) cue('s:bang1');
  if (bangs >= 2) cue('s:bang2');
  if (/[!?]{3,}|\?!|!\?/.test(text)) cue('s:bangrun');
  if (/\?\s*["')\]]*\s*$/.test(text)) cue('s:question');
  if (text.includes('??')) cue('s:qq');
  if (text.includes('...') || text.includes('…')) cue('s:ellipsis');
  if (/["“][^"”\s]+(?:\s[^"”\s]+){0,2}["”]/.test(text)) cue('s:scare');
  if (words.length >= 4 && text === text.toLowerCase()) cue('s:lower');
  const firstWhy = stems.indexOf('why');
  if (firstWhy === 0) cue('s:why0', 0, 1);
  else if (firstWhy > 0) cue('s:why', firstWhy, firstWhy + 1);
  for (let i = 0; i < last; i++) {
    if (stems[i] !== 'you' && stems[i] !== 'your') continue;
    for (let k = Math.max(0, i - 3); k <= Math.min(last - 1, i + 3); k++) {
      if (NEGATIVE.has(stems[k]!)) { cue('s:you-neg', Math.min(i, k), Math.max(i, k) + 1); break; }
    }
  }
  const n = words.length;
  cue(n < 5 ? 's:len0' : n < 12 ? 's:len1' : n < 25 ? 's:len2' : 's:len3');
}
