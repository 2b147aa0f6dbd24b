// Every rule's examples double as tests: `flag` examples fire the rule on its own, `quiet` ones
// (look-alikes) do not. Plus the invariants that keep rules-as-data honest.
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../lib/coach/rules';
import { analyzeSentence, ruleSet } from '../../lib/coach/analyze';
import { triggerWords } from '../../lib/coach/triggers';
import { TECHNIQUES } from '../../lib/coach/techniques';

describe.each(ALL_RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  const alone = ruleSet({ sensitivity: 'strict', model: false }, [rule]);

  it.each(rule.examples.flag.map((s) => [s]))('flags %j', (sentence) => {
    const found = analyzeSentence(sentence, alone);
    expect(found.map((f) => f.rule)).toContain(rule.id);
    for (const f of found) expect(sentence.slice(f.start, f.end)).toBe(f.text);
  });

  it.each(rule.examples.quiet.map((s) => [s]))('stays quiet on %j', (sentence) => {
    expect(analyzeSentence(sentence, alone)).toEqual([]);
  });

  it('is well-formed data', () => {
    expect(rule.id.startsWith(`${rule.category}.`)).toBe(true);
    expect(rule.message).toMatch(/^[A-Z"].*[.!?]$/);
    expect(TECHNIQUES[rule.technique]).toBeDefined();
    expect(rule.examples.flag.length).toBeGreaterThan(0);
    expect(rule.examples.quiet.length).toBeGreaterThan(0);
    expect(Boolean(rule.detect) !== Boolean(rule.patterns?.length)).toBe(true);
    for (const p of [...(rule.patterns ?? []), ...(rule.unless ?? [])]) {
      // compromise does not support groups inside groups; a nested group silently never matches.
      expect(p, p).not.toMatch(/\([^()]*\(/);
      // Punctuation is not part of compromise's match syntax.
      expect(p, p).not.toMatch(/,\?|\\[.!?]/);
      // "word?" inside a group is a regular-expression habit: it makes the group unusable.
      expect(p, p).not.toMatch(/[a-z]\?[|)]/);
    }
  });

  it('can be pre-filtered: every pattern promises a trigger word', () => {
    // Only shape detectors look at every sentence; a pattern without a literal word would too.
    for (const p of rule.patterns ?? []) expect(triggerWords(p), p).not.toBeNull();
  });
});

describe('the rule set', () => {
  it('has unique ids', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers the four flag categories and strengths', () => {
    const cats = new Set(ALL_RULES.map((r) => r.category));
    expect([...cats].sort()).toEqual(['defensive', 'ego', 'strength', 'why', 'withdrawal']);
  });

  it('gives every flag a ready-to-insert suggestion that is not empty', () => {
    const set = ruleSet({ sensitivity: 'strict' });
    for (const rule of ALL_RULES) {
      if (rule.category === 'strength') continue;
      for (const s of rule.examples.flag) {
        for (const f of analyzeSentence(s, set).filter((x) => x.category !== 'strength')) {
          expect(f.suggestions.length, `${f.rule} on ${s}`).toBeGreaterThan(0);
          for (const sug of f.suggestions) expect(sug.trim().length).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('trigger words', () => {
  it('takes the rarest mandatory part of a pattern', () => {
    expect(triggerWords('(you|you will) (#Adverb)? (regret|be sorry)')).toEqual(['regret', 'sorry']);
    expect(triggerWords('take it or leave it')).toHaveLength(1);
    expect(triggerWords("(don't|do not) take this")).toEqual(['take']);
  });
  it('promises nothing for a pattern of tags only', () => {
    expect(triggerWords('#Pronoun #Verb')).toBeNull();
  });
});
