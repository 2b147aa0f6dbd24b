// Long drafts without freezing the page. The page-side coach works sentence by sentence like the
// engine's incremental coach (`createCoach` in lib/coach/coach.ts: split, then each sentence from
// its cache or `analyzeSentence`, findings shifted to the sentence's offset), but it can stop
// between sentences and go on later, so a pasted document is analysed in slices of a few
// milliseconds that yield to the page. Only the start of a very long draft is analysed (a cap);
// the controller shows the progress and says what was left unchecked.
import { analyzeSentence, ruleSet, type RuleSet } from '../coach/analyze';
import { splitSentences } from '../coach/sentences';
import type { CoachOptions, Finding } from '../coach/types';

/** The most characters analysed (about 16,000 words); the rest of a longer draft is left unchecked. */
export const MAX_ANALYSED_CHARS = 100_000;
/** Main-thread time one slice aims at (ms): well under the 50 ms of a long task. */
export const SLICE_BUDGET_MS = 12;
/** Up to this many sentences not seen before, an analysis runs at once (a keystroke, a swap, a short draft). */
export const SYNC_SENTENCES = 4;
/** Cached sentences beyond this many are dropped when a new analysis starts. */
const MAX_CACHE = 6000;

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

export interface SliceJob {
  /** Sentences of the text that are not cached: the work this analysis has to do. */
  readonly uncached: number;
  readonly done: boolean;
  /** Share of the text's sentences done, 0..1. */
  readonly progress: number;
  /** Analyse sentences while `keepGoing()` says so (asked after each one); true once all are done. */
  run(keepGoing: () => boolean): boolean;
  /** The findings of the sentences done so far, in text order; all of them once done. */
  findings(): Finding[];
}

export interface SlicedCoach {
  /** Change the options; cached results are dropped. */
  configure(options: CoachOptions): void;
  /** Start analysing `text` (all of it: the page's own text, no quote detection). */
  start(text: string): SliceJob;
}

export function createSlicedCoach(options: CoachOptions = {}): SlicedCoach {
  let rules: RuleSet = ruleSet(options);
  let cache = new Map<string, Finding[]>();
  return {
    configure(next) {
      rules = ruleSet(next);
      cache = new Map();
    },
    start(text) {
      const sentences = splitSentences(text);
      if (cache.size > MAX_CACHE) {
        // Abandoned analyses (the user kept typing during a long one) only add to the cache.
        const keep = new Map<string, Finding[]>();
        for (const s of sentences) { const v = cache.get(s.text); if (v) keep.set(s.text, v); }
        cache = keep;
      }
      let uncached = 0;
      for (const s of sentences) if (!cache.has(s.text)) uncached++;
      const out: Finding[] = [];
      let i = 0;
      return {
        uncached,
        get done() { return i >= sentences.length; },
        get progress() { return sentences.length ? i / sentences.length : 1; },
        run(keepGoing) {
          while (i < sentences.length) {
            const s = sentences[i]!;
            let local = cache.get(s.text);
            if (!local) {
              local = analyzeSentence(s.text, rules);
              cache.set(s.text, local);
            }
            for (const f of local) out.push({ ...f, start: f.start + s.start, end: f.end + s.start });
            i++;
            if (i < sentences.length && !keepGoing()) return false;
          }
          // Done: keep only this text's sentences (a long paste must not pin memory forever).
          if (cache.size > sentences.length) {
            const keep = new Map<string, Finding[]>();
            for (const s of sentences) keep.set(s.text, cache.get(s.text)!);
            cache = keep;
          }
          return true;
        },
        findings: () => out,
      };
    },
  };
}
