// Rules are data, written as groups of sub-rules (the way LanguageTool writes a rulegroup of rules).
// A group is one kind of thing a writer does: what "Don't flag this kind again" turns off, named for
// what it is. A sub-rule is one speech act inside it, with its own patterns, message, technique and
// swaps, and examples that mark the span and expect the best swap; the examples double as tests.
import type { Category, Sensitivity } from '../types';
import type { TechniqueKey } from '../techniques';
import type { DetectorName } from '../detectors';
import type { GeneratorName } from '../rewrite';

/** What a sub-rule offers: `generate` builds rewrites from the sentence; the templates follow them. */
export interface Suggest {
  generate?: GeneratorName;
  /** `{rest}`: the sentence after the match, without its final punctuation; `{before}`: before it. */
  templates?: readonly string[];
}

/**
 * A sentence the sub-rule must report. The reported span is marked with [[…]]; with no mark it is
 * the whole sentence. `swap`: the best swap, expected as the first suggestion. `also`: the one
 * other category this sentence may carry a card for (see `alongside`).
 */
export interface FlagExample { text: string; swap?: string; also?: Category }
/** A look-alike: no card at all, from this group or any other. */
export interface QuietExample { quiet: string }
export type Example = FlagExample | QuietExample;

export interface SubRule {
  /** Short name of the speech act, unique in its group; the finding's rule id is `<group>/<act>`. */
  act: string;
  /** Defaults to the group's level. */
  level?: Sensitivity;
  /** Pattern language (see lexicon.ts): compromise match syntax, `#Class` word classes, `{verb}` every form. At most 12. */
  patterns?: readonly string[];
  /** A named shape detector instead of patterns (shouting, echo questions…). */
  detect?: DetectorName;
  /** Look-alikes for this act, added to the group's. */
  unless?: readonly string[];
  mood?: 'question' | 'statement';
  /** What a swap replaces: the matched words, or the whole sentence. */
  span: 'match' | 'sentence';
  /** One plain sentence shown on the finding. */
  message: string;
  technique: TechniqueKey;
  suggest: Suggest;
  /** Categories a card of this act may stand beside in one sentence; otherwise one card a sentence. */
  alongside?: readonly Category[];
  examples: readonly Example[];
}

export interface RuleGroup {
  /** Stable id, `<category>.<kind>`; settings refer to it. */
  id: string;
  category: Category;
  /** What the group is, in a few words, for the options page and the catalogue. */
  title: string;
  /** The least eager sensitivity at which its acts speak (`gentle`: at every level). */
  level: Sensitivity;
  /** Look-alikes that keep every act of the group quiet. */
  unless?: readonly string[];
  mood?: 'question' | 'statement';
  /** Group ids this group's acts had before; a setting that turned one of those off turns this off too. */
  formerly?: readonly string[];
  rules: readonly SubRule[];
}

/** A sub-rule as the engine runs it: flattened, with its group's settings folded in. */
export interface Rule extends Omit<SubRule, 'act' | 'level'> {
  /** `<group>/<act>`, e.g. `ego.threat/legal-action`. */
  id: string;
  group: string;
  category: Category;
  level: Sensitivity;
}

export function isFlagExample(e: Example): e is FlagExample {
  return 'text' in e;
}

/** The example with its [[mark]] removed, and the marked span (the whole sentence when unmarked). */
export function readExample(e: FlagExample): { sentence: string; span: { start: number; end: number } } {
  const open = e.text.indexOf('[[');
  const close = e.text.indexOf(']]');
  if (open < 0 || close < open) return { sentence: e.text, span: { start: 0, end: e.text.length } };
  const sentence = e.text.slice(0, open) + e.text.slice(open + 2, close) + e.text.slice(close + 2);
  return { sentence, span: { start: open, end: close - 2 } };
}

/** Flattens groups into the engine's rules, in order: within a category the first that fires wins. */
export function flatten(groups: readonly RuleGroup[]): Rule[] {
  return groups.flatMap((g) =>
    g.rules.map(({ act, level, ...r }): Rule => ({
      ...r,
      id: `${g.id}/${act}`,
      group: g.id,
      category: g.category,
      level: level ?? g.level,
      unless: [...(g.unless ?? []), ...(r.unless ?? [])],
      mood: r.mood ?? g.mood,
    })),
  );
}
