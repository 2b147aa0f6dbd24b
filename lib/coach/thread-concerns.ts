// Their concerns in their own words: noun-phrase chunks built from compromise/two's tags
// (`.nouns()` is only in `three`), scored by how close they sit to the refusal. Part of the thread
// summary (thread.ts).
import { sayBack } from './say-back';
import { has, nounPhrases } from './noun-phrases';
import type { NoDecoding, NoReason } from './types';
import { decodeNo } from './no';
import { normalizeQuotes } from './nlp';
import type { Sentence } from './sentences';
import { CONCERN_HEADS } from './rules/openers';

/** Greetings, thanks and sign-offs say nothing about their concerns. */
const CLOSING = /^(?:hi|hello|hey|dear|thanks|thank you|many thanks|best|kind regards|regards|cheers|sincerely|warm(?:est)? regards|all the best|looking forward|let me know|talk soon|have a (?:good|great|nice)|hope (?:you|this|all))\b/i;

/** A greeting, thanks, sign-off or a bare name line: nothing to learn from it. */
export function isFiller(sentence: string): boolean {
  const t = sentence.trim();
  const n = t.split(/\s+/).length;
  return (CLOSING.test(t) && n <= 8) || (n <= 2 && !/[.!?]$/.test(t));
}

function reasonOf(text: string): NoReason | null {
  let best: NoReason | null = null;
  let n = 0;
  for (const r of Object.keys(CONCERN_HEADS) as NoReason[]) {
    const m = text.match(CONCERN_HEADS[r]);
    if (m && (!best || m.index! > n)) { best = r; n = m.index!; }
  }
  return best;
}

const NEGATION = /\b(?:not|no|never|cannot|unable|impossible|no longer)\b|n't\b/i;

/**
 * Does this sentence say no for `reason`? The decoder's own reading of the sentence when it has
 * one; else a negation next to words about that reason ("We simply can't go back to last year's price").
 */
export function refusesFor(sentence: string, reason: NoReason, decode: (sentence: string) => NoDecoding | null = decodeNo): boolean {
  const d = decode(sentence);
  if (d) return d.reason === reason;
  return NEGATION.test(normalizeQuotes(sentence)) && CONCERN_HEADS[reason].test(sentence);
}

/**
 * Which sentences refuse: for the message's decoded reason when it has one (`refusesFor`), else any
 * sentence the decoder reads a "no" in. Worked out once per message; the concerns and the sentence
 * to mirror both read it.
 */
export function refusalsOf(sentences: readonly Sentence[], no: NoDecoding | null, decode: (sentence: string) => NoDecoding | null = decodeNo): boolean[] {
  return sentences.map((s) => (no ? refusesFor(s.text, no.reason, decode) : !!decode(s.text)));
}

export interface ScoredConcern {
  text: string;
  score: number;
  /** Where it was said: the sentence's index, then the chunk's place in it (ties go to the earlier). */
  sentence: number;
  order: number;
  reason: NoReason | null;
  plural: boolean;
}

const MAX_PLAIN_SENTENCES = 6;

/** compromise tags these "Negative" (its lexicon, and the contractions it expands to "not"). */
const NEGATIVE_WORDS = /n't\b|\b(?:not|no|non|never|ne'er|cannot|arent|dun|dunno|shouldnt|couldnt|wouldnt|hasnt|wasnt|isnt|cant|dont|wont)\b/i;

/**
 * Can compromise find a "Negative" term in this sentence? It reads words without their accents
 * ("Dún" is its "dun", "do not"), so they are dropped first; any other letter outside ASCII might
 * read as anything, and counts as a maybe.
 */
export function mayNegate(sentence: string): boolean {
  const plain = sentence.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019]/g, "'");
  return /[^\x00-\x7f\u201c\u201d\u2013\u2014\u2026\u00a0]/.test(plain) || NEGATIVE_WORDS.test(plain);
}

const ranked = (a: ScoredConcern, b: ScoredConcern) => b.score - a.score || a.sentence - b.sentence || a.order - b.order;
const concernKey = (c: ScoredConcern) => c.text.toLowerCase().replace(/^(?:the|a|an|your)\s+/, '');

