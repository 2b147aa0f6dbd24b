// Builds the scoring files of data/unseen/ (sentences.jsonl, emails.jsonl, refusals.jsonl, in the
// formats of ../shared/eval/) from the six writers' files there, written with the training brief and not
// trained on. An email's quiet passages are its writer's own unmarked sentences (the brief said every
// hostile sentence is marked). Run: npx tsx tools/eval/unseen-sets.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { emailSentences } from '../train/data';
const W = ['w29', 'w30', 'w31', 'w32', 'w33', 'w34'];
const rd = (f: string) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const sentences: string[] = [], emails: string[] = [], refusals: string[] = [];
for (const w of W) {
  rd(`data/unseen/sentences/${w}.jsonl`).forEach((r: any, i: number) => sentences.push(JSON.stringify({ id: `${w}-s${String(i + 1).padStart(3, '0')}`, text: r.text, labels: r.labels })));
  rd(`data/unseen/emails/${w}.jsonl`).forEach((r: any, i: number) => {
    const own = emailSentences(r.text, r.passages);
    const quiet = own.filter((s) => !s.labels.length).map((s) => s.text.trim()).filter((t) => t.length > 3 && r.text.includes(t) && !r.passages.some((p: any) => p.quote.includes(t) || t.includes(p.quote)));
    emails.push(JSON.stringify({ id: `${w}-e${String(i + 1).padStart(2, '0')}`, text: r.text, expect: r.passages.map((p: any) => ({ quote: p.quote, category: p.labels[0] })), quiet }));
  });
  rd(`data/unseen/refusals/${w}.jsonl`).forEach((r: any, i: number) => refusals.push(JSON.stringify({ id: `${w}-n${String(i + 1).padStart(3, '0')}`, text: r.text, reason: r.refuses ? r.reason : null })));
}
writeFileSync('data/unseen/sentences.jsonl', sentences.join('\n') + '\n');
writeFileSync('data/unseen/emails.jsonl', emails.join('\n') + '\n');
writeFileSync('data/unseen/refusals.jsonl', refusals.join('\n') + '\n');
console.log(sentences.length, emails.length, refusals.length);
