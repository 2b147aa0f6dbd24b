#!/usr/bin/env node
// The project's whole test run (`npm test`): unit and component tests, end-to-end tests in real
// Chromium and Firefox ESR with the built extension, and the coach's measurements with their bars. Ends with the
// plain line `N passed, N failed` and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const out = '.ci-out';
mkdirSync(out, { recursive: true });
let passed = 0;
let failed = 0;

function run(label, cmd, args) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return r.status === 0;
}

function vitest(label, config, jsonFile) {
  const ok = run(label, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`]);
  if (!existsSync(jsonFile)) { failed++; console.log(`${label}: no report written`); return; }
  const report = JSON.parse(readFileSync(jsonFile, 'utf8'));
  passed += report.numPassedTests;
  // A file that failed before running any test (an import error) counts once; failed tests count each.
  const brokenFiles = (report.testResults ?? []).filter((r) => r.status === 'failed' && !(r.assertionResults ?? []).length).length;
  failed += report.numFailedTests + brokenFiles;
  if (!ok && report.numFailedTests === 0 && brokenFiles === 0) failed++; // crashed outside a test
}

vitest('unit and component tests', 'vitest.config.ts', `${out}/unit.json`);
if (existsSync('vitest.e2e.config.ts')) {
  // Both builds: the end-to-end tests load the Chrome build in Chromium and the Firefox build in Firefox ESR.
  if (run('build the extension', 'npx', ['wxt', 'build']) && run('build the extension for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox'])) vitest('end-to-end tests', 'vitest.e2e.config.ts', `${out}/e2e.json`);
  else failed++;
}
// Each measurement with its bar counts as one test.
const evals = JSON.parse(readFileSync('.ci/eval.json', 'utf8'));
for (const e of evals) {
  if (run(`measure: ${e.name}`, 'node', e.args)) passed++; else failed++;
}
// --- The shipped model is exactly what `npm run train` makes from the repository (counts as one test).
{
  const fresh = `${out}/model-retrained.json`;
  const ok = run('retrain the model and compare', 'npx', ['tsx', 'tools/train/train.ts', '--out', fresh]);
  const same = ok && existsSync(fresh) && readFileSync(fresh, 'utf8') === readFileSync('lib/coach/model/model.json', 'utf8');
  console.log(same ? 'model: identical to a fresh `npm run train`' : 'model: differs from a fresh `npm run train` (run it and commit lib/coach/model/model.json)');
  if (same) passed++; else failed++;
}
// --- The own-no reader likewise (counts as one test).
{
  const fresh = `${out}/own-no-retrained.json`;
  const ok = run('retrain the own-no reader and compare', 'npx', ['tsx', 'tools/train/own-no-train.ts', '--out', fresh]);
  const same = ok && existsSync(fresh) && readFileSync(fresh, 'utf8') === readFileSync('lib/coach/model/own-no.json', 'utf8');
  console.log(same ? 'own-no reader: identical to a fresh `npm run train`' : 'own-no reader: differs from a fresh `npm run train` (run it and commit lib/coach/model/own-no.json)');
  if (same) passed++; else failed++;
}
// --- Firefox build + `web-ext lint` (counts as one test: passes with no errors; warnings are printed).
{
  const ok = run('build for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
  const lint = ok ? spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--no-input', '--output', 'json'], { encoding: 'utf8' }) : null;
  let report = null;
  try { report = lint ? JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{'))) : null; } catch { report = null; }
  console.log('\n=== web-ext lint (Firefox build)');
  if (report) for (const kind of ['errors', 'warnings']) for (const m of report[kind]) console.log(`${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''} ${m.message}`);
  if (report && report.summary.errors === 0) { passed++; console.log(`web-ext lint: 0 errors, ${report.summary.warnings} warnings`); }
  else { failed++; console.log(`web-ext lint failed: ${report ? `${report.summary.errors} errors` : (lint?.stderr || 'no report')}`); }
}
// ---
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
