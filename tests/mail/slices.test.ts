// @vitest-environment happy-dom
// Long drafts: analysis in slices that yield to the page, a cap on what is analysed, and the
// state the sidebar shows meanwhile (progress, then what was left unchecked).
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { analyze, createCoach, type Finding } from '../../lib/coach';
import { analyzeInSlices, boundaryAfter, capAt, changedChars, MAX_ANALYSED_CHARS } from '../../lib/mail/slices';
import { createController, type Controller } from '../../lib/mail/controller';
import { createHighlighter } from '../../lib/mail/highlight';
import { gmail } from '../../lib/mail/gmail';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '?', '\n', '😀', 'É', '"'), maxLength: 300 });

describe('slice boundaries', () => {
  it('boundaryAfter stays inside the text, moves forward and never splits a surrogate pair', () => {
    fc.assert(fc.property(text, fc.nat(), (t, n) => {
      const at = n % (t.length + 1);
      const b = boundaryAfter(t, at);
      expect(b).toBeGreaterThanOrEqual(at);
      expect(b).toBeLessThanOrEqual(t.length);
      if (b > 0 && b < t.length) expect(isHigh(t.charCodeAt(b - 1))).toBe(false);
    }));
  });

  it('capAt keeps a text under the cap whole and cuts a longer one at a line or sentence end', () => {
    expect(capAt('short', 100)).toBe(5);
    const long = `${'One line here.\n'.repeat(20)}`;
    const c = capAt(long, 100);
    expect(c).toBeLessThanOrEqual(100);
    expect(long[c - 1]).toBe('\n');
    fc.assert(fc.property(text, fc.integer({ min: 5, max: 200 }), (t, max) => {
      const cut = capAt(t, max);
      expect(cut).toBeLessThanOrEqual(Math.max(max, 0));
      if (cut > 0 && cut < t.length) expect(isHigh(t.charCodeAt(cut - 1))).toBe(false);
    }));
  });

  it('changedChars finds the edited region', () => {
    expect(changedChars('Hello there.', 'Hello where.')).toEqual({ from: 6, count: 1 });
    expect(changedChars('', 'abc')).toEqual({ from: 0, count: 3 });
    expect(changedChars('abc', 'abc')).toEqual({ from: 3, count: 0 });
    expect(changedChars('aaaa', 'aaaaaa')).toEqual({ from: 4, count: 2 });
  });
});

function longDraft(sentences: number): string {
  const lines: string[] = ['Hi Dana,'];
  for (let i = 0; i < sentences; i++) {
    lines.push(i % 40 === 7 ? `Why can't you deliver batch ${i} by Friday?` : `The boxes of pump parts for order ${i} left the depot.`);
  }
  return lines.join('\n');
}

describe('analyzeInSlices', () => {
  it('ends with exactly the whole-text analysis, in several slices, each prefix ending at a boundary', () => {
    const t = longDraft(250);
    const coach = createCoach();
    let clock = 0;
    const prefixes: number[] = [];
    const partial: number[] = [];
    let result: Finding[] | null = null;
    const queue: Array<() => void> = [];
    analyzeInSlices({
      text: t,
      cachedUpTo: 0,
      // A fake clock: every analysed character costs 0.01 ms.
      analyze: (p) => { clock += (p.length - (prefixes.at(-1) ?? 0)) * 0.01; prefixes.push(p.length); return coach.analyze(p, { ownTextOnly: false }); },
      now: () => clock,
      later: (fn) => queue.push(fn),
      live: () => true,
      onPartial: (_, done) => partial.push(done),
      onDone: (f) => { result = f; },
      budget: 10,
    });
    while (queue.length) queue.shift()!();
    expect(result).toEqual(analyze(t, {}, { ownTextOnly: false }));
    expect(partial.length).toBeGreaterThan(3);
    expect(partial).toEqual([...partial].sort((a, b) => a - b));
    for (const p of prefixes.slice(0, -1)) expect(t[p - 1]).toBe('\n');
    expect(prefixes.at(-1)).toBe(t.length);
  });

  it('a short text finishes before it returns; a stale run stops', () => {
    let done = false;
    analyzeInSlices({ text: 'Take it or leave it.', cachedUpTo: 0, analyze: (p) => analyze(p), now: () => performance.now(), later: () => { throw new Error('no yield expected'); }, live: () => true, onPartial: () => {}, onDone: () => { done = true; } });
    expect(done).toBe(true);

    let live = true;
    let calls = 0;
    const queue: Array<() => void> = [];
    let clock = 0;
    analyzeInSlices({ text: longDraft(300), cachedUpTo: 0, analyze: (p) => { calls++; clock += 20; return analyze(p); }, now: () => clock, later: (fn) => queue.push(fn), live: () => live, onPartial: () => {}, onDone: () => { throw new Error('should not finish'); } });
    live = false;
    const before = calls;
    while (queue.length) queue.shift()!();
    expect(calls).toBe(before);
  });
});

