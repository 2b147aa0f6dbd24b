// The thread view's page side: reads the open conversation through the site adapter, summarises
// it with the engine when it changes, and hands the summary to the sidebar. A document-level
// MutationObserver only marks the thread dirty (typing in a draft does not count); a debounced
// read then compares a signature of the messages, so the engine runs only when the thread changed.
import type { Balcony, MessageSummary, ThreadMessage, ThreadSummary } from '../coach/thread';
import type { EngineClient } from './engine';
import type { Finding } from '../coach/types';
import { countFlags } from '../coach/categories';
import type { Scheduler } from './drafts';
import type { PageMessage, PageThread, SiteAdapter } from './types';

export interface ThreadView {
  /** The conversation as read from the page. */
  page: PageThread;
  /** The engine's summary; `messages[i].id` is the index (as a string) of the page message. */
  summary: ThreadSummary;
  /** Page messages in the summary's order (oldest first). */
  ordered: PageMessage[];
  /** The page said who the user is; when false, no message is called "yours". */
  userKnown: boolean;
  /** Messages whose body was cut short by the site. */
  clipped: number;
}

export interface ThreadWatcher {
  get(): ThreadView | null;
  subscribe(fn: (v: ThreadView | null) => void): () => void;
  /** Read the page now (tests; after navigation). */
  refresh(): void;
  markDirty(): void;
  dispose(): void;
}

export interface ThreadWatcherOptions {
  adapter: SiteAdapter;
  doc: Document;
  /** The engine to ask (the content script: the engine frame, loaded on demand). */
  engine: EngineClient;
  scheduler?: Scheduler;
  /** Quiet time after page changes before reading the thread (ms). */
  debounce?: number;
}

/** Our own UI and highlight layers never change the thread. */
const OWN = 'balcony-sidebar, balcony-highlights';

function signature(t: PageThread | null): string {
  if (!t) return '';
  return [t.key, t.user?.address ?? '', t.user?.name ?? '', ...t.messages.map((m) => `${m.from}\u0001${m.date ?? m.dateText}\u0001${m.state}\u0001${m.mine}\u0001${m.text}`)].join('\u0002');
}

/** The page's messages as the engine reads them: each one's id is its index on the page. */
export function threadMessages(page: PageThread): ThreadMessage[] {
  return page.messages.map((m, i) => ({ id: String(i), from: m.from, date: m.date, text: m.text, mine: m.mine }));
}

/** The thread view of a page thread, with the engine's summary of `threadMessages(page)`. */
export function threadView(page: PageThread, summary: ThreadSummary): ThreadView {
  const ordered = summary.messages.map((m) => page.messages[Number(m.id)]!);
  return { page, summary, ordered, userKnown: !!page.user, clipped: page.messages.filter((m) => m.clipped).length };
}

export function createThreadWatcher(opts: ThreadWatcherOptions): ThreadWatcher {
  const { adapter, doc, engine } = opts;
  const win = doc.defaultView!;
  const sched: Scheduler = opts.scheduler ?? { setTimeout: (fn, ms) => win.setTimeout(fn, ms), clearTimeout: (id) => win.clearTimeout(id) };
  const debounce = opts.debounce ?? 300;
  const listeners = new Set<(v: ThreadView | null) => void>();
  let view: ThreadView | null = null;
  let sig = '';
  let timer = 0;
  let disposed = false;

  let run = 0;

  function publish(v: ThreadView | null) {
    view = v;
    for (const fn of listeners) fn(view);
  }

  function read() {
    timer = 0;
    if (disposed || !adapter.readThread) return;
    let page: PageThread | null = null;
    try { page = adapter.readThread(doc); } catch { page = null; }
    const next = signature(page);
    if (next === sig) return;
    sig = next;
    const mine = ++run;
    if (!page || !page.messages.length) { publish(null); return; }
    // The engine reads one message per task (and remembers each), then answers with the summary.
    const asked = page;
    engine.summarize(threadMessages(asked), (summary) => { if (!disposed && mine === run) publish(threadView(asked, summary)); });
  }

  function markDirty() {
    if (disposed) return;
    if (timer) sched.clearTimeout(timer);
    timer = sched.setTimeout(read, debounce);
  }

  const relevant = (m: MutationRecord) => {
    const el = m.target.nodeType === 1 ? (m.target as Element) : m.target.parentElement;
    if (!el) return true;
    // Typing in a draft, and our own layers, do not change the conversation.
    return !el.closest('[contenteditable="true"]') && !el.closest(OWN);
  };
  const observer = typeof MutationObserver === 'function'
    ? new MutationObserver((records) => { if (records.some(relevant)) markDirty(); })
    : null;
  // Expanding a collapsed message inserts its body (childList); class changes are mostly hover effects.
  observer?.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-expanded'] });
  read();

  return {
    get: () => view,
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    refresh() {
      // Read now (after navigation); the summary follows when the engine answers.
      if (timer) { sched.clearTimeout(timer); timer = 0; }
      sig = '';
      read();
    },
    markDirty,
    dispose() {
      disposed = true;
      observer?.disconnect();
      if (timer) sched.clearTimeout(timer);
      listeners.clear();
    },
  };
}

/** Their latest readable message: the one a reply answers. */
export function answeredMessage(summary: ThreadSummary): MessageSummary | null {
  for (let i = summary.messages.length - 1; i >= 0; i--) {
    const m = summary.messages[i]!;
    if (m.readable && m.mine !== true) return m;
  }
  return null;
}

/** "Go to the balcony" for the draft as it stands, against the thread it answers (cheap: no parsing). */
/** "Go to the balcony" for the live draft (as last analysed), against their latest message; `done` gets it, or null. */
export function balconyForDraft(engine: EngineClient, view: ThreadView | null, draftKey: string, findings: readonly Finding[], done: (b: Balcony | null) => void): void {
  const answered = view ? answeredMessage(view.summary) : null;
  engine.balcony({ key: draftKey, flags: countFlags(findings), answered, concern: view?.summary.concerns[0] ?? null }, done);
}
