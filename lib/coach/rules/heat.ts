// What raises a message's temperature, as data. Each cue adds `weight` per occurrence, up to
// `cap`; `label` is what the thread view shows when the cue is present ("Heated: caps, threats").
// Shouting (capitals) and exclamation marks are counted in thread.ts, since they are not words.
import { isAcronym, literalRegExp, PROFANITY_LOOKALIKES } from '../lexicon';
import '../nlp'; // gives the lexicon compromise's conjugator, which {verb} in the cues needs
export interface HeatCue {
  name: string;
  label: string;
  re: RegExp;
  weight: number;
  cap: number;
  /** Look-alikes that must not count ("never mind", "always happy to help"). */
  unless?: RegExp;
}

// Cues are written in the rules' pattern language (lexicon.ts) and compiled to regular expressions,
// since heat reads whole messages without parsing them. Only cues that hang on punctuation
// ("Seriously?") keep a regular expression of their own (`marks`).
function cue(patterns: readonly string[], marks?: RegExp): RegExp {
  const words = literalRegExp(patterns);
  return marks ? new RegExp(`${words.source}|${marks.source}`, 'gi') : words;
}

export const HEAT_CUES: HeatCue[] = [
  {
    name: 'absolutes',
    label: 'absolutes',
    re: cue(['(always|never|nothing|nobody|everyone|completely|totally|utterly|absolutely|constantly)', 'every single time', 'every time', 'each and every', 'no one', 'not once', 'not a single']),
    // Friendly or neutral uses of the same words.
    unless: cue([
      '(never mind|nevermind|as always)', 'always (happy|glad|welcome|here|available|appreciate)', 'absolutely (fine|right|happy|agree|love|delighted)',
      'nothing (to worry|urgent|new|else|more)', '(thanks|thank) (as)? always', 'completely (understand|agree|fine)', 'totally (understand|agree|fine|get it)',
    ]),
    weight: 0.06,
    cap: 0.18,
  },
  {
    name: 'insults',
    label: 'insults',
    re: cue(['#Insult', '(incompetence|idiot|idiots|lying|insulting|hopeless|shambles|disaster|appalling|amateur|amateurs)', '(a joke|a mess|you people)']),
    weight: 0.14,
    cap: 0.4,
  },
  {
    name: 'threats',
    label: 'threats',
    re: cue([
      '(#Lawyer|sue|lawsuit|court|consequences|one-star)', 'legal action', '(escalate|escalating) (this|it|to)', 'regret (this|it)', "you'll regret",
      'report (you|this)', 'take (our|my) business', '{cancel} (the|our|my|this) (contract|account|order|subscription)',
      'terminate (the|our) (contract|agreement)', 'last chance', 'or else', 'final warning', 'bad review',
    ]),
    unless: cue(['we regret (to|that)']),
    weight: 0.14,
    cap: 0.3,
  },
  {
    name: 'sarcasm',
    label: 'sarcasm',
    re: cue(
      ['oh great', 'great job', 'thanks for nothing', 'nice try', 'good luck with that', 'what a surprise', 'shocking', 'clearly you', 'obviously you', 'how (nice|convenient)'],
      /\boh, great\b|\bseriously\?|\bwell done\b(?=[^.!?]*[!?])|\bbrilliant\b(?=[^.!?]*\bnot\b)/,
    ),
    weight: 0.12,
    cap: 0.24,
  },
  {
    name: 'exasperation',
    label: 'exasperation',
    re: cue(
      [
        'yet again', 'for the (second|third|fourth|fifth|last|hundredth|umpteenth) time', '(the|a) (second|third|fourth|fifth) time', 'how many times',
        'still waiting', 'once again', 'fed up', 'sick (and tired)? of', 'had enough', 'enough is enough', 'how dare', "i can't believe",
      ],
      /\bagain\?|\b(?:the|a) \d+(?:st|nd|rd|th) time\b/,
    ),
    weight: 0.08,
    cap: 0.2,
  },
  {
    name: 'profanity',
    label: 'profanity',
    re: cue(['#Profanity', 'the hell']),
    unless: cue(PROFANITY_LOOKALIKES),
    weight: 0.15,
    cap: 0.3,
  },
];

/** Capitalised words that are not shouting (the lexicon's acronyms), as a test for the clause reader. */
export const NOT_SHOUTING = { test: (word: string): boolean => isAcronym(word) };

/** Below `warm` a message reads calm; from `heated` it reads heated. */
export const HEAT_LEVELS = { warm: 0.2, heated: 0.45 } as const;

/** A word written in capitals to raise the voice: two capitals or more, not "I", not an acronym. */
export function isShouted(word: string): boolean {
  return word.length >= 2 && /[A-Z]{2}/.test(word) && word === word.toUpperCase() && word !== 'I' && !isAcronym(word);
}
