// The literal pattern language (lexicon.ts): what it adds for readers that never parse.
import { describe, expect, it } from 'vitest';
import '../../lib/coach/nlp';
import { literalRegExp } from '../../lib/coach/lexicon';

const first = (patterns: string[], text: string, options?: { wordChars?: string }) => {
  const m = literalRegExp(patterns, options).exec(text);
  return m ? m[0] : null;
};

describe('literalRegExp', () => {
  it('reads amounts, percentages, numbers, days and months by their shape', () => {
    expect(first(['#Money'], 'That is $1,200 a month')).toBe('$1,200');
    expect(first(['#Money'], 'about £40k all in')).toBe('£40k');
    expect(first(['#Money'], 'some 300 usd more')).toBe('300 usd');
    expect(first(['#Money'], 'a 1,200 square foot room')).toBeNull();
    expect(first(['#Percent (more|higher)'], 'it is 15% more')).toBe('15% more');
    expect(first(['#Percent (more|higher)'], 'it is 15 more')).toBeNull();
    expect(first(['minimum of #NumericValue'], 'a minimum of 500 units')).toBe('minimum of 500');
    expect(first(['until the? #DayNumber'], 'booked until the 18th')).toBe('until the 18th');
    expect(first(['until the? #DayNumber'], 'not until 2027')).toBeNull();
    expect(first(['before #Month'], 'not before March')).toBe('before March');
  });

  it('reads `.`, `.?` and `.{0,N}` as words, up to N of them', () => {
    const re = ['need .{0,3} approval'];
    expect(first(re, 'we need approval')).toBe('need approval');
    expect(first(re, "we need the board's final approval")).toBe("need the board's final approval");
    expect(first(re, 'we need the whole board to give approval')).toBeNull();
    expect(first(['.? rounds are the limit'], 'two rounds are the limit')).toBe('two rounds are the limit');
  });

  it('repeats a part marked `*`', () => {
    expect(first(['waive (any|all|future)* claims'], 'we waive any future claims')).toBe('waive any future claims');
    expect(first(['waive (any|all|future)* claims'], 'we waive claims')).toBe('waive claims');
    expect(first(['waive (any|all|future)* claims'], 'we waive those claims')).toBeNull();
  });

  it('hangs a pattern that opens with a clitic on the word before it', () => {
    expect(first(["'d (need|prefer)"], "we'd need more time")).toBe("'d need");
    expect(first(["'d (need|prefer)"], "'d need")).toBeNull();
  });

  it('keeps hyphenated words whole when the hyphen is a word character', () => {
    const cue = { wordChars: '-' };
    expect(first(['deal-breaker'], 'that is a deal breaker', cue)).toBe('deal breaker');
    expect(first(['deal-breaker'], 'that is a deal-breaker', cue)).toBe('deal-breaker');
    expect(first(['#NumericValue-day terms'], 'on 30-day terms', cue)).toBe('30-day terms');
    expect(first(['cost'], 'a low-cost option', cue)).toBeNull();
    // By default (heat) a hyphen only matches a hyphen, and "low-cost" holds "cost".
    expect(first(['deal-breaker'], 'that is a deal breaker')).toBeNull();
    expect(first(['cost'], 'a low-cost option')).toBe('cost');
  });

  it('still refuses what needs a parse', () => {
    expect(() => literalRegExp(['#Noun price'])).toThrow();
    expect(() => literalRegExp(['(a|b){0,2}'])).toThrow();
  });
});

describe('word classes and verb forms', () => {
  it('puts a class on the words of a parse as a tag, without changing how compromise reads them', async () => {
    const { parse } = await import('../../lib/coach/nlp');
    const doc = parse("We'll call our lawyers, you useless lot.");
    const { compile, matchSpans } = await import('../../lib/coach/nlp');
    expect(matchSpans(doc, compile('#WeI will {call} our #Lawyer')).length).toBe(1);
    expect(doc.has('#Insult')).toBe(true);
    expect(doc.has('useless #Adjective')).toBe(false);
    expect(doc.match('useless').has('#Adjective')).toBe(true);
  });

  it('spells {verb} as every form, joining a group rather than nesting one', async () => {
    const { expandVerbs, verbForms } = await import('../../lib/coach/lexicon');
    expect(verbForms('call')).toEqual(expect.arrayContaining(['call', 'calls', 'called', 'calling']));
    expect(expandVerbs('{sue} you')).toMatch(/^\(sue\|.*sued.*\) you$/);
    expect(expandVerbs('({call}|phone) me')).not.toMatch(/\(\(/);
  });

  it('knows acronyms from a raised voice', async () => {
    const { isAcronym } = await import('../../lib/coach/lexicon');
    for (const w of ['CEO', 'KPIS', "CFO'S", 'Q3', '4K']) expect(isAcronym(w), w).toBe(true);
    for (const w of ['NEVER', 'ITS', 'STOP']) expect(isAcronym(w), w).toBe(false);
  });
});
