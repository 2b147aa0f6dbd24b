#!/usr/bin/env node
// Scores the writer's own "no" (issue 14) through the project's command line, as the shared scripts do:
//   npm run --silent coach -- --jsonl FILE      (each line's "ownNo": null | { part, doorOpen, suggestions })
// against drafts labelled `refuses`, `part` (price|timing|terms|value|authority|null) and `doorOpen`.
// Usage: node tools/eval/own-no-score.mjs FILE [--bar NAME=VALUE ...]; exit 0 when every bar holds.
//   refusal_accuracy   refuses read right, over all drafts
//   refusal_recall     refusals found, over the drafts that refuse
//   false_refusal_rate drafts read as refusing that refuse nothing (a ceiling)
//   part_accuracy      part right (null included), over the drafts that refuse; a missed refusal counts wrong
//   door_accuracy      doorOpen right, over the drafts that refuse; a missed refusal counts wrong
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const [file, ...rest] = process.argv.slice(2);
if (!file) { console.error('usage: own-no-score.mjs FILE [--bar NAME=VALUE ...]'); process.exit(2); }
const bars = {};
for (let i = 0; i < rest.length; i++) if (rest[i] === '--bar') { const [k, v] = rest[++i].split('='); bars[k] = Number(v); }

const gold = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const run = spawnSync('npm', ['run', '--silent', 'coach', '--', '--jsonl', file], { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 180_000 });
if (run.status !== 0) { console.log(`coach --jsonl failed (exit ${run.status}): ${(run.stderr || run.stdout || '').trim().split('\n').slice(-3).join(' | ')}`); process.exit(1); }
const out = new Map(run.stdout.split('\n').filter((l) => l.trim()).map((l) => { const o = JSON.parse(l); return [o.id, o]; }));

let right = 0, found = 0, refusing = 0, falseRefusals = 0, calm = 0, part = 0, door = 0;
for (const g of gold) {
  const own = out.get(g.id)?.ownNo;
  if (own === undefined) { console.log(`no ownNo for ${g.id}`); process.exit(1); }
  if (!!own === !!g.refuses) right++;
  if (g.refuses) {
    refusing++;
    if (own) { found++; if ((own.part ?? null) === (g.part ?? null)) part++; if (!!own.doorOpen === !!g.doorOpen) door++; }
  } else { calm++; if (own) falseRefusals++; }
}
const metrics = {
  refusal_accuracy: right / gold.length,
  refusal_recall: found / Math.max(1, refusing),
  false_refusal_rate: falseRefusals / Math.max(1, calm),
  part_accuracy: part / Math.max(1, refusing),
  door_accuracy: door / Math.max(1, refusing),
};
let ok = true;
for (const [k, v] of Object.entries(metrics)) {
  const bar = bars[k];
  const ceiling = k.startsWith('false_');
  const pass = bar === undefined || (ceiling ? v <= bar : v >= bar);
  if (!pass) ok = false;
  console.log(`${k}: ${v.toFixed(3)}${bar === undefined ? '' : ` (bar ${ceiling ? '≤' : '≥'} ${bar}: ${pass ? 'ok' : 'MISSED'})`}`);
}
console.log(`own no: ${gold.length} drafts (${refusing} refuse), refusal ${metrics.refusal_accuracy.toFixed(3)} / part ${metrics.part_accuracy.toFixed(3)} / door ${metrics.door_accuracy.toFixed(3)}`);
process.exit(ok ? 0 : 1);
