// The incremental API: `createCoach().analyze(text)` re-analyses only the sentences that changed
// since the previous call. Sentence results are cached by their text, so an edit costs one
// sentence's analysis plus a linear split of the draft.
import type { CoachOptions, Finding } from './types';
import { analyzeSentence, ruleSet, type RuleSet } from './analyze';
import { ownTextRanges, splitSentences } from './sentences';

export interface AnalyzeOptions {
  /** Plain-text emails: skip lines quoted with ">", and stop at a signature or quoted history. Default true. */
  ownTextOnly?: boolean;
}

export interface Coach {
  /** Findings for the whole text, in text order; identical to a fresh analysis of the same text. */
  analyze(text: string, opts?: AnalyzeOptions): Finding[];
  /** Change the options; cached results are dropped. */
  configure(options: CoachOptions): void;
  readonly options: CoachOptions;
}

/** Cached sentences beyond this many are dropped (a long paste must not pin memory forever). */
const MAX_CACHE = 4000;

export function createCoach(options: CoachOptions = {}): Coach {
  let current = options;
  let rules: RuleSet = ruleSet(current);
  let cache = new Map<string, Finding[]>();

  return {
    get options() { return current; },
    configure(next) {
      current = next;
      rules = ruleSet(current);
      cache = new Map();
    },
    analyze(text, opts = {}) {
      const ranges = opts.ownTextOnly === false ? undefined : ownTextRanges(text);
      const sentences = splitSentences(text, ranges);
      const next = new Map<string, Finding[]>();
      const out: Finding[] = [];
      for (const s of sentences) {
        let local = next.get(s.text) ?? cache.get(s.text);
        if (!local) local = analyzeSentence(s.text, rules);
        next.set(s.text, local);
        for (const f of local) out.push({ ...f, start: f.start + s.start, end: f.end + s.start });
      }
      // Keep this call's sentences; on a huge text keep only the most recent ones.
      cache = next.size > MAX_CACHE ? new Map([...next].slice(-MAX_CACHE)) : next;
      return out;
    },
  };
}

/** One-shot analysis. */
export function analyze(text: string, options: CoachOptions = {}, opts: AnalyzeOptions = {}): Finding[] {
  return createCoach(options).analyze(text, opts);
}
