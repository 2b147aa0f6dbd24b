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
export function refusesFor(sentence: string, reason: NoReason): boolean {
  const d = decodeNo(sentence);
  if (d) return d.reason === reason;
  return NEGATION.test(normalizeQuotes(sentence)) && CONCERN_HEADS[reason].test(sentence);
}

export interface ScoredConcern { text: string; score: number; order: number; reason: NoReason | null; plural: boolean }

/** Their concerns in one message, best first, with the reason each relates to. */
const MAX_PLAIN_SENTENCES = 6;

export function concernsOf(sentences: Sentence[], no: NoDecoding | null, egoSpans: Array<[number, number]>): ScoredConcern[] {
  const out: ScoredConcern[] = [];
  let order = 0;
  // Sentences that refuse (for the decoded reason): their words carry the concern. Judged per
  // sentence, so the ranking does not hang on which words the decoder picked as evidence.
  const refusing = sentences.map((s) => (no ? refusesFor(s.text, no.reason) : !!decodeNo(s.text)));
  const lastRefusal = refusing.lastIndexOf(true);
  // Concerns come from what they say, not from a long message's every line: the refusing sentences
  // and the first few others are read (each costs a parse).
  let others = 0;
  sentences.forEach((s, si) => {
    if (isFiller(s.text)) return;
    if (!refusing[si] && ++others > MAX_PLAIN_SENTENCES) return;
    const { chunks, terms: ts } = nounPhrases(s.text);
    const negAt = ts.findIndex((t) => has(t, 'Negative'));
    // "We could live with 20% upfront, but not half": the clause that refuses holds the concern;
    // what they accept in the other clause does not.
    const butAt = ts.findIndex((t, i) => i > 0 && /^(?:but|however|although|though)$/i.test(t.normal));
    const refusingClause = butAt < 0 || negAt < 0 ? null : negAt > butAt ? 'after' : 'before';
    let objectTaken = false;
    for (const c of chunks) {
      order++;
      if (c.weak) continue;
      if (refusingClause && (c.first > butAt) !== (refusingClause === 'after')) { order++; continue; }
      // Words inside a threat or a jibe ("we'll take our business elsewhere") are not a concern.
      if (egoSpans.some(([a, b]) => a < s.start + c.end && s.start + c.start < b)) continue;
      let score = 1;
      const reason = reasonOf(c.text);
      if (refusing[si]) score += si === lastRefusal ? 3 : 2;
      if (no && s.start + c.start <= no.evidence.end && no.evidence.start <= s.start + c.end) score += 1;
      // The object of a refusing verb: "can't agree to automatic renewal", "won't accept the minimums".
      if (negAt >= 0 && c.first > negAt && c.first - negAt <= 6 && !objectTaken) { score += 2; objectTaken = true; }
      if (no && reason === no.reason) score += 2;
      else if (reason) score += 1;
      if (c.last > c.first) score += 0.5;
      out.push({ text: lowerFirst(sayBack(c.text)), score, order, reason, plural: c.plural });
    }
  });
  out.sort((a, b) => b.score - a.score || a.order - b.order);
  const seen = new Set<string>();
  return out.filter((c) => {
    const k = c.text.toLowerCase().replace(/^(?:the|a|an|your)\s+/, '');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function lowerFirst(s: string): string {
  return /^(?:The|A|An|Your|This|That|These|Those|Every|Each|Any|Some|Last|Next)\b/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** Concerns across their messages: the answered message's first, then the others, newest first. */
export function mergeConcerns(scored: ScoredConcern[][], k: number): ScoredConcern[] {
  const order = k >= 0 ? [k, ...scored.map((_, i) => i).filter((i) => i !== k).reverse()] : scored.map((_, i) => i).reverse();
  const out: ScoredConcern[] = [];
  const seen = new Set<string>();
  for (const i of order) {
    for (const c of scored[i]!) {
      const key = c.text.toLowerCase().replace(/^(?:the|a|an|your)\s+/, '');
      if (!seen.has(key)) { seen.add(key); out.push(c); }
    }
  }
  return out;
}
