#!/usr/bin/env node
// `npm run eval`: every measurement of the coach with its bar; exits non-zero if any bar is missed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let failed = 0;
for (const e of JSON.parse(readFileSync(new URL('./eval.json', import.meta.url), 'utf8'))) {
  process.stdout.write(`${e.name.padEnd(22)} `);
  const r = spawnSync('node', e.args, { encoding: 'utf8' });
  const lines = (r.stdout + r.stderr).trim().split('\n');
  console.log(`${r.status === 0 ? 'pass' : 'FAIL'}  ${lines[lines.length - 1]}`);
  if (r.status !== 0) { failed++; for (const l of lines.slice(0, -1).slice(-15)) console.log(`    ${l}`); }
}
process.exit(failed ? 1 : 0);
