// The "No" decoder: what the other side's refusal is really about (price, timing, terms, value,
// authority), how sure we are, and the move that fits it.
import type { NoDecoding, NoReason } from './types';
import { NEXT_MOVES, NO_CUES, REFUSAL } from './rules/no-reasons';
import { normalizeQuotes } from './nlp';
import { ownTextRanges, splitSentences } from './sentences';

interface CompiledCue { reason: NoReason; re: RegExp; weight: number; refuses: boolean }

const CUES: CompiledCue[] = Object.entries(NO_CUES).flatMap(([reason, cues]) =>
  cues.map((c) => ({ reason: reason as NoReason, re: new RegExp(`(?<![\\w-])(?:${c.pattern})(?![\\w-])`, 'gi'), weight: c.weight, refuses: !!c.refuses })),
);
const REFUSAL_RE = new RegExp(REFUSAL, 'i');

interface Hit { reason: NoReason; weight: number; start: number; end: number }

/** Decodes the refusal in a message, or null when it holds none the decoder can read. */
export function decodeNo(text: string): NoDecoding | null {
  const normalized = normalizeQuotes(text);
  const scores: Record<NoReason, number> = { price: 0, timing: 0, terms: 0, value: 0, authority: 0 };
  const best: Partial<Record<NoReason, Hit>> = {};
  let any = false;
  for (const s of splitSentences(normalized, ownTextRanges(normalized))) {
    const hits: Hit[] = [];
    let refuses = REFUSAL_RE.test(s.text);
    for (const cue of CUES) {
      cue.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      // Each cue counts once per sentence: repetition is not extra evidence.
      if ((m = cue.re.exec(s.text))) {
        hits.push({ reason: cue.reason, weight: cue.weight, start: s.start + m.index, end: s.start + m.index + m[0].length });
        if (cue.refuses) refuses = true;
      }
    }
    if (!refuses) continue;
    for (const h of hits) {
      any = true;
      scores[h.reason] += h.weight;
      if (!best[h.reason] || best[h.reason]!.weight < h.weight) best[h.reason] = h;
    }
  }
  if (!any) return null;
  const ranked = (Object.keys(scores) as NoReason[]).sort((a, b) => scores[b] - scores[a]);
  const top = ranked[0]!;
  const total = ranked.reduce((n, r) => n + scores[r], 0);
  if (scores[top] < 1.5) return null;
  // Sure when one reason dominates and its evidence is strong.
  const share = scores[top] / total;
  const strength = 1 - Math.exp(-scores[top] / 3);
  const confidence = Math.round(Math.min(0.97, share * strength + 0.05) * 100) / 100;
  const hit = best[top]!;
  return {
    reason: top,
    confidence,
    nextMove: NEXT_MOVES[top],
    evidence: { start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end) },
  };
}
