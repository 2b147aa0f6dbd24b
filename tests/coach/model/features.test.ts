import { describe, expect, it } from 'vitest';
import { featureKeys, features, hashKey, stem, tokenize } from '../../../lib/coach/model/features';

const stems = (s: string) => tokenize(s).map((t) => t.stem);

describe('tokenize', () => {
  it('reads contractions and their apostrophe-less spellings alike', () => {
    expect(stems("You didn't send it")).toEqual(stems('you didnt send it'));
    expect(stems("I can't")).toEqual(['i', 'can', 'not']);
    expect(stems('u wont')).toEqual(['you', 'will', 'not']);
    expect(stems("that's why i'm here")).toEqual(['that', 'is', 'why', 'i', 'am', 'here']);
  });
  it('keeps a possessive apart from "is"', () => {
    expect(stems("Maria's invoice")).toEqual(['maria', "'s", 'invoic']);
  });
  it('maps numbers to one token and keeps ! and ?', () => {
    expect(stems('Pay 4,500 now!?')).toEqual(['pay', '<num>', 'now', '!', '?']);
  });
  it('with `amounts`, reads a sum of money and a share as such; without, as any number', () => {
    expect(tokenize('We can’t go to £9,000 or 30 % up front, only $12.90 by Friday', { amounts: true }).map((t) => t.stem))
      .toEqual(['we', 'can', 'not', 'go', 'to', '<money>', 'or', '<share>', 'up', 'front', 'only', '<money>', 'by', 'friday']);
    expect(stems('£9,000 or 30%')).toEqual(['<num>', 'or', '<num>']);
  });
  it('points each token back at its word', () => {
    const text = 'Why wasnt I told?';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toMatch(/^[A-Za-z?]+$/);
  });
  it('does not read object properties as words', () => {
    expect(stems('constructor toString hasOwnProperty')).toHaveLength(3);
  });
});

describe('stem', () => {
  it('maps inflections of a word to one stem', () => {
    expect(new Set(['refuse', 'refused', 'refuses', 'refusing'].map(stem)).size).toBe(1);
    expect(new Set(['stop', 'stopped', 'stopping', 'stops'].map(stem)).size).toBe(1);
    expect(stem('business')).toBe(stem('business'));
    expect(stem('status')).toBe('status');
  });
});

describe('features', () => {
  it('are the same for the same text, and hash the keys they read as', () => {
    const text = 'Why on earth would we ever accept THIS?!';
    const a = features(text);
    expect(a).toEqual(features(text));
    const keys = featureKeys(text);
    expect(a.length).toBe(keys.length);
    expect(Array.from(a.hashes.subarray(0, a.length))).toEqual(keys.map((k) => hashKey(k.key)));
    expect(a.tokens).toBe(tokenize(text).length);
  });
  it('hold each feature once', () => {
    const keys = featureKeys('no no no, not now, no').map((k) => k.key);
    expect(keys.filter((k) => k === 'w:no')).toHaveLength(1);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('point each feature at the tokens it came from', () => {
    const text = "You didnt send the invoice";
    const toks = tokenize(text);
    const keys = featureKeys(text);
    const pair = keys.find((k) => k.key === '2:send the')!;
    expect(toks.slice(pair.from, pair.to).map((t) => t.stem)).toEqual(['send', 'the']);
    // "didnt" is two tokens (did, not) from one word: its character grams go to both.
    const gram = keys.find((k) => k.key === 'c:<did')!;
    expect(toks.slice(gram.from, gram.to).map((t) => t.stem)).toEqual(['did', 'not']);
    // The sentence's edges cover no word of their own.
    const start = keys.find((k) => k.key === '2:^ you')!;
    expect([start.from, start.to]).toEqual([0, 1]);
  });
  it('include surface cues', () => {
    const keys = (s: string) => new Set(featureKeys(s).map((f) => f.key));
    expect(keys('why wasnt i copied')).toContain('s:why0');
    expect(keys('why wasnt i copied')).toContain('s:lower');
    expect(keys('THIS IS NOT WHAT WE AGREED!!!')).toContain('s:capsall');
    expect(keys('THIS IS NOT WHAT WE AGREED!!!')).toContain('s:bang2');
    expect(keys('Send the SLA and the NDA today.')).not.toContain('s:caps1');
    expect(keys('You never told us.')).toContain('s:you-neg');
  });
  it('has a stable hash (the model file depends on it)', () => {
    expect(hashKey('w:why')).toBe(hashKey('w:why'));
    expect(hashKey('')).toBe(0x811c9dc5);
    expect(hashKey('a')).toBe(0xe40c292c);
  });
});
