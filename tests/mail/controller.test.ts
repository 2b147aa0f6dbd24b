// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createController, type Controller } from '../../lib/mail/controller';
import { createHighlighter } from '../../lib/mail/highlight';
import { gmail } from '../../lib/mail/gmail';
import { ENGINE } from './bundled-engine';

const WHY = "Why can't you deliver by Friday?";
function page(inner: string) {
  document.body.innerHTML = `<div class="M9"><form><input type="hidden" name="draft" value="#d1"></form>` +
    `<div id="a" g_editable="true" role="textbox" aria-multiline="true" contenteditable="true">${inner}</div></div>`;
  return document.getElementById('a')!;
}
let c: Controller | undefined;
afterEach(() => { c?.dispose(); c = undefined; });

describe('controller', () => {
  it('analyses the draft without its quote, debounced, and reports findings for the focused draft', async () => {
    const body = page(`<div>${WHY}</div><div class="gmail_quote">Take it or leave it.</div>`);
    c = createController({ adapter: gmail, doc: document, engine: ENGINE, debounce: 5, highlighter: createHighlighter(document, { forceOverlay: true }) });
    body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.waitFor(() => expect(c!.getState().active?.findings.length).toBeGreaterThan(0));
    const s = c.getState().active!;
    expect(s.key).toBe('gmail:#d1');
    expect(s.findings.map((f) => f.category)).toEqual(['why']);
    expect(s.text).not.toContain('Take it');
  });

  it('never writes to the draft while analysing', async () => {
    const body = page(`<div>${WHY}</div><div>Take it or leave it.</div>`);
    const before = body.innerHTML;
    c = createController({ adapter: gmail, doc: document, engine: ENGINE, debounce: 5, highlighter: createHighlighter(document, { forceOverlay: true }) });
    body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.waitFor(() => expect(c!.getState().active?.findings.length).toBeGreaterThan(0));
    body.dispatchEvent(new Event('input', { bubbles: true }));
    c.analyzeNow();
    expect(body.innerHTML).toBe(before);
  });

  it('a stale swap writes nothing, re-analyses and says so', async () => {
    const body = page(`<div>Hi,</div><div>${WHY}</div>`);
    c = createController({ adapter: gmail, doc: document, engine: ENGINE, debounce: 5, highlighter: createHighlighter(document, { forceOverlay: true }) });
    body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.waitFor(() => expect(c!.getState().active?.findings.length).toBe(1));
    const f = c.getState().active!.findings[0]!;
    expect(f.start).toBe(4);
    (body.querySelector('div')!.firstChild as Text).data = 'Hi Dana,';
    const res = c.swap(f, f.suggestions[0]!);
    expect(res).toEqual({ ok: false, reason: 'stale' });
    expect(body.textContent).toBe(`Hi Dana,${WHY}`);
    const after = c.getState().active!;
    expect(after.notice).toBe('stale'); // a code: the sidebar words it (tests/components/CoachApp.test.tsx)
    expect(after.findings[0]!.start).toBe(9);
    // The refreshed finding swaps cleanly; the sidebar's undo puts it back.
    const g = after.findings[0]!;
    expect(c.swap(g, g.suggestions[0]!).ok).toBe(true);
    expect(body.textContent).toBe(`Hi Dana,${g.suggestions[0]}`);
    expect(c.getState().active!.undoable).toBe(1);
    expect(c.undoLast().ok).toBe(true);
    expect(body.textContent).toBe(`Hi Dana,${WHY}`);
  });

  it('refuses to swap or undo while composing, says why, and keeps the swap to undo afterwards', async () => {
    const body = page(`<div>${WHY}</div>`);
    c = createController({ adapter: gmail, doc: document, engine: ENGINE, debounce: 5, highlighter: createHighlighter(document, { forceOverlay: true }) });
    body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.waitFor(() => expect(c!.getState().active?.findings.length).toBe(1));
    const f = c.getState().active!.findings[0]!;
    body.dispatchEvent(new Event('compositionstart'));
    expect(c.swap(f, f.suggestions[0]!)).toEqual({ ok: false, reason: 'composing' });
    expect(body.textContent).toBe(WHY);
    expect(c.getState().active!.notice).toBe('composing-swap');
    body.dispatchEvent(new Event('compositionend'));
    expect(c.swap(f, f.suggestions[0]!).ok).toBe(true);
    body.dispatchEvent(new Event('compositionstart'));
    expect(c.undoLast()).toEqual({ ok: false, reason: 'composing' });
    expect(c.getState().active).toMatchObject({ notice: 'composing-undo', undoable: 1 });
    expect(body.textContent).toBe(f.suggestions[0]);
    body.dispatchEvent(new Event('compositionend'));
    expect(c.undoLast().ok).toBe(true);
    expect(body.textContent).toBe(WHY);
    expect(c.getState().active).toMatchObject({ notice: null, undoable: 0 });
  });
});

