// The training corpus as the trainer reads it (data/corpus/, see its README), and the fingerprint the
// model records: a test compares it with the data on disk, so changed data without a retrained model
// fails CI.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLAG_CATEGORIES, NO_REASONS, type FlagCategory, type NoReason } from '../../lib/coach/types';

export const CORPUS_DIR = new URL('../../data/corpus/', import.meta.url).pathname;

export interface LabelledSentence { text: string; labels: FlagCategory[]; writer: string }
export interface LabelledRefusal { text: string; refuses: boolean; reason: NoReason | null; writer: string }

function jsonl(path: string): unknown[] {
  return readFileSync(path, 'utf8').split('\n').map((l, i) => [l, i] as const).filter(([l]) => l.trim()).map(([l, i]) => {
    try { return JSON.parse(l); } catch { throw new Error(`${path}:${i + 1}: not JSON`); }
  });
}

/** The corpus files, in a fixed order: `sentences/*.jsonl` and `refusals/*.jsonl`. */
export function corpusFiles(dir = CORPUS_DIR): { sentences: string[]; refusals: string[] } {
  const list = (sub: string) => readdirSync(join(dir, sub)).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(sub, f));
  return { sentences: list('sentences'), refusals: list('refusals') };
}

const writerOf = (file: string) => file.split('/').pop()!.replace(/\.jsonl$/, '');

export function loadSentences(dir = CORPUS_DIR): LabelledSentence[] {
  return corpusFiles(dir).sentences.flatMap((f) => jsonl(join(dir, f)).map((o, i) => {
    const r = o as { text?: unknown; labels?: unknown };
    if (typeof r.text !== 'string' || !Array.isArray(r.labels) || r.labels.some((l) => !FLAG_CATEGORIES.includes(l as FlagCategory))) {
      throw new Error(`${f}:${i + 1}: needs "text" and "labels" from ${FLAG_CATEGORIES.join(', ')}`);
    }
    return { text: r.text, labels: [...new Set(r.labels as FlagCategory[])], writer: writerOf(f) };
  }));
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
  const { sentences, refusals } = corpusFiles(dir);
  const all = createHash('sha256');
  const files = [...sentences, ...refusals].map((file) => {
    const bytes = readFileSync(join(dir, file));
    all.update(file).update('\0').update(bytes).update('\0');
    return { file, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  all.update(JSON.stringify(settings));
  return { dataHash: all.digest('hex'), files };
}
