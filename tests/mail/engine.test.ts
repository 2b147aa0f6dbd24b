// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as api from '../../lib/coach/engine';
import { createController, type Controller } from '../../lib/mail/controller';
import { engineService, engineSource, type Engine } from '../../lib/mail/engine';
import { createHighlighter } from '../../lib/mail/highlight';
import { gmail } from '../../lib/mail/gmail';

describe('engineSource', () => {
  it('has no engine until loaded, loads it once for every caller, then has it', async () => {
    const loader = vi.fn(async () => api as Engine);
    const source = engineSource(loader);
    expect(source.now()).toBeNull();
    const [a, b] = await Promise.all([source.load(), source.load()]);
    expect(a).toBe(api);
    expect(b).toBe(api);
    expect(source.now()).toBe(api);
    await source.load();
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load', async () => {
    const loader = vi.fn().mockRejectedValueOnce(new Error('no engine.js')).mockResolvedValueOnce(api);
    const source = engineSource(loader);
    await expect(source.load()).rejects.toThrow('no engine.js');
    expect(source.now()).toBeNull();
    expect(await source.load()).toBe(api);
    expect(loader).toHaveBeenCalledTimes(2);
  });
});

let c: Controller | undefined;
afterEach(() => { c?.dispose(); c = undefined; });

describe('a controller given an engine that is not loaded yet (as in the content script)', () => {
  it('loads it when a draft opens and then analyses the draft', async () => {
    document.body.innerHTML = `<div class="M9"><form><input type="hidden" name="draft" value="#d1"></form>` +
      `<div id="a" g_editable="true" role="textbox" aria-multiline="true" contenteditable="true"><div>Why can't you deliver by Friday?</div></div></div>`;
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const loader = vi.fn(async () => { await gate; return api as Engine; });
    c = createController({ adapter: gmail, doc: document, engine: engineService(engineSource(loader), (fn) => setTimeout(fn, 0)), debounce: 5, highlighter: createHighlighter(document, { forceOverlay: true }) });
    document.getElementById('a')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.waitFor(() => expect(loader).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 30));
    expect(c.getState().active?.findings ?? []).toEqual([]);
    release();
    await vi.waitFor(() => expect(c!.getState().active?.findings.map((f) => f.category)).toEqual(['why']));
    expect(c.engine.ready()).toBe(true);
    expect(loader).toHaveBeenCalledTimes(1);
  });
});
