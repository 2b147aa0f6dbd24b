// Noun phrases: the topic a template borrows from a sentence (the thread view's concerns are tested in thread.test.ts).
import { describe, expect, it } from 'vitest';
import { nounPhrases, topicOf } from '../../lib/coach/noun-phrases';

describe('nounPhrases', () => {
  it('finds the phrases in order, with their offsets', () => {
    const s = 'We can not accept the 50% deposit before last year\'s price is honoured.';
    const { chunks } = nounPhrases(s);
    expect(chunks.map((c) => c.text)).toContain('the 50% deposit');
    for (const c of chunks) expect(s.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('topicOf', () => {
  it('takes the thing acted on, made neutral', () => {
    expect(topicOf('You lost my pallets again.')).toBe('the pallets');
    expect(topicOf('Per your last email, the figures were correct.')).toBe('the figures');
    expect(topicOf('The 5:30am class is gone and there is nothing before 7 now.')).toBe('the 5:30am class');
  });
  it('leaves people, times, fillers and words that are not nouns alone', () => {
    for (const s of ['Whatever.', 'Fine, we will stop after that.', 'Her father and I talked it over.', 'We will not hesitate to call our lawyers.', 'I work in healthcare myself.', 'I will nip to the cash and carry.', 'Not much trouble at all.']) {
      expect(topicOf(s), s).toBeNull();
    }
  });
});

