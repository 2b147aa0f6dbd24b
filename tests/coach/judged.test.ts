// Rules and the learned judgement together: what a model finding looks like and what governs it.
// The sentences are written for this test; none is in the training corpus.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/coach';
import { parse } from '../../lib/coach/nlp';

const MODEL_FLAGGED = [
  'Really impressive how your team manages to lose every single shipment we send.',
  "I'll stop chasing the invoice and close the account at the end of the month.",
  "If your firm can't handle an order this size, we will find a supplier who can.",
];

describe('model findings', () => {
  it.each(MODEL_FLAGGED.map((s) => [s]))('%s: flagged with the words that weighed most and swaps that keep the topic', (text) => {
    const fromModel = analyze(text).filter((f) => f.rule.startsWith('model.'));
    expect(fromModel.length).toBeGreaterThan(0);
    const rulesOnly = analyze(text, { model: false }).filter((f) => f.category !== 'strength');
    for (const f of fromModel) {
      expect(rulesOnly.some((r) => r.category === f.category)).toBe(false);
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.because?.length).toBeGreaterThan(0);
      for (const b of f.because!) expect(text.slice(b.start, b.end)).toBe(b.text);
      expect(f.suggestions.length).toBeGreaterThan(0);
      // Never only a generic line: a swap names the sentence's own topic.
      expect(f.suggestions.some((s) => /\bthe (?:shipment|account|invoice|supplier|order)\b/.test(s)), f.suggestions.join(' | ')).toBe(true);
    }
  });

  it('keeps offsets in a longer email', () => {
    const text = `Hi Sam,\n\nThanks for the call. ${MODEL_FLAGGED[1]}\n\nBest,\nAna`;
    const f = analyze(text).find((x) => x.rule.startsWith('model.'))!;
    expect(text.slice(f.start, f.end)).toBe(MODEL_FLAGGED[1]);
    for (const b of f.because!) expect(text.slice(b.start, b.end)).toBe(b.text);
  });

  it('follows the settings: off, a category turned off, an ignored phrase', () => {
    const text = MODEL_FLAGGED[0]!;
    const cat = analyze(text).find((f) => f.rule.startsWith('model.'))!.category;
    expect(analyze(text, { model: false }).some((f) => f.rule.startsWith('model.'))).toBe(false);
    expect(analyze(text, { disabledRules: [`model.${cat}`] }).some((f) => f.rule === `model.${cat}`)).toBe(false);
    expect(analyze(text, { categories: ['why'] }).some((f) => f.rule.startsWith('model.'))).toBe(false);
    expect(analyze(text, { ignoredPhrases: ['every single shipment'] }).some((f) => f.rule.startsWith('model.'))).toBe(false);
  });

  it('says nothing about noise, code or another language', () => {
    for (const t of ['aGVsbG8gd29ybGQgdGhpcyBpcyBiYXNlNjQ=', '$$$ !!! ### ??? %%% !!!', 'if (!ok) { throw err; } return x;', 'Das ist wirklich nicht akzeptabel, wir sind sehr enttäuscht.']) {
      expect(analyze(t).filter((f) => f.category !== 'strength'), t).toEqual([]);
    }
  });

  it('never calls a How/What question a why-demand, and rests no flag on "why" alone', () => {
    for (const t of ['What would it take to get the pallets here by Friday?', 'How did the team land on that figure?', 'I can see why the change caught your team off guard.']) {
      expect(analyze(t).filter((f) => f.rule === 'model.why'), t).toEqual([]);
    }
  });
});

describe('a heated message', () => {
  // Calm sentences with some of the words hostile ones use: what the model makes of each alone.
  const BORDERLINE = [
    'I will send the revised figures again once the team has checked them.',
    'As far as I know the pallets left the depot on Tuesday.',
    'We followed the usual process for the refund, so it should reach you this week.',
    'Please confirm who signs off the variation before Friday.',
  ];
  const HEAT = MODEL_FLAGGED[0]!;

  it('flags a borderline sentence beside a flag that it leaves alone in a calm message', () => {
    const borderline = 'Noted, we will take it from here then.';
    const after = (first: string) => analyze(`${first} ${borderline}`).filter((f) => f.start > first.length).map((f) => f.rule);
    expect(analyze(borderline)).toEqual([]);
    expect(after('Thanks for the update on the shipment.')).toEqual([]);
    expect(after(HEAT)).toContain('model.withdrawal');
  });

  it('reads a sentence beside a flag at least as strongly as alone, and changes nothing in a calm message', () => {
    const calm = BORDERLINE.join(' ');
    const alone = BORDERLINE.flatMap((s) => analyze(s));
    expect(analyze(calm).map((f) => f.rule)).toEqual(alone.map((f) => f.rule));
    const heated = `${HEAT} ${calm}`;
    const found = analyze(heated);
    let at = HEAT.length + 1;
    for (const s of BORDERLINE) {
      const own = found.filter((f) => f.start >= at && f.end <= at + s.length);
      // Every finding of the sentence alone is still there; anything more is the model's.
      for (const f of analyze(s)) expect(own.some((g) => g.rule === f.rule)).toBe(true);
      for (const g of own) if (!analyze(s).some((f) => f.rule === g.rule)) expect(g.rule.startsWith('model.')).toBe(true);
      at += s.length + 1;
    }
  });
});