describe('controller on long drafts', () => {
  let c: Controller | undefined;
  afterEach(() => { c?.dispose(); c = undefined; });

  function page(lines: string[]): HTMLElement {
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
    for (const l of lines) {
      const div = document.createElement('div');
      div.textContent = l;
      body.append(div);
    }
    root.append(form, body);
    document.body.append(root);
    return body;
  }

  it('a long draft is analysed in slices with progress, ending with the whole-text findings', async () => {
    const t = longDraft(400);
    const body = page(t.split('\n'));
    c = createController({ adapter: gmail, doc: document, debounce: 5, highlighter: createHighlighter(document, { forceOverlay: true }) });
    const progress: number[] = [];
    c.subscribe((s) => { if (s.active?.progress != null) progress.push(s.active.progress); });
    body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.waitFor(() => expect(c!.getState().active?.pending).toBe(false), { timeout: 15_000 });
    const s = c.getState().active!;
    expect(s.progress).toBeNull();
    expect(s.capped).toBeNull();
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p > 0 && p < 1)).toBe(true);
    expect(s.findings).toEqual(analyze(s.text, {}, { ownTextOnly: false }));
    expect(s.findings.filter((f) => f.category === 'why')).toHaveLength(10);

    // A keystroke afterwards is analysed at once (only its sentence is new).
    const line = body.children[300]!.firstChild as Text;
    line.data = line.data.replace('the depot', 'the yard');
    body.dispatchEvent(new Event('input', { bubbles: true }));
    c.analyzeNow();
    expect(c.getState().active!.pending).toBe(false);
    expect(c.getState().active!.text).toContain('left the yard');
  });

  it('a draft over the cap is analysed up to the cap, and the state says how much was checked', async () => {
    // About 2.5× the cap: a pasted document.
    const line = (i: number) => `${i % 50 === 3 ? 'Take it or leave it.' : `Row ${i} lists the pump parts and the depot.`}`;
    const lines: string[] = [];
    for (let i = 0, n = 0; n < MAX_ANALYSED_CHARS * 2.5; i++) { lines.push(line(i)); n += lines[i]!.length + 1; }
    const body = page(lines);
    c = createController({ adapter: gmail, doc: document, debounce: 5, highlighter: createHighlighter(document, { forceOverlay: true }) });
    body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.waitFor(() => expect(c!.getState().active?.pending).toBe(false), { timeout: 15_000 });
    const s = c.getState().active!;
    expect(s.text.length).toBeGreaterThan(MAX_ANALYSED_CHARS * 2);
    expect(s.capped).not.toBeNull();
    expect(s.capped!.share).toBeGreaterThan(0.3);
    expect(s.capped!.share).toBeLessThan(0.5);
    expect(s.capped!.words).toBeGreaterThan(10_000);
    expect(s.findings.length).toBeGreaterThan(0);
    for (const f of s.findings) expect(f.end).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
    expect(s.findings).toEqual(analyze(s.text.slice(0, capAt(s.text)), {}, { ownTextOnly: false }));
  });
});
