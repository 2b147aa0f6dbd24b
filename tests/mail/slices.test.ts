// @vitest-environment happy-dom
// Long drafts: analysis in slices that yield to the page, a cap on what is analysed, and the
// state the sidebar shows meanwhile (progress, then what was left unchecked).
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { analyze, type Finding } from '../../lib/coach';
import { analysedPart, capAt, MAX_ANALYSED_CHARS } from '../../lib/mail/slices';
import { createSlicedCoach } from '../../lib/coach/engine';
import { createController, type Controller } from '../../lib/mail/controller';
import { createHighlighter } from '../../lib/mail/highlight';
import { gmail } from '../../lib/mail/gmail';
import { buildTextMap } from '../../lib/mail/text-map';
import { draft } from '../bench/drafts';
import { ENGINE } from './bundled-engine';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '?', '\n', '😀', 'É', '"'), maxLength: 300 });

describe('the cap', () => {
  it('keeps a text under the cap whole and cuts a longer one at a line or sentence end', () => {
    expect(capAt('short', 100)).toBe(5);
    const long = `${'One line here.\n'.repeat(20)}`;
    const c = capAt(long, 100);
    expect(c).toBeLessThanOrEqual(100);
    expect(long[c - 1]).toBe('\n');
    fc.assert(fc.property(text, fc.integer({ min: 5, max: 200 }), (t, max) => {
      const cut = capAt(t, max);
      expect(cut).toBeLessThanOrEqual(max);
      if (cut > 0 && cut < t.length) expect(isHigh(t.charCodeAt(cut - 1))).toBe(false);
    }));
  });
});

function longDraft(sentences: number): string {
  const lines: string[] = ['Hi Dana,'];
  for (let i = 0; i < sentences; i++) {
    lines.push(i % 40 === 7 ? `Why can't you deliver batch ${i} by Friday?` : `The boxes of pump parts for order ${i} left the depot.`);
  }
  return lines.join('\n');
}

describe('reading only the start of a long draft', () => {
  it('buildTextMap with a limit stops after it, and its text is the start of the full text', () => {
    const body = document.createElement('div');
    for (let i = 0; i < 500; i++) {
      const div = document.createElement('div');
      div.textContent = `Line ${i} of a long pasted report.`;
      body.append(div);
    }
    const full = buildTextMap(body);
    const part = buildTextMap(body, { limit: 1000 });
    expect(full.truncated).toBe(false);
    expect(part.truncated).toBe(true);
    expect(part.text.length).toBeGreaterThanOrEqual(1000);
    expect(part.text.length).toBeLessThan(1100);
    expect(full.text.startsWith(part.text)).toBe(true);
    expect(part.rangeFor(990, 1000)!.toString()).toBe(full.text.slice(990, 1000));
  });

  it('analyses a draft whole under the cap, and past it says how much was checked', () => {
    const body = document.createElement('div');
    body.innerHTML = '<div>Why not?</div>';
    expect(analysedPart(buildTextMap(body, { limit: MAX_ANALYSED_CHARS }))).toEqual({ text: 'Why not?\n', capped: null });
    const line = 'The boxes of pump parts left the depot.';
    body.innerHTML = `<div>${line}</div>`.repeat(Math.ceil((2.5 * MAX_ANALYSED_CHARS) / line.length));
    const { text, capped } = analysedPart(buildTextMap(body, { limit: MAX_ANALYSED_CHARS }));
    expect(text.length).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
    expect(text.endsWith('\n')).toBe(true); // cut at a line end
    expect(capped!.words).toBe(text.match(/\S+/g)!.length);
    expect(capped!.share).toBeGreaterThan(0.35);
    expect(capped!.share).toBeLessThan(0.42);
  });
});

describe('the sliced coach', () => {
  const whole = (t: string) => analyze(t, {}, { ownTextOnly: false });

  it('finds exactly what the engine finds in the whole text, however the work is sliced', () => {
    const t = draft(600, 5);
    const coach = createSlicedCoach();
    const job = coach.start(t);
    expect(job.uncached).toBeGreaterThan(20);
    let slices = 0;
    const progress: number[] = [];
    // Three sentences a slice.
    for (let n = 0; !job.run(() => ++n % 3 !== 0); slices++) progress.push(job.progress);
    expect(slices).toBeGreaterThan(5);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(job.done).toBe(true);
    expect(job.findings()).toEqual(whole(t));
  });

  it('after an edit only the changed sentences are new; findings match the engine on any sequence of texts', () => {
    const coach = createSlicedCoach();
    const t = longDraft(200);
    coach.start(t).run(() => true);
    const edited = t.replace('order 120 left', 'order 120 quickly left');
    const job = coach.start(edited);
    expect(job.uncached).toBe(1);
    job.run(() => true);
    expect(job.findings()).toEqual(whole(edited));
    const piece = fc.constantFrom("Why can't you deliver by Friday?", 'Take it or leave it.', 'Thanks, Dana.', 'Fine, forget it.', '\n', ' ', '\n\n', 'As I said before, the price is final.');
    fc.assert(fc.property(fc.array(fc.array(piece, { maxLength: 10 }).map((xs) => xs.join('')), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 4 }), (texts, per) => {
      const c = createSlicedCoach();
      for (const x of texts) {
        const j = c.start(x);
        let n = 0;
        while (!j.run(() => ++n % per !== 0));
        expect(j.findings()).toEqual(whole(x));
      }
    }), { numRuns: 25 });
  });

  it('options change what is found; configure drops the cache', () => {
    const coach = createSlicedCoach({ categories: ['ego'] });
    const t = "Why can't you deliver by Friday? Take it or leave it.";
    const a = coach.start(t);
    a.run(() => true);
    expect(a.findings().map((f) => f.category)).toEqual(['ego']);
    coach.configure({});
    const b = coach.start(t);
    expect(b.uncached).toBe(2);
    b.run(() => true);
    expect(b.findings()).toEqual(whole(t));
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
    c = createController({ adapter: gmail, doc: document, engine: ENGINE, debounce: 5, highlighter: createHighlighter(document, { forceOverlay: true }) });
    const progress: number[] = [];
    c.subscribe((s) => { if (s.active?.progress != null) progress.push(s.active.progress); });
    body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.waitFor(() => expect(c!.getState().active?.pending).toBe(false), { timeout: 15_000 });
    const s = c.getState().active!;
    expect(s.progress).toBeNull();
    expect(s.capped).toBeNull();
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p >= 0 && p < 1)).toBe(true);
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
    c = createController({ adapter: gmail, doc: document, engine: ENGINE, debounce: 5, highlighter: createHighlighter(document, { forceOverlay: true }) });
    body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.waitFor(() => expect(c!.getState().active?.pending).toBe(false), { timeout: 15_000 });
    const s = c.getState().active!;
    // The view's text is what was analysed: the draft's start, at a line end.
    expect(s.text.length).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
    expect(s.text.endsWith('\n') || s.text.endsWith('.')).toBe(true);
    expect(s.text.length / s.capped!.share).toBeGreaterThan(MAX_ANALYSED_CHARS * 2);
    expect(s.capped).not.toBeNull();
    expect(s.capped!.share).toBeGreaterThan(0.3);
    expect(s.capped!.share).toBeLessThan(0.5);
    expect(s.capped!.words).toBeGreaterThan(10_000);
    expect(s.findings.length).toBeGreaterThan(0);
    for (const f of s.findings) expect(f.end).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
    expect(s.findings).toEqual(analyze(s.text, {}, { ownTextOnly: false }));
  });
});