describe('highlighter', () => {
  it('uses CSS.highlights with one Highlight per category when available, and cleans up', () => {
    const registry = new Map<string, Set<Range>>();
    const win = document.defaultView!;
    const saved = { css: Object.getOwnPropertyDescriptor(win, 'CSS'), hl: Object.getOwnPropertyDescriptor(win, 'Highlight') };
    Object.defineProperty(win, 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
    Object.defineProperty(win, 'Highlight', { value: class extends Set<Range> {}, configurable: true, writable: true });
    try {
      const h = createHighlighter(document);
      expect(h.mode).toBe('css');
      document.body.innerHTML = '<p>Why not?</p>';
      const text = document.querySelector('p')!.firstChild!;
      const at = { startContainer: text, startOffset: 0, endContainer: text, endOffset: 8 };
      const owner = {};
      h.set(owner, [{ at, category: 'why' }]);
      expect(registry.get('balcony-why')!.size).toBe(1);
      const mark = [...registry.get('balcony-why')!][0]!;
      expect(mark.toString()).toBe('Why not?');
      // The same place again keeps the same mark (no repaint); a new place replaces it.
      h.set(owner, [{ at: { ...at }, category: 'why' }]);
      expect([...registry.get('balcony-why')!][0]).toBe(mark);
      h.set(owner, [{ at: { ...at, startOffset: 4 }, category: 'why' }]);
      expect([...registry.get('balcony-why')!][0]!.toString()).toBe('not?');
      // Another draft's marks come and go while this one's text changed under its mark: the mark
      // followed the edit (a live range), and nothing is rebuilt from the old offsets.
      (text as Text).data = 'not?';
      const other = {};
      expect(() => h.set(other, [{ at: { startContainer: text, startOffset: 0, endContainer: text, endOffset: 3 }, category: 'why' }])).not.toThrow();
      expect(registry.get('balcony-why')!.size).toBe(2);
      // A place the text no longer has is left out, not thrown into the page.
      expect(() => h.set(other, [{ at: { startContainer: text, startOffset: 0, endContainer: text, endOffset: 40 }, category: 'why' }])).not.toThrow();
      expect(registry.get('balcony-why')!.size).toBe(1);
      expect(document.querySelector('style[data-balcony]')!.textContent).toContain('::highlight(balcony-why)');
      h.clear(owner);
      expect(registry.get('balcony-why')!.size).toBe(0);
      h.dispose();
      expect(registry.size).toBe(0);
      expect(document.querySelector('style[data-balcony]')).toBe(null);
    } finally {
      if (saved.css) Object.defineProperty(win, 'CSS', saved.css); else delete (win as unknown as Record<string, unknown>).CSS;
      if (saved.hl) Object.defineProperty(win, 'Highlight', saved.hl); else delete (win as unknown as Record<string, unknown>).Highlight;
    }
  });

  it('falls back to a click-through overlay outside the editor', () => {
    const h = createHighlighter(document, { forceOverlay: true });
    expect(h.mode).toBe('overlay');
    const layer = document.querySelector('balcony-highlights:last-of-type') as HTMLElement;
    expect(layer.style.pointerEvents).toBe('none');
    h.dispose();
    expect(layer.isConnected).toBe(false);
  });
});
