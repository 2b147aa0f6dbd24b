// Reads each writer of the own-no drafts (data/corpus/own-no/) with a reader trained without them:
// how the shipped pipeline (lib/coach/own-no.ts) would read a writer it has never seen. This is
// where the reader's settings and thresholds are chosen; the held-out sets in data/fresh/ are not.
//   npx tsx tools/train/own-no-lowo.ts [--try '{"thresholds":{"partSure":0.3}}'] [--only n7,n8]
import { basename } from 'node:path';
import { readFileSync } from 'node:fs';
import { OWN_NO_SETTINGS, ownNoDraftFiles, trainOwnNo } from './own-no-train';
import { withTrial } from './settings';
import { useOwnNoModel } from '../../lib/coach/model/own-no-judge';
import { readOwnNo } from '../../lib/coach/own-no';

const arg = (name: string) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : undefined; };
const patch = JSON.parse(arg('--try') ?? '{}') as Record<string, unknown>;
const only = arg('--only')?.split(',');

const settings: typeof OWN_NO_SETTINGS = withTrial(OWN_NO_SETTINGS, patch);
const rows: { file: string; n: number; refusal: number; part: number; door: number; falseRefusal: number }[] = [];
for (const file of ownNoDraftFiles()) {
  const name = basename(file, '.jsonl');
  if (only && !only.includes(name)) continue;
  useOwnNoModel(trainOwnNo(settings, [file]));
  const drafts = readFileSync(new URL(`../../data/corpus/${file}`, import.meta.url), 'utf8').split('\n').filter(Boolean)
    .map((l) => JSON.parse(l) as { text: string; refuses: boolean; part: string | null; doorOpen: boolean });
  let right = 0, refusing = 0, part = 0, door = 0, calmRead = 0;
  for (const d of drafts) {
    const own = readOwnNo(d.text);
    if (!!own === d.refuses) right++;
    if (!d.refuses) { if (own) calmRead++; continue; }
    refusing++;
    if (own && (own.part ?? null) === (d.part ?? null)) part++;
    if (own && own.doorOpen === d.doorOpen) door++;
  }
  const row = { file: name, n: drafts.length, refusal: right / drafts.length, part: part / refusing, door: door / refusing, falseRefusal: calmRead / (drafts.length - refusing) };
  rows.push(row);
  console.log(`${name}: refusal ${row.refusal.toFixed(3)} / part ${row.part.toFixed(3)} / door ${row.door.toFixed(3)}, calm read as refusing ${row.falseRefusal.toFixed(3)}`);
}
const mean = (k: 'refusal' | 'part' | 'door' | 'falseRefusal') => rows.reduce((a, r) => a + r[k], 0) / rows.length;
console.log(`mean of ${rows.length} writers held out: refusal ${mean('refusal').toFixed(3)} / part ${mean('part').toFixed(3)} / door ${mean('door').toFixed(3)}, calm read as refusing ${mean('falseRefusal').toFixed(3)}${Object.keys(patch).length ? `  (with ${JSON.stringify(patch)})` : ''}`);
