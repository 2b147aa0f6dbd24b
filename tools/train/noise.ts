// Generated junk labelled clean: random symbols, base64 and hex blobs, code, tables of numbers,
// log lines. Seeded, so the same seed gives the same strings.
import { rng } from '../random';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const SYMBOLS = '!@#$%^&*()_+-=[]{};:\'",.<>/?\\|`~';
const CODE = [
  'const x = await fetch(url);', 'if (!ok) { return null; }', 'for (let i = 0; i < n; i++) sum += a[i];',
  'SELECT id, total FROM orders WHERE status = \'late\';', 'def handler(event): return {"status": 500}',
  '<div class="row"><span>Total</span></div>', 'ERROR 2026-03-04T10:22:01Z worker-3 timeout after 30000ms',
  'git commit -m "fix: retry on 502"', 'npm ERR! code ELIFECYCLE', 'Traceback (most recent call last):',
  'WARN [db] connection pool exhausted (max=20)', '{"error":"FORBIDDEN","code":403}',
  '=SUM(B2:B14)/COUNT(C2:C14)', '#!/bin/bash\nset -e', 'assert response.status_code == 200',
];

export function noiseSentences(count: number, seed: number): string[] {
  const r = rng(seed ^ 0x5eed);
  const pick = (s: string, n: number) => Array.from({ length: n }, () => s[Math.floor(r() * s.length)]).join('');
  const num = () => String(Math.floor(r() * 100000) / (r() < 0.5 ? 100 : 1));
  const makers = [
    () => pick(SYMBOLS, 5 + Math.floor(r() * 30)),
    () => pick(B64, 20 + Math.floor(r() * 60)) + (r() < 0.5 ? '==' : ''),
    () => pick('0123456789abcdef', 32 + Math.floor(r() * 32)),
    () => CODE[Math.floor(r() * CODE.length)]!,
    () => Array.from({ length: 3 + Math.floor(r() * 6) }, num).join(r() < 0.5 ? '\t' : ' | '),
    () => pick(B64 + SYMBOLS + '    ', 10 + Math.floor(r() * 50)),
  ];
  return Array.from({ length: count }, () => makers[Math.floor(r() * makers.length)]!());
}
