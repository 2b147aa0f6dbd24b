// The rewrite review (issue 10's measure), in two steps that share one definition of "the rewrite":
//   tsx tools/review/pairs.ts QUESTIONS.jsonl > PAIRS.jsonl
//     for each why-question, its first "why" finding's first suggestion put in place of the finding's
//     span, as the writer would see it after one click; these pairs go to an independent reviewer.
//   tsx tools/review/pairs.ts QUESTIONS.jsonl --score REVIEWS.jsonl --pairs PAIRS.jsonl [...] [--bar 0.9]
//     the share of first suggestions that a reviewer marked fluent and faithful. A rewrite
//     that changed since the review counts as not reviewed (so not good) until it is read again.
import { readFileSync } from 'node:fs';
import { analyze } from '../../lib/coach';

interface Question { id: string; text: string }
export interface Pair { id: string; original: string; rewrite: string }
export interface Review { id: string; fluent: boolean; faithful: boolean }

const readJsonl = <T>(file: string): T[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);

export function pairFor(q: Question): Pair | null {
  const f = analyze(q.text).find((x) => x.category === 'why' && x.suggestions.length > 0);
  if (!f) return null;
  return { id: q.id, original: q.text, rewrite: q.text.slice(0, f.start) + f.suggestions[0] + q.text.slice(f.end) };
}

export interface Reading { rewrites: Map<string, string>; reviews: Map<string, Review> }

/** Good = a reviewer marked this very rewrite fluent and faithful; a changed one is not yet read. */
export function scoreReadings(pairs: Array<Pair | null>, readings: Reading[]) {
  let good = 0;
  let changed = 0;
  let none = 0;
  for (const p of pairs) {
    if (!p) { none++; continue; }
    const reading = readings.find((r) => r.rewrites.get(p.id) === p.rewrite);
    if (!reading) { changed++; continue; }
    const r = reading.reviews.get(p.id);
    if (r?.fluent && r.faithful) good++;
  }
  // Issue 10 asks about the first suggestions; a question with none is the detector's miss, shown beside.
  const shown = pairs.length - none;
  return { good, changed, none, shown, rate: shown ? good / shown : 0 };
}

function main(argv: string[]): number {
  const [file, ...rest] = argv;
  if (!file) {
    console.error('usage: pairs.ts QUESTIONS.jsonl [--score REVIEWS.jsonl --pairs PAIRS.jsonl [--bar RATE]]');
    return 2;
  }
  const option = (name: string) => { const i = rest.indexOf(name); return i >= 0 ? rest[i + 1] : undefined; };
  const questions = readJsonl<Question>(file);
  const pairs = questions.map(pairFor);
  if (!option('--score')) {
    for (const p of pairs) if (p) console.log(JSON.stringify(p));
    return 0;
  }
  // Several readings may be given (`--score R1 --pairs P1 --score R2 --pairs P2`): a rewrite counts
  // with the review of whichever reading saw exactly this rewrite, the latest first.
  const readings: Reading[] = [];
  rest.forEach((arg, i) => {
    if (arg !== '--score') return;
    const pairsAt = rest.indexOf('--pairs', i);
    readings.unshift({
      rewrites: new Map(readJsonl<Pair>(rest[pairsAt + 1]!).map((p) => [p.id, p.rewrite])),
      reviews: new Map(readJsonl<Review>(rest[i + 1]!).map((r) => [r.id, r])),
    });
  });
  const { good, changed, none, shown, rate } = scoreReadings(pairs, readings);
  const bar = option('--bar');
  console.log(`fluent_and_faithful=${rate.toFixed(3)} (${good} of ${shown} first suggestions; ${changed} changed since the review; ${none} of ${questions.length} questions got no why suggestion)`);
  return bar && rate < Number(bar) ? 1 : 0;
}

// Run as a command, not when a test imports it.
if (process.argv[1] && /pairs\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
