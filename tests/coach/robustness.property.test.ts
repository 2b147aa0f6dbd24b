// Bad input for the engine: arbitrary Unicode (emoji, combining marks, right-to-left text and
// direction marks, zero-width characters, lone surrogates), very long words and lines, empty text,
// HTML-like and script-like text. Whatever comes in: nothing throws, every finding's offsets lie
// inside the text and cover exactly its flagged words, and no suggestion is an empty string.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, createCoach, decodeNo, splitSentences, summarizeThread, type Finding } from '../../lib/coach';

// Sentences the coach flags or praises, so the rules (and their suggestion builders) really run.
const COACHED = [
  "Why can't you deliver by Friday?",
  "As I said before, the deadline can't move.",
  'Take it or leave it.',
  'Fine, forget it.',
  'With all due respect, you missed the deadline.',
  "You'll regret this.",
  "I don't understand why you won't sign.",
  'THIS IS UNACCEPTABLE!!!',
  'Why should we pay for your delays?',
  'It sounds like the timeline is the main worry.',
  "We can't do $48,500, it's over our budget.",
  "I'd need to run this by our CFO.",
];

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>',
  '"><svg onload=alert(1)>',
  '&lt;b&gt;&amp;&#x27;',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '__proto__',
  'constructor',
  'hasOwnProperty',
];

const UNICODE = [
  '😀', '👩‍👩‍👧‍👦', '🇫🇷', '👍🏽', // emoji, ZWJ sequences, flags, skin tones
  'e\u0301', 'n\u0303o', 'a\u0300\u0301\u0302\u0303\u0304', // combining marks
  'שלום', 'مرحبا', '\u202Eevil\u202C', '\u200Fמה\u200E', '\u2067x\u2069', // right-to-left, direction marks
  '\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u00AD', // zero-width and soft hyphen
  '\u00A0', '\u2028', '\u2029', '\r\n', '\t', '\u0085', // odd spaces and line breaks
  '\uD83D', '\uDE00', // lone surrogates
  '“Why”', '‘not’', '…', '¿Por qué?', 'İ', 'ß', 'ﬁ', 'Ǆ',
];

const SEPARATORS = [' ', '', '\n', '\n\n', '. ', '? ', '! ', ', ', '\n> ', '\n-- \n', '\n- ', '\n1. '];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...COACHED) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 3, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', 'y', 'W', 'h', ' ', '?', '!', '.', "'", '\n', '>'), maxLength: 40 }) },
);

/** A text of pieces joined by separators, sometimes with a coached sentence broken up by odd characters. */
const messy = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: 12 }).map((xs) => xs.map(([p, s]) => p + s).join('')) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom(...COACHED), fc.nat(), fc.constantFrom(...UNICODE, ...HOSTILE)).map(([s, at, ins]) => {
      const k = at % (s.length + 1);
      return s.slice(0, k) + ins + s.slice(k);
    }),
  },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom(' ', '\n', '\n\n\n', '\u200B', '?', '!!!', '...', '>', '-- ') },
);

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function checkFindings(text: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    const where = `${f.rule} [${f.start}, ${f.end}) in ${JSON.stringify(text)}`;
    expect(Number.isInteger(f.start) && Number.isInteger(f.end), where).toBe(true);
    expect(f.start, where).toBeGreaterThanOrEqual(0);
    expect(f.end, where).toBeLessThanOrEqual(text.length);
    expect(f.end, where).toBeGreaterThan(f.start);
    // On the flagged words: the span is exactly the finding's text, and that text has words in it.
    expect(text.slice(f.start, f.end), where).toBe(f.text);
    expect(f.text.trim().length, where).toBeGreaterThan(0);
    expect(Array.isArray(f.suggestions), where).toBe(true);
    for (const s of f.suggestions) {
      expect(typeof s, where).toBe('string');
      expect(s.trim().length, `${where}: empty suggestion`).toBeGreaterThan(0);
    }
    expect(f.message.trim().length, where).toBeGreaterThan(0);
  }
}

/** A span must not cut an emoji (or any surrogate pair) in half. */
function checkSurrogates(text: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    for (const at of [f.start, f.end]) {
      const splits = at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
      expect(splits, `${f.rule} offset ${at} splits a surrogate pair in ${JSON.stringify(text)}`).toBe(false);
    }
  }
}

// PROPERTY_RUNS=3000 for a longer hunt; CI keeps the default.
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS) || 300 };

