// compromise's post-tagger tries ~570 tagging patterns on every clause of every parse. To pick the
// ones worth trying, its `bulkMatch` walks all ~730 hook words and tags for each clause and
// re-filters the long list it gathers three times; that was over half of a parse. This is the same
// selection done from the other side: the clause's own words and tags are looked up in the hooks,
// taken in the hooks' order, and each pattern is checked once. The patterns tried, their order and
// so the tags set are exactly compromise's (see tests/coach/sweep.test.ts).

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
type Terms = unknown[];
type MatchResult = { ptrs: number[][] };
export interface SweepMethods {
  one: {
    cacheDoc(document: Terms[]): Set<string>[];
    match(docs: Terms[], todo: NetMatch): MatchResult;
  };
}

/** Each hook's place in `Object.keys(net.hooks)`: compromise gathers candidates in that order. */
const ORDER = new WeakMap<Net, { rank: Map<string, number>; lists: NetMatch[][] }>();
function orderOf(net: Net) {
  let o = ORDER.get(net);
  if (!o) {
    const keys = Object.keys(net.hooks);
    o = { rank: new Map(keys.map((k, i) => [k, i])), lists: keys.map((k) => net.hooks[k]!) };
    ORDER.set(net, o);
  }
  return o;
}

/** The patterns worth trying on one clause, in compromise's order (its getHooks, trimDown and tooSmall). */
function candidates(haves: Set<string>, termCount: number, net: Net): NetMatch[] {
  const { rank, lists } = orderOf(net);
  const present: number[] = [];
  for (const item of haves) {
    const r = rank.get(item);
    if (r !== undefined) present.push(r);
  }
  present.sort((a, b) => a - b);
  const seen = new Set<string>();
  const out: NetMatch[] = [];
  const keep = (m: NetMatch) => {
    if (!m.needs.every((need) => haves.has(need))) return false;
    if (m.ifNo !== undefined && m.ifNo.some((no) => haves.has(no))) return false;
    if (m.wants.length !== 0) {
      let found = 0;
      for (const w of m.wants) if (haves.has(w)) found++;
      if (found < m.minWant) return false;
    }
    return true;
  };
  for (const r of present) {
    for (const m of lists[r]!) {
      // The first pattern of a given match text wins, before any filter (as compromise dedupes).
      if (seen.has(m.match)) continue;
      seen.add(m.match);
      if (keep(m) && termCount >= m.minWords) out.push(m);
    }
  }
  for (const m of net.always) if (termCount >= m.minWords) out.push(m);
  return out;
}

/** A drop-in for compromise's `methods.one.bulkMatch`: the same results in the same order. */
export function bulkMatch(document: Terms[], net: Net, methods: SweepMethods, opts: { matchOne?: boolean } = {}): unknown[] {
  const docCache = methods.one.cacheDoc(document);
  const results: unknown[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const m of candidates(docCache[n]!, document[n]!.length, net)) {
      const res = methods.one.match([document[n]!], m);
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
