// A rule is data: what to look for, what to leave alone, what to say and what to offer.
import type { Category, Sensitivity } from '../types';
import type { TechniqueKey } from '../techniques';
import type { DetectorName } from '../detectors';
import type { GeneratorName } from '../rewrite';

export interface Rule {
  /** Stable id, `<category>.<kind>`; settings and tests refer to it. */
  id: string;
  category: Category;
  /** The least eager sensitivity at which the rule speaks: `gentle` rules speak at every level. */
  level: Sensitivity;
  /** compromise match patterns; the first that matches fires. */
  patterns?: readonly string[];
  /** A named shape detector instead of patterns (shouting, echo questions…). */
  detect?: DetectorName;
  /** compromise patterns that keep the rule quiet when they occur in the sentence (benign look-alikes). */
  unless?: readonly string[];
  /** Only in questions (the sentence ends with "?") or only in statements. */
  mood?: 'question' | 'statement';
  /** What a swap replaces: the matched words, or the whole sentence. */
  span: 'match' | 'sentence';
  /** One plain sentence shown on the finding. */
  message: string;
  technique: TechniqueKey;
  /**
   * Replacements, best first. Templates may use `{rest}` (the sentence after the match, without its
   * final punctuation) and `{before}`. `generate` builds rewrites from the sentence itself; the
   * listed strings follow them.
   */
  suggest: { generate?: GeneratorName; templates?: readonly string[] };
  /** Examples that double as tests: `flag` must fire this rule, `quiet` must not. */
  examples: { flag: readonly string[]; quiet: readonly string[] };
}
