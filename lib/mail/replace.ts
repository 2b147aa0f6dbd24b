// Writing to the draft, only ever on a click. The browser's own editing path
// (select the range, `execCommand('insertText')`) gives the site a real edit (its autosave and
// editor model see trusted input events) and leaves a native undo entry for Ctrl+Z. See
// ../shared/docs/mail-dom.md §5.4. Nothing is written when the text at the span is no longer what
// was analysed, nor during an IME composition.
import { normalizeText, type TextMap } from './text-map';

export type SwapFailure = 'stale' | 'composing' | 'no-range' | 'failed';
export type SwapResult =
  | { ok: true; method: 'execCommand' | 'fallback'; start: number; end: number }
  | { ok: false; reason: SwapFailure };

export interface ReplaceRequest {
  /** Rebuilds the text map from the live DOM (called before and after the edit). */
  map: () => TextMap;
  start: number;
  end: number;
  /** The text that was analysed at `start..end`. */
  expected: string;
  replacement: string;
  /** True while an IME composition is in progress in the body. */
  composing?: boolean;
}

function caretOffset(map: TextMap): number | null {
  const sel = map.body.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.focusNode || !map.body.contains(sel.focusNode)) return null;
  return map.offsetOf(sel.focusNode, sel.focusOffset);
}

function placeCaret(map: TextMap, offset: number): void {
  const range = map.rangeFor(offset, offset);
  const sel = map.body.ownerDocument.getSelection();
  if (!range || !sel) return;
  sel.removeAllRanges();
  sel.addRange(range);
}

/** Replace `start..end` with `replacement` if the text there is still `expected`. */
export function replaceSpan(req: ReplaceRequest): SwapResult {
  if (req.composing) return { ok: false, reason: 'composing' };
  const before = req.map();
  if (before.text.slice(req.start, req.end) !== normalizeText(req.expected)) return { ok: false, reason: 'stale' };
  const range = before.rangeFor(req.start, req.end);
  if (!range) return { ok: false, reason: 'no-range' };

  const { body } = before;
  const doc = body.ownerDocument;
  const caret = caretOffset(before);
  const delta = req.replacement.length - (req.end - req.start);
  const want = normalizeText(req.replacement);
  // An empty replacement (undoing an insertion) has landed when the text is that much shorter.
  const landed = () => {
    const now = req.map().text;
    return want ? now.slice(req.start, req.start + want.length) === want : now.length === before.text.length - (req.end - req.start);
  };

  let sawInput = false;
  const onInput = () => { sawInput = true; };
  body.addEventListener('input', onInput);
  let method: 'execCommand' | 'fallback' = 'execCommand';
  try {
    body.focus({ preventScroll: true });
    const sel = doc.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    let ok = false;
    try {
      ok = typeof doc.execCommand === 'function' && (req.replacement || req.start === req.end
        ? doc.execCommand('insertText', false, req.replacement)
        : doc.execCommand('delete', false));
    } catch {
      ok = false;
    }
    if (!ok || !landed()) {
      // Fallback: a direct text edit (no native undo entry; the extension's own undo still works).
      const again = req.map();
      // Only when nothing changed: a partial edit must not be applied twice.
      if (again.text !== before.text) return { ok: false, reason: 'failed' };
      const r = again.rangeFor(req.start, req.end);
      if (!r) return { ok: false, reason: 'no-range' };
      r.deleteContents();
      if (req.replacement) r.insertNode(doc.createTextNode(req.replacement));
      method = 'fallback';
      sawInput = false; // the site has not seen this edit yet
      if (!landed()) return { ok: false, reason: 'failed' };
    }
  } finally {
    body.removeEventListener('input', onInput);
  }
  // The site's autosave listens to `input`: make sure it heard about the edit.
  if (!sawInput) {
    const init = { bubbles: true, inputType: 'insertReplacementText', data: req.replacement };
    body.dispatchEvent(typeof InputEvent === 'function' ? new InputEvent('input', init) : new Event('input', { bubbles: true }));
  }
  // Put the caret back where the user had it, shifted by the edit; else after the new words.
  const after = req.map();
  let target = req.start + req.replacement.length;
  if (caret != null) {
    if (caret <= req.start) target = caret;
    else if (caret >= req.end) target = caret + delta;
  }
  placeCaret(after, Math.min(target, after.text.length));
  return { ok: true, method, start: req.start, end: req.start + req.replacement.length };
}

export interface InsertRequest {
  /** Rebuilds the text map from the live DOM (called before and after the edit). */
  map: () => TextMap;
  /** Where to insert: a DOM range inside the writer's own text (the caret), collapsed to its end. */
  at: Range;
  text: string;
  composing?: boolean;
}

/**
 * Insert `text` at a DOM position (the caret) by the same path as a swap: select, `execCommand
 * ('insertText')`, verify, fall back to a text node plus an `input` event. The position is a DOM
 * range rather than a text offset because a caret on an empty line has no text to point at.
 */
