// Runs the rules over one sentence. A sentence is parsed only when one of a rule's trigger words
// occurs in it, so ordinary sentences cost a regular expression, not a parse.
import type { Category, CoachOptions, Finding, FlagCategory, Sensitivity } from './types';
import { FLAG_CATEGORIES } from './types';
import type { Rule } from './rules/types';
import { ALL_RULES, currentDisabled } from './rules';
import { TECHNIQUES } from './techniques';
import { compile, matchSpans, normalizeQuotes, parse, type CompiledMatch, type Doc, type Span } from './nlp';
import { DETECTORS } from './detectors';
import { GENERATORS } from './rewrite';
import { BARE_CONTRACTIONS, prematchOf, requiredGroups, spellings, triggerWords, type PreMatch } from './triggers';
import { modelReading, type JudgeSettings } from './judged';

const LEVEL_RANK: Record<Sensitivity, number> = { gentle: 0, balanced: 1, strict: 2 };

interface CompiledRule {
  rule: Rule;
  patterns: CompiledMatch[];
  unless: CompiledMatch[];
  /** Words one of which a sentence must contain to match; null: every sentence is a candidate. */
  triggers: string[] | null;
  /** Per pattern, the word groups a sentence must all satisfy before it is worth parsing. */
  requirements: string[][][];
  /** Per pattern of words only, a regular expression that finds every match compromise could (and more); null: the pattern needs a parse to tell. */
  prematch: (PreMatch | null)[];
}
const compiled = new Map<Rule, CompiledRule>();
function compileRule(rule: Rule): CompiledRule {
  let c = compiled.get(rule);
  if (!c) {
    const perPattern = (rule.patterns ?? []).map(triggerWords);
    const triggers = rule.detect || perPattern.some((t) => t === null) ? null : [...new Set(perPattern.flat() as string[])];
    const requirements = (rule.patterns ?? []).map(requiredGroups);
    c = { rule, patterns: (rule.patterns ?? []).map(compile), unless: (rule.unless ?? []).map(compile), triggers, requirements, prematch: (rule.patterns ?? []).map(prematchOf) };
    compiled.set(rule, c);
    RULE_BY_ID.set(rule.id, rule);
  }
  return c;
}

/** The rules in force for a set of options, indexed by trigger word. */
export interface RuleSet {
  byTrigger: Map<string, CompiledRule[]>;
  /** Rules that must look at every sentence: shape detectors, and patterns with no literal word. */
  always: CompiledRule[];
  order: Map<Rule, number>;
  ignoredPhrases: string[];
  /** The learned judgement's settings, or null when it is off. */
  judge: JudgeSettings | null;
  /** Try patterns of words on the text before parsing (true); off only to check that it loses nothing. */
  prematch: boolean;
}

export function ruleSet(options: CoachOptions = {}, rules: readonly Rule[] = ALL_RULES, prematch = true): RuleSet {
  const level = LEVEL_RANK[options.sensitivity ?? 'balanced'];
  const categories = options.categories ? new Set<Category>(options.categories) : null;
  // A group id turns its acts off; so does an id the group had before it was split.
  const disabled = new Set(currentDisabled(options.disabledRules ?? []));
  const byTrigger = new Map<string, CompiledRule[]>();
  const always: CompiledRule[] = [];
  const order = new Map<Rule, number>();
  rules.forEach((rule, i) => {
    if (LEVEL_RANK[rule.level] > level || disabled.has(rule.id) || disabled.has(rule.group)) return;
    if (categories && !categories.has(rule.category)) return;
    const c = compileRule(rule);
    order.set(rule, i);
    if (!c.triggers) always.push(c);
    for (const t of c.triggers ?? []) {
      const list = byTrigger.get(t) ?? [];
      list.push(c);
      byTrigger.set(t, list);
    }
  });
  const ignoredPhrases = (options.ignoredPhrases ?? []).map((p) => normalizeQuotes(p).toLowerCase().trim()).filter(Boolean);
  // The model's findings are rules too as far as settings go: `model.<category>` can be turned off.
  const judged = FLAG_CATEGORIES.filter((c) => (!categories || categories.has(c)) && !disabled.has(`model.${c}`));
  const judge: JudgeSettings | null = options.model === false ? null : { level: options.sensitivity ?? 'balanced', categories: new Set<FlagCategory>(judged) };
  return { byTrigger, always, order, ignoredPhrases, judge, prematch };
}

