// What one thread summary shares between its messages, and where its time goes. A thread repeats
// itself (greetings, sign-offs, a line pasted into several replies): a sentence read for one message
// is not read again for the next. The sharing lasts one summary, so a new thread starts from nothing.
// Part of the thread summary (thread.ts).
import type { Finding, NoDecoding } from './types';
import { readSentence, ruleSet, type RuleSet, type SentenceReading } from './analyze';
import { decodeNo, sentenceWork, type SentenceWork } from './no';
import { parseCount } from './nlp';
import type { Sentence } from './sentences';

/**
 * The stages of a summary: a message's split into sentences, its flags (the coach's rules and model),
 * its "no", which of its sentences refuse, its concerns (noun phrases), its heat, and the openers
 * (the concern that fills them, the mirror). `total` is the whole of `summarizeThread`; what the
 * stages leave of it is ordering, the trend and putting the summary together.
 */
export const THREAD_STAGES = ['split', 'flags', 'no', 'refusals', 'concerns', 'heat', 'openers', 'total'] as const;
export type ThreadStage = (typeof THREAD_STAGES)[number];

const zero = () => Object.fromEntries(THREAD_STAGES.map((k) => [k, 0])) as Record<ThreadStage, number>;
const stageMs = zero();
const stageParses = zero();

/** Milliseconds spent in each stage since the last reset (the benchmark prints them). */
export function threadStageTimes(): Record<ThreadStage, number> {
  return { ...stageMs };
}

/** Sentences compromise parsed in each stage since the last reset. */
export function threadStageParses(): Record<ThreadStage, number> {
  return { ...stageParses };
}

export function resetThreadStageTimes(): void {
  for (const k of THREAD_STAGES) stageMs[k] = stageParses[k] = 0;
}

/** Runs `work`, adding its time and its parses to `stage`. */
export function timed<T>(stage: ThreadStage, work: () => T): T {
  const t0 = performance.now();
  const p0 = parseCount();
  try {
    return work();
  } finally {
    stageMs[stage] += performance.now() - t0;
    stageParses[stage] += parseCount() - p0;
  }
}

/** Readings shared by the messages of one summary, by sentence text. */
export interface ThreadScope {
  readings: Map<string, SentenceReading>;
  refusals: Map<string, NoDecoding | null>;
  /** The "No" decoder's and heat's per-sentence work (noise, cues). */
  work: SentenceWork;
}

export const newScope = (): ThreadScope => ({ readings: new Map(), refusals: new Map(), work: sentenceWork() });

let rules: RuleSet | null = null;

const isFlag = (f: Finding) => f.category !== 'strength';

/**
 * The coach's findings for a message (`createCoach({ sensitivity: 'balanced' }).analyze(text)`), their category, rule and span,
 * from its own sentences (`splitSentences(text, ownTextRanges(text))`, the coach's split), each read
 * once per summary. As in coach.ts: when any sentence holds a flag, the others are read as a heated
 * message's. Offsets are the text's.
 */
export function flagsOf(sentences: readonly Sentence[], scope: ThreadScope): FlagSpan[] {
  rules ??= ruleSet({ sensitivity: 'balanced' });
  const read = sentences.map((s) => {
    let r = scope.readings.get(s.text);
    if (!r) {
      r = readSentence(s.text, rules!);
      scope.readings.set(s.text, r);
    }
    return r;
  });
  const heated = read.some((r) => r.findings.some(isFlag));
  const out: FlagSpan[] = [];
  read.forEach((r, k) => {
    const at = sentences[k]!.start;
    // Only what the summary counts and places: the findings' rewrites are never worked out here.
    for (const f of heated && !r.findings.some(isFlag) ? r.inHeated() : r.findings) out.push({ category: f.category, rule: f.rule, start: f.start + at, end: f.end + at });
  });
  return out;
}

/** What a thread summary reads of a finding. */
export type FlagSpan = Pick<Finding, 'category' | 'rule' | 'start' | 'end'>;

/** `decodeNo` of one sentence, once per summary. */
export function decodeSentence(text: string, scope: ThreadScope): NoDecoding | null {
  let d = scope.refusals.get(text);
  if (d === undefined) {
    d = decodeNo(text, scope.work);
    scope.refusals.set(text, d);
  }
  return d;
}
