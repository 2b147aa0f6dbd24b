// Rules and the learned judgement together, for one sentence. A rule's finding keeps its exact span
// and tailored swap; the model quiets a rule hit it confidently reads as a clean look-alike, and adds
// a finding for a category no rule caught, with the words that weighed most and swaps built from the
// sentence.
import type { Finding, FlagCategory, Sensitivity } from './types';
import { FLAG_CATEGORIES } from './types';
import { judgeSentence, quietBelow, threshold, type SentenceJudgement } from './model/judge';
import { isNoise } from './noise';
import { JUDGED, NO_TOPIC } from './rules/judged';
import { TECHNIQUES } from './techniques';
import { GENERATORS, GENERIC_WHY } from './rewrite';
import { topicOf } from './noun-phrases';
import { parse, type Doc } from './nlp';
import { fitCase, oneCardEach, withLazySuggestions } from './analyze';

export interface JudgeSettings {
  level: Sensitivity;
  /** Categories the model may add. */
  categories: ReadonlySet<FlagCategory>;
}

/**
 * In a message that already holds a flag, the model speaks from this share of its usual threshold.
 * A careful reader reads a borderline sentence in a heated email as part of the heat; in a calm
 * email the same sentence stays quiet. (A calm message is never changed by this: it needs a flag.)
 * Chosen in session 9 on the development emails and the own fresh rounds 1–3 (none trained on):
 * from 0.5 to 0.35 the passages found rose 0.833 → 0.833, 0.588 → 0.618, 0.391 → 0.418 and
 * 0.359 → 0.379, with the quiet passages flagged within 0.02. 0.25 found a little more, but its bar
 * (about 0.06) is where the model reads a why-demand as ego when the writer has turned why off.
 */
export const IN_HEATED_MESSAGE = 0.35;
/** At most this many model findings in one sentence: one card per idea, not a pile. */
const MAX_JUDGED = 2;
/** The model quiets rule hits only in sentences this long: a few words are too little evidence of calm. */
const QUIET_MIN_WORDS = 6;
const QUIET_MAX_WORDS = 30;

/**
 * `vetoed`: categories a rule matched and then left alone as a known look-alike ("Why don't we…?" as a
 * suggestion); the model does not overrule that. `heated`: the message has a flag elsewhere.
 */
export function judgedFindings(sentence: string, fromRules: Finding[], settings: JudgeSettings, vetoed: ReadonlySet<string> = new Set(), heated = false): Finding[] {
  return modelReading(sentence, fromRules, settings, vetoed)(heated);
}

/**
 * The same, as a sentence's two readings (in a calm message, in a heated one): the model scores the
 * sentence once and a finding it adds is made once, whichever reading asks for it first.
 */
export function modelReading(sentence: string, fromRules: Finding[], settings: JudgeSettings, vetoed: ReadonlySet<string> = new Set()): (heated: boolean) => Finding[] {
  const trimmed = sentence.trim();
  if (!/[a-z]{2}.*\s.*[a-z]/i.test(trimmed) || isNoise(trimmed)) return always(fromRules);
  const j = judgeSentence(sentence);
  // Quiet a rule hit only where the model reads the sentence as clean in every category (a rule's
  // second category is often one the model scores low, though the sentence is hostile).
  // Only over a sentence of ordinary length: run-on text (lower case, no full stops) is several
  // sentences to the model, and reads calmer than any of them.
  const hostile = Math.max(...FLAG_CATEGORIES.map((c) => j.probs[c]));
  const length = trimmed.split(/\s+/).length;
  const judgeable = length >= QUIET_MIN_WORDS && length <= QUIET_MAX_WORDS;
  const unquieted = fromRules.filter((f) => f.category === 'strength' || !judgeable || !(hostile < quietBelow(f.category as FlagCategory)));
  // Two rules on one sentence: the card the model reads as more likely comes first, and the other
  // stays only when the model, at the writer's level, reads that category in it too: a rule and
  // the judgement agreeing is two moves, not one said twice.
  const dropped: Finding[] = [];
  const prob = (f: Finding) => (f.category === 'strength' ? 0 : j.probs[f.category]);
  const kept = oneCardEach(unquieted, (a, b) => prob(b) - prob(a), dropped);
  for (const f of dropped) {
    const c = f.category as FlagCategory;
    if (f.category !== 'strength' && j.probs[c] >= threshold(c, settings.level) && j.mayFlag(c)) kept.push(f);
  }
  kept.sort((a, b) => fromRules.indexOf(a) - fromRules.indexOf(b));
  const ruleFlags = new Set(kept.map((f) => f.category));
  const flagged = kept.some((f) => f.category !== 'strength');
  // Most sentences are calm even at the heated bar: then both readings are the rules' cards.
  if (!sureOf(j, settings, ruleFlags, vetoed, flagged, true).length) return always(kept);
  return heatedReader(sentence, j, settings, ruleFlags, vetoed, flagged, kept);
}

