// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDraftTracker, type DraftTracker } from '../../lib/mail/drafts';
import { gmail } from '../../lib/mail/gmail';

const mole = (id: string, draft: string) =>
  `<div class="M9" id="m-${id}"><form><input type="hidden" name="draft" value="${draft}"></form>` +
  `<div id="${id}" g_editable="true" role="textbox" aria-multiline="true" contenteditable="true"><br></div></div>`;

let tracker: DraftTracker | undefined;
afterEach(() => { tracker?.dispose(); tracker = undefined; document.body.innerHTML = ''; });

describe('draft tracker', () => {
  it('registers bodies on start, on DOM changes (coalesced) and drops disconnected ones', async () => {
    document.body.innerHTML = mole('a', '#msg-a:r-1');
    const added: string[] = [];
    const removed: string[] = [];
    tracker = createDraftTracker({ adapter: gmail, doc: document, rescanDelay: 10, onAdd: (d) => added.push(d.key), onRemove: (d) => removed.push(d.key) });
    expect(added).toEqual(['gmail:#msg-a:r-1']);
    document.body.insertAdjacentHTML('beforeend', mole('b', '#msg-a:r-2'));
    await vi.waitFor(() => expect(added).toEqual(['gmail:#msg-a:r-1', 'gmail:#msg-a:r-2']));
    document.getElementById('m-a')!.remove();
    await vi.waitFor(() => expect(removed).toEqual(['gmail:#msg-a:r-1']));
    expect(tracker.drafts().map((d) => d.key)).toEqual(['gmail:#msg-a:r-2']);
    expect(tracker.get(document.getElementById('b')!)?.key).toBe('gmail:#msg-a:r-2');
  });

  it('registers a body the moment it is focused, and tracks the focused draft', () => {
    tracker = createDraftTracker({ adapter: gmail, doc: document, rescanDelay: 10_000 });
    document.body.innerHTML = mole('a', '#msg-a:r-9');
    const body = document.getElementById('a')!;
    body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(tracker.focused()?.key).toBe('gmail:#msg-a:r-9');
  });

  it('bumps the version on input and tracks IME composition', () => {
    document.body.innerHTML = mole('a', '#msg-a:r-3');
    const changes = vi.fn();
    const ends = vi.fn();
    tracker = createDraftTracker({ adapter: gmail, doc: document, onChange: changes, onCompositionEnd: ends });
    const body = document.getElementById('a')!;
    const d = tracker.get(body)!;
    body.dispatchEvent(new Event('input', { bubbles: true }));
    expect(d.version).toBe(1);
    body.dispatchEvent(new Event('compositionstart'));
    expect(d.composing).toBe(true);
    body.dispatchEvent(new Event('compositionend'));
    expect(d.composing).toBe(false);
    expect(ends).toHaveBeenCalledOnce();
  });

  it('stops observing when disposed', async () => {
    const added = vi.fn();
    tracker = createDraftTracker({ adapter: gmail, doc: document, rescanDelay: 5, onAdd: added });
    tracker.dispose();
    document.body.innerHTML = mole('a', '#msg-a:r-4');
    await new Promise((r) => setTimeout(r, 30));
    expect(added).not.toHaveBeenCalled();
  });
});
