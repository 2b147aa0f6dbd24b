// @vitest-environment happy-dom
// The one editing path (lib/mail/edit.ts) that swaps, opener inserts and undo share. happy-dom has
// no execCommand, so each test gives the document one that behaves like a browser that edits,
// refuses, throws or edits only part of the way; real Chromium and Ctrl+Z are tested in tests/e2e.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { editThroughBrowser } from '../../lib/mail/edit';
import { insertText } from '../../lib/mail/insert';
import { replaceSpan } from '../../lib/mail/replace';
import { buildTextMap } from '../../lib/mail/text-map';

const WHY = "Why can't you deliver by Friday?";
const SWAP = 'What would it take to deliver by Friday?';

function setup(html: string) {
  document.body.innerHTML = `<div id="b" contenteditable="true">${html}</div>`;
  const body = document.getElementById('b')!;
  const inputs: InputEvent[] = [];
  body.addEventListener('input', (e) => inputs.push(e as InputEvent));
  return { body, inputs, map: () => buildTextMap(body, { exclude: ['.gmail_quote'] }) };
}

/** An execCommand that does `edit` to the selected range, as a browser would (with its own input event when it edits). */
function browserExec(edit: (range: Range, text: string) => boolean) {
  const exec = vi.fn((command: string, _ui?: boolean, text = '') => {
    const range = document.getSelection()!.getRangeAt(0);
    const ok = edit(range, command === 'delete' ? '' : text);
    if (ok) range.startContainer.parentElement!.closest('[contenteditable]')!.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return ok;
  });
  (document as unknown as { execCommand: unknown }).execCommand = exec;
  return exec;
}
afterEach(() => { delete (document as unknown as { execCommand?: unknown }).execCommand; });

const realEdit = (range: Range, text: string) => {
  range.deleteContents();
  if (text) range.insertNode(document.createTextNode(text));
  return true;
};

describe('editing through the browser', () => {
  it('uses insertText on the selected range and adds no input event of its own when the browser sent one', () => {
    const { map, inputs } = setup(`<div>${WHY} Thanks.</div>`);
    const exec = browserExec(realEdit);
    const res = replaceSpan({ map, start: 0, end: WHY.length, expected: WHY, replacement: SWAP });
    expect(res).toEqual({ ok: true, method: 'execCommand', start: 0, end: SWAP.length });
    expect(exec).toHaveBeenCalledWith('insertText', false, SWAP);
    expect(map().text).toBe(`${SWAP} Thanks.\n`);
    expect(inputs).toHaveLength(1);
  });

  it('falls back to a direct edit when the browser refuses or throws, and then signals the input itself', () => {
    for (const refuse of [() => false, () => { throw new Error('not allowed'); }]) {
      const { map, inputs } = setup(`<div>${WHY}</div>`);
      browserExec(refuse);
      const res = replaceSpan({ map, start: 0, end: WHY.length, expected: WHY, replacement: SWAP });
      expect(res).toMatchObject({ ok: true, method: 'fallback' });
      expect(map().text).toBe(`${SWAP}\n`);
      expect(inputs.map((e) => e.inputType)).toEqual(['insertReplacementText']);
    }
  });

  it('never writes twice: an edit that went only part of the way fails and is left for the user to see', () => {
    const { map } = setup(`<div>${WHY}</div>`);
    browserExec((range) => { range.deleteContents(); return true; }); // deleted, but wrote nothing
    const res = replaceSpan({ map, start: 0, end: WHY.length, expected: WHY, replacement: SWAP });
    expect(res).toEqual({ ok: false, reason: 'failed' });
    expect(map().text.trim()).toBe(''); // the browser's own (undoable) deletion, not a second write
  });

  it('inserts at a caret by the same path, with an insertText input event when it had to fall back', () => {
    const { body, map, inputs } = setup('<div>Hi Dana,</div><div><br></div>');
    const caret = document.createRange();
    caret.setStart(body.lastElementChild!, 0); // an empty line has no text to point at
    const res = insertText({ map, at: caret, text: 'It sounds like timing is the worry.' });
    expect(res).toMatchObject({ ok: true, method: 'fallback', start: 'Hi Dana,\n'.length });
    expect(map().text).toBe('Hi Dana,\nIt sounds like timing is the worry.\n');
    expect(inputs.map((e) => e.inputType)).toEqual(['insertText']);
    // The caret follows the inserted words, as typing would leave it.
    const sel = document.getSelection()!;
    expect(map().offsetOf(sel.focusNode!, sel.focusOffset)).toBe(res.ok ? res.end : -1);
  });

  it('an empty replacement deletes the range (undoing an insert) through the delete command', () => {
    const { map } = setup('<div>Hi Dana, thanks.</div>');
    const exec = browserExec(realEdit);
    const res = replaceSpan({ map, start: 8, end: 16, expected: ' thanks.', replacement: '' });
    expect(res).toMatchObject({ ok: true, method: 'execCommand' });
    expect(exec).toHaveBeenCalledWith('delete', false);
    expect(map().text).toBe('Hi Dana,\n');
  });

  it('reports no-range and writes nothing when the range cannot be found', () => {
    const { body, map, inputs } = setup(`<div>${WHY}</div>`);
    const before = body.innerHTML;
    const res = editThroughBrowser({ map, before: map(), range: () => null, text: SWAP, landed: () => 0 });
    expect(res).toEqual({ ok: false, reason: 'no-range' });
    expect(body.innerHTML).toBe(before);
    expect(inputs).toHaveLength(0);
  });
});