export function insertText(req: InsertRequest): SwapResult {
  if (req.composing) return { ok: false, reason: 'composing' };
  const before = req.map();
  const { body } = before;
  const doc = body.ownerDocument;
  if (!body.contains(req.at.endContainer)) return { ok: false, reason: 'no-range' };
  const range = req.at.cloneRange();
  range.collapse(false);
  const want = normalizeText(req.text);
  // Landed: the own text grew by exactly the inserted words, and holds them.
  const landedAt = (): number | null => {
    const now = req.map().text;
    if (now.length !== before.text.length + want.length) return null;
    let p = 0;
    while (p < before.text.length && now[p] === before.text[p]) p++;
    for (let k = p; k >= Math.max(0, p - want.length); k--) if (now.startsWith(want, k)) return k;
    return null;
  };
  let sawInput = false;
  const onInput = () => { sawInput = true; };
  body.addEventListener('input', onInput);
  let method: 'execCommand' | 'fallback' = 'execCommand';
  let at: number | null = null;
  try {
    body.focus({ preventScroll: true });
    const sel = doc.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    let ok = false;
    try {
      ok = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, req.text);
    } catch {
      ok = false;
    }
    at = ok ? landedAt() : null;
    if (at == null) {
      // Only when nothing changed: a partial edit must not be applied twice.
      if (req.map().text !== before.text) return { ok: false, reason: 'failed' };
      const node = doc.createTextNode(req.text);
      range.insertNode(node);
      method = 'fallback';
      sawInput = false;
      at = landedAt();
      if (at == null) return { ok: false, reason: 'failed' };
      const r = doc.createRange();
      r.setStartAfter(node);
      sel?.removeAllRanges();
      sel?.addRange(r);
    }
  } finally {
    body.removeEventListener('input', onInput);
  }
  if (!sawInput) {
    const init = { bubbles: true, inputType: 'insertText', data: req.text };
    body.dispatchEvent(typeof InputEvent === 'function' ? new InputEvent('input', init) : new Event('input', { bubbles: true }));
  }
  return { ok: true, method, start: at, end: at + req.text.length };
}

/** One swap, remembered so the extension can undo it even where the site owns Ctrl+Z. */
export interface SwapRecord {
  draftKey: string;
  start: number;
  before: string;
  after: string;
  contextBefore: string;
  contextAfter: string;
  ts: number;
}

const CONTEXT = 24;

export function recordSwap(draftKey: string, textBefore: string, start: number, end: number, replacement: string): SwapRecord {
  return {
    draftKey,
    start,
    before: textBefore.slice(start, end),
    after: replacement,
    contextBefore: textBefore.slice(Math.max(0, start - CONTEXT), start),
    contextAfter: textBefore.slice(end, end + CONTEXT),
    ts: Date.now(),
  };
}

/** Where the swapped-in text is now: at its old offset, else found again by its context. */
export function locateSwap(text: string, rec: SwapRecord): number | null {
  const after = normalizeText(rec.after);
  if (text.slice(rec.start, rec.start + after.length) === after) return rec.start;
  const needle = normalizeText(rec.contextBefore) + after + normalizeText(rec.contextAfter);
  const at = text.indexOf(needle);
  if (at >= 0 && text.indexOf(needle, at + 1) < 0) return at + rec.contextBefore.length;
  const bare = text.indexOf(after);
  if (bare >= 0 && text.indexOf(after, bare + 1) < 0) return bare;
  return null;
}

/** Undo a recorded swap through the same editing path; nothing is written if it cannot be found. */
export function undoSwap(rec: SwapRecord, map: () => TextMap, composing = false): SwapResult {
  const at = locateSwap(map().text, rec);
  if (at == null) return { ok: false, reason: 'stale' };
  return replaceSpan({ map, start: at, end: at + rec.after.length, expected: rec.after, replacement: rec.before, composing });
}

/** A small per-draft stack of swaps for the sidebar's "Undo last swap". */
export class SwapHistory {
  private stacks = new Map<string, SwapRecord[]>();
  constructor(private readonly limit = 20) {}
  push(rec: SwapRecord): void {
    const s = this.stacks.get(rec.draftKey) ?? [];
    s.push(rec);
    if (s.length > this.limit) s.shift();
    this.stacks.set(rec.draftKey, s);
  }
  peek(draftKey: string): SwapRecord | undefined {
    const s = this.stacks.get(draftKey);
    return s?.[s.length - 1];
  }
  pop(draftKey: string): SwapRecord | undefined {
    return this.stacks.get(draftKey)?.pop();
  }
  clear(draftKey: string): void {
    this.stacks.delete(draftKey);
  }
  size(draftKey: string): number {
    return this.stacks.get(draftKey)?.length ?? 0;
  }
}