const WORD = /[a-z0-9]+(?:'[a-z]+)*/g;

const CONTRACTED: Record<string, string[]> = { "n't": ['not'], "'re": ['are'], "'m": ['am'], "'ll": ['will'], "'ve": ['have'], "'d": ['would', 'had'], "'s": ['is', 'us', 'has'] };

/** Lower-case words of a sentence, with contractions also as the words they stand for ("can't": can, not). */
export function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of normalizeQuotes(text).toLowerCase().match(WORD) ?? []) {
    out.add(w);
    // "im", "dont", "gonna": compromise reads the words they stand for, so the pre-filter does too.
    const bare = BARE_CONTRACTIONS.get(w);
    if (bare) for (const x of bare.split(' ')) out.add(x);
    if (!w.includes("'")) continue;
    const m = /^(.*?)(n't|'re|'m|'ll|'ve|'d|'s)$/.exec(w);
    if (m) {
      const stem = m[1]!;
      out.add(stem === 'wo' ? 'will' : stem === 'ca' ? 'can' : stem === 'sha' ? 'shall' : stem);
      for (const x of CONTRACTED[m[2]!]!) out.add(x);
    }
    for (const part of w.split("'")) out.add(part);
  }
  return out;
}

export function isQuestion(sentence: string): boolean {
  // "why wasnt i copied": people who skip punctuation still ask questions that open with "why".
  return /\?[!?]*["'”’)\]]*\s*$/.test(sentence) || /^\W*(?:why|how come)\b[^.!]*$/i.test(sentence.trim());
}

/** Findings for one sentence, with offsets relative to the sentence: the rules', then the model's. */
export function analyzeSentence(sentence: string, set: RuleSet): Finding[] {
  return readSentence(sentence, set).findings;
}

/** A sentence's findings, and its findings when the message around it is already heated. */
export interface SentenceReading {
  readonly findings: Finding[];
  /** The same sentence read inside a message that has a flag elsewhere (see judged.ts). */
  inHeated(): Finding[];
}

export function readSentence(sentence: string, set: RuleSet): SentenceReading {
  const vetoed = new Set<Category>();
  const allFromRules = ruleFindings(sentence, set, vetoed);
  const judge = set.judge;
  if (!judge) {
    const fromRules = oneCardEach(allFromRules, () => 0); // already in the rules' order
    return { findings: fromRules, inHeated: () => fromRules };
  }
  const fromRules = allFromRules;
  const read = modelReading(sentence, fromRules, judge, vetoed);
  // The rules' findings were checked against the never-flag phrases already; the model's are new.
  const judged = (heated: boolean) => read(heated).filter((f) => fromRules.includes(f) || !ignored(f, set));
  const findings = judged(false);
  let heated: Finding[] | undefined;
  return { findings, inHeated: () => (heated ??= judged(true)) };
}

/** The finding's words hold a phrase the user never wants flagged. */
function ignored(f: Finding, set: RuleSet): boolean {
  if (!set.ignoredPhrases.length) return false;
  const low = normalizeQuotes(f.text).toLowerCase();
  return set.ignoredPhrases.some((p) => low.includes(p));
}

/** The rules' findings; `vetoed` gets the categories whose rule matched but met a look-alike veto. */
function ruleFindings(sentence: string, set: RuleSet, vetoed?: Set<Category>): Finding[] {
  const w = words(sentence);
  const candidates = new Set<CompiledRule>(set.always);
  for (const word of w) for (const c of set.byTrigger.get(word) ?? []) candidates.add(c);
  if (candidates.size === 0) return [];

  // A pattern can only match when the sentence has a word from each of its mandatory parts; checking
  // that with set lookups keeps most sentences off the parser.
  const fits = (groups: string[][]) => groups.every((g) => g.some((x) => w.has(x)));
  // A pattern of words only can be tried on the text itself: a sentence none of whose patterns can
  // match is never parsed. The pre-match finds a superset of compromise's matches, so nothing is lost.
  const normalized = normalizeQuotes(sentence);
  let spelled: string[] | undefined;
  const test = (re: RegExp, text: string) => { re.lastIndex = 0; return re.test(text); };
  const mayMatch = (c: CompiledRule, i: number) => {
    if (!fits(c.requirements[i]!)) return false;
    const pre = c.prematch[i];
    if (!pre || !set.prematch) return true;
    if (test(pre.written, normalized)) return true;
    spelled ??= spellings(normalized);
    // A sentence with nothing to spell out, and a pattern with nothing spelled out: the same test again.
    if (pre.spelledAsWritten && spelled.length === 1 && spelled[0] === normalized) return false;
    return spelled.some((t) => test(pre.spelled, t));
  };
  // Each candidate's patterns that may match, worked out once: the parse below tries only those.
  const maybe = new Map<CompiledRule, number[]>();
  for (const c of candidates) {
    const at = c.patterns.flatMap((_, i) => (mayMatch(c, i) ? [i] : []));
    if (c.rule.detect !== undefined || at.length) maybe.set(c, at);
  }
  const ordered = [...maybe.keys()].sort((a, b) => set.order.get(a.rule)! - set.order.get(b.rule)!);
  if (ordered.length === 0) return [];
  const question = isQuestion(sentence);
  let doc: Doc | undefined;
  const getDoc = () => (doc ??= parse(sentence));

  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const c of ordered) {
    const { rule, patterns, unless } = c;
    // One finding per category (and per strength kind) in a sentence: the first rule in order wins.
    const slot = rule.category === 'strength' ? rule.technique : rule.category;
    if (seen.has(slot)) continue;
    if (rule.mood === 'question' && !question) continue;
    if (rule.mood === 'statement' && question) continue;
    let span: Span | null = null;
    if (rule.detect) span = DETECTORS[rule.detect](normalized);
    else {
      const d = getDoc();
      for (const i of maybe.get(c)!) {
        const first = matchSpans(d, patterns[i]!)[0];
        if (!first) continue;
        // A whole-sentence rule needs any match; a phrase swap needs the whole phrase, so take
        // the earliest and then longest match ("As I said before", not "As I said").
        if (rule.span === 'sentence') { span = first; break; }
        if (!span || first.start < span.start || (first.start === span.start && first.end > span.end)) span = first;
      }
    }
    if (!span) continue;
    if (unless.length && unless.some((u) => getDoc().has(u))) { vetoed?.add(rule.category); continue; }
    const finding = makeFinding(rule, sentence, span, doc);
    if (!finding) continue;
    if (ignored(finding, set)) continue;
    seen.add(slot);
    findings.push(finding);
  }
  return findings;
}

