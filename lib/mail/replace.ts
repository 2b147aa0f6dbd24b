// Swapping a flagged span for a suggestion, and the extension's own undo of swaps and inserts.
// Both write through edit.ts's one editing path. Nothing is written when the text at the span is
// no longer what was analysed, nor during an IME composition.
import { caretOffset, editThroughBrowser, placeCaret, type DraftEditRequest, type SwapResult } from './edit';
import { normalizeText, type TextMap } from './text-map';

export interface ReplaceRequest extends DraftEditRequest {
  start: number;
  end: number;
  /** The text that was analysed at `start..end`. */
  expected: string;
  replacement: string;
}

/** Replace `start..end` with `replacement` if the text there is still `expected`. */
export function replaceSpan(req: ReplaceRequest): SwapResult {
  if (req.composing) return { ok: false, reason: 'composing' };
  const before = req.map();
  if (before.text.slice(req.start, req.end) !== normalizeText(req.expected)) return { ok: false, reason: 'stale' };
  const caret = caretOffset(before);
  const want = normalizeText(req.replacement);
  const result = editThroughBrowser({
    map: req.map,
    before,
    range: (current) => current.rangeFor(req.start, req.end),
    text: req.replacement,
    // An empty replacement (undoing an insertion) has landed when the text is that much shorter.
    landed: (now) => (want
      ? now.slice(req.start, req.start + want.length) === want
      : now.length === before.text.length - (req.end - req.start)) ? req.start : null,
  });
  if (!result.ok) return result;
  // Put the caret back where the user had it, shifted by the edit; else after the new words.
  const after = req.map();
  let target = req.start + req.replacement.length;
  if (caret != null) {
    if (caret <= req.start) target = caret;
    else if (caret >= req.end) target = caret + req.replacement.length - (req.end - req.start);
  }
  placeCaret(after, Math.min(target, after.text.length));
  return result;
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
