// How heated a message or a draft is, and why: capitals, exclamation, the heat cues, the flags and
// the learned judgement's reading. Part of the thread summary (thread.ts).
import type { DraftRead, HeatLevel } from './thread-types';
import type { FlagCategory } from './types';
import { FLAG_CATEGORIES } from './types';
import { normalizeQuotes } from './nlp';
import { ownTextRanges, splitSentences } from './sentences';
import { HEAT_CUES, HEAT_LEVELS, isShouted } from './rules/heat';
import { sentenceProbs, threshold } from './model/judge';
import { noiseOf, type SentenceWork } from './no';

/** The writer's own lines: no ">" quotes, nothing after a signature or "On … wrote:". */
function ownText(text: string): string {
  return ownTextRanges(text).map(([s, e]) => text.slice(s, e)).join('\n');
}

export function heatLevel(heat: number): HeatLevel {
  return heat >= HEAT_LEVELS.heated ? 'heated' : heat >= HEAT_LEVELS.warm ? 'warm' : 'calm';
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * How hostile the learned judgement reads a text, 0..1: its two most hostile sentences, each scored
 * by how far its surest category clears the model's eagerest threshold (so calm text scores 0).
 */
export function modelHostility(text: string, work?: SentenceWork): number {
  const t = normalizeQuotes(text);
  const per: number[] = [];
  for (const s of splitSentences(t, ownTextRanges(t))) {
    if (noiseOf(s.text, work) || !/\s/.test(s.text.trim())) continue;
    const probs = sentenceProbs(s.text);
    let h = 0;
    for (const c of FLAG_CATEGORIES) {
      const from = threshold(c, 'strict');
      if (probs[c] < from || from > 1) continue;
      h = Math.max(h, HOSTILITY_WEIGHT[c] * (0.5 + 0.5 * (probs[c] - from) / Math.max(1e-6, 1 - from)));
    }
    per.push(h);
  }
  per.sort((a, b) => b - a);
  return Math.min(1, (per[0] ?? 0) * 0.7 + (per[1] ?? 0) * 0.3);
}

/** How much each category's reading adds to heat: threats and contempt burn hottest. */
const HOSTILITY_WEIGHT: Record<FlagCategory, number> = { ego: 1, defensive: 0.75, withdrawal: 0.6, why: 0.5 };

/** How heated a text is (0..1) and why: capitals, exclamation, absolutes, insults, threats, sarcasm, flags, and the model's reading. */
export function heatDetails(text: string, flags: Partial<Record<FlagCategory, number>> = {}, work?: SentenceWork): { heat: number; cues: string[] } {
  const t = normalizeQuotes(ownText(text));
  const words = t.match(/[A-Za-z][A-Za-z']*/g) ?? [];
  if (!words.length) return { heat: 0, cues: [] };
  const cues: string[] = [];
  let heat = 0;
  const caps = words.filter(isShouted);
  if (caps.length >= 2 && caps.some((w) => w.length >= 3)) {
    heat += Math.min(0.35, (caps.length / words.length) * 1.2 + 0.1);
    cues.push('capitals');
  } else if (caps.length === 1 && caps[0]!.length >= 6) {
    heat += 0.08;
    cues.push('capitals');
  }
  const bangs = (t.match(/!/g) ?? []).length;
  const runs = /[!?]{2,}/.test(t);
  heat += Math.min(0.15, bangs * 0.05) + (runs ? 0.1 : 0);
  if (bangs >= 2 || runs) cues.push('exclamation');
  for (const cue of HEAT_CUES) {
    const scan = cue.unless ? t.replace(cue.unless, (m) => ' '.repeat(m.length)) : t;
    const n = (scan.match(cue.re) ?? []).length;
    if (!n) continue;
    heat += Math.min(cue.cap, n * cue.weight);
    if (n * cue.weight >= 0.1 || cue.weight >= 0.1) cues.push(cue.label);
  }
  heat += Math.min(0.3, (flags.ego ?? 0) * 0.15) + Math.min(0.15, (flags.defensive ?? 0) * 0.07) + Math.min(0.1, (flags.withdrawal ?? 0) * 0.05) + Math.min(0.06, (flags.why ?? 0) * 0.03);
  // Wordings no cue lists still read as hot through the model.
  const hostile = modelHostility(text, work);
  if (hostile > 0) { heat += 0.35 * hostile; if (hostile >= 0.5) cues.push('tone'); }
  return { heat: round2(Math.min(1, heat)), cues };
}

/** How heated a message is, 0..1. */
export function messageHeat(text: string, flags: Partial<Record<FlagCategory, number>> = {}): number {
  return heatDetails(text, flags).heat;
}
/** The draft's temperature and flags (cheap enough to run as the user types, given the flag counts). */
export function readDraft(text: string, counts: Partial<Record<FlagCategory, number>>): DraftRead {
  const { heat, cues } = heatDetails(text, counts);
  return { heat, level: heatLevel(heat), heatCues: cues, flags: FLAG_CATEGORIES.filter((c) => counts[c]) };
}
