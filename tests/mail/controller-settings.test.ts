// @vitest-environment happy-dom
// The controller's settings plumbing: ignore-once per draft, highlights on/off, live configure,
// and a draft in another language.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createController, ignoreKey, type Controller } from '../../lib/mail/controller';
import type { Highlighter, HighlightItem } from '../../lib/mail/highlight';
import { gmail } from '../../lib/mail/gmail';
import { ENGINE } from './bundled-engine';

const WHY = "Why can't you deliver by Friday?";
const EGO = 'Take it or leave it.';
function page(inner: string) {
  document.body.innerHTML = `<div class="M9"><form><input type="hidden" name="draft" value="#d1"></form>` +
    `<div id="a" g_editable="true" role="textbox" aria-multiline="true" contenteditable="true">${inner}</div></div>`;
  return document.getElementById('a')!;
}
function fakeHighlighter() {
  const owners = new Map<object, HighlightItem[]>();
  const h: Highlighter & { count(): number } = {
    mode: 'overlay', set: (o, items) => { owners.set(o, items); }, refresh() {}, clear: (o) => { owners.delete(o); }, dispose() {},
    count: () => [...owners.values()].reduce((n, l) => n + l.length, 0),
  };
  return h;
}
let c: Controller | undefined;
afterEach(() => { c?.dispose(); c = undefined; });

async function start(inner: string, opts: Partial<Parameters<typeof createController>[0]> = {}) {
  const body = page(inner);
  const highlighter = fakeHighlighter();
  c = createController({ adapter: gmail, doc: document, engine: ENGINE, debounce: 5, highlighter, ...opts });
  body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  await vi.waitFor(() => expect(c!.getState().active?.pending).toBe(false));
  return { body, highlighter };
}

describe('controller settings', () => {
  it('ignore once: the finding goes for this draft (and its highlight), other findings stay, and the memory outlives a restart', async () => {
    const ignored = new Map<string, Set<string>>();
    const { highlighter } = await start(`<div>${WHY} ${EGO}</div>`, { ignored });
    const why = c!.getState().active!.findings.find((f) => f.category === 'why')!;
    expect(highlighter.count()).toBe(2);
    c!.ignoreOnce(why);
    expect(c!.getState().active!.findings.map((f) => f.category)).toEqual(['ego']);
    expect(highlighter.count()).toBe(1);
    expect(ignored.get('gmail:#d1')).toEqual(new Set([ignoreKey(why)]));
    c!.dispose();
    await start(`<div>${WHY} ${EGO}</div>`, { ignored });
    expect(c!.getState().active!.findings.map((f) => f.category)).toEqual(['ego']);
  });

  it('highlights can be switched off and on without touching the findings', async () => {
    const { highlighter } = await start(`<div>${WHY}</div>`, { highlights: false });
    expect(c!.getState().active!.findings).toHaveLength(1);
    expect(highlighter.count()).toBe(0);
    c!.setHighlights(true);
    expect(highlighter.count()).toBe(1);
    c!.setHighlights(false);
    expect(highlighter.count()).toBe(0);
  });

  it('configure applies categories at once to the open draft', async () => {
    await start(`<div>${WHY} ${EGO}</div>`);
    c!.configure({ categories: ['ego', 'defensive', 'withdrawal', 'strength'] });
    expect(c!.getState().active!.findings.map((f) => f.category)).toEqual(['ego']);
  });

  it('a draft in another language gets no flags and says why', async () => {
    await start('<div>Hallo Dana, wir können die Lieferung leider nicht bis Freitag garantieren. Warum nicht? Bitte gib mir Bescheid.</div>');
    const a = c!.getState().active!;
    expect(a.language).toBe('other');
    expect(a.findings).toEqual([]);
  });
});
