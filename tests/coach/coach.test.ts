import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, createCoach } from '../../lib/coach';

const flags = (t: string, o = {}) => analyze(t, o).filter((f) => f.category !== 'strength');

describe('analyze', () => {
  it('returns findings whose offsets point at their text', () => {
    const t = "Hi Dana,\n\nWhy can't you deliver by Friday? As I said before, the date is firm.\nTake it or leave it.\n\nFine, forget it.";
    const found = analyze(t);
    expect(found.map((f) => f.category)).toEqual(['why', 'defensive', 'ego', 'withdrawal']);
    for (const f of found) expect(t.slice(f.start, f.end)).toBe(f.text);
  });

  it('keeps the benign look-alikes quiet', () => {
    for (const s of [
      "That's why I'm writing.",
      'I can see why the change caught you off guard.',
      'We regret to inform you that the venue is closed.',
      'There is a fault in the power supply.',
      'No worries, happy to help.',
      "Whatever you decide, we'll support it.",
      'With respect to the invoice, please see the attached.',
      'Per our conversation, attached is the draft.',
      "Make sure they're shut down tonight.",
      'THANKS FOR ALL YOUR HARD WORK!',
    ]) expect(flags(s), s).toEqual([]);
  });

  it('gives a sentence two categories when it carries both', () => {
    expect(new Set(flags('Why do we always have to chase you for updates?').map((f) => f.category))).toEqual(new Set(['why', 'defensive']));
  });

  it('notes strengths without counting them as flags', () => {
    const found = analyze('It sounds like the budget is tight. What would make this work for you? If you can sign this week, then we can hold the price.');
    expect(found.map((f) => f.technique.id)).toEqual(['label', 'calibrated-question', 'if-then']);
    expect(found.every((f) => f.category === 'strength' && f.suggestions.length === 0)).toBe(true);
  });

  it('ignores quoted history and the signature of a plain-text email', () => {
    expect(flags('Thanks.\n> Why not?\n-- \nWhy is this signed?')).toEqual([]);
    expect(flags('Thanks.\n> Why not?', {})).toEqual([]);
  });

  it('honours the options', () => {
    const t = 'Why not? This is non-negotiable. We will figure it out ourselves.';
    expect(flags(t, { categories: ['ego'] }).map((f) => f.category)).toEqual(['ego']);
    expect(flags(t, { disabledRules: ['why.direct-question'] }).some((f) => f.category === 'why')).toBe(false);
    expect(flags(t, { ignoredPhrases: ['NON-NEGOTIABLE'] }).some((f) => f.category === 'ego')).toBe(false);
    // go-it-alone speaks from `balanced` on; gentle keeps only the surest rules.
    expect(flags(t, { sensitivity: 'gentle' }).some((f) => f.group === 'withdrawal.go-it-alone')).toBe(false);
    expect(flags(t, { sensitivity: 'balanced' }).some((f) => f.group === 'withdrawal.go-it-alone')).toBe(true);
  });

  it('reads curly apostrophes like straight ones', () => {
    expect(flags('Why can’t you deliver by Friday?')[0]?.suggestions[0]).toBe('What would it take to deliver by Friday?');
  });
});

// Pieces of email, flagged and ordinary, for the property test.
const PIECES = [
  "Why can't you deliver by Friday? ", 'Thanks for the update. ', 'As I said before, the date is firm. ', 'Take it or leave it. ',
  'It sounds like the budget is tight. ', '\n', '\n\n', 'Hi Dana,\n', 'Fine. Do whatever you want. ', 'Per our agreement, fees are final. ',
  'Seriously? ', 'THIS IS UNACCEPTABLE!!! ', 'Let me know what you think. ', 'e.g. ', 'Mr. ', '1.5 ', '> quoted\n', 'why ', 'not ', 'you ',
];

describe('createCoach (incremental)', () => {
  it('returns exactly what a fresh analysis returns, after any sequence of edits', () => {
    const edit = fc.record({
      at: fc.nat(),
      del: fc.nat({ max: 40 }),
      ins: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })),
    });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), fc.array(edit, { maxLength: 12 }), (start, edits) => {
        const coach = createCoach();
        let text = start.join('');
        expect(coach.analyze(text)).toEqual(analyze(text));
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.ins + text.slice(Math.min(text.length, at + e.del));
          const found = coach.analyze(text);
          expect(found).toEqual(analyze(text));
          for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('hands back the same findings before an edit and moves only the ones after it', () => {
    const coach = createCoach();
    const before = 'Why can\'t you deliver by Friday? The order is late. As I said before, the date is firm.';
    const first = coach.analyze(before);
    expect(first).toHaveLength(2);
    const after = before.replace('late', 'very late');
    const second = coach.analyze(after);
    // The sentence before the edit did not move: its finding is the same object, not rebuilt.
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.start).toBe(first[1]!.start + 'very '.length);
    expect(after.slice(second[1]!.start, second[1]!.end)).toBe(second[1]!.text);
  });

  it('gives a placed finding its rewrites when it is copied or sent between frames', () => {
    const [f] = createCoach().analyze('Thanks. Why can\'t you deliver by Friday?');
    const fresh = analyze('Thanks. Why can\'t you deliver by Friday?')[0]!;
    expect(f!.suggestions.length).toBeGreaterThan(0);
    expect(structuredClone(f)).toEqual({ ...fresh });
    expect({ ...f }.suggestions).toEqual(fresh.suggestions);
    // A caller may set its own list (the page trims them); that stays the finding's.
    f!.suggestions = ['What would help here?'];
    expect(f!.suggestions).toEqual(['What would help here?']);
  });

  it('drops cached results when its options change', () => {
    const coach = createCoach();
    expect(coach.analyze('Why not?')).toHaveLength(1);
    coach.configure({ categories: ['ego'] });
    expect(coach.analyze('Why not?')).toHaveLength(0);
  });
});