describe('engine robustness (property-based)', () => {
  it('analyze never throws, and offsets and suggestions hold, on arbitrary text', () => {
    fc.assert(fc.property(messy, (text) => {
      checkFindings(text, analyze(text));
      checkFindings(text, analyze(text, {}, { ownTextOnly: false }));
    }), RUNS);
  });

  it('at every sensitivity', () => {
    fc.assert(fc.property(messy, fc.constantFrom('gentle', 'balanced', 'strict' as const), (text, sensitivity) => {
      checkFindings(text, analyze(text, { sensitivity }, { ownTextOnly: false }));
    }), { numRuns: 150 });
  });

  it('spans never cut an emoji or another surrogate pair in half', () => {
    fc.assert(fc.property(messy, (text) => {
      checkSurrogates(text, analyze(text, {}, { ownTextOnly: false }));
    }), RUNS);
  });

  it('the incremental coach agrees with a fresh analysis after any sequence of texts', () => {
    fc.assert(fc.property(fc.array(messy, { minLength: 1, maxLength: 5 }), (texts) => {
      const coach = createCoach();
      for (const t of texts) {
        const got = coach.analyze(t, { ownTextOnly: false });
        checkFindings(t, got);
        expect(got).toEqual(analyze(t, {}, { ownTextOnly: false }));
      }
    }), { numRuns: 150 });
  });

  it('sentences map back exactly into the text', () => {
    fc.assert(fc.property(messy, (text) => {
      for (const s of splitSentences(text)) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(s.start, s.end)).toBe(s.text);
      }
    }), RUNS);
  });

  it('the No decoder never throws and its evidence lies inside the text', () => {
    fc.assert(fc.property(messy, (text) => {
      const no = decodeNo(text);
      if (!no) return;
      expect(no.confidence).toBeGreaterThanOrEqual(0);
      expect(no.confidence).toBeLessThanOrEqual(1);
      expect(no.nextMove.trim().length).toBeGreaterThan(0);
      expect(no.evidence.start).toBeGreaterThanOrEqual(0);
      expect(no.evidence.end).toBeLessThanOrEqual(text.length);
      expect(no.evidence.end).toBeGreaterThanOrEqual(no.evidence.start);
    }), RUNS);
  });

  it('the thread summary never throws on arbitrary messages', () => {
    const message = fc.record({
      from: fc.oneof(fc.constantFrom('Dana', '<b>Dana</b>', '', '👩‍👩‍👧‍👦', 'דנה'), fc.string({ maxLength: 10 })),
      date: fc.option(fc.oneof(fc.constant('2026-03-01T09:00:00Z'), fc.constant('not a date'), fc.string({ maxLength: 8 })), { nil: undefined }),
      text: messy,
      mine: fc.boolean(),
    });
    fc.assert(fc.property(fc.array(message, { maxLength: 6 }), (messages) => {
      const s = summarizeThread(messages);
      expect(s.messages.length).toBe(messages.length);
      for (const m of s.messages) {
        expect(m.heat).toBeGreaterThanOrEqual(0);
        expect(m.heat).toBeLessThanOrEqual(1);
        expect(Number.isNaN(m.heat)).toBe(false);
      }
      for (const v of Object.values(s.openers)) expect(typeof v).toBe('string');
    }), { numRuns: 150 });
  });

  it('very long words and lines, and long runs of punctuation, neither throw nor hang', () => {
    const texts = [
      'a'.repeat(20_000),
      `Why ${'x'.repeat(10_000)} can't you deliver?`,
      `${"Why can't you deliver by Friday? ".repeat(50).trim()}`,
      'word '.repeat(5_000),
      '!'.repeat(5_000),
      '?'.repeat(5_000),
      '.'.repeat(5_000),
      '\n'.repeat(5_000),
      '> '.repeat(3_000),
      `${'WHY '.repeat(2_000)}!!!`,
      '😀'.repeat(5_000),
      'e\u0301'.repeat(5_000),
      '\u200B'.repeat(5_000),
      `${'<div>'.repeat(2_000)}Take it or leave it.${'</div>'.repeat(2_000)}`,
    ];
    for (const t of texts) {
      const started = performance.now();
      checkFindings(t, analyze(t));
      checkFindings(t, analyze(t, {}, { ownTextOnly: false }));
      decodeNo(t);
      summarizeThread([{ from: 'Dana', text: t, mine: false }]);
      // Not a timing assertion: a generous bound that only catches a runaway (quadratic) case.
      expect(performance.now() - started, `${JSON.stringify(t.slice(0, 30))}… took too long`).toBeLessThan(15_000);
    }
  });

  it('HTML- and script-like text is plain text to the engine: findings quote it as it is', () => {
    const text = `Why can't you <img src=x onerror=alert(1)> deliver by Friday? <script>alert(1)</script> Take it or leave it.`;
    const findings = analyze(text);
    checkFindings(text, findings);
    expect(findings.map((f) => f.category)).toEqual(expect.arrayContaining(['ego']));
  });
});
