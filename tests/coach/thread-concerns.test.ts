// The thread's concerns read lazily: whatever a question asks (the first n, the merged head, the
// first that fits), the answer is the one reading every sentence gives.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeNo } from '../../lib/coach/no';
import { parse, terms } from '../../lib/coach/nlp';
import { ownTextRanges, splitSentences } from '../../lib/coach/sentences';
import { withoutSignature } from '../../lib/coach/thread';
import { MergedConcerns, MessageConcerns, mayNegate, mergeConcerns, refusalsOf, type ScoredConcern } from '../../lib/coach/thread-concerns';
import { CONCERN_FITS } from '../../lib/coach/rules/openers';

const lines = (file: string): string[] =>
  readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);

// Messages of a few sentences each, from the fixtures' refusals and sentences, so that some refuse.
const refusals = [...lines('refusals.jsonl'), ...lines('refusals-2.jsonl')];
const plain = [...lines('sentences.jsonl'), ...lines('sentences-2.jsonl')];
const MESSAGES = Array.from({ length: 30 }, (_, i) =>
  [plain[(i * 7) % plain.length], refusals[i % refusals.length], plain[(i * 7 + 1) % plain.length], plain[(i * 7 + 2) % plain.length], i % 3 ? refusals[(i + 11) % refusals.length] : 'Thanks,'].join(' '),
);

function concernsOf(message: string): MessageConcerns {
  const text = withoutSignature(message);
  const sentences = splitSentences(text, ownTextRanges(text));
  const no = decodeNo(text);
  return new MessageConcerns(sentences, no, [], refusalsOf(sentences, no));
}

describe('MessageConcerns', () => {
  it('the first n are the first n of all of them, however far it has read', () => {
    for (const m of MESSAGES) {
      const all = concernsOf(m).all();
      for (const n of [1, 4, 5]) expect(concernsOf(m).top(n), m).toEqual(all.slice(0, n));
      // Asked again after reading further, the answer is the same.
      const lazy = concernsOf(m);
      const four = lazy.top(4);
      lazy.all();
      expect(lazy.top(4)).toEqual(four);
    }
  });

  it('reads fewer sentences for the first four than for all of them', () => {
    let forFour = 0;
    let forAll = 0;
    for (const m of MESSAGES) {
      const lazy = concernsOf(m);
      lazy.top(4);
      forFour += lazy.sentencesRead;
      lazy.all();
      forAll += lazy.sentencesRead;
    }
    expect(forFour).toBeLessThan(forAll);
  });

  it('ranks and words concerns as before: refusing sentences first, deduplicated', () => {
    const all = concernsOf("Thanks for the proposal. We can't agree to the automatic renewal. The renewal and the 50% deposit are the problem.").all();
    expect(all[0]!.text).toBe('the automatic renewal');
    expect(all.map((c) => c.text.toLowerCase().replace(/^the /, '')).filter((t, i, a) => a.indexOf(t) !== i)).toEqual([]);
  });
});

describe('MergedConcerns', () => {
  const everything = MESSAGES.map((m) => concernsOf(m).all());
  const fresh = () => MESSAGES.map(concernsOf);

  it('the head is the head of the whole merged list, for any answered message', () => {
    for (const k of [-1, 0, 7, MESSAGES.length - 1]) {
      expect(new MergedConcerns(fresh(), k).head(5)).toEqual(mergeConcerns(everything, k).slice(0, 5));
    }
  });

  it('the first concern that fits a reason is the one the whole list gives', () => {
    for (const fits of Object.values(CONCERN_FITS)) {
      const test = (c: ScoredConcern) => fits!.test(c.text) && !/^your (?:call|decision)$/i.test(c.text);
      for (const k of [-1, 3, 12]) {
        const lazy = new MergedConcerns(fresh(), k).find(test, (s) => fits!.test(s));
        expect(lazy).toEqual(mergeConcerns(everything, k).find(test) ?? null);
      }
    }
  });
});

describe('mayNegate', () => {
  it('holds for every fixture sentence in which compromise tags a term Negative', () => {
    for (const t of [...refusals, ...plain, 'Could you update my address to 14 Glenageary Road, Dún Laoghaire?']) {
      for (const s of splitSentences(t, ownTextRanges(t))) {
        if (terms(parse(s.text)).some((x) => x.tags.has('Negative'))) expect(mayNegate(s.text), s.text).toBe(true);
      }
    }
  });

  it('is false for a sentence without a negation', () => {
    expect(mayNegate('The invoice went out on April 11 with net-30 terms.')).toBe(false);
  });
});
