// The command line's contract (DESIGN.md): readable report, --json, --jsonl, --thread, and a
// one-line error with exit status 2 on bad input, with nothing printed as if it were a result.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'coach-cli-'));
const file = (name: string, body: string) => { const p = join(dir, name); writeFileSync(p, body); return p; };
const coach = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/coach.ts', ...args], { encoding: 'utf8', input });
  return { status: r.status, out: r.stdout, err: r.stderr };
};

describe('coach command line', () => {
  it('prints a readable report with line:column, category, message and the best suggestion', () => {
    const r = coach([file('mail.txt', "Hi Sam,\n\nWhy can't you ship by Friday?\nThanks\n")]);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/mail\.txt:3:1 +why +"Why can't you ship by Friday\?" .+ → What would it take to ship by Friday\?/);
    expect(r.out).toContain('1 to reconsider');
  });

  it('reads standard input with -', () => {
    const r = coach(['--json', '-'], 'Take it or leave it.');
    expect(r.status).toBe(0);
    const o = JSON.parse(r.out);
    expect(o.findings[0]).toMatchObject({ category: 'ego', group: 'ego.ultimatum', rule: 'ego.ultimatum/not-negotiable', start: 0, end: 20, text: 'Take it or leave it.' });
    expect(o.findings[0].technique).toMatchObject({ id: 'golden-bridge' });
    expect(o).toHaveProperty('no', null);
  });

  it("carries the writer's own no: null when the draft refuses nothing, else its part, door and inserts", () => {
    const r = coach(['--jsonl', file('own.jsonl', '{"id":"calm","text":"Great, Friday works. See you then."}\n{"id":"no","text":"Thanks for the quote. We can\u2019t sign at that price."}\n')]);
    expect(r.status).toBe(0);
    const [calm, no] = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(calm.ownNo).toBeNull();
    expect(no.ownNo).toEqual({
      part: 'price',
      doorOpen: false,
      suggestions: ['If you can [bring the price closer to our budget], then we can sign it.', 'What would need to change for the numbers to work for both of us?'],
    });
    const json = JSON.parse(coach(['--json', '-'], 'We can\u2019t start before June: our crew is fully booked until then. If a June start works for you, we can commit two engineers.').out);
    expect(json.ownNo).toMatchObject({ part: 'timing', doorOpen: true, suggestions: [] });
  });

  it('answers --jsonl line by line, in order, with the decoded no', () => {
    const r = coach(['--jsonl', file('in.jsonl', '{"id":"a","text":"Why not?","extra":1}\n\n{"id":7,"text":"That is more than we can afford."}\n')]);
    expect(r.status).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 7]);
    expect(lines[0].findings[0].category).toBe('why');
    expect(lines[1].no).toMatchObject({ reason: 'price' });
    expect(Object.keys(lines[1].no).sort()).toEqual(['confidence', 'nextMove', 'reason']);
  });

  it('summarises a thread in date order', () => {
    const thread = [
      { from: 'me', date: '2025-03-02T10:00:00Z', text: 'Thanks, here is our proposal.', mine: true },
      { from: 'Sam', date: '2025-03-01T09:00:00Z', text: 'Can you send a proposal?', mine: false },
      { from: 'Sam', date: '2025-03-03T09:00:00Z', text: "It's a global decision and I doubt they will approve it.", mine: false },
    ];
    const r = coach(['--thread', file('t.json', JSON.stringify(thread))]);
    expect(r.status).toBe(0);
    const o = JSON.parse(r.out);
    expect(o.messages.map((m: { from: string }) => m.from)).toEqual(['Sam', 'me', 'Sam']);
    expect(o.messages[2].no.reason).toBe('authority');
    expect(['escalating', 'cooling', 'steady']).toContain(o.trend);
    expect(Object.keys(o.openers).sort()).toEqual(['accusationAudit', 'label', 'mirror', 'question']);
    for (const m of o.messages) expect(m.heat).toBeGreaterThanOrEqual(0);
  });

  it.each([
    [['missing.txt'], /^coach: cannot read missing\.txt: no such file\n$/],
    [['--jsonl', 'BAD_JSON'], /^coach: .+:2: invalid JSON/],
    [['--jsonl', 'NO_ID'], /^coach: .+:1: missing "id"\n$/],
    [['--jsonl', 'NO_TEXT'], /^coach: .+:1: missing "text" \(a string\)\n$/],
    [['--thread', 'NOT_ARRAY'], /^coach: .+: expected a JSON array of messages\n$/],
    [['--frobnicate', 'x'], /^coach: unknown option --frobnicate\n$/],
    [[], /^coach: no input file/],
  ])('rejects bad input %j with one line and exit status 2', (args, message) => {
    const paths: Record<string, string> = {
      BAD_JSON: file('bad.jsonl', '{"id":1,"text":"ok"}\n{"id":2,"text":\n'),
      NO_ID: file('noid.jsonl', '{"text":"hello"}\n'),
      NO_TEXT: file('notext.jsonl', '{"id":"x","text":3}\n'),
      NOT_ARRAY: file('obj.json', '{"from":"a"}'),
    };
    const r = coach(args.map((a) => paths[a] ?? a));
    expect(r.status).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
  });
});
