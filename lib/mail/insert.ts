// Inserting an opener at the caret in a draft, on a click, through the same editing path as swaps
// (edit.ts: select, `execCommand('insertText')`, verify, fallback), so the site sees a real edit
// and Ctrl+Z removes it. Clicking in the sidebar can move the selection out of the draft, so the
// last caret seen inside a draft is remembered. Nothing is ever inserted into quoted history or a
// signature (own-text.ts decides): a caret there falls back to the end of the writer's own text.
import { editThroughBrowser, placeCaret, type DraftEditRequest, type SwapResult } from './edit';
import { ownTextScope, type OwnTextSelectors } from './own-text';
import { liveRange, normalizeText, type RangePoints, type TextMap } from './text-map';

export interface CaretMemory {
  /** The last caret seen inside `body`, if it is still in the page. */
  lastIn(body: HTMLElement): Range | null;
  dispose(): void;
}

const clampOffset = (n: Node, offset: number) => Math.min(offset, n.nodeType === 3 ? (n as Text).length : n.childNodes.length);

export function createCaretMemory(doc: Document): CaretMemory {
  // Kept as points, not a live Range: the browser updates every live Range on every edit of the
  // page, and one would be made for each selection change.
  let last: RangePoints | null = null;
  // Read from the selection's own points: getRangeAt would make a live Range on every change.
  const onChange = () => {
    const sel = doc.getSelection();
    if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !sel.focusNode) return;
    const el = sel.focusNode.nodeType === 1 ? (sel.focusNode as Element) : sel.focusNode.parentElement;
    if (!el?.closest('[contenteditable="true"]')) return;
    // A caret is all that is remembered: where the selection ends (its focus).
    last = { startContainer: sel.focusNode, startOffset: sel.focusOffset, endContainer: sel.focusNode, endOffset: sel.focusOffset };
  };
  doc.addEventListener('selectionchange', onChange);
  return {
    lastIn(body) {
      if (!last || !last.endContainer.isConnected || !last.startContainer.isConnected || !body.contains(last.endContainer)) return null;
      return liveRange(doc, { ...last, startOffset: clampOffset(last.startContainer, last.startOffset), endOffset: clampOffset(last.endContainer, last.endOffset) });
    },
    dispose() {
      doc.removeEventListener('selectionchange', onChange);
      last = null;
    },
  };
}

/** Where an insertion goes: the caret in the draft, else the last caret seen there, else after the writer's own text. */
export function insertionRange(map: TextMap, remembered: Range | null, selectors: OwnTextSelectors): Range | null {
  const { body } = map;
  const own = ownTextScope(body, selectors);
  const sel = body.ownerDocument.getSelection();
  const candidates: Range[] = [];
  if (sel && sel.rangeCount > 0 && body.contains(sel.getRangeAt(0).endContainer)) candidates.push(sel.getRangeAt(0));
  if (remembered) candidates.push(remembered);
  for (const r of candidates) if (own.contains(r.endContainer)) return r;
  const end = map.text.replace(/\s+$/, '').length;
  const r = end > 0 ? map.rangeFor(end, end) : null;
  if (r) return r;
  // An empty draft: the start of its first line.
  const first = body.firstElementChild && own.contains(body.firstElementChild) ? body.firstElementChild : body;
  const range = body.ownerDocument.createRange();
  range.setStart(first, 0);
  range.collapse(true);
  return range;
}

/** The text just before and after a position, within its line (an empty line has none). */
function around(range: Range): [string, string] {
  const n = range.endContainer;
  const o = range.endOffset;
  if (n.nodeType === 3) {
    const d = (n as Text).data;
    return [d.slice(0, o), d.slice(o)];
  }
  const prev = n.childNodes[o - 1];
  const next = n.childNodes[o];
  const text = (x: Node | undefined) => (x && (x.nodeType === 3 || (x as Element).tagName !== 'BR') ? x.textContent ?? '' : '');
  return [text(prev), text(next)];
}

/** The text with a space on either side where it would otherwise run into a word. */
export function spaced(text: string, before: string, after: string): string {
  const lead = before && !/\s$/.test(before) ? ' ' : '';
  const trail = after && !/^[\s.,;:!?]/.test(after) ? ' ' : '';
  return `${lead}${text}${trail}`;
}

export interface InsertRequest extends DraftEditRequest {
  /** Where to insert: a DOM range inside the writer's own text (the caret), collapsed to its end. */
  at: Range;
  text: string;
}

/**
 * Insert `text` at a DOM position (the caret) by the same path as a swap. The position is a DOM
 * range rather than a text offset because a caret on an empty line has no text to point at.
 */
export function insertText(req: InsertRequest): SwapResult {
  if (req.composing) return { ok: false, reason: 'composing' };
  const before = req.map();
  if (!before.body.contains(req.at.endContainer)) return { ok: false, reason: 'no-range' };
  const range = req.at.cloneRange();
  range.collapse(false);
  const want = normalizeText(req.text);
  const result = editThroughBrowser({
    map: req.map,
    before,
    range: () => range,
    text: req.text,
    // Landed: the own text grew by exactly the inserted words, and holds them where it changed.
    landed(now) {
      if (now.length !== before.text.length + want.length) return null;
      let p = 0;
      while (p < before.text.length && now[p] === before.text[p]) p++;
      for (let k = p; k >= Math.max(0, p - want.length); k--) if (now.startsWith(want, k)) return k;
      return null;
    },
  });
  // The browser leaves the caret after typed words; a direct edit has to put it there.
  if (result.ok && result.method === 'fallback') placeCaret(req.map(), result.end);
  return result;
}

export interface InsertResult {
  result: SwapResult;
  /** Exactly what was inserted (spacing included), and the own text before, for the extension's own undo. */
  inserted: string;
  textBefore: string;
}

/** Insert `text` at the caret of the draft whose text map `map()` builds. */
export function insertAtCaret(map: () => TextMap, text: string, remembered: Range | null, own: OwnTextSelectors, composing = false): InsertResult {
  const m = map();
  const range = insertionRange(m, remembered, own);
  if (!range) return { result: { ok: false, reason: 'no-range' }, inserted: '', textBefore: m.text };
  const [before, after] = around(range);
  const inserted = spaced(text, before, after);
  const result = insertText({ map, at: range, text: inserted, composing });
  return { result, inserted, textBefore: m.text };
}
