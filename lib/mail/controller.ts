// The page-side coach: drafts → text map → engine → findings and highlights; a swap goes back
// through the text map to a DOM range (draft-edits.ts). No UI here: the sidebar subscribes to the
// state and calls `swap` / `undoLast`, and words the notice codes it is given. Typing never waits
// on analysis: changes only bump a version and (re)start a short debounce; the engine (in its own
// frame in the content script) re-analyses only the sentences that changed and answers back.
import { detectLanguage, type DraftLanguage } from '../coach/language';
import type { CoachOptions, Finding } from '../coach/types';
import { createDraftTracker, type Draft, type DraftTracker, type Scheduler } from './drafts';
import { createHighlighter, highlightItems, type Highlighter } from './highlight';
import { createDraftEditor, type EditOutcome, type NoticeCode } from './draft-edits';
import type { SwapResult } from './edit';
import type { EngineClient } from './engine';
import { analysedPart, MAX_ANALYSED_CHARS } from './slices';
import { buildTextMap, type TextMap } from './text-map';
import type { DraftKind, SiteAdapter, SiteId } from './types';
import { createSendGuard, type SendGuard } from './send-guard';
import { countFlags } from '../coach/categories';
import type { SendAdvice, SendPause } from '../coach/send-pause';
import type { InsightEvent } from '../insights/schema';

export type { NoticeCode } from './draft-edits';

export interface DraftView {
  key: string;
  kind: DraftKind;
  findings: readonly Finding[];
  /** The text the findings were computed from (a very long draft's start only: see `capped`). */
  text: string;
  /** A change is waiting for analysis. */
  pending: boolean;
  composing: boolean;
  /** How many swaps the sidebar can undo for this draft. */
  undoable: number;
  /** The draft has had findings at some point (the sidebar stays once it has opened). */
  seenFindings: boolean;
  /** What the user should hear about the last action (the UI words it), or null. */
  notice: NoticeCode | null;
  /** 'other': the draft is not English, so the coach stays quiet (and says so). */
  language?: DraftLanguage;
  /** A long draft is being analysed in slices: the share done (0..1), else null. */
  progress?: number | null;
  /** The draft is longer than what is analysed: how many of its words were checked, and their share. */
  capped?: { words: number; share: number } | null;
}

export interface CoachState {
  site: SiteId;
  drafts: number;
  active: DraftView | null;
  /** A send held for a breath (the prompt is up), for this draft, or null; `at` is its Send control on the screen. */
  pause?: (SendPause & { key: string; at: { left: number; top: number; right: number; bottom: number } | null }) | null;
}

export type SwapOutcome = SwapResult | { ok: false; reason: 'no-draft' | 'unknown-finding' };

export interface ControllerOptions {
  adapter: SiteAdapter;
  doc: Document;
  /** The engine to ask (the content script: the engine frame, loaded on demand). */
  engine: EngineClient;
  coachOptions?: CoachOptions;
  /** Quiet time after the last change before analysing (ms). */
  debounce?: number;
  /** Longest a change waits while the user keeps typing (ms). */
  maxWait?: number;
  scheduler?: Scheduler;
  highlighter?: Highlighter;
  /** Mark flagged words in the draft (default true). */
  highlights?: boolean;
  /** "Ignore this once": per draft key, the findings the user dismissed (see `ignoreKey`). Pass
   * the same map to a new controller to keep them when the coach is restarted on the page. */
  ignored?: Map<string, Set<string>>;
  /** Called after "ignore this once" with the draft's key and its ignored set (to persist it). */
  onIgnore?(draftKey: string, ignored: ReadonlySet<string>): void;
  /** A breath before Send on clearly heated drafts (default off here; the settings turn it on). */
  sendPause?: boolean;
  /** What happened, for the insights (counts only: a group and a category, never text). */
  onInsight?(e: InsightEvent): void;
}

/** What "ignore this once" remembers of a finding: its rule and a hash of its words (so no draft
 * text needs storing to remember it). */