const RULE_BY_ID = new Map<string, Rule>();

/**
 * One card a sentence: two rules that both speak to it say one thing twice. Cards are taken best
 * first (`better`: the rules' order, or the learned judgement's reading); a later card stays only
 * when one of the two acts declares the other's category as one it may stand beside (a why-demand
 * that is also a threat is two moves). A strength is not shown beside a flag. `dropped` gets the rest.
 */
export function oneCardEach(findings: Finding[], better: (a: Finding, b: Finding) => number, dropped: Finding[] = []): Finding[] {
  if (findings.length < 2) return findings;
  const beside = (f: Finding) => RULE_BY_ID.get(f.rule)?.alongside ?? [];
  const flags = findings.filter((f) => f.category !== 'strength');
  const pool = flags.length ? [...flags].sort(better) : findings.slice(0, 1);
  const kept: Finding[] = [];
  for (const f of pool) {
    if (kept.every((k) => beside(f).includes(k.category) || beside(k).includes(f.category))) kept.push(f);
    else dropped.push(f);
  }
  return findings.filter((f) => kept.includes(f));
}

function makeFinding(rule: Rule, sentence: string, match: Span, doc: Doc | undefined): Finding | null {
  const target = rule.span === 'sentence' ? { start: 0, end: sentence.length } : match;
  const text = sentence.slice(target.start, target.end);
  if (!text.trim()) return null;
  const finding: Omit<Finding, 'suggestions'> = {
    category: rule.category,
    rule: rule.id,
    group: rule.group,
    start: target.start,
    end: target.end,
    text,
    message: rule.message,
    technique: TECHNIQUES[rule.technique],
  };
  // The parse is not kept with the finding (the coach caches findings for every sentence of a
  // draft); the rewrite asks the parse cache again, and gets the same reading.
  const had = doc !== undefined;
  return withLazySuggestions(finding, () => (rule.category === 'strength' ? [] : suggestionsFor(rule, sentence, match, text, had ? parse(sentence) : undefined)));
}

