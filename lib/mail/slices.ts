// Long drafts: only the start of a very long draft is analysed (a cap), and the controller says
// what was left unchecked. (The engine reads a long draft in slices: SLICE_BUDGET_MS in engine.ts.)
// No engine code here: the content script loads the engine on demand.
import type { TextMap } from './text-map';

/** The most characters analysed (about 16,000 words); the rest of a longer draft is left unchecked. */
export const MAX_ANALYSED_CHARS = 100_000;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** Where the analysed part of a text longer than `max` ends: the last line or sentence end at or before `max`. */
export function capAt(text: string, max = MAX_ANALYSED_CHARS): number {
  if (text.length <= max) return text.length;
  const floor = Math.floor(max * 0.8);
  const nl = text.lastIndexOf('\n', max - 1);
  if (nl >= floor) return nl + 1;
  const head = text.slice(floor, max);
  let best = -1;
  for (const m of head.matchAll(/[.!?…]+["'”’)\]]*\s+/g)) best = m.index + m[0].length;
  if (best >= 0) return floor + best;
  const sp = head.search(/\s\S*$/);
  if (sp >= 0) return floor + sp + 1;
  // Never cut between the two halves of a surrogate pair.
  return isHigh(text.charCodeAt(max - 1)) ? max - 1 : max;
}

/** What of a draft is analysed: its text up to the cap and, for a longer draft, how many of its
 * words were checked and their share (for the sidebar's note). `map` may stop at the cap already. */
export function analysedPart(map: TextMap): { text: string; capped: { words: number; share: number } | null } {
  const cap = capAt(map.text, MAX_ANALYSED_CHARS);
  const text = cap < map.text.length ? map.text.slice(0, cap) : map.text;
  // Past the cap the draft is not even read: its length is needed only for the note.
  const total = map.truncated ? Math.max(map.text.length, map.body.textContent?.length ?? 0) : map.text.length;
  return { text, capped: cap < total ? { words: text.match(/\S+/g)?.length ?? 0, share: cap / total } : null };
}