export function ignoreKey(f: Pick<Finding, 'rule' | 'text'>): string {
  let h = 0x811c9dc5; // FNV-1a, 32 bits
  for (const ch of f.text.toLowerCase().replace(/\s+/g, ' ').trim()) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${f.rule}:${h.toString(36)}`;
}

export interface Controller {
  getState(): CoachState;
  subscribe(fn: (s: CoachState) => void): () => void;
  /** Swap one finding's span for one of its suggestions (after checking the span is unchanged). */
  swap(finding: Finding, suggestion: string): SwapOutcome;
  /** Undo the active draft's last swap through the same editing path. */
  undoLast(): SwapOutcome;
  /** Insert text (a thread opener) at the caret in the active draft, through the same editing path as swaps. */
  insert(text: string): SwapOutcome;
  /** Insert text after a sentence of the active draft (the writer's own "no"), through the same path. */
  insertAfter(anchor: { start: number; end: number; text: string }, text: string): SwapOutcome;
  /** Analyse the active (or given) draft now. */
  analyzeNow(draft?: Draft): void;
  /** The element the sidebar sits beside, for placement. */
  anchor(): HTMLElement | null;
  /** The active draft's editor, for a badge inside it when its window fills the screen. */
  editor(): HTMLElement | null;
  /** What the sidebar should not cover: the other open drafts' windows, and for a reply the conversation's messages. */
  obstacles(): Element[];
  focusDraft(): void;
  configure(options: CoachOptions): void;
  /** Hide one finding in the active draft for as long as the draft lives. */
  ignoreOnce(finding: Finding): void;
  setHighlights(on: boolean): void;
  /** Turn the breath before Send on or off. */
  setSendPause(on: boolean): void;
  /** The held send goes: the site's own Send is pressed once. False when its Send control is gone. */
  sendAnyway(): boolean;
  /** The held send is dropped and the writer is back in the draft. */
  takeAMinute(): void;
  readonly tracker: DraftTracker;
  /** The engine this controller coaches with (the sidebar's balcony advice uses it too). */
  readonly engine: EngineClient;
  dispose(): void;
}

interface Session {
  draft: Draft;
  findings: Finding[];
  text: string;
  analysedVersion: number;
  timer: number;
  /** When the debounce ends (Date.now() time). */
  due: number;
  firstChangeAt: number;
  seenFindings: boolean;
  notice: NoticeCode | null;
  language: DraftLanguage;
  /** Bumped by every analysis: only the latest one's answer is shown. */
  run: number;
  progress: number | null;
  capped: { words: number; share: number } | null;
  languageSample: string;
  /** The latest advice for Send (from the last finished analysis), or null before any. */
  advice: SendAdvice | null;
  /** Findings already counted as shown in this draft (their ignore keys: no text). */
  counted: Set<string>;
}

/** How much of a draft's start decides its language. */
const LANGUAGE_SAMPLE = 4000;

export function createController(opts: ControllerOptions): Controller {
  const { adapter, doc } = opts;
  const win = doc.defaultView!;
  const sched: Scheduler = opts.scheduler ?? {
    setTimeout: (fn, ms) => win.setTimeout(fn, ms),
    clearTimeout: (id) => win.clearTimeout(id),
  };
  const debounce = opts.debounce ?? 250;
  const maxWait = opts.maxWait ?? 1000;
  let coachOptions: CoachOptions = opts.coachOptions ?? {};
  const highlighter = opts.highlighter ?? createHighlighter(doc);
  let highlightsOn = opts.highlights ?? true;
  const ignored = opts.ignored ?? new Map<string, Set<string>>();
  const sessions = new WeakMap<Draft, Session>();
  const listeners = new Set<(s: CoachState) => void>();
  let activeDraft: Draft | null = null;
  let state: CoachState = { site: adapter.site, drafts: 0, active: null };
  let disposed = false;
  let sendPauseOn = opts.sendPause ?? false;
  // Assigned below; the tracker's first scan runs inside its constructor, before these are set.
  let tracker: DraftTracker | undefined;
  let guard: SendGuard | undefined;

  const mapOf = (d: Draft, limit?: number): TextMap => buildTextMap(d.body, { ...adapter.ownText, limit });
  const edits = createDraftEditor(doc, (d) => mapOf(d), adapter.ownText);

  function session(d: Draft): Session {
    let s = sessions.get(d);
    if (!s) {
      s = { draft: d, findings: [], text: '', analysedVersion: -1, timer: 0, due: 0, firstChangeAt: 0, seenFindings: false, notice: null, language: 'unknown',
        run: 0, progress: null, capped: null, languageSample: '', advice: null, counted: new Set() };
      sessions.set(d, s);
    }
    return s;
  }

  function view(d: Draft): DraftView {
    const s = session(d);
    return {
      key: d.key,
      kind: d.kind,
      findings: s.findings,
      text: s.text,
      pending: s.timer !== 0 || s.analysedVersion !== d.version,
      composing: d.composing,
      undoable: edits.undoable(d.key),
      seenFindings: s.seenFindings,
      notice: s.notice,
      language: s.language,
      progress: s.progress,
      capped: s.capped,
    };
  }

  function emit() {
    if (disposed || !tracker) return;
    const drafts = tracker.drafts();
    if (activeDraft && !drafts.includes(activeDraft)) activeDraft = null;
    if (!activeDraft) activeDraft = tracker.focused() ?? drafts.find((d) => session(d).findings.length > 0) ?? null;
    const heldBody = guard?.held();
    const heldDraft = heldBody ? drafts.find((d) => d.body === heldBody) : undefined;
    const heldPause = heldDraft ? session(heldDraft).advice?.pause ?? null : null;
    const control = heldDraft ? guard!.heldControl()?.getBoundingClientRect() : undefined;
    const at = control && control.width > 0 ? { left: control.left, top: control.top, right: control.right, bottom: control.bottom } : null;
    state = { site: adapter.site, drafts: drafts.length, active: activeDraft ? view(activeDraft) : null, pause: heldDraft && heldPause ? { ...heldPause, key: heldDraft.key, at } : null };
    for (const fn of listeners) fn(state);
  }

  function analyze(d: Draft) {
    // Changes the observer has not reported yet count now: the version kept with this analysis
    // must be the version of the text it reads.
    tracker?.flush();
    const s = session(d);
    if (s.timer) { sched.clearTimeout(s.timer); s.timer = 0; }
    const run = ++s.run;
    s.firstChangeAt = 0;
    if (!d.body.isConnected) return;
    // A pasted document is read and analysed only up to a cap, and the sidebar says so.
    const map = mapOf(d, MAX_ANALYSED_CHARS);
    const { text, capped } = analysedPart(map);
    s.text = text;
    s.capped = capped;
    // The rules are English: on another language they would flag nonsense. Judged on the draft's
    // start, so typing further down a long draft does not pay for it again.
    const sample = text.slice(0, LANGUAGE_SAMPLE);
    if (sample !== s.languageSample) { s.languageSample = sample; s.language = detectLanguage(sample); }
    const skip = ignored.get(d.key);
    const version = d.version;
    const publish = (findings: Finding[], done: boolean) => {
      s.findings = findings.filter((f) => !skip?.has(ignoreKey(f)));
      if (done) { s.analysedVersion = version; s.progress = null; adviseSend(d, s, run); }
      if (s.findings.length) s.seenFindings = true;
      if (done) countShown(d, s);
      highlighter.set(d, highlightsOn ? highlightItems(s.findings, map) : []);
      emit();
    };
    if (s.language === 'other') { s.progress = null; publish([], true); return; }
    // The engine answers once for a keystroke; for a paste or a first look at a long draft, a few
    // times a second while it reads (the sidebar follows along), then with all the findings.
    opts.engine.analyze({ key: d.key, text, options: coachOptions }, (u) => {
      // A newer analysis is on its way, or the draft changed since (its offsets would be off).
      if (disposed || run !== s.run || d.version !== version || !d.body.isConnected) return;
      s.progress = u.done ? null : u.progress;
      if (u.findings) publish(u.findings, u.done);
      else emit();
    });
  }

  /** The insights count each finding once per draft, when it is first shown (by its ignore key: no text). */
  function countShown(d: Draft, s: Session) {
    if (!opts.onInsight) return;
    if (s.findings.length && s.counted.size === 0) opts.onInsight({ kind: 'coached' });
    for (const f of s.findings) {
      const k = ignoreKey(f);
      if (s.counted.has(k)) continue;
      s.counted.add(k);
      opts.onInsight({ kind: 'shown', group: f.group, category: f.category });
    }
  }

  /** After an analysis: whether Send should pause on this draft, kept for the moment Send is pressed. */
  function adviseSend(d: Draft, s: Session, run: number) {
    opts.engine.sendPause({ key: d.key, flags: countFlags(s.findings) }, (a) => {
      if (!disposed && run === s.run) s.advice = a;
    });
  }

  /** A draft is open: have the engine loaded while the page is idle, before the first analysis
   * needs it, rather than between the user's first keys. */
  function preloadEngine() {
    if (opts.engine.ready()) return;
    const load = () => { if (!disposed) opts.engine.preload(); };
    const idle = (win as { requestIdleCallback?: (fn: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    if (idle) idle.call(win, load, { timeout: 200 });
    else load();
  }

  function schedule(d: Draft) {
    const s = session(d);
    if (d.composing) return; // analysed on compositionend
    const now = Date.now();
    if (!s.firstChangeAt) s.firstChangeAt = now;
    s.due = Math.min(now + debounce, s.firstChangeAt + maxWait);
    if (!s.timer) wakeAt(d, s, s.due - now);
  }

  /** One timer per quiet spell, not one per keystroke: when it fires early (more keys came), it
   * waits out the rest. */
  function wakeAt(d: Draft, s: Session, wait: number) {
    s.timer = sched.setTimeout(() => {
      s.timer = 0;
      const left = s.due - Date.now();
      if (left > 0) wakeAt(d, s, left);
      else analyze(d);
    }, Math.max(0, wait));
  }

  tracker = createDraftTracker({
    adapter,
    doc,
    scheduler: sched,
    onAdd(d) {
      session(d);
      schedule(d);
      emit();
      preloadEngine();
    },
    onRemove(d) {
      const s = sessions.get(d);
      if (s?.timer) sched.clearTimeout(s.timer);
      if (s) s.run++;
      opts.engine.forget(d.key);
      highlighter.clear(d);
      if (activeDraft === d) activeDraft = null;
      emit();
    },
    onFocus(d) {
      if (activeDraft !== d) { activeDraft = d; emit(); }
    },
    onChange(d, by) {
      const s = session(d);
      // What the user does next retires the last notice; the site's own later changes do not.
      if (by === 'input' && s.notice) s.notice = null;
      schedule(d);
    },
    onCompositionStart(d) {
      if (d === activeDraft) emit();
    },
    onCompositionEnd(d) {
      schedule(d);
      if (d === activeDraft) emit();
    },
  });

  const tracked = tracker;

  guard = createSendGuard({
    win,
    sendSelectors: adapter.sendSelectors,
    bodies: () => tracked.drafts().filter((d) => d.body.isConnected).map((d) => d.body),
    shouldPause(body) {
      const d = tracked.drafts().find((x) => x.body === body);
      return sendPauseOn && !!d && !!session(d).advice?.pause;
    },
    onPause(body) {
      const d = tracked.drafts().find((x) => x.body === body);
      if (!d || disposed || listeners.size === 0) return false; // nobody to show the prompt: the send goes
      activeDraft = d;
      // Emitted after this event is held, so the prompt shows without delaying it.
      win.setTimeout(emit, 0);
      return true;
    },
    onResolved() { win.setTimeout(emit, 0); },
    onSend(body) {
      const d = tracked.drafts().find((x) => x.body === body);
      if (d) opts.onInsight?.({ kind: 'sent', reply: d.kind !== 'new', heated: !!session(d).advice?.heated });
    },
  });

  function withActive<T>(fn: (d: Draft, s: Session) => T, none: T): T {
    const d = activeDraft;
    if (!d || !d.body.isConnected) return none;
    return fn(d, session(d));
  }

  /** After an edit: show its notice, and re-analyse (the offsets moved, or the findings were stale).
   * During a composition nothing was written, so there is nothing to refresh. */
  function afterEdit(d: Draft, s: Session, { result, notice }: EditOutcome): SwapResult {
    s.notice = notice;
    if (!result.ok && result.reason === 'composing') { emit(); return result; }
    d.version++;
    analyze(d);
    return result;
  }

  const controller: Controller = {
    tracker: tracked,
    engine: opts.engine,
    getState: () => state,
    subscribe(fn) {
      listeners.add(fn);
      fn(state);
      return () => listeners.delete(fn);
    },
    swap(finding, suggestion) {
      return withActive<SwapOutcome>((d, s) => {
        if (!s.findings.includes(finding)) return { ok: false, reason: 'unknown-finding' };
        const result = afterEdit(d, s, edits.swap(d, finding, suggestion));
        if (result.ok) opts.onInsight?.({ kind: 'swapped', group: finding.group, category: finding.category });
        return result;
      }, { ok: false, reason: 'no-draft' });
    },
    insertAfter(anchor, text) {
      return withActive<SwapOutcome>((d, s) => afterEdit(d, s, edits.insertAfter(d, anchor, text)), { ok: false, reason: 'no-draft' });
    },
    insert(text) {
      return withActive<SwapOutcome>((d, s) => afterEdit(d, s, edits.insert(d, text)), { ok: false, reason: 'no-draft' });
    },
    undoLast() {
      return withActive<SwapOutcome>((d, s) => {
        const outcome = edits.undoLast(d);
        return outcome ? afterEdit(d, s, outcome) : { ok: false, reason: 'stale' };
      }, { ok: false, reason: 'no-draft' });
    },
    analyzeNow(d) {
      const target = d ?? activeDraft;
      if (target) analyze(target);
    },
    anchor() {
      const d = activeDraft;
      return d && d.body.isConnected ? adapter.composeRoot(d.body) : null;
    },
    editor() {
      const d = activeDraft;
      return d && d.body.isConnected ? d.body : null;
    },
    obstacles() {
      const own = controller.anchor();
      const drafts: Element[] = tracked.drafts()
        .filter((d) => d !== activeDraft && d.body.isConnected)
        .map((d) => adapter.composeRoot(d.body))
        .filter((el) => el !== own && !el.contains(own) && !(own && own.contains(el)));
      // A reply answers the messages above it: the writer reads them while writing.
      const messages = activeDraft && activeDraft.kind !== 'new' && own ? adapter.threadMessages?.(own.ownerDocument) ?? [] : [];
      return [...drafts, ...messages];
    },
    focusDraft() {
      activeDraft?.body.focus({ preventScroll: true });
    },
    configure(options) {
      coachOptions = options;
      // The engine sees the new options with the next request, and drops what it had cached.
      for (const d of tracked.drafts()) analyze(d);
    },
    ignoreOnce(finding) {
      withActive((d) => {
        let set = ignored.get(d.key);
        if (!set) ignored.set(d.key, (set = new Set()));
        set.add(ignoreKey(finding));
        opts.onIgnore?.(d.key, set);
        opts.onInsight?.({ kind: 'ignored', group: finding.group, category: finding.category });
        analyze(d);
      }, undefined);
    },
    setSendPause(on) {
      sendPauseOn = on;
      if (!on) { guard?.release(); emit(); }

    },
    sendAnyway() {
      const sent = guard?.sendAnyway() ?? false;
      emit();
      return sent;
    },
    takeAMinute() {
      guard?.release();
      emit();
      activeDraft?.body.focus({ preventScroll: true });
    },
    setHighlights(on) {
      if (on === highlightsOn) return;
      highlightsOn = on;
      for (const d of tracked.drafts()) analyze(d);
    },
    dispose() {
      disposed = true;
      for (const d of tracked.drafts()) {
        const s = sessions.get(d);
        if (s?.timer) sched.clearTimeout(s.timer);
        opts.engine.forget(d.key);
      }
      tracked.dispose();
      guard?.dispose();
      highlighter.dispose();
      edits.dispose();
      listeners.clear();
    },
  };
  emit();
  return controller;
}