/** A sentence that may hold concerns, with the most any of them can score (known before it is parsed). */
interface Candidate { si: number; bound: number; read: boolean }

/**
 * Their concerns in one message, best first, deduplicated, with the reason each relates to. Each
 * sentence read costs a parse, so sentences are read only as far as a question needs them: one
 * whose concerns cannot score high enough to change the answer is not read at all. Every answer is
 * the one reading all of them would give.
 */
export class MessageConcerns {
  private readonly candidates: Candidate[] = [];
  private readonly found: ScoredConcern[] = [];
  private readonly lastRefusal: number;

  constructor(private readonly sentences: readonly Sentence[], private readonly no: NoDecoding | null, private readonly egoSpans: ReadonlyArray<[number, number]>, private readonly refusing: readonly boolean[]) {
    this.lastRefusal = refusing.lastIndexOf(true);
    // Concerns come from what they say, not from a long message's every line: the refusing sentences
    // and the first few others are read.
    let others = 0;
    sentences.forEach((s, si) => {
      if (isFiller(s.text)) return;
      if (!refusing[si] && ++others > MAX_PLAIN_SENTENCES) return;
      this.candidates.push({ si, bound: this.bound(s, si), read: false });
    });
    // Surest first: the order in which reading them can settle a question soonest.
    this.candidates.sort((a, b) => b.bound - a.bound || a.si - b.si);
  }

  static readonly none = new MessageConcerns([], null, [], []);

  /** The first `n` concerns (of sentences that pass `filter`, when given). */
  top(n: number, filter?: (sentence: string) => boolean): ScoredConcern[] {
    for (;;) {
      const list = this.list(filter);
      const next = this.candidates.find((c) => !c.read && (!filter || filter(this.sentences[c.si]!.text)));
      const nth = list[n - 1];
      // Settled when nothing unread can rank above the n-th: it scores less, or as much but later.
      if (!next || (nth && (nth.score > next.bound || (nth.score === next.bound && nth.sentence < next.si)))) return list.slice(0, n);
      this.read(next);
    }
  }

  /** All of them. */
  all(): ScoredConcern[] {
    return this.top(Infinity);
  }

  /** How many of its sentences have been parsed so far. */
  get sentencesRead(): number {
    return this.candidates.filter((c) => c.read).length;
  }

