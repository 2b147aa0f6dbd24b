// Every act's examples run as tests with the whole rule set on, the way LanguageTool runs a rule's
// examples: a flag example must be reported by that act and no other, on the marked span, with the
// expected best swap; a quiet example (a look-alike) must get no card at all. Plus the invariants
// that keep rules-as-data honest.
import { describe, expect, it } from 'vitest';
import { ALL_RULES, currentDisabled, RULE_GROUPS } from '../../lib/coach/rules';
import { isFlagExample, readExample, type Rule } from '../../lib/coach/rules/types';
import { analyzeSentence, ruleSet } from '../../lib/coach/analyze';
import { triggerWords } from '../../lib/coach/triggers';
import { TECHNIQUES } from '../../lib/coach/techniques';
import type { Sensitivity } from '../../lib/coach/types';

const sets = new Map<Sensitivity, ReturnType<typeof ruleSet>>();
const wholeSet = (level: Sensitivity) => sets.get(level) ?? sets.set(level, ruleSet({ sensitivity: level, model: false })).get(level)!;

describe.each(ALL_RULES.map((r) => [r.id, r] as const))('%s', (_id, rule: Rule) => {
  const set = wholeSet(rule.level);
  const flags = rule.examples.filter(isFlagExample);
  const quiet = rule.examples.filter((e) => !isFlagExample(e)).map((e) => (e as { quiet: string }).quiet);

  it.each(flags.map((e) => [e.text, e] as const))('reports %j', (_text, e) => {
    const { sentence, span } = readExample(e);
    const found = analyzeSentence(sentence, set).filter((f) => f.category !== 'strength' || rule.category === 'strength');
    const mine = found.find((f) => f.rule === rule.id);
    expect(found.map((f) => f.rule), sentence).toContain(rule.id);
    expect({ start: mine!.start, end: mine!.end }).toEqual(span);
    expect(mine!.text).toBe(sentence.slice(span.start, span.end));
    if (e.swap !== undefined) expect(mine!.suggestions[0]).toBe(e.swap);
    // One card a sentence, unless the example declares the other category it also carries.
    const others = found.filter((f) => f !== mine);
    expect(others.map((f) => f.category)).toEqual(e.also ? [e.also] : []);
  });

  // A look-alike of a flag gets no flag card; a look-alike of a strength is not praised as one.
  it.each(quiet.map((s) => [s]))('gives no card for %j', (sentence) => {
    const cards = analyzeSentence(sentence, set).filter((f) => (rule.category === 'strength' ? f.group === rule.group : f.category !== 'strength'));
    expect(cards.map((f) => f.rule)).toEqual([]);
  });

  it('is well-formed data', () => {
    expect(rule.id).toMatch(/^(why|defensive|ego|withdrawal|strength)\.[a-z-]+\/[a-z-]+$/);
    expect(rule.id.startsWith(`${rule.category}.`)).toBe(true);
    expect(rule.message).toMatch(/^[A-Z"].*[.!?]$/);
    expect(TECHNIQUES[rule.technique]).toBeDefined();
    expect(flags.length).toBeGreaterThan(0);
    expect(quiet.length).toBeGreaterThan(0);
    // The first flag example is written the way LanguageTool writes one: with the swap it expects.
    if (rule.category !== 'strength') expect(flags[0]!.swap, 'first flag example needs its swap').toBeDefined();
    expect(Boolean(rule.detect) !== Boolean(rule.patterns?.length)).toBe(true);
    // One act, not a bin: a sub-rule with more patterns than this is several acts.
    expect((rule.patterns ?? []).length).toBeLessThanOrEqual(12);
    for (const p of [...(rule.patterns ?? []), ...(rule.unless ?? [])]) {
      // compromise does not support groups inside groups; a nested group silently never matches.
      expect(p, p).not.toMatch(/\([^()]*\(/);
      // Punctuation is not part of compromise's match syntax.
      expect(p, p).not.toMatch(/,\?|\\[.!?]/);
      // "word?" inside a group is a regular-expression habit: it makes the group unusable.
      expect(p, p).not.toMatch(/[a-z]\?[|)]/);
      // The writer is a word class, not a list typed out again.
      expect(p, p).not.toMatch(/\((i\|we|we\|i)\)/);
    }
  });

  it('can be pre-filtered: every pattern promises a trigger word', () => {
    // Only shape detectors look at every sentence; a pattern without a literal word would too.
    for (const p of rule.patterns ?? []) expect(triggerWords(p), p).not.toBeNull();
  });
});

describe('the rule set', () => {
  it('has unique group ids and unique acts in each group', () => {
    const ids = RULE_GROUPS.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const g of RULE_GROUPS) expect(new Set(g.rules.map((r) => r.act)).size, g.id).toBe(g.rules.length);
  });

  it('names each group for what it is', () => {
    for (const g of RULE_GROUPS) {
      expect(g.id.startsWith(`${g.category}.`)).toBe(true);
      expect(g.title, g.id).toMatch(/^[A-Z"'“].{3,60}[^.]$/);
    }
  });

  it('covers the four flag categories and strengths', () => {
    const cats = new Set(ALL_RULES.map((r) => r.category));
    expect([...cats].sort()).toEqual(['defensive', 'ego', 'strength', 'why', 'withdrawal']);
  });

  it('gives every flag a ready-to-insert suggestion that is not empty', () => {
    const set = ruleSet({ sensitivity: 'strict', model: false });
    for (const rule of ALL_RULES) {
      if (rule.category === 'strength') continue;
      for (const e of rule.examples.filter(isFlagExample)) {
        const { sentence } = readExample(e);
        for (const f of analyzeSentence(sentence, set).filter((x) => x.category !== 'strength')) {
          expect(f.suggestions.length, `${f.rule} on ${sentence}`).toBeGreaterThan(0);
          for (const sug of f.suggestions) expect(sug.trim().length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('turns a whole group off by its id, and by the id it had before a split', () => {
    const sentence = readExample(RULE_GROUPS.find((g) => g.id === 'ego.threat')!.rules[0]!.examples.find(isFlagExample)!).sentence;
    const on = analyzeSentence(sentence, ruleSet({ model: false }));
    expect(on.map((f) => f.group)).toContain('ego.threat');
    expect(analyzeSentence(sentence, ruleSet({ model: false, disabledRules: ['ego.threat'] })).map((f) => f.group)).not.toContain('ego.threat');
    for (const g of RULE_GROUPS) {
      for (const old of g.formerly ?? []) {
        const e = g.rules.flatMap((r) => r.examples).find(isFlagExample)!;
        const found = analyzeSentence(readExample(e).sentence, ruleSet({ sensitivity: 'strict', model: false, disabledRules: [old] }));
        expect(found.map((f) => f.group), `${old} -> ${g.id}`).not.toContain(g.id);
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
  it('reads a word class and every form of a verb as their words', () => {
    expect(triggerWords('#WeI {sue} you')).toEqual(expect.arrayContaining(['sue', 'sued', 'suing']));
    expect(triggerWords('you #Lawyer')).toEqual(expect.arrayContaining(['lawyer', 'solicitors']));
  });
});

describe('settings written before a split', () => {
  it('turn off the groups that took the old group over, and keep ids that still name a group', () => {
    const old = RULE_GROUPS.filter((g) => g.formerly?.includes('ego.power-play')).map((g) => g.id);
    expect(old.length).toBeGreaterThan(3);
    expect(currentDisabled(['ego.power-play', 'model.why']).sort()).toEqual([...old, 'model.why'].sort());
    // 'ego.threat' is still a group (veiled threats) and was split: it stays, and its successors join it.
    expect(currentDisabled(['ego.threat'])).toEqual(expect.arrayContaining(['ego.threat', 'ego.legal-threat', 'ego.walk-away-threat']));
  });
});
