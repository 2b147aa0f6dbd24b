// The page-side coach: it works sentence by sentence like the engine's incremental coach
// (`createCoach` in lib/coach/coach.ts: split, then each sentence from its cache or
// `analyzeSentence`, findings shifted to the sentence's offset), but it can stop between sentences
// and go on later, so the controller can analyse a pasted document in slices that yield to the page.
import { analyzeSentence, ruleSet, type RuleSet } from '../coach/analyze';
import { splitSentences } from '../coach/sentences';
import type { CoachOptions, Finding } from '../coach/types';

/** Cached sentences beyond this many are dropped when a new analysis starts. */
const MAX_CACHE = 6000;

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
