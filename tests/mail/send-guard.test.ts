// @vitest-environment happy-dom
// The send guard never loses a send: it holds one only when the prompt shows, lets a second press
// through, presses the site's Send once for "Send anyway", fails open on its own errors, and holds
// nothing once disposed.
import { afterEach, describe, expect, it } from 'vitest';
import { createSendGuard, type SendGuardOptions } from '../../lib/mail/send-guard';

function page() {
  document.body.innerHTML = `<div class="compose"><div id="body" contenteditable="true">Take it or leave it.</div>
    <div id="send" role="button" class="send">Send</div><div id="more" role="button" class="more">More send options</div></div>`;
  const sent: string[] = [];
  const send = document.getElementById('send')!;
  // A site whose Send acts on click, as React's do.
  send.addEventListener('click', () => sent.push('click'));
  document.addEventListener('keydown', (e) => { if (e.key === 'Enter' && e.ctrlKey) sent.push('ctrl+enter'); });
  return { body: document.getElementById('body')!, send, sent };
}

let guards: Array<{ dispose(): void }> = [];
afterEach(() => { for (const g of guards) g.dispose(); guards = []; });

function guard(over: Partial<SendGuardOptions> = {}) {
  const p = page();
  const shown: HTMLElement[] = [];
  const g = createSendGuard({
    win: window,
    sendSelectors: ['.send'],
    bodies: () => [p.body],
    shouldPause: () => true,
    onPause: (b) => { shown.push(b); return true; },
    ...over,
  });
  guards.push(g);
  return { ...p, g, shown };
}

const press = (el: HTMLElement) => { for (const t of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) el.dispatchEvent(new MouseEvent(t, { bubbles: true, cancelable: true })); };

describe('send guard', () => {
  it('holds a press of Send while the prompt shows, and "Send anyway" presses it once', () => {
    const { g, send, sent, shown, body } = guard();
    press(send);
    expect(sent).toEqual([]);
    expect(shown).toEqual([body]);
    expect(g.held()).toBe(body);
    expect(g.sendAnyway()).toBe(true);
    expect(sent).toEqual(['click']);
    expect(g.held()).toBeNull();
  });

  it('a second press with the prompt up sends, once', () => {
    const { g, send, sent } = guard();
    press(send);
    press(send);
    expect(sent).toEqual(['click']);
    expect(g.held()).toBeNull();
  });

  it('Ctrl+Enter in the draft is held the same way', () => {
    const { g, sent, body } = guard();
    body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(sent).toEqual([]);
    expect(g.held()).toBe(body);
    g.sendAnyway();
    expect(sent).toEqual(['click']);
  });

  it('lets the send go when the draft is calm, when the prompt cannot show, or when its own code fails', () => {
    const calm = guard({ shouldPause: () => false });
    press(calm.send);
    expect(calm.sent).toEqual(['click']);
    calm.g.dispose();
    const hidden = guard({ onPause: () => false });
    press(hidden.send);
    expect(hidden.sent).toEqual(['click']);
    hidden.g.dispose();
    const broken = guard({ shouldPause: () => { throw new Error('boom'); } });
    press(broken.send);
    expect(broken.sent).toEqual(['click']);
  });

  it('"Take a minute" drops the held send; disposed, it holds nothing', () => {
    const { g, send, sent } = guard();
    press(send);
    g.release();
    expect(sent).toEqual([]);
    g.dispose();
    press(send);
    expect(sent).toEqual(['click']);
  });

  it('leaves the other buttons of the send row alone', () => {
    const { sent, shown } = guard();
    press(document.getElementById('more')!);
    expect(shown).toEqual([]);
    expect(sent).toEqual([]);
  });
});
