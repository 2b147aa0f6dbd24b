// The engine as the page side gets it: passed in, never imported, so that the content script stays
// small and the page never waits on it. The page talks to an `EngineClient`, whose answers come
// back through callbacks: in the content script the engine runs in a frame of the extension's own
// (engine-frame.ts), off the mail page's main thread; tests and the extension's own pages run the
// same service in their own thread (`engineService(bundledEngine(api))`), where small answers come
// back at once.
import { browser } from 'wxt/browser';
import type * as EngineApi from '../coach/engine';
import type { CoachOptions, Finding, FlagCategory } from '../coach/types';
import type { Balcony, MessageSummary, ThreadMessage, ThreadSummary } from '../coach/thread';
import type { OwnNo } from '../coach/own-no';
import type { SendAdvice } from '../coach/send-pause';
import type { DraftRead } from '../coach/thread-types';

export type Engine = typeof EngineApi;

/** Where the synchronous engine comes from, and whether it is there yet. */
export interface EngineSource {
  /** The engine if it is loaded, else null (then call `load`). */
  now(): Engine | null;
  /** Loads it once and shares it; after a failure the next call tries again. */
  load(): Promise<Engine>;
}

export function engineSource(loader: () => Promise<Engine>): EngineSource {
  let engine: Engine | null = null;
  let loading: Promise<Engine> | null = null;
  return {
    now: () => engine,
    load() {
      if (engine) return Promise.resolve(engine);
      loading ??= loader().then((e) => (engine = e), (err: unknown) => { loading = null; throw err; });
      return loading;
    },
  };
}

/** An engine bundled with the code that uses it: there from the start. */
export function bundledEngine(api: Engine): EngineSource {
  return { now: () => api, load: () => Promise.resolve(api) };
}

/**
 * The packaged engine.js (entrypoints/engine.ts), a file of the extension itself, imported on first
 * use: by the engine frame, or by the content script itself when the frame cannot run. (The frame
 * imports it from its own origin: Chrome's per-session address of a web-accessible file is not the
 * frame's origin, whose policy allows only its own scripts.)
 */
export function packagedEngine(importEngine: () => Promise<unknown> = () => import(/* @vite-ignore */ browser.runtime.getURL('/engine.js'))): EngineSource {
  return engineSource(async () => {
    await importEngine();
    const engine = (globalThis as { __balconyEngine?: Engine }).__balconyEngine;
    if (!engine) throw new Error('Balcony: the engine did not load');
    return engine;
  });
}

/** One step of a draft's analysis: the findings so far, and whether that is all of them. */
export interface DraftUpdate {
  /** Absent at the start of a long analysis: nothing read yet, the findings shown stay. */
  findings?: Finding[];
  done: boolean;
  /** Share of the draft's sentences read, 0..1. */
  progress: number;
}

export interface DraftRequest {
  /** The draft's key: the engine keeps one incremental coach per draft. */
  key: string;
  /** The draft's own text (no quotes or signature: the site adapter left them out). */
  text: string;
  options: CoachOptions;
}

export interface BalconyRequest {
  /** The draft whose last analysed text is judged (the engine has it already: no need to send it again). */
  key: string;
  flags: Partial<Record<FlagCategory, number>>;
  answered: MessageSummary | null;
  concern: string | null;
}

export interface OwnNoRequest {
  /** The draft whose last analysed text is read. */
  key: string;
}

export interface SendPauseRequest {
  key: string;
  flags: Partial<Record<FlagCategory, number>>;
}

/** What the page asks of the engine. A newer request of the same kind (and draft) supersedes an
 * older one still running: its callback is then never called. */
export interface EngineClient {
  /** The engine answers (loaded, and for the frame: connected). */
  ready(): boolean;
  /** Start loading the engine, in the page's idle time, before the first request needs it;
   * `onReady` is called once it is there. */
  preload(onReady?: () => void): void;
  /** Analyse a draft. `onUpdate` is called with partial findings while a long draft is read in
   * slices, and last with `done`. Only sentences not seen before in this draft are read again. */
  analyze(request: DraftRequest, onUpdate: (u: DraftUpdate) => void): void;
  /** The draft is gone: drop its coach. */
  forget(key: string): void;
  /** Summarise a thread (one message at a time, so other requests get their turn in between). */
  summarize(messages: ThreadMessage[], done: (s: ThreadSummary) => void): void;
  /** "Go to the balcony" for a draft (its text as last analysed), or null. */
  balcony(request: BalconyRequest, done: (b: Balcony | null) => void): void;
  /** The draft (its text as last analysed) read as the writer's own refusal, or null. */
  ownNo(request: OwnNoRequest, done: (o: OwnNo | null) => void): void;
  /** Whether the draft (its text as last analysed, with these flags) is heated enough to pause at Send. */
  sendPause(request: SendPauseRequest, done: (a: SendAdvice | null) => void): void;
  dispose(): void;
}

/** How the service gives other work its turn between slices: a task of its own. */
export type YieldTask = (fn: () => void) => void;

/** Time one slice of work aims at (ms): well under the 50 ms of a long task. */
export const SLICE_BUDGET_MS = 12;
/** How much of a draft is read for the writer's own "no" (offsets stay those of the draft). */
export const OWN_NO_CHARS = 8000;
/** Up to this many sentences not seen before, an analysis runs at once (a keystroke, a swap, a short draft). */
export const SYNC_SENTENCES = 4;

