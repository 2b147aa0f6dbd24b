// Finding and following the drafts on a page. One document-level MutationObserver only marks
// things dirty; a coalesced rescan then registers new bodies and drops disconnected ones, and a
// capture-phase `focusin` registers a body the moment the user enters it. Each body gets its own
// `input` and composition listeners (Gmail does not let key events reach the document).
// Drafts live in a WeakMap keyed by their body element.
import type { DraftKind, SiteAdapter } from './types';

export interface Draft {
  readonly body: HTMLElement;
  readonly key: string;
  readonly kind: DraftKind;
  /** True between `compositionstart` and `compositionend` (IME input). */
  composing: boolean;
  /** Bumped on every observed change to the body's content. */
  version: number;
}

export interface Scheduler {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface DraftTrackerOptions {
  adapter: SiteAdapter;
  doc: Document;
  /** Called once per new draft. */
  onAdd?(draft: Draft): void;
  /** Called when a draft's body left the document. */
  onRemove?(draft: Draft): void;
  /** Called when the user focuses a draft. */
  onFocus?(draft: Draft): void;
  /** Called (synchronously, cheaply) when a draft's content changed. Debounce in the callee.
   * `by`: 'input' for the editor's input event (the user typing, or an edit through the browser's
   * editing path), 'mutation' for a change seen only by the observer (the site's own scripts). */
  onChange?(draft: Draft, by: 'input' | 'mutation'): void;
  /** Called when a composition starts (swaps must wait). */
  onCompositionStart?(draft: Draft): void;
  /** Called when a composition ends (a deferred analysis may run now). */
  onCompositionEnd?(draft: Draft): void;
  /** Rescan delay after DOM changes (ms). */
  rescanDelay?: number;
  scheduler?: Scheduler;
}

export interface DraftTracker {
  /** Live drafts in registration order. */
  drafts(): Draft[];
  get(body: Element): Draft | undefined;
  /** The most recently focused live draft. */
  focused(): Draft | null;
  /** Run the rescan now (tests, navigation). */
  rescan(): void;
  /** Mark the page dirty (e.g. after SPA navigation). */
  markDirty(): void;
  /** Take the changes the observer has not reported yet now, so that drafts' versions are current. */
  flush(): void;
  dispose(): void;
}

export function createDraftTracker(opts: DraftTrackerOptions): DraftTracker {
  const { adapter, doc } = opts;
  const win = doc.defaultView!;
  const sched: Scheduler = opts.scheduler ?? {
    setTimeout: (fn, ms) => win.setTimeout(fn, ms),
    clearTimeout: (id) => win.clearTimeout(id),
  };
  const delay = opts.rescanDelay ?? 150;
  const byBody = new WeakMap<Element, Draft>();
  const live = new Set<Draft>();
  const detach = new WeakMap<Draft, () => void>();
  let focusedDraft: Draft | null = null;
  let timer = 0;
  let dirty = false;
  let disposed = false;

  function register(body: HTMLElement): Draft {
    const existing = byBody.get(body);
    if (existing) return existing;
    const draft: Draft = { body, key: adapter.draftKey(body), kind: adapter.draftKind(body), composing: false, version: 0 };
    byBody.set(body, draft);
    live.add(draft);
    const changed = () => { draft.version++; opts.onChange?.(draft, 'input'); };
    const onStart = () => { draft.composing = true; opts.onCompositionStart?.(draft); };
    const onEnd = () => { draft.composing = false; opts.onCompositionEnd?.(draft); changed(); };
    body.addEventListener('input', changed);
    body.addEventListener('compositionstart', onStart);
    body.addEventListener('compositionend', onEnd);
    detach.set(draft, () => {
      body.removeEventListener('input', changed);
      body.removeEventListener('compositionstart', onStart);
      body.removeEventListener('compositionend', onEnd);
    });
    opts.onAdd?.(draft);
    return draft;
  }

  function drop(draft: Draft) {
    detach.get(draft)?.();
    live.delete(draft);
    byBody.delete(draft.body);
    if (focusedDraft === draft) focusedDraft = null;
    opts.onRemove?.(draft);
  }

  function rescan() {
    if (disposed) return;
    timer = 0;
    dirty = false;
    for (const d of [...live]) if (!d.body.isConnected || !adapter.isBody(d.body)) drop(d);
    for (const body of adapter.findBodies(doc)) register(body);
  }

  function schedule() {
    if (timer || disposed) return;
    timer = sched.setTimeout(rescan, delay);
  }

  function markDirty() {
    dirty = true;
    schedule();
  }

  // The one document-level observer: it only marks dirty, and only for changes outside the drafts
  // it knows (typing never makes the page look for drafts again). Content changes inside a tracked
  // body (from the site, an extension, or undo) bump that draft's version.
  const observed = (records: MutationRecord[]) => {
    const touched = new Set<Draft>();
    let outside = false;
    for (const r of records) {
      let inside = false;
      for (const d of live) if (d.body.contains(r.target)) { touched.add(d); inside = true; break; }
      if (!inside) outside = true;
    }
    if (outside && !dirty) markDirty();
    for (const d of touched) { d.version++; opts.onChange?.(d, 'mutation'); }
  };
  const observer = new win.MutationObserver(observed);
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  const onFocusIn = (e: Event) => {
    const body = adapter.bodyFrom(e.target);
    if (!body) return;
    const d = register(body);
    focusedDraft = d;
    opts.onFocus?.(d);
  };
  doc.addEventListener('focusin', onFocusIn, true);

  rescan();
  // The user may already be in a draft when the script starts (it runs at document_idle).
  const already = adapter.bodyFrom(doc.activeElement);
  if (already) focusedDraft = register(already);

  return {
    drafts: () => [...live],
    get: (body) => byBody.get(body),
    focused: () => (focusedDraft && live.has(focusedDraft) ? focusedDraft : null),
    rescan,
    markDirty,
    flush() {
      const records = observer.takeRecords();
      if (records.length) observed(records);
    },
    dispose() {
      disposed = true;
      observer.disconnect();
      doc.removeEventListener('focusin', onFocusIn, true);
      if (timer) sched.clearTimeout(timer);
      for (const d of [...live]) drop(d);
    },
  };
}
