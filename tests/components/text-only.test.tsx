// @vitest-environment happy-dom
// Text from emails is only ever text: a finding, a suggestion or a draft that looks like HTML is
// shown as characters, never parsed. Gmail enforces Trusted Types, so the extension must never hand
// a string to an HTML sink at all: the sinks are watched while the sidebar renders and the
// controller analyses, and the source is checked for them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../lib/coach/types';
import { Sidebar } from '../../components/Sidebar';
import { createController, type Controller } from '../../lib/mail/controller';
import { createHighlighter } from '../../lib/mail/highlight';
import { gmail } from '../../lib/mail/gmail';
import { ENGINE } from '../mail/bundled-engine';

const IMG = '<img src=x onerror="window.__balconyXss=1">';
const SCRIPT = '<script>window.__balconyXss=2</script>';

/** Records every write to an HTML sink (innerHTML, outerHTML, insertAdjacentHTML, document.write, …). */
function watchHtmlSinks(): { writes: string[]; restore(): void } {
  const writes: string[] = [];
  const undo: Array<() => void> = [];
  const wrapSetter = (proto: object, prop: string) => {
    let owner: object | null = proto;
    while (owner && !Object.getOwnPropertyDescriptor(owner, prop)) owner = Object.getPrototypeOf(owner);
    const d = owner && Object.getOwnPropertyDescriptor(owner, prop);
    if (!owner || !d?.set) return;
    const set = d.set;
    Object.defineProperty(owner, prop, { ...d, set(this: unknown, v: unknown) { writes.push(`${prop}=${String(v)}`); set.call(this, v); } });
    undo.push(() => Object.defineProperty(owner!, prop, d));
  };
  const wrapMethod = (proto: object, prop: string) => {
    const f = (proto as Record<string, unknown>)[prop];
    if (typeof f !== 'function') return;
    (proto as Record<string, unknown>)[prop] = function (this: unknown, ...args: unknown[]) {
      writes.push(`${prop}(${args.map(String).join(', ')})`);
      return (f as (...a: unknown[]) => unknown).apply(this, args);
    };
    undo.push(() => { (proto as Record<string, unknown>)[prop] = f; });
  };
  wrapSetter(Element.prototype, 'innerHTML');
  wrapSetter(Element.prototype, 'outerHTML');
  if (typeof ShadowRoot !== 'undefined') wrapSetter(ShadowRoot.prototype, 'innerHTML');
  wrapMethod(Element.prototype, 'insertAdjacentHTML');
  wrapMethod(Element.prototype, 'setHTMLUnsafe');
  wrapMethod(Document.prototype, 'write');
  wrapMethod(Document.prototype, 'writeln');
  wrapMethod(Range.prototype, 'createContextualFragment');
  if (typeof DOMParser !== 'undefined') wrapMethod(DOMParser.prototype, 'parseFromString');
  return { writes, restore: () => { for (const u of undo.reverse()) u(); } };
}

const technique = { id: 'calibrated', name: `Calibrated ${IMG}`, explanation: `Ask how ${SCRIPT}`, source: 'Voss' };
const HOSTILE: Finding = {
  category: 'why', rule: 'why.direct-question', group: 'why.direct-question', start: 0, end: 60,
  text: `Why can't you ${IMG} deliver?`,
  message: `A why question ${SCRIPT}`,
  technique,
  suggestions: [`What would it take to ${IMG} deliver?`, `${SCRIPT}`],
};

let sinks: ReturnType<typeof watchHtmlSinks>;
beforeEach(() => { sinks = watchHtmlSinks(); });
afterEach(() => {
  sinks.restore();
  cleanup();
  delete (window as { __balconyXss?: number }).__balconyXss;
});

const noop = () => {};

