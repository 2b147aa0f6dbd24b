// compromise's post-tagger tries ~570 tagging patterns on every clause of every parse. To pick the
// ones worth trying, its `bulkMatch` walks all ~730 hook words and tags for each clause and
// re-filters the long list it gathers three times; that was over half of a parse. This is the same
// selection done from the other side: the clause's own words and tags are looked up in the hooks,
// taken in the hooks' order, and each pattern is checked once. The patterns tried, their order and
// so the tags set are exactly compromise's (see tests/coach/sweep.test.ts).
//
// Trying one pattern on a clause, compromise's matcher copies the clause's tail at every word and
// walks the pattern from there; most patterns fail on their first word. `matchClause` asks that
// first word's question first, with compromise's own term test, and walks only where it holds.
// compromise exports neither piece, so they are imported from its source (the version is pinned).
// @ts-expect-error compromise ships no types for its internals
import tryHere from '../../node_modules/compromise/src/1-one/match/methods/match/02-from-here.js';
// @ts-expect-error compromise ships no types for its internals
import termMatches from '../../node_modules/compromise/src/1-one/match/methods/match/term/doesMatch.js';
// @ts-expect-error compromise ships no types for its internals
import notIf from '../../node_modules/compromise/src/1-one/match/methods/match/03-notIf.js';
// @ts-expect-error compromise ships no types for its internals
import getGroup from '../../node_modules/compromise/src/1-one/match/methods/match/03-getGroup.js';

/** A compiled tagging pattern, as compromise's `buildNet` leaves it. */
export interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
  [key: string]: unknown;
}
export interface Net { hooks: Record<string, NetMatch[]>; always: NetMatch[] }
type Term = { id: string };
type Terms = Term[];
type MatchResult = { ptrs: unknown[][] };
interface Reg { optional?: boolean; negative?: boolean; anything?: boolean; greedy?: boolean; start?: boolean; end?: boolean; choices?: unknown[] }
type Found = { pointer: unknown[]; groups: Record<string, unknown[]> };
const tryFrom = tryHere as (terms: Terms, regs: Reg[], startAt: number, length: number) => Found | null;
const matches = termMatches as (term: Term, reg: Reg, index: number, length: number) => boolean | null;
const keepNot = notIf as (results: Found[], not: unknown, docs: Terms[]) => Found[];
const grouped = getGroup as (results: Found[], group: unknown) => MatchResult;
export interface SweepMethods {
  one: {
    cacheDoc(document: Terms[]): Set<string>[];
    match(docs: Terms[], todo: NetMatch): MatchResult;
  };
}

/**
 * Each hook's place in `Object.keys(net.hooks)` (compromise gathers candidates in that order), and
 * each pattern of a hook's list as numbers: its match text's (so "seen this text already" is a stamp
 * in an array, not a set of strings built for every clause) and its words and tags' (so a clause's
 * words and tags are a table of flags, not a set asked with strings).
 */
interface Compiled { textId: number; needs: Int32Array; ifNo: Int32Array | null; wants: Int32Array; minWant: number; minWords: number }
interface Order {
  rank: Map<string, number>; lists: NetMatch[][]; compiled: Compiled[][];
  /** Every word and tag a pattern asks about, numbered. */
  ids: Map<string, number>;
  stamps: Int32Array; epoch: number; present: Uint8Array;
}
const ORDER = new WeakMap<Net, Order>();
function orderOf(net: Net): Order {
  let o = ORDER.get(net);
  if (!o) {
    const keys = Object.keys(net.hooks);
    const texts = new Map<string, number>();
    const ids = new Map<string, number>();
    const number = (m: Map<string, number>, k: string) => { let id = m.get(k); if (id === undefined) m.set(k, (id = m.size)); return id; };
    const lists = keys.map((k) => net.hooks[k]!);
    const compiled = lists.map((list) => list.map((m): Compiled => ({
      textId: number(texts, m.match),
      needs: Int32Array.from(m.needs, (x) => number(ids, x)),
      ifNo: m.ifNo === undefined ? null : Int32Array.from(m.ifNo, (x) => number(ids, x)),
      wants: Int32Array.from(m.wants, (x) => number(ids, x)),
      minWant: m.minWant,
      minWords: m.minWords,
    })));
    o = { rank: new Map(keys.map((k, i) => [k, i])), lists, compiled, ids, stamps: new Int32Array(texts.size), epoch: 0, present: new Uint8Array(ids.size) };
    ORDER.set(net, o);
  }
  return o;
}

