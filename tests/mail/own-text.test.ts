// @vitest-environment happy-dom
// The writer's own text is decided once (lib/mail/own-text.ts): the draft's text map, the thread
// reader and the opener's caret check must agree on it, and one bad selector in an adapter's
// list must not switch off the others.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gmail } from '../../lib/mail/gmail';
import { outlook } from '../../lib/mail/outlook';
import { inOwnText, walkOwnText, type OwnTextSelectors } from '../../lib/mail/own-text';
import { readBodyText } from '../../lib/mail/read';
import { buildTextMap } from '../../lib/mail/text-map';
import { insertionRange } from '../../lib/mail/insert';

function body(html: string): HTMLElement {
  document.body.innerHTML = `<div id="b" contenteditable="true">${html}</div>`;
  return document.getElementById('b')!;
}
const fixture = (name: string) => readFileSync(resolve('tests/e2e/fixtures', name), 'utf8');

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const w = document.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = w.nextNode(); n; n = w.nextNode()) if ((n as Text).data) out.push(n as Text);
  return out;
}

/** Every text node in the body, and whether each of the three readers counts it as the writer's. */
function verdicts(b: HTMLElement, own: OwnTextSelectors) {
  const mapped = new Set(buildTextMap(b, own).segments.map((s) => s.node));
  const walked = new Set<Node>();
  walkOwnText(b, own, { text: (t) => walked.add(t), lineBreak() {}, blockEdge() {} });
  return textNodes(b).map((t) => ({ text: t.data, mapped: mapped.has(t), walked: walked.has(t), own: inOwnText(b, t, own) }));
}

const BROKEN = ':not('; // a selector no engine parses

describe('the writer\'s own text', () => {
  it('one unsupported selector in the exclude list does not hide the others', () => {
    const b = body('<div>Mine.</div><div class="gmail_signature">Take it or leave it.</div><blockquote class="gmail_quote">Why not?</blockquote>');
    const own = { exclude: [BROKEN, '.gmail_signature', BROKEN, '.gmail_quote'], cut: [] };
    expect(buildTextMap(b, own).text.trim()).toBe('Mine.');
    expect(readBodyText(b, own)).toBe('Mine.');
    expect(inOwnText(b, b.querySelector('.gmail_signature')!.firstChild!, own)).toBe(false);
    expect(inOwnText(b, b.querySelector('.gmail_quote')!.firstChild!, own)).toBe(false);
    expect(inOwnText(b, b.firstElementChild!.firstChild!, own)).toBe(true);
    // Joined into one string, the same list would hide nothing: the whole selector is invalid.
    expect(() => b.querySelector(own.exclude.join(', '))).toThrow();
  });

  it('one unsupported selector in the cut list does not lose the history cut', () => {
    const b = body('<div>Mine.</div><div id="appendonsend"></div><div id="divRplyFwdMsg">From: Dana</div><div>Take it or leave it.</div>');
    const own = { exclude: [], cut: [BROKEN, '[id$="divRplyFwdMsg"]'] };
    expect(buildTextMap(b, own).text.trim()).toBe('Mine.');
    expect(readBodyText(b, own)).toBe('Mine.');
    expect(inOwnText(b, b.lastElementChild!.firstChild!, own)).toBe(false);
  });

  it('quoted history starts at the first cut in document order, however deep it sits', () => {
    // The cut is nested in a wrapper: what follows the wrapper is history too.
    const b = body('<div><div>Mine.</div><div id="x_appendonsend"></div></div><div>Quoted: take it or leave it.</div>');
    const own = { exclude: [], cut: ['[id$="appendonsend"]'] };
    expect(buildTextMap(b, own).text.trim()).toBe('Mine.');
    expect(readBodyText(b, own)).toBe('Mine.');
    expect(inOwnText(b, b.lastElementChild!.firstChild!, own)).toBe(false);
  });

  it('a cut inside a quote belongs to the quote: the writer\'s words after the quote stay', () => {
    const b = body('<div>Before.</div><blockquote><div id="x_divRplyFwdMsg">From: Dana</div><div>Old.</div></blockquote><div>After.</div>');
    const own = { exclude: ['blockquote'], cut: ['[id$="divRplyFwdMsg"]'] };
    expect(buildTextMap(b, own).text).toBe('Before.\nAfter.\n');
    expect(readBodyText(b, own)).toBe('Before.\nAfter.');
    expect(inOwnText(b, b.lastElementChild!.firstChild!, own)).toBe(true);
  });

  it('controls and hidden parts are nobody\'s words', () => {
    const b = body('<div>Mine.<button>Send</button><span hidden>draft note</span><span aria-hidden="true">ghost</span></div>');
    expect(buildTextMap(b).text).toBe('Mine.\n');
    expect(readBodyText(b, { exclude: [], cut: [] })).toBe('Mine.');
    expect(inOwnText(b, b.querySelector('[hidden]')!.firstChild!, { exclude: [], cut: [] })).toBe(false);
  });

  it.each([
    ['gmail-reply.html', gmail],
    ['outlook-reply.html', outlook],
  ] as const)('the text map, the walk and the caret check agree on every text node of %s', (name, adapter) => {
    document.documentElement.innerHTML = fixture(name).replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
    const [draft] = adapter.findBodies(document);
    expect(draft).toBeTruthy();
    // Type into the reply so that it has words of its own beside the signature and the quote.
    draft!.firstElementChild!.textContent = 'Thanks, Dana. What would it take to deliver by Friday?';
    const rows = verdicts(draft!, adapter.ownText);
    expect(rows.filter((r) => r.own).map((r) => r.text)).toEqual(['Thanks, Dana. What would it take to deliver by Friday?']);
    for (const r of rows) expect([r.text, r.mapped, r.walked]).toEqual([r.text, r.own, r.own]);
    expect(rows.some((r) => /Take it or leave it/.test(r.text))).toBe(true); // the quote is there, and left out
    // An opener never goes into the quote: a caret there falls back to the end of the own text.
    const map = buildTextMap(draft!, adapter.ownText);
    const quoted = textNodes(draft!).filter((t) => /Take it or leave it/.test(t.data)).pop()!;
    const inQuote = document.createRange();
    inQuote.setStart(quoted, 3);
    document.getSelection()?.removeAllRanges();
    const at = insertionRange(map, inQuote, adapter.ownText)!;
    expect(map.offsetOf(at.endContainer, at.endOffset)).toBe(map.text.trimEnd().length);
  });
});