describe('email text is rendered as text', () => {
  it('(the sink watcher sees writes)', () => {
    document.createElement('div').innerHTML = '<b>x</b>';
    document.createElement('div').insertAdjacentHTML('beforeend', '<i>y</i>');
    expect(sinks.writes).toHaveLength(2);
    sinks.writes.length = 0;
  });

  it('the sidebar shows HTML-like findings and suggestions as characters', async () => {
    const { container } = render(<Sidebar findings={[HOSTILE]} onSwap={noop} onUndo={noop} onCollapse={noop} />);
    const card = screen.getByTestId('finding');
    expect(within(card).getByTestId('finding-text').textContent).toBe(HOSTILE.text);
    expect(within(card).getByTestId('finding-message').textContent).toBe(HOSTILE.message);
    expect(within(card).getAllByTestId('swap').map((b) => b.querySelector('.bc-swap-text')!.textContent)).toEqual(HOSTILE.suggestions);
    within(card).getByTestId('technique-toggle').click();
    await vi.waitFor(() => expect(within(card).getByTestId('technique').textContent).toContain(SCRIPT));
    expect(container.querySelectorAll('img, script, svg image, iframe, object, embed')).toHaveLength(0);
    expect((window as { __balconyXss?: number }).__balconyXss).toBeUndefined();
    expect(sinks.writes).toEqual([]);
  });

  it('a draft whose text looks like HTML is analysed and highlighted without parsing it', async () => {
    document.body.replaceChildren();
    const root = document.createElement('div');
    root.className = 'M9';
    const form = document.createElement('form');
    const input = document.createElement('input');
    Object.assign(input, { type: 'hidden', name: 'draft', value: '#d1' });
    form.append(input);
    const body = document.createElement('div');
    body.id = 'a';
    for (const [k, v] of Object.entries({ g_editable: 'true', role: 'textbox', 'aria-multiline': 'true', contenteditable: 'true' })) body.setAttribute(k, v);
    for (const text of [`Why can't you deliver ${IMG} by Friday?`, SCRIPT, 'Take it or leave it.']) {
      const line = document.createElement('div');
      line.textContent = text;
      body.append(line);
    }
    root.append(form, body);
    document.body.append(root);
    const before = body.innerHTML;
    sinks.writes.length = 0;

    let c: Controller | undefined;
    try {
      c = createController({ adapter: gmail, doc: document, engine: ENGINE, debounce: 5, highlighter: createHighlighter(document, { forceOverlay: true }) });
      body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      await vi.waitFor(() => expect(c!.getState().active?.findings.length).toBeGreaterThan(1));
      const state = c.getState().active!;
      expect(state.text).toContain(IMG);
      expect(state.findings.map((f) => f.category)).toEqual(expect.arrayContaining(['why', 'ego']));
      const why = state.findings.find((f) => f.category === 'why')!;
      expect(why.text).toContain(IMG);
      render(<Sidebar findings={state.findings} onSwap={noop} onUndo={noop} onCollapse={noop} />);
      const card = screen.getAllByTestId('finding').find((el) => el.getAttribute('data-category') === 'why')!;
      expect(within(card).getByTestId('finding-text').textContent).toBe(why.text);
      expect(within(card).getAllByTestId('swap')[0]!.querySelector('.bc-swap-text')!.textContent).toBe(why.suggestions[0]);
      expect(document.querySelectorAll('img, script')).toHaveLength(0);
      expect(body.innerHTML).toBe(before);
      expect((window as { __balconyXss?: number }).__balconyXss).toBeUndefined();
      expect(sinks.writes).toEqual([]);
    } finally {
      c?.dispose();
    }
  });
});

describe('no HTML sinks in the extension source (Trusted Types)', () => {
  const SINKS = /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|setHTMLUnsafe|document\.write|createContextualFragment|new\s+DOMParser|\.srcdoc\s*=/;
  const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx|js|mjs)$/.test(n) ? [p] : [];
  });

  it('lib/, components/ and entrypoints/ never write HTML strings', () => {
    const found: string[] = [];
    for (const file of ['lib', 'components', 'entrypoints'].flatMap(files)) {
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (SINKS.test(line) && !/^\s*(\/\/|\*)/.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});