/** Whether a pattern's words and tags are all in the clause (compromise's trimDown). */
function fits(c: Compiled, present: Uint8Array): boolean {
  for (let i = 0; i < c.needs.length; i++) if (present[c.needs[i]!] === 0) return false;
  if (c.ifNo !== null) for (let i = 0; i < c.ifNo.length; i++) if (present[c.ifNo[i]!] === 1) return false;
  if (c.wants.length !== 0) {
    let found = 0;
    for (let i = 0; i < c.wants.length; i++) found += present[c.wants[i]!]!;
    if (found < c.minWant) return false;
  }
  return true;
}

/** The patterns worth trying on one clause, in compromise's order (its getHooks, trimDown and tooSmall). */
function candidates(haves: Set<string>, termCount: number, net: Net): NetMatch[] {
  const o = orderOf(net);
  const hooks: number[] = [];
  const flagged: number[] = [];
  for (const item of haves) {
    const r = o.rank.get(item);
    if (r !== undefined) hooks.push(r);
    const id = o.ids.get(item);
    if (id !== undefined) { o.present[id] = 1; flagged.push(id); }
  }
  hooks.sort((a, b) => a - b);
  // A new stamp for this clause: a text is seen when its stamp is this one.
  const epoch = ++o.epoch;
  const { stamps, present } = o;
  const out: NetMatch[] = [];
  for (const r of hooks) {
    const list = o.lists[r]!;
    const compiled = o.compiled[r]!;
    for (let i = 0; i < list.length; i++) {
      // The first pattern of a given match text wins, before any filter (as compromise dedupes).
      const c = compiled[i]!;
      if (stamps[c.textId] === epoch) continue;
      stamps[c.textId] = epoch;
      if (termCount >= c.minWords && fits(c, present)) out.push(list[i]!);
    }
  }
  for (const id of flagged) present[id] = 0;
  for (const m of net.always) if (termCount >= m.minWords) out.push(m);
  return out;
}

/** A drop-in for compromise's `methods.one.bulkMatch`: the same results in the same order. */
export function bulkMatch(document: Terms[], net: Net, methods: SweepMethods, opts: { matchOne?: boolean } = {}): unknown[] {
  const docCache = methods.one.cacheDoc(document);
  const results: unknown[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const m of candidates(docCache[n]!, document[n]!.length, net)) {
      const res = matchClause(document[n]!, m as unknown as Todo) ?? methods.one.match([document[n]!], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo: Record<string, unknown> = Object.assign({}, m, { pointer: ptr });
        if (m.unTag !== undefined) todo.unTag = m.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}

interface Todo { regs?: Reg[]; group?: unknown; justOne?: boolean; notIf?: unknown }

/** A first pattern word whose failure fails the whole try: compromise's walk tests it plainly first. */
const plainFirst = (r: Reg) => r.optional !== true && r.negative !== true && r.anything !== true && r.greedy !== true
  && r.start !== true && r.end !== true && r.choices === undefined;

/**
 * compromise's `runMatch` on one clause, for a pattern whose first word is plain: the same walk, the
 * same skipping over a match and the same results, but the tail is copied and walked only at words
 * that pass the first word's test. Null for any other pattern (then compromise's own is used).
 */
function matchClause(terms: Terms, todo: Todo): MatchResult | null {
  const { regs, group, justOne } = todo;
  if (!regs || regs.length === 0 || !plainFirst(regs[0]!)) return null;
  let minLength = 0;
  for (const r of regs) if (r.optional !== true && r.negative !== true) minLength++;
  const first = regs[0]!;
  let results: Found[] = [];
  for (let i = 0; i < terms.length; i += 1) {
    if (terms.length - i < minLength) break;
    if (matches(terms[i]!, first, i, terms.length) !== true) continue;
    const res = tryFrom(terms.slice(i), regs, i, terms.length);
    if (!res) continue;
    res.pointer[0] = 0;
    for (const k of Object.keys(res.groups)) res.groups[k]![0] = 0;
    results.push(res);
    if (justOne === true) break;
    const end = res.pointer[2] as number;
    if (Math.abs(end - 1) > i) i = Math.abs(end - 1);
  }
  if (regs[regs.length - 1]!.end === true) results = results.filter((r) => terms.length === r.pointer[2]);
  if (todo.notIf) results = keepNot(results, todo.notIf, [terms]);
  const out = grouped(results, group);
  for (const ptr of out.ptrs) {
    ptr[3] = terms[ptr[1] as number]!.id;
    ptr[4] = terms[(ptr[2] as number) - 1]!.id;
  }
  return out;
}
