// @vitest-environment happy-dom
// happy-dom has no document.execCommand, so these tests exercise the verified fallback path and
// the checks around it; the native path (and Ctrl+Z) is tested in real Chromium (tests/e2e).
import { describe, expect, it, vi } from 'vitest';
import { buildTextMap } from '../../lib/mail/text-map';
import { locateSwap, recordSwap, replaceSpan, SwapHistory, undoSwap } from '../../lib/mail/replace';

function setup(html: string) {
  document.body.innerHTML = `<div id="b" contenteditable="true">${html}</div>`;
  const body = document.getElementById('b')!;
  return { body, map: () => buildTextMap(body, { exclude: ['.gmail_quote'] }) };
}
const WHY = "Why can't you deliver by Friday?";
const SWAP = 'What would it take to deliver by Friday?';

describe('replaceSpan', () => {
  it('replaces exactly the span, fires an input event, and leaves the quote alone', () => {
    const { body, map } = setup(`<div>Hi,</div><div>${WHY} Thanks.</div><div class="gmail_quote">${WHY}</div>`);
    const input = vi.fn();
    body.addEventListener('input', input);
    const start = map().text.indexOf(WHY);
    const res = replaceSpan({ map, start, end: start + WHY.length, expected: WHY, replacement: SWAP });
    expect(res.ok).toBe(true);
    expect(map().text).toBe(`Hi,\n${SWAP} Thanks.\n`);
    expect(body.querySelector('.gmail_quote')!.textContent).toBe(WHY);
    expect(input).toHaveBeenCalledTimes(1);
    expect((input.mock.calls[0]![0] as InputEvent).inputType).toBe('insertReplacementText');
  });

  it('writes nothing when the text at the span is no longer what was analysed', () => {
    const { body, map } = setup(`<div>Honestly, ${WHY}</div>`);
    const before = body.innerHTML;
    const res = replaceSpan({ map, start: 0, end: WHY.length, expected: WHY, replacement: SWAP });
    expect(res).toEqual({ ok: false, reason: 'stale' });
    expect(body.innerHTML).toBe(before);
  });

  it('writes nothing during an IME composition', () => {
    const { body, map } = setup(`<div>${WHY}</div>`);
    const before = body.innerHTML;
    expect(replaceSpan({ map, start: 0, end: WHY.length, expected: WHY, replacement: SWAP, composing: true })).toEqual({ ok: false, reason: 'composing' });
    expect(body.innerHTML).toBe(before);
  });

  it('keeps the caret where the user had it, shifted by the edit', () => {
    const { body, map } = setup(`<div>${WHY} Thanks.</div>`);
    const text = body.firstChild!.firstChild as Text;
    const sel = document.getSelection()!;
    sel.collapse(text, text.data.length); // caret at the end
    replaceSpan({ map, start: 0, end: WHY.length, expected: WHY, replacement: SWAP });
    const m = map();
    expect(m.offsetOf(sel.focusNode!, sel.focusOffset)).toBe(m.text.trimEnd().length);
  });
});

describe('extension-level undo', () => {
  it('records, finds the swapped words again (even if text moved) and puts the original back', () => {
    const { body, map } = setup(`<div>Hi,</div><div>${WHY}</div>`);
    const start = map().text.indexOf(WHY);
    const rec = recordSwap('d1', map().text, start, start + WHY.length, SWAP);
    replaceSpan({ map, start, end: start + WHY.length, expected: WHY, replacement: SWAP });
    // The user types above the swap: the offsets move, the context finds it.
    (body.firstChild!.firstChild as Text).data = 'Hi there,';
    expect(locateSwap(map().text, rec)).toBe(map().text.indexOf(SWAP));
    expect(undoSwap(rec, map).ok).toBe(true);
    expect(map().text).toBe(`Hi there,\n${WHY}\n`);
  });

  it('does nothing when the swapped words were edited since', () => {
    const { map } = setup(`<div>${WHY}</div>`);
    const rec = recordSwap('d1', map().text, 0, WHY.length, SWAP);
    replaceSpan({ map, start: 0, end: WHY.length, expected: WHY, replacement: SWAP });
    const t = document.querySelector('#b div')!;
    t.textContent = 'Something else entirely.';
    expect(undoSwap(rec, map)).toEqual({ ok: false, reason: 'stale' });
    expect(map().text).toBe('Something else entirely.\n');
  });

  it('keeps a bounded stack per draft', () => {
    const h = new SwapHistory(2);
    for (const n of [1, 2, 3]) h.push({ draftKey: 'a', start: n, before: '', after: '', contextBefore: '', contextAfter: '', ts: n });
    expect(h.size('a')).toBe(2);
    expect(h.pop('a')!.start).toBe(3);
    expect(h.peek('b')).toBeUndefined();
  });
});