/**
 * `finding` with its suggestions worked out the first time they are read: reading a rewrite may
 * need a parse, and many findings are only counted (the thread summary, a calm reading that a
 * heated one replaces). The property is an ordinary enumerable one to anyone who reads it, so
 * copies, comparisons and messages between frames see the same array.
 */
export function withLazySuggestions(finding: Omit<Finding, 'suggestions'>, compute: () => string[]): Finding {
  let value: string[] | undefined;
  return Object.defineProperty(finding, 'suggestions', {
    enumerable: true,
    configurable: true,
    get: () => (value ??= compute()),
    set: (v: string[]) => { value = v; },
  }) as Finding;
}

function suggestionsFor(rule: Rule, sentence: string, match: Span, replaced: string, doc: Doc | undefined): string[] {
  const out: string[] = [];
  if (rule.suggest.generate) out.push(...GENERATORS[rule.suggest.generate]({ sentence, doc: () => (doc ??= parse(sentence)), target: replaced }));
  const rest = stripEnd(sentence.slice(match.end).replace(/^[\s,;:—–-]+/, ''));
  const before = stripEnd(sentence.slice(0, match.start));
  for (const t of rule.suggest.templates ?? []) {
    if ((t.includes('{rest}') && !rest) || (t.includes('{before}') && !before)) continue;
    out.push(t.replace('{rest}', rest).replace('{before}', before));
  }
  // A sentence-level swap always offers a calibrated question among its options.
  if (rule.span === 'sentence' && !out.some((s) => /^(how|what)\b/i.test(s))) out.push(CALIBRATED_FALLBACK[rule.category] ?? CALIBRATED_FALLBACK.why!);
  const startsSentence = rule.span === 'sentence' || !/\S/.test(sentence.slice(0, match.start));
  const fitted = out.map((s) => fitCase(s.trim(), replaced, startsSentence)).filter((s) => s.length > 0 && s !== replaced);
  return [...new Set(fitted)];
}

const CALIBRATED_FALLBACK: Partial<Record<Category, string>> = {
  why: 'What would need to be different for this to work?',
  defensive: 'What are you seeing on your side?',
  ego: 'What would it take to make this work for both of us?',
  withdrawal: 'What would need to change for this to work for you?',
};

function stripEnd(s: string): string {
  return s.trim().replace(/[\s.!?,;:—–-]+$/, '');
}

/**
 * Capitalise a replacement like the words it replaces; keep "I" and proper names as they are. A
 * replacement that starts a sentence starts with a capital, even where the writer's did not.
 */
export function fitCase(s: string, replaced: string, startsSentence = false): string {
  const first = replaced.trimStart()[0];
  if (!first || !/[a-z]/i.test(first)) return s;
  if (first === first.toUpperCase() || startsSentence) return s[0]!.toUpperCase() + s.slice(1);
  if (/^(I\b|I')/.test(s)) return s;
  return s[0]!.toLowerCase() + s.slice(1);
}