  /** The concerns read so far (of sentences that pass `filter`), ranked and deduplicated. */
  private list(filter?: (sentence: string) => boolean): ScoredConcern[] {
    const seen = new Set<string>();
    return this.found.filter((c) => !filter || filter(this.sentences[c.sentence]!.text)).sort(ranked).filter((c) => {
      const k = concernKey(c);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }

  /**
   * The most a concern of sentence `si` can score, from its text alone: each term of the score in
   * `read` counted when the sentence could earn it (a chunk's words are the sentence's words).
   */
  private bound(s: Sentence, si: number): number {
    const { no } = this;
    let most = 1 + 0.5;
    if (this.refusing[si]) most += si === this.lastRefusal ? 3 : 2;
    if (no && s.start <= no.evidence.end && no.evidence.start <= s.end) most += 1;
    if (mayNegate(s.text)) most += 2;
    if (no && CONCERN_HEADS[no.reason].test(s.text)) most += 2;
    else if (reasonOf(s.text)) most += 1;
    return most;
  }

  /** Parses one sentence and scores its noun phrases. */
  private read(candidate: Candidate): void {
    candidate.read = true;
    const { si } = candidate;
    const s = this.sentences[si]!;
    const { no, refusing } = this;
    const { chunks, terms: ts } = nounPhrases(s.text);
    const negAt = ts.findIndex((t) => has(t, 'Negative'));
    // "We could live with 20% upfront, but not half": the clause that refuses holds the concern;
    // what they accept in the other clause does not.
    const butAt = ts.findIndex((t, i) => i > 0 && /^(?:but|however|although|though)$/i.test(t.normal));
    const refusingClause = butAt < 0 || negAt < 0 ? null : negAt > butAt ? 'after' : 'before';
    let objectTaken = false;
    let order = 0;
    for (const c of chunks) {
      order++;
      if (c.weak) continue;
      if (refusingClause && (c.first > butAt) !== (refusingClause === 'after')) { order++; continue; }
      // Words inside a threat or a jibe ("we'll take our business elsewhere") are not a concern.
      if (this.egoSpans.some(([a, b]) => a < s.start + c.end && s.start + c.start < b)) continue;
      let score = 1;
      const reason = reasonOf(c.text);
      // Sentences that refuse (for the decoded reason): their words carry the concern. Judged per
      // sentence, so the ranking does not hang on which words the decoder picked as evidence.
      if (refusing[si]) score += si === this.lastRefusal ? 3 : 2;
      if (no && s.start + c.start <= no.evidence.end && no.evidence.start <= s.start + c.end) score += 1;
      // The object of a refusing verb: "can't agree to automatic renewal", "won't accept the minimums".
      if (negAt >= 0 && c.first > negAt && c.first - negAt <= 6 && !objectTaken) { score += 2; objectTaken = true; }
      if (no && reason === no.reason) score += 2;
      else if (reason) score += 1;
      if (c.last > c.first) score += 0.5;
      this.found.push({ text: lowerFirst(sayBack(c.text)), score, sentence: si, order, reason, plural: c.plural });
    }
  }
}

/** Their concerns in one message, best first (all of them; see `MessageConcerns`). */
export function concernsOf(sentences: Sentence[], no: NoDecoding | null, egoSpans: Array<[number, number]>, refusing: readonly boolean[] = refusalsOf(sentences, no)): ScoredConcern[] {
  return new MessageConcerns(sentences, no, egoSpans, refusing).all();
}

export function lowerFirst(s: string): string {
  return /^(?:The|A|An|Your|This|That|These|Those|Every|Each|Any|Some|Last|Next)\b/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/**
 * Concerns across their messages: the answered message's (`k`) first, then the others, newest first,
 * each said once. Read lazily: `head` and `find` read only the sentences their answer needs.
 */
export class MergedConcerns {
  private readonly order: number[];

  constructor(private readonly messages: readonly MessageConcerns[], k: number) {
    this.order = k >= 0 ? [k, ...messages.map((_, i) => i).filter((i) => i !== k).reverse()] : messages.map((_, i) => i).reverse();
  }

  /** The first `n`. */
  head(n: number): ScoredConcern[] {
    const out: ScoredConcern[] = [];
    this.walk(undefined, (c) => { out.push(c); return out.length >= n; });
    return out;
  }

  /**
   * The first that `test` accepts. `mayHold` says whether a sentence can hold such a concern at all
   * (a concern's words are its sentence's, and a concern said twice is worded alike, so sentences it
   * rejects change nothing here).
   */
  find(test: (c: ScoredConcern) => boolean, mayHold: (sentence: string) => boolean): ScoredConcern | null {
    let hit: ScoredConcern | null = null;
    this.walk(mayHold, (c) => (test(c) ? ((hit = c), true) : false));
    return hit;
  }

  /** Visits the merged concerns in order until `visit` says stop. */
  private walk(filter: ((sentence: string) => boolean) | undefined, visit: (c: ScoredConcern) => boolean): void {
    const seen = new Set<string>();
    for (const i of this.order) {
      const m = this.messages[i]!;
      for (let j = 0; ; j++) {
        const c = m.top(j + 1, filter)[j];
        if (!c) break;
        const key = concernKey(c);
        if (seen.has(key)) continue;
        seen.add(key);
        if (visit(c)) return;
      }
    }
  }
}

/** Concerns across their messages, all of them (see `MergedConcerns`). */
export function mergeConcerns(scored: ScoredConcern[][], k: number): ScoredConcern[] {
  const order = k >= 0 ? [k, ...scored.map((_, i) => i).filter((i) => i !== k).reverse()] : scored.map((_, i) => i).reverse();
  const out: ScoredConcern[] = [];
  const seen = new Set<string>();
  for (const i of order) {
    for (const c of scored[i]!) {
      const key = concernKey(c);
      if (!seen.has(key)) { seen.add(key); out.push(c); }
    }
  }
  return out;
}
