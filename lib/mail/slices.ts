// Long drafts without freezing the page. A pasted document is analysed in slices that each take a
// few milliseconds, yielding to the page between them, and only up to a cap; the controller shows
// the progress and says what was left unchecked. Each slice analyses a longer prefix of the text
// with the same incremental coach, so sentences already seen come from its cache and the last
// slice is exactly a whole-text analysis.
import type { Finding } from '../coach/types';

/** The most characters analysed (about 16,000 words); the rest of a longer draft is left unchecked. */
export const MAX_ANALYSED_CHARS = 100_000;
/** Main-thread time one slice aims at (ms): well under the 50 ms of a long task. */
export const SLICE_BUDGET_MS = 20;
/** Up to this many changed characters the whole analysis runs at once (a keystroke, a short paste). */
export const SYNC_CHANGED_CHARS = 600;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** Never cut between the two halves of a surrogate pair. */
function safe(text: string, at: number): number {
  return at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) ? at + 1 : at;
}

/**
 * The first place at or after `at` where a prefix may end without cutting a sentence: a line
 * break, else the end of a sentence, else a space; the end of the text at the latest.
 */
export function boundaryAfter(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const look = Math.min(text.length, at + 4000);
  const nl = text.indexOf('\n', at);
  if (nl >= 0 && nl < look) return nl + 1;
  const re = /[.!?…]+["'”’)\]]*\s+/g;
  re.lastIndex = at;
  const m = re.exec(text);
  if (m && m.index < look) return m.index + m[0].length;
  const sp = text.slice(at, look).search(/\s/);
  if (sp >= 0) return at + sp + 1;
  return safe(text, look);
}

/** Where the analysed part of a text longer than `max` ends: the last boundary at or before `max`. */
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
  return safe(text, max) > max ? max - 1 : max;
}

/** How many characters of `next` differ from `prev` (what is left after the common start and end). */
export function changedChars(prev: string, next: string): { from: number; count: number } {
  const n = Math.min(prev.length, next.length);
  let p = 0;
  while (p < n && prev.charCodeAt(p) === next.charCodeAt(p)) p++;
  let q = 0;
  while (q < n - p && prev.charCodeAt(prev.length - 1 - q) === next.charCodeAt(next.length - 1 - q)) q++;
  return { from: p, count: next.length - p - q };
}

export interface SliceRun {
  /** The text to analyse (already capped). */
  text: string;
  /** Characters from the start that the coach has analysed before and will find in its cache. */
  cachedUpTo: number;
  analyze(prefix: string): Finding[];
  now(): number;
  /** Run `fn` after letting the page have the main thread. */
  later(fn: () => void): void;
  /** False once a newer analysis (or a change, or teardown) made this run pointless. */
  live(): boolean;
  /** Between slices: the findings of the part done so far and the share done (0..1). */
  onPartial(findings: Finding[], done: number): void;
  onDone(findings: Finding[]): void;
  budget?: number;
}

/**
 * Analyses `run.text` in slices of about `budget` ms. The first slice runs before this returns, so
 * a text whose change is small (or that is short) is finished synchronously, as before slicing.
 */
export function analyzeInSlices(run: SliceRun): void {
  const budget = run.budget ?? SLICE_BUDGET_MS;
  const { text } = run;
  let end = 0;
  let chunk = 400; // characters of new text in the next step; adapted to the measured rate
  const step = () => {
    if (!run.live()) return;
    const started = run.now();
    let findings: Finding[] = [];
    do {
      // Text up to the cached mark costs only its split, so a step may run through it at once.
      const want = Math.max(end + chunk, Math.min(run.cachedUpTo, text.length));
      const next = boundaryAfter(text, want);
      const t0 = run.now();
      findings = run.analyze(next >= text.length ? text : text.slice(0, next));
      const took = Math.max(run.now() - t0, 0.05);
      const fresh = Math.max(1, next - Math.max(end, Math.min(run.cachedUpTo, next)));
      // Aim the next step at the time left in this slice (or a whole slice), growing at most 4× a step.
      chunk = Math.max(200, Math.min(chunk * 4, Math.floor((fresh / took) * budget * 0.8)));
      end = next;
    } while (end < text.length && run.now() - started + 1 < budget);
    if (end >= text.length) run.onDone(findings);
    else {
      run.onPartial(findings, end / text.length);
      run.later(step);
    }
  };
  step();
}