// The readings are kept with each sentence of a draft: made in functions of their own, so they hold
// only what they read (a closure holds everything its parent's closures share).
const always = (findings: Finding[]) => () => findings;

/** The categories the model is sure enough of to add, before its gate. */
function sureOf(j: SentenceJudgement, settings: JudgeSettings, ruleFlags: ReadonlySet<string>, vetoed: ReadonlySet<string>, flagged: boolean, heated: boolean): FlagCategory[] {
  return FLAG_CATEGORIES
    .filter((c) => settings.categories.has(c) && !ruleFlags.has(c) && !vetoed.has(c))
    // Beside a rule's finding, the model speaks only when it is as sure as at the calmest level.
    .filter((c) => j.probs[c] >= Math.max(threshold(c, settings.level) * (heated ? IN_HEATED_MESSAGE : 1), flagged ? threshold(c, 'gentle') : 0));
}

function heatedReader(sentence: string, j: SentenceJudgement, settings: JudgeSettings, ruleFlags: ReadonlySet<string>, vetoed: ReadonlySet<string>, flagged: boolean, kept: Finding[]): (heated: boolean) => Finding[] {
  const start = sentence.length - sentence.trimStart().length;
  const end = sentence.trimEnd().length;
  const text = sentence.slice(start, end);
  const made = new Map<FlagCategory, Finding>();
  const make = (c: FlagCategory): Finding => {
    let f = made.get(c);
    if (!f) {
      f = withLazySuggestions({
        category: c,
        rule: `model.${c}`,
        group: `model.${c}`,
        start,
        end,
        text,
        message: JUDGED[c].message,
        technique: TECHNIQUES[JUDGED[c].technique],
      }, () => suggestionsFor(c, sentence, text, () => parse(sentence)));
      f.because = j.because(c);
      made.set(c, f);
    }
    return f;
  };
  return (heated) => {
    const adds = sureOf(j, settings, ruleFlags, vetoed, flagged, heated)
      // The gate last: it ranks the sentence's words, and most sentences fail the threshold first.
      .filter((c) => j.mayFlag(c))
      .sort((a, b) => j.probs[b] - j.probs[a])
      .slice(0, MAX_JUDGED);
    if (!adds.length) return kept;
    return [...kept, ...adds.map(make)].sort((a, b) => a.start - b.start);
  };
}

function suggestionsFor(c: FlagCategory, sentence: string, replaced: string, doc: () => Doc): string[] {
  const spec = JUDGED[c];
  const out: string[] = [];
  if (spec.generate) {
    const generated = GENERATORS[spec.generate]({ sentence, doc, target: replaced });
    // The generic fallbacks of a generator come after the ones that keep the sentence's topic.
    out.push(...generated.filter((g) => !GENERIC.has(g)));
  }
  const topic = topicOf(sentence) ?? NO_TOPIC;
  for (const t of spec.templates) out.push(t.replace('{topic}', topic));
  // A model finding spans its whole sentence, so its replacement starts one.
  return [...new Set(out.map((s) => fitCase(s.trim(), replaced, true)))].filter((s) => s && s !== replaced).slice(0, 3);
}

const GENERIC = new Set(GENERIC_WHY);

