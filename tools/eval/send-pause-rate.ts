// The share of ordinary mail a breath before Send would stop (issue 14): every text of a JSONL
// corpus is analysed as a draft, read for heat as the extension reads it, and asked whether it
// pauses. Usage: node --import tsx tools/eval/send-pause-rate.ts FILE [--bar MAX]; exit 1 above MAX.
import { readFileSync } from 'node:fs';
import { createCoach } from '../../lib/coach';
import { countFlags } from '../../lib/coach/categories';
import { readDraft } from '../../lib/coach/thread-heat';
import { sendPauseFor } from '../../lib/coach/send-pause';

const [file, ...rest] = process.argv.slice(2);
if (!file) { console.error('usage: send-pause-rate.ts FILE [--bar MAX]'); process.exit(2); }
const bar = rest[0] === '--bar' ? Number(rest[1]) : undefined;
const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string });
const coach = createCoach({});
let paused = 0;
for (const r of rows) {
  const findings = coach.analyze(r.text);
  const counts = countFlags(findings);
  if (sendPauseFor(readDraft(r.text, counts), counts)) paused++;
}
const rate = paused / rows.length;
const pass = bar === undefined || rate <= bar;
console.log(`send pause: ${paused} of ${rows.length} drafts paused (${(rate * 100).toFixed(1)}%)${bar === undefined ? '' : ` (bar ≤ ${(bar * 100).toFixed(1)}%: ${pass ? 'ok' : 'MISSED'})`}`);
process.exit(pass ? 0 : 1);
