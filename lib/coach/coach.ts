// The incremental API: `createCoach().analyze(text)` re-analyses only the sentences that changed
// since the previous call. Sentence results are cached by their text, so an edit costs one
// sentence's analysis plus a linear split of the draft. `start(text)` does the same work in steps
// that can stop between sentences, so a page can analyse a long paste in slices. Once every sentence
// is read, a message that holds a flag reads its other sentences again as a heated message's (the
// model's bar is lower there, judged.ts); both readings are cached with the sentence.
import type { CoachOptions, Finding } from './types';
import { readSentence, ruleSet, type RuleSet, type SentenceReading } from './analyze';
import { ownTextRanges, resplit, type Split } from './sentences';

export interface AnalyzeOptions {
  /** Plain-text emails: skip lines quoted with ">", and stop at a signature or quoted history. Default true. */
  ownTextOnly?: boolean;
}

export interface AnalysisJob {
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

export interface Coach {
  /** Findings for the whole text, in text order; identical to a fresh analysis of the same text. */
  analyze(text: string, opts?: AnalyzeOptions): Finding[];
  /** The same analysis, in steps that can stop between sentences. */
  start(text: string, opts?: AnalyzeOptions): AnalysisJob;
  /** Change the options; cached results are dropped. */
  configure(options: CoachOptions): void;
  readonly options: CoachOptions;
}

/** Cached sentences beyond this many are dropped (abandoned analyses and long pastes must not pin memory). */
const MAX_CACHE = 6000;

export function createCoach(options: CoachOptions = {}): Coach {
  let current = options;
  let rules: RuleSet = ruleSet(current);
  let cache = new Map<string, SentenceReading>();
  // The last split, per reading mode: a keystroke splits only the paragraph it changed again.
  const splits = new Map<boolean, Split>();

  // A sentence's findings placed in the text, for the offset it had last: a keystroke moves only
  // the sentences after it, so the ones before it hand over the same objects again.
  let placed = new WeakMap<readonly Finding[], { at: number; findings: Finding[] }>();
  const placedAt = (local: readonly Finding[], at: number): Finding[] => {
    const known = placed.get(local);
    if (known?.at === at) return known.findings;
    const findings = local.map((f) => place(f, at));
    placed.set(local, { at, findings });
    return findings;
  };

  /** Keep only the given sentences' results. */
  const keepOnly = (sentences: { text: string }[]) => {
    const keep = new Map<string, SentenceReading>();
    for (const s of sentences) { const v = cache.get(s.text); if (v) keep.set(s.text, v); }
    cache = keep;
  };

  const start = (text: string, opts: AnalyzeOptions = {}): AnalysisJob => {
    const own = opts.ownTextOnly !== false;
    const split = resplit(splits.get(own) ?? null, text, own ? ownTextRanges(text) : [[0, text.length]]);
    splits.set(own, split);
    const sentences = split.sentences;
    if (cache.size > MAX_CACHE) keepOnly(sentences);
    let uncached = 0;
    for (const s of sentences) if (!cache.has(s.text)) uncached++;
    const read: SentenceReading[] = [];
    let i = 0;
    let final: Finding[] | undefined;
    /** The findings of the sentences read so far; once all are read, a heated message's own reading. */
    const collect = (done: boolean): Finding[] => {
      const heated = done && read.some((r) => r.findings.some(isFlag));
      const out: Finding[] = [];
      read.forEach((r, k) => {
        const local = heated && !r.findings.some(isFlag) ? r.inHeated() : r.findings;
        if (local.length) out.push(...placedAt(local, sentences[k]!.start));
      });
      return out;
    };
    return {
      uncached,
      get done() { return i >= sentences.length; },
      get progress() { return sentences.length ? i / sentences.length : 1; },
      run(keepGoing) {
        while (i < sentences.length) {
          const s = sentences[i]!;
          let local = cache.get(s.text);
          if (!local) {
            local = readSentence(s.text, rules);
            cache.set(s.text, local);
          }
          read.push(local);
          i++;
          if (i < sentences.length && !keepGoing()) return false;
        }
        // Done: keep only this text's sentences.
        if (cache.size > sentences.length) keepOnly(sentences);
        return true;
      },
      findings: () => (i >= sentences.length ? (final ??= collect(true)) : collect(false)),
    };
  };

  return {
    get options() { return current; },
    configure(next) {
      current = next;
      rules = ruleSet(current);
      cache = new Map();
      placed = new WeakMap();
    },
    start,
    analyze(text, opts) {
      const job = start(text, opts);
      job.run(() => true);
      return job.findings();
    },
  };
}

const isFlag = (f: Finding) => f.category !== 'strength';

/**
 * A sentence's finding at offset `at` of the text. Its suggestions stay the sentence finding's own,
 * worked out when first read (copying them would work out every rewrite on every keystroke); the
 * getter is an own, enumerable property, so a copy or a message between frames carries them.
 */
function place(f: Finding, at: number): Finding {
  const placed: Finding = {
    category: f.category, rule: f.rule, group: f.group, start: f.start + at, end: f.end + at, text: f.text,
    message: f.message, technique: f.technique,
    get suggestions() { return f.suggestions; },
    set suggestions(v: string[]) { Object.defineProperty(this, 'suggestions', { value: v, writable: true, enumerable: true, configurable: true }); },
  };
  if (f.because) placed.because = f.because.map((b) => ({ ...b, start: b.start + at, end: b.end + at }));
  return placed;
}

/** One-shot analysis. */
export function analyze(text: string, options: CoachOptions = {}, opts: AnalyzeOptions = {}): Finding[] {
  return createCoach(options).analyze(text, opts);
}
