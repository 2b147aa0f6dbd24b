// The one way Balcony writes to a draft, only ever on a click: select the range,
// `execCommand('insertText')`, check that the words landed, fall back to a direct text edit only
// when nothing changed, and make sure the site heard an `input` event. The browser's own editing
// path gives the site a real edit (its autosave and editor model see trusted input events) and
// leaves a native undo entry for Ctrl+Z. Swaps, opener inserts and undo all go through here
// (replace.ts, insert.ts). See ../shared/docs/mail-dom.md §5.4.
import type { TextMap } from './text-map';

export type SwapFailure = 'stale' | 'composing' | 'no-range' | 'failed';
export type SwapResult =
  | { ok: true; method: 'execCommand' | 'fallback'; start: number; end: number }
  | { ok: false; reason: SwapFailure };

/** What a swap, an insert or an undo is asked with, besides where and what to write. */
export interface DraftEditRequest {
  /** Rebuilds the text map from the live DOM (called before and after the edit). */
  map: () => TextMap;
  /** True while an IME composition is in progress in the body: nothing is written then. */
  composing?: boolean;
}

export interface BrowserEdit {
  /** Rebuilds the text map from the live DOM. */
  map: () => TextMap;
  /** The own text as it was checked before the edit. */
  before: TextMap;
  /** The DOM range to replace (collapsed: an insertion), found in `current`; asked again for the fallback. */
  range(current: TextMap): Range | null;
  /** The new words ('' deletes the range). */
  text: string;
  /** Where the new words start in the own text `now` if the edit landed, else null. */
  landed(now: string): number | null;
}

function select(doc: Document, range: Range): void {
  const sel = doc.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}

/** Make one edit through the browser's editing path; nothing is written twice, and a failure leaves the draft as it was. */
export function editThroughBrowser(edit: BrowserEdit): SwapResult {
  const range = edit.range(edit.before);
  if (!range) return { ok: false, reason: 'no-range' };
  const { body } = edit.before;
  const doc = body.ownerDocument;
  const insertion = range.collapsed;
  let sawInput = false;
  const onInput = () => { sawInput = true; };
  body.addEventListener('input', onInput);
  let method: 'execCommand' | 'fallback' = 'execCommand';
  let at: number | null;
  try {
    body.focus({ preventScroll: true });
    select(doc, range);
    let ok = false;
    try {
      ok = typeof doc.execCommand === 'function' && (edit.text || insertion
        ? doc.execCommand('insertText', false, edit.text)
        : doc.execCommand('delete', false));
    } catch {
      ok = false;
    }
    at = ok ? edit.landed(edit.map().text) : null;
    if (at == null) {
      // Fallback: a direct text edit (no native undo entry; the extension's own undo still works),
      // and only when nothing changed: a partial edit must not be applied twice.
      const again = edit.map();
      if (again.text !== edit.before.text) return { ok: false, reason: 'failed' };
      const r = edit.range(again);
      if (!r) return { ok: false, reason: 'no-range' };
      r.deleteContents();
      if (edit.text) r.insertNode(doc.createTextNode(edit.text));
      method = 'fallback';
      sawInput = false; // the site has not seen this edit yet
      at = edit.landed(edit.map().text);
      if (at == null) return { ok: false, reason: 'failed' };
    }
  } finally {
    body.removeEventListener('input', onInput);
  }
  // The site's autosave listens to `input`: make sure it heard about the edit.
  if (!sawInput) {
    const init = { bubbles: true, inputType: insertion ? 'insertText' : 'insertReplacementText', data: edit.text };
    body.dispatchEvent(typeof InputEvent === 'function' ? new InputEvent('input', init) : new Event('input', { bubbles: true }));
  }
  return { ok: true, method, start: at, end: at + edit.text.length };
}

/** The caret's text offset in the draft, or null when the caret is elsewhere. */
export function caretOffset(map: TextMap): number | null {
  const sel = map.body.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.focusNode || !map.body.contains(sel.focusNode)) return null;
  return map.offsetOf(sel.focusNode, sel.focusOffset);
}

/** Select `start..end` of the draft (a slot the writer is to fill in). */
export function selectText(map: TextMap, start: number, end: number): void {
  const range = map.rangeFor(start, end);
  if (range) select(map.body.ownerDocument, range);
}

export function placeCaret(map: TextMap, offset: number): void {
  const range = map.rangeFor(offset, offset);
  if (range) select(map.body.ownerDocument, range);
}
