// The coach as a linter for text files, and the entry the evaluation scripts drive.
//   coach FILE|-            readable report
//   coach --json FILE|-     { findings, no, ownNo }
//   coach --jsonl FILE      one { id, findings, no, ownNo } line per input line
//   coach --thread FILE     thread summary of a JSON array of messages
// Bad input gets one line on stderr and exit status 2; output is written only when all input is valid.
import { readFileSync } from 'node:fs';
import { createCoach, decodeNo, readOwnNo, summarizeThread, SENSITIVITIES, type Finding, type Sensitivity, type ThreadMessage } from '../coach';

class UsageError extends Error {}

const USAGE = `usage: coach [--json | --jsonl | --thread] [--sensitivity gentle|balanced|strict] [--rules-only] FILE|-
  FILE|-          an email as plain text (- reads standard input): a readable report
  --json          one JSON object: { "findings": [...], "no": ..., "ownNo": ... }
  --jsonl FILE    each line a JSON object with "id" and "text"; one result line per input line
  --thread FILE   a JSON array of { "from", "date", "text", "mine" }: the thread summary
  --rules-only    the rules without the learned judgement (for comparison)`;

interface Args { mode: 'report' | 'json' | 'jsonl' | 'thread'; file: string; sensitivity: Sensitivity; model: boolean }

function parseArgs(argv: string[]): Args {
  let mode: Args['mode'] = 'report';
  let file: string | undefined;
  let sensitivity: Sensitivity = 'balanced';
  let model = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json' || a === '--jsonl' || a === '--thread') {
      if (mode !== 'report') throw new UsageError('choose one of --json, --jsonl, --thread');
      mode = a.slice(2) as Args['mode'];
    } else if (a === '--sensitivity') {
      const v = argv[++i];
      if (!v || !SENSITIVITIES.includes(v as Sensitivity)) throw new UsageError(`--sensitivity takes one of ${SENSITIVITIES.join(', ')}`);
      sensitivity = v as Sensitivity;
    } else if (a === '--rules-only') {
      model = false;
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    } else if (a.startsWith('--') ) {
      throw new UsageError(`unknown option ${a}`);
    } else if (file === undefined) {
      file = a;
    } else {
      throw new UsageError(`one input file only (got "${file}" and "${a}")`);
    }
  }
  if (file === undefined) throw new UsageError('no input file (use - for standard input)');
  if ((mode === 'jsonl' || mode === 'thread') && file === '-') file = '/dev/stdin';
  return { mode, file, sensitivity, model };
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new UsageError(`cannot read ${file}: ${why}`);
  }
}

/** The draft read as the writer's own refusal: null when it refuses nothing. */
const publicOwnNo = (text: string) => {
  const own = readOwnNo(text);
  return own ? { part: own.part, doorOpen: own.doorOpen, suggestions: own.suggestions.map((s) => s.text) } : null;
};

const publicNo = (text: string) => {
  const no = decodeNo(text);
  return no ? { reason: no.reason, confidence: no.confidence, nextMove: no.nextMove } : null;
};

function lineCol(text: string, offset: number): string {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) { line++; last = i; }
  return `${line}:${offset - last}`;
}

function report(file: string, text: string, findings: Finding[]): string {
  const name = file === '-' ? '<stdin>' : file;
  const rows = findings.map((f) => {
    const best = f.suggestions[0] ? `  → ${f.suggestions[0]}` : '';
    const label = f.category === 'strength' ? `strength (${f.technique.name.toLowerCase()})` : f.category;
    return `${name}:${lineCol(text, f.start)}  ${label.padEnd(10)}  "${f.text.length > 60 ? f.text.slice(0, 57) + '…' : f.text}" ${f.message}${best}`;
  });
  const flags = findings.filter((f) => f.category !== 'strength');
  const strengths = findings.length - flags.length;
  const no = decodeNo(text);
  rows.push('');
  rows.push(`${flags.length} to reconsider, ${strengths} strength${strengths === 1 ? '' : 's'}.`);
  if (no) rows.push(`Their "no" reads as ${no.reason} (confidence ${no.confidence}). Next move: ${no.nextMove}`);
  return rows.join('\n') + '\n';
}

function parseJsonl(file: string, text: string): Array<{ id: unknown; text: string }> {
  const items: Array<{ id: unknown; text: string }> = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let o: unknown;
    try { o = JSON.parse(line); } catch (e) { throw new UsageError(`${file}:${i + 1}: invalid JSON (${(e as Error).message})`); }
    if (!o || typeof o !== 'object' || Array.isArray(o)) throw new UsageError(`${file}:${i + 1}: expected a JSON object`);
    const rec = o as Record<string, unknown>;
    if (!('id' in rec) || rec.id === null || rec.id === undefined) throw new UsageError(`${file}:${i + 1}: missing "id"`);
    if (typeof rec.text !== 'string') throw new UsageError(`${file}:${i + 1}: missing "text" (a string)`);
    items.push({ id: rec.id, text: rec.text });
  });
  return items;
}

function parseThread(file: string, text: string): ThreadMessage[] {
  let o: unknown;
  try { o = JSON.parse(text); } catch (e) { throw new UsageError(`${file}: invalid JSON (${(e as Error).message})`); }
  if (!Array.isArray(o)) throw new UsageError(`${file}: expected a JSON array of messages`);
  return o.map((m, i) => {
    if (!m || typeof m !== 'object') throw new UsageError(`${file}: message ${i + 1} is not an object`);
    const r = m as Record<string, unknown>;
    if (typeof r.text !== 'string') throw new UsageError(`${file}: message ${i + 1} has no "text" string`);
    if (r.from !== undefined && typeof r.from !== 'string') throw new UsageError(`${file}: message ${i + 1}: "from" must be a string`);
    if (r.date !== undefined && typeof r.date !== 'string') throw new UsageError(`${file}: message ${i + 1}: "date" must be a string`);
    return { from: (r.from as string) ?? '', date: r.date as string | undefined, text: r.text, mine: r.mine === true };
  });
}

function main(argv: string[]): string {
  const args = parseArgs(argv);
  const input = readInput(args.file);
  const coach = createCoach({ sensitivity: args.sensitivity, model: args.model });
  switch (args.mode) {
    case 'report':
      return report(args.file, input, coach.analyze(input));
    case 'json':
      return JSON.stringify({ findings: coach.analyze(input), no: publicNo(input), ownNo: publicOwnNo(input) }, null, 2) + '\n';
    case 'jsonl':
      return parseJsonl(args.file, input)
        .map((it) => JSON.stringify({ id: it.id, findings: coach.analyze(it.text), no: publicNo(it.text), ownNo: publicOwnNo(it.text) }) + '\n')
        .join('');
    case 'thread':
      return JSON.stringify(summarizeThread(parseThread(args.file, input)), null, 2) + '\n';
  }
}

try {
  process.stdout.write(main(process.argv.slice(2)));
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`coach: ${e.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`coach: internal error: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
}
