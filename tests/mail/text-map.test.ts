// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTextMap } from '../../lib/mail/text-map';
import { gmail } from '../../lib/mail/gmail';
import { outlook } from '../../lib/mail/outlook';

function body(html: string): HTMLElement {
  document.body.innerHTML = `<div id="b" contenteditable="true">${html}</div>`;
  return document.getElementById('b')!;
}
const gmailOpts = gmail.ownText;
const outlookOpts = outlook.ownText;

describe('buildTextMap', () => {
  it('puts one newline at block boundaries and <br>, and keeps blank lines', () => {
    const m = buildTextMap(body('<div>Hi Dana,</div><div><br></div><div>Why not?</div><div>Line<br>two</div>'));
    expect(m.text).toBe('Hi Dana,\n\nWhy not?\nLine\ntwo\n');
  });

  it('reads non-breaking spaces as spaces, keeping offsets 1:1', () => {
    const m = buildTextMap(body('<div>Fine,\u00a0forget it.\u00a0</div>'));
    expect(m.text).toBe('Fine, forget it. \n');
    expect(m.rangeFor(0, 16)!.toString()).toBe('Fine,\u00a0forget it.');
  });

  it('maps spans across formatting nodes back to DOM ranges', () => {
    const m = buildTextMap(body('<div>Why <b>can\'t</b> you <i>deliver</i> by Friday?</div>'));
    const start = m.text.indexOf('Why');
    const end = m.text.indexOf('?') + 1;
    expect(m.rangeFor(start, end)!.toString()).toBe("Why can't you deliver by Friday?");
    expect(m.rangeFor(4, 9)!.toString()).toBe("can't");
  });

  it('skips the Gmail quote, attribution and signature', () => {
    const m = buildTextMap(body(
      '<div dir="ltr">My own words.</div><br><span class="gmail_signature_prefix">-- </span><br>' +
      '<div class="gmail_signature" data-smartmail="gmail_signature">Alex<br>Take it or leave it.</div>' +
      '<div class="gmail_quote gmail_quote_container"><div class="gmail_attr">On Tue, Dana wrote:<br></div>' +
      '<blockquote class="gmail_quote">Why not?</blockquote></div>',
    ), gmailOpts);
    expect(m.text).not.toMatch(/Take it|Why not|wrote|Alex|-- /);
    expect(m.text.trim()).toBe('My own words.');
  });

  it('stops at Outlook history (#appendonsend, #divRplyFwdMsg and all after) and skips #Signature', () => {
    const m = buildTextMap(body(
      '<div class="elementToProof">Thanks.</div><div id="Signature"><div>Why settle?</div></div>' +
      '<div id="appendonsend"></div><hr tabindex="-1"><div id="divRplyFwdMsg"><b>From:</b> Dana</div><div>Take it or leave it.</div>',
    ), outlookOpts);
    expect(m.text.trim()).toBe('Thanks.');
  });

  it('matches prefixed ids of received mail (x_divRplyFwdMsg)', () => {
    const m = buildTextMap(body('<div>Mine.</div><div id="x_divRplyFwdMsg">From: Dana</div><div>Theirs.</div>'), outlookOpts);
    expect(m.text.trim()).toBe('Mine.');
  });

  it('gives the text offset of a DOM position', () => {
    const b = body('<div>ab</div><div>cd</div>');
    const m = buildTextMap(b);
    const cd = b.children[1]!.firstChild!;
    expect(m.offsetOf(cd, 1)).toBe(4);
    expect(m.offsetOf(b, 1)).toBe(3);
    expect(m.offsetOf(document.body, 0)).toBe(null);
  });

  // Its speed is measured by the benchmark (npm run bench), not asserted here.
  it('indexes a long draft and maps spans at its end', () => {
    const line = '<div>We <b>really</b> need the <i>numbers</i> by Friday,\u00a0or we cannot sign.</div>';
    const b = body(line.repeat(400));
    const m = buildTextMap(b, gmailOpts);
    expect(m.text.length).toBeGreaterThan(20_000);
    expect(m.rangeFor(m.text.length - 10, m.text.length - 2)).not.toBe(null);
  });

  it('round-trips every span of random drafts (property)', () => {
    const word = fc.stringMatching(/^[a-zA-Z',?.]{1,7}$/);
    const inline = fc.oneof(word, word.map((w) => `<b>${w}</b>`), word.map((w) => `<span>${w}</span>`), fc.constant('\u00a0'), fc.constant(' '));
    const line = fc.array(inline, { minLength: 1, maxLength: 6 }).map((xs) => xs.join(''));
    const draft = fc.array(line, { minLength: 1, maxLength: 5 }).map((ls) => ls.map((l) => `<div>${l}</div>`).join(''));
    fc.assert(fc.property(draft, fc.nat(), fc.nat(), (html, x, y) => {
      const m = buildTextMap(body(html));
      // Any span inside one line maps to a range with exactly that text.
      const lines = m.text.split('\n');
      let off = 0;
      for (const l of lines) {
        if (l.length > 0) {
          const s = off + (x % l.length);
          const e = s + 1 + (y % (off + l.length - s));
          const r = m.rangeFor(s, Math.min(e, off + l.length));
          expect(r!.toString().replace(/\u00a0/g, ' ')).toBe(m.text.slice(s, Math.min(e, off + l.length)));
        }
        off += l.length + 1;
      }
    }), { numRuns: 150 });
  });
});
