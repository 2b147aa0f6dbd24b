// The controller's writes to a draft, each on a click: a swap, an opener inserted at the caret,
// and the extension's own undo of either. All go through the one editing path (edit.ts), share
// one per-draft history for "Undo last swap", and say how they went as a notice code. No words
// here: the UI turns a code into a localised sentence.
import type { Finding } from '../coach/types';
import type { Draft } from './drafts';
import { selectText, type SwapResult } from './edit';
import { createCaretMemory, insertAtCaret } from './insert';
import type { OwnTextSelectors } from './own-text';
import { recordSwap, replaceSpan, SwapHistory, undoSwap } from './replace';
import { normalizeText, type TextMap } from './text-map';

/** What the sidebar tells the user about the last edit. */
export type NoticeCode = 'composing-swap' | 'stale' | 'swap-failed' | 'composing-insert' | 'insert-failed' | 'composing-undo' | 'undo-stale';

export interface EditOutcome {
  result: SwapResult;
  /** The notice to show, or null when the edit went through. */
  notice: NoticeCode | null;
}

export interface DraftEditor {
  swap(d: Draft, finding: Finding, suggestion: string): EditOutcome;
  insert(d: Draft, text: string): EditOutcome;
  /**
   * Insert `text` right after `anchor` (a sentence as analysed), if the draft still has it there;
   * a first slot in [brackets] is then selected, for the writer to type over.
   */
  insertAfter(d: Draft, anchor: { start: number; end: number; text: string }, text: string): EditOutcome;
  /** Undo the draft's last swap or insert; null when there is none. */
  undoLast(d: Draft): EditOutcome | null;
  /** How many edits "Undo last swap" can take back in this draft. */
  undoable(draftKey: string): number;
  dispose(): void;
}

export function createDraftEditor(doc: Document, mapOf: (d: Draft) => TextMap, own: OwnTextSelectors): DraftEditor {
  const history = new SwapHistory();
  const carets = createCaretMemory(doc);
  return {
    swap(d, finding, suggestion) {
      if (d.composing) return { result: { ok: false, reason: 'composing' }, notice: 'composing-swap' };
      const textBefore = mapOf(d).text;
      const result = replaceSpan({ map: () => mapOf(d), start: finding.start, end: finding.end, expected: finding.text, replacement: suggestion, composing: d.composing });
      if (result.ok) history.push(recordSwap(d.key, textBefore, finding.start, finding.end, suggestion));
      return { result, notice: result.ok ? null : result.reason === 'stale' ? 'stale' : 'swap-failed' };
    },
    insert(d, text) {
      if (d.composing) return { result: { ok: false, reason: 'composing' }, notice: 'composing-insert' };
      const { result, inserted, textBefore } = insertAtCaret(() => mapOf(d), text, carets.lastIn(d.body), own, d.composing);
      if (result.ok) history.push(recordSwap(d.key, textBefore, result.start, result.start, inserted));
      return { result, notice: result.ok ? null : 'insert-failed' };
    },
    insertAfter(d, anchor, text) {
      if (d.composing) return { result: { ok: false, reason: 'composing' }, notice: 'composing-insert' };
      const before = mapOf(d);
      if (before.text.slice(anchor.start, anchor.end) !== normalizeText(anchor.text)) return { result: { ok: false, reason: 'stale' }, notice: 'stale' };
      const inserted = ` ${text}`;
      const result = replaceSpan({ map: () => mapOf(d), start: anchor.end, end: anchor.end, expected: '', replacement: inserted, composing: d.composing });
      if (!result.ok) return { result, notice: result.reason === 'stale' ? 'stale' : 'insert-failed' };
      history.push(recordSwap(d.key, before.text, anchor.end, anchor.end, inserted));
      const slot = /\[[^\]]+\]/.exec(inserted);
      if (slot) selectText(mapOf(d), anchor.end + slot.index, anchor.end + slot.index + slot[0].length);
      return { result, notice: null };
    },
    undoLast(d) {
      const rec = history.peek(d.key);
      if (!rec) return null;
      if (d.composing) return { result: { ok: false, reason: 'composing' }, notice: 'composing-undo' };
      const result = undoSwap(rec, () => mapOf(d), d.composing);
      // A swap whose words were edited since can never be undone: drop it.
      if (result.ok || result.reason === 'stale') history.pop(d.key);
      return { result, notice: result.ok ? null : 'undo-stale' };
    },
    undoable: (draftKey) => history.size(draftKey),
    dispose: () => carets.dispose(),
  };
}
