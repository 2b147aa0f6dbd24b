import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ownTextRanges, resplit, splitSentences, type Split } from '../../lib/coach/sentences';

const texts = (t: string, own = false) => splitSentences(t, own ? ownTextRanges(t) : undefined).map((s) => s.text);

describe('splitSentences', () => {
  it('maps every sentence back exactly into the original text', () => {
    const t = 'Hi Sam,\n\nThanks for the call.  Why not?\r\n- first point\n- second point\n\nBest,\nAna';
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });

  it('ends a sentence at a greeting or a sign-off line without punctuation', () => {
    expect(texts('Hi Dana\nThe quote is attached.\nBest\nAna')).toEqual(['Hi Dana', 'The quote is attached.', 'Best', 'Ana']);
  });

  it('splits a greeting from a sentence on the same line', () => {
    expect(texts("Hi Dana, Why can't you deliver by Friday?")).toEqual(['Hi Dana,', "Why can't you deliver by Friday?"]);
  });

  it('does not split at abbreviations, initials, numbers or addresses', () => {
    expect(texts('Mr. Lee sent v1.5 of the deck, e.g. the pricing page, to j.doe@example.org today. It is 2.5 MB.')).toEqual([
      'Mr. Lee sent v1.5 of the deck, e.g. the pricing page, to j.doe@example.org today.',
      'It is 2.5 MB.',
    ]);
    expect(texts('See https://example.org/a.b?c=d. Then call J. R. Smith.')).toEqual(['See https://example.org/a.b?c=d.', 'Then call J. R. Smith.']);
  });

  it('splits at ? and ! and ellipses before a capital', () => {
    expect(texts('Why not? It is small! Well… Fine.')).toEqual(['Why not?', 'It is small!', 'Well…', 'Fine.']);
  });

  it('takes list markers off list items and keeps items apart', () => {
    expect(texts('Next steps:\n- send the quote\n2) book the call\n* sign')).toEqual(['Next steps:', 'send the quote', 'book the call', 'sign']);
  });

  it('joins hard-wrapped lines of one sentence', () => {
    expect(texts('We could move the delivery to the second week of\nMarch if that works for you.')).toHaveLength(1);
    expect(texts('I think it is going to be quiet on that front\nuntil later in the season.')).toHaveLength(1);
  });

  it('handles empty and blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \t')).toEqual([]);
  });
});

describe('ownTextRanges', () => {
  it('leaves out quoted lines and everything after a signature or quoted history', () => {
    const t = 'Why not?\n> They said no.\nOk then.\n-- \nAna Li\nWhy is this here?';
    expect(texts(t, true)).toEqual(['Why not?', 'Ok then.']);
    const reply = 'Thanks, that works.\n\nOn Mon, 3 Mar 2025 at 10:02, Sam <sam@example.org> wrote:\n> Why can\'t you deliver?';
    expect(texts(reply, true)).toEqual(['Thanks, that works.']);
    expect(texts('Fine.\n-----Original Message-----\nFrom: Sam\nWhy?', true)).toEqual(['Fine.']);
  });
});

describe('resplit: only the edited paragraphs are split again', () => {
  const piece = fc.constantFrom('Hi Dana,', 'The order shipped.', 'Why not?', 'as I said', ' ', '\n', '\n\n', '> quoted line', '-- ', 'On Mon, Dana wrote:', 'e.g. this', '1. item', 'ok. why', '!!', 'Mr. Lee');
  const text = fc.array(piece, { maxLength: 30 }).map((xs) => xs.join(''));
  it('gives the same sentences as a full split after any edit', () => {
    fc.assert(fc.property(text, fc.nat(), fc.nat(6), fc.array(piece, { maxLength: 3 }).map((xs) => xs.join('')), (before, at, cut, insert) => {
      const i = before.length ? at % (before.length + 1) : 0;
      const after = before.slice(0, i) + insert + before.slice(Math.min(before.length, i + cut));
      const prev: Split = { text: before, ranges: ownTextRanges(before), sentences: splitSentences(before, ownTextRanges(before)) };
      const ranges = ownTextRanges(after);
      expect(resplit(prev, after, ranges).sentences).toEqual(splitSentences(after, ranges));
    }), { numRuns: 3000 });
  });
  it('keeps the sentences of paragraphs the edit did not touch', () => {
    const a = 'First paragraph here. It has two sentences.\n\nThe middle one changes.\n\nLast paragraph stays.';
    const b = a.replace('changes', 'has changed');
    const prev: Split = { text: a, ranges: ownTextRanges(a), sentences: splitSentences(a, ownTextRanges(a)) };
    const next = resplit(prev, b, ownTextRanges(b));
    expect(next.sentences[0]).toBe(prev.sentences[0]); // the very same object: nothing re-read
    expect(next.sentences.map((s) => s.text)).toEqual(splitSentences(b).map((s) => s.text));
  });
});
