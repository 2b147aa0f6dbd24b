// ego: Swearing and piles of "???" / "!!!".
import type { RuleGroup } from '../types';
import { PROFANITY_LOOKALIKES } from '../../lexicon';

export const heatMarksGroups: RuleGroup[] = [
  {
    id: 'ego.profanity',
    category: 'ego',
    title: 'Swearing',
    level: 'gentle',
    unless: [...PROFANITY_LOOKALIKES],
    rules: [
      {
        act: 'swearing',
        patterns: ['#Profanity', 'screw you', 'the (hell|heck)', '(what|why|how|who|where) (in)? (the)? (hell|heck)'],
        span: 'sentence',
        message: 'Swearing at the other side raises the temperature and makes the point easy to dismiss.',
        technique: 'goToTheBalcony',
        suggest: { templates: ['I am really frustrated by this. What can we do to fix it?'] },
        examples: [
          { text: 'What the hell were you thinking?', swap: 'I am really frustrated by this. What can we do to fix it?' },
          { text: 'This is bullshit.' },
          { quiet: 'We had a damn good quarter.' },
          { quiet: 'The shell is ready.' },
        ],
      },
    ],
  },
  {
    id: 'ego.exasperated-punctuation',
    category: 'ego',
    title: 'Piles of question and exclamation marks',
    level: 'balanced',
    rules: [
      {
        act: 'marks',
        detect: 'exasperatedPunctuation',
        span: 'match',
        message: 'A pile of question or exclamation marks reads as shouting; one is enough.',
        technique: 'goToTheBalcony',
        suggest: { generate: 'calmPunctuation' },
        examples: [
          { text: 'Was this even checked[[???]]', swap: '?' },
          { text: 'The invoice is late again[[!!!]]' },
          { quiet: 'Thanks so much!!!' },
          { quiet: 'Congratulations on the launch!!' },
          { quiet: 'Is the call at 3?' },
        ],
      },
    ],
  },
];