/**
 * The engine as a service: the requests above, done with the synchronous engine. A long draft is
 * read in slices that yield between them (`yieldTask`), so a keystroke's request is answered between
 * the slices of a paste; the thread is read one message per task. Runs in the engine frame, or in
 * the page (tests, and the content script when the frame cannot run).
 */
export function engineService(source: EngineSource, yieldTask: YieldTask, clock: () => number = () => performance.now()): EngineClient {
  let disposed = false;
  const coaches = new Map<string, { coach: ReturnType<Engine['createSlicedCoach']>; options: string; text: string; read?: { text: string; flags: string; value: DraftRead } }>();
  /** The draft's heat, read once per analysed text: the balcony advice and the Send advice both ask for it. */
  const readOnce = (engine: Engine, key: string, text: string, flags: Partial<Record<FlagCategory, number>>): DraftRead => {
    const entry = coaches.get(key);
    const f = JSON.stringify(flags);
    if (entry?.read && entry.read.text === text && entry.read.flags === f) return entry.read.value;
    const value = engine.readDraft(text, flags);
    if (entry) entry.read = { text, flags: f, value };
    return value;
  };
  // The latest request of each kind (per draft): an older one still running stops.
  const latest = new Map<string, number>();
  let serial = 0;
  const claim = (slot: string) => { const n = ++serial; latest.set(slot, n); return () => !disposed && latest.get(slot) === n; };

  /** Run `fn` with the engine: now when it is there, else once it has loaded. */
  const withEngine = (current: () => boolean, fn: (e: Engine) => void) => {
    const e = source.now();
    if (e) { fn(e); return; }
    source.load().then((loaded) => { if (current()) fn(loaded); }, () => {});
  };

  return {
    ready: () => !!source.now(),
    preload(onReady) { source.load().then(() => { if (!disposed) onReady?.(); }, () => {}); },
    analyze(request, onUpdate) {
      const current = claim(`draft:${request.key}`);
      withEngine(current, (engine) => {
        const options = JSON.stringify(request.options);
        let entry = coaches.get(request.key);
        if (!entry) coaches.set(request.key, (entry = { coach: engine.createSlicedCoach(request.options), options, text: request.text }));
        else if (entry.options !== options) { entry.coach.configure(request.options); entry.options = options; }
        entry.text = request.text;
        const job = entry.coach.start(request.text);
        if (job.uncached <= SYNC_SENTENCES) { job.run(() => true); onUpdate({ findings: job.findings(), done: true, progress: 1 }); return; }
        let lastShown = clock();
        const slice = () => {
          if (!current()) return;
          const deadline = clock() + SLICE_BUDGET_MS;
          if (job.run(() => clock() < deadline)) { onUpdate({ findings: job.findings(), done: true, progress: 1 }); return; }
          // The sidebar follows along a few times a second, not after every slice.
          const now = clock();
          if (now - lastShown > 150) { lastShown = now; onUpdate({ findings: job.findings(), done: false, progress: job.progress }); }
          yieldTask(slice);
        };
        onUpdate({ done: false, progress: 0 });
        yieldTask(slice);
      });
    },
    forget(key) {
      coaches.delete(key);
      latest.delete(`draft:${key}`);
    },
    summarize(messages, done) {
      const current = claim('thread');
      withEngine(current, (engine) => {
        // The per-message work is cached by the engine: one message per task, then the summary.
        const todo = messages.slice();
        const step = () => {
          if (!current()) return;
          const m = todo.shift();
          if (!m) { done(engine.summarizeThread(messages)); return; }
          engine.prepareMessage(m);
          yieldTask(step);
        };
        step();
      });
    },
    balcony(request, done) {
      const current = claim('balcony');
      withEngine(current, (engine) => {
        const text = coaches.get(request.key)?.text ?? '';
        if (!text.trim()) { done(null); return; }
        done(engine.balconyFor(readOnce(engine, request.key, text, request.flags), request.answered, request.concern));
      });
    },
    ownNo(request, done) {
      const current = claim('own-no');
      withEngine(current, (engine) => {
        const text = coaches.get(request.key)?.text ?? '';
        // A refusal worth coaching is in an email's first screens; a pasted document is not read for one.
        done(text.trim() ? engine.readOwnNo(text.slice(0, OWN_NO_CHARS)) : null);
      });
    },
    sendPause(request, done) {
      const current = claim(`send-pause:${request.key}`);
      withEngine(current, (engine) => {
        const text = coaches.get(request.key)?.text ?? '';
        done(text.trim() ? engine.sendAdviceFor(readOnce(engine, request.key, text, request.flags), request.flags) : null);
      });
    },
    dispose() {
      disposed = true;
      coaches.clear();
    },
  };
}

/** A YieldTask that posts itself a message: a task of its own without timers (a hidden frame's
 * timers may be slowed down by the browser; its messages are not). */
export function yieldByMessage(): YieldTask {
  const channel = new MessageChannel();
  const queue: Array<() => void> = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return (fn) => { queue.push(fn); channel.port2.postMessage(0); };
}
