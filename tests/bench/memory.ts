// The engine's retained memory, in a fresh process run with `node --expose-gc --import tsx`:
// heap after loading the engine (compromise's model included) and a first small analysis (rules
// compiled), then after analysing a 10,000-word draft with the coach kept alive. Prints one JSON line.
import { draft } from './drafts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('memory.ts needs node --expose-gc');
  process.exit(2);
}
const heap = () => {
  for (let i = 0; i < 4; i++) gc();
  return process.memoryUsage().heapUsed;
};

const text = draft(10_000, 3);
const small = draft(200, 4);
const base = heap();
const { createCoach } = await import('../../lib/coach');
createCoach().analyze(small);
const loaded = heap();
let coach: ReturnType<typeof createCoach> | null = createCoach();
const findings = coach.analyze(text);
const retained = heap();
coach = null;
const dropped = heap();

console.log(JSON.stringify({
  draftChars: text.length,
  findings: findings.length,
  /** Engine code, compromise's model and the compiled rules. */
  engineLoadedBytes: loaded - base,
  /** What a live coach keeps after a 10,000-word draft (its sentence cache and the findings). */
  retainedAfter10kBytes: retained - loaded,
  /** Given back when the coach is dropped. */
  freedOnDropBytes: retained - dropped,
}));
