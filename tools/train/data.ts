// The training corpus as the trainer reads it (data/corpus/, see its README), and the fingerprint the
// model records: a test compares it with the data on disk, so changed data without a retrained model
// fails CI.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLAG_CATEGORIES, NO_REASONS, type FlagCategory, type NoReason } from '../../lib/coach/types';
import { ownTextRanges, splitSentences } from '../../lib/coach/sentences';

export const CORPUS_DIR = new URL('../../data/corpus/', import.meta.url).pathname;

export interface LabelledSentence { text: string; labels: FlagCategory[]; writer: string; /** From a whole email (emails/*.jsonl) rather than written alone. */ inEmail?: boolean }
export interface LabelledRefusal { text: string; refuses: boolean; reason: NoReason | null; writer: string }

function jsonl(path: string): unknown[] {
  return readFileSync(path, 'utf8').split('\n').map((l, i) => [l, i] as const).filter(([l]) => l.trim()).map(([l, i]) => {
    try { return JSON.parse(l); } catch { throw new Error(`${path}:${i + 1}: not JSON`); }
  });
}

/** The corpus files, in a fixed order: `sentences/*.jsonl`, `emails/*.jsonl` and `refusals/*.jsonl`. */
export function corpusFiles(dir = CORPUS_DIR): { sentences: string[]; emails: string[]; refusals: string[] } {
  const list = (sub: string) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)) : []).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(sub, f));
  return { sentences: list('sentences'), emails: list('emails'), refusals: list('refusals') };
}

const writerOf = (file: string) => file.split('/').pop()!.replace(/\.jsonl$/, '');

const isLabels = (l: unknown): l is FlagCategory[] => Array.isArray(l) && l.every((c) => FLAG_CATEGORIES.includes(c as FlagCategory));

/** The single sentences, then the sentences of the whole emails (see `emailSentences`). */
export function loadSentences(dir = CORPUS_DIR): LabelledSentence[] {
  const { sentences, emails } = corpusFiles(dir);
  const single = sentences.flatMap((f) => jsonl(join(dir, f)).map((o, i) => {
    const r = o as { text?: unknown; labels?: unknown };
    if (typeof r.text !== 'string' || !isLabels(r.labels)) throw new Error(`${f}:${i + 1}: needs "text" and "labels" from ${FLAG_CATEGORIES.join(', ')}`);
    return { text: r.text, labels: [...new Set(r.labels)], writer: writerOf(f) };
  }));
  const inEmails = emails.flatMap((f) => jsonl(join(dir, f)).flatMap((o, i) => {
    const r = o as { text?: unknown; passages?: unknown };
    const passages = r.passages as { quote?: unknown; labels?: unknown }[] | undefined;
    if (typeof r.text !== 'string' || !Array.isArray(passages) || passages.some((p) => typeof p.quote !== 'string' || !isLabels(p.labels) || !(r.text as string).includes(p.quote))) {
      throw new Error(`${f}:${i + 1}: needs "text" and "passages" of { "quote" (found in the text), "labels" }`);
    }
    return emailSentences(r.text, passages as { quote: string; labels: FlagCategory[] }[]).map((s) => ({ ...s, writer: writerOf(f), inEmail: true }));
  }));
  return [...single, ...inEmails];
}

/**
 * A whole email as the coach reads it: the writer's own sentences (no quoted history, no
 * signature), split as the engine splits them. A sentence that is mostly a marked passage takes its
 * labels; one that is not marked at all is clean; one that only grazes a passage (the writer's
 * sentence and the engine's disagree) is left out rather than guessed.
 */
export function emailSentences(text: string, passages: readonly { quote: string; labels: readonly FlagCategory[] }[]): { text: string; labels: FlagCategory[] }[] {
  const spans = passages.map((p) => { const start = text.indexOf(p.quote); return { start, end: start + p.quote.length, labels: p.labels }; });
  const out: { text: string; labels: FlagCategory[] }[] = [];
  for (const s of splitSentences(text, ownTextRanges(text))) {
    const end = s.end;
    const labels = new Set<FlagCategory>();
    let grazed = false;
    for (const p of spans) {
      const overlap = Math.min(end, p.end) - Math.max(s.start, p.start);
      if (overlap <= 0) continue;
      if (overlap >= 0.5 * s.text.length || overlap >= 0.5 * (p.end - p.start)) p.labels.forEach((l) => labels.add(l));
      else grazed = true;
    }
    if (grazed && !labels.size) continue;
    out.push({ text: s.text, labels: [...labels] });
  }
  return out;
}

export function loadRefusals(dir = CORPUS_DIR): LabelledRefusal[] {
  return corpusFiles(dir).refusals.flatMap((f) => jsonl(join(dir, f)).map((o, i) => {
    const r = o as { text?: unknown; refuses?: unknown; reason?: unknown };
    const reason = r.reason ?? null;
    if (typeof r.text !== 'string' || typeof r.refuses !== 'boolean' || (reason !== null && !NO_REASONS.includes(reason as NoReason))) {
      throw new Error(`${f}:${i + 1}: needs "text", "refuses" and "reason" (${NO_REASONS.join(', ')} or null)`);
    }
    return { text: r.text, refuses: r.refuses, reason: r.refuses ? (reason as NoReason | null) : null, writer: writerOf(f) };
  }));
}

/** sha256 over every corpus file (path and bytes) and the training settings. */
export function fingerprint(settings: unknown, dir = CORPUS_DIR): { dataHash: string; files: { file: string; sha256: string }[] } {
  const { sentences, emails, refusals } = corpusFiles(dir);
  const all = createHash('sha256');
  const files = [...sentences, ...emails, ...refusals].map((file) => {
    const bytes = readFileSync(join(dir, file));
    all.update(file).update('\0').update(bytes).update('\0');
    return { file, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  all.update(JSON.stringify(settings));
  return { dataHash: all.digest('hex'), files };
}
