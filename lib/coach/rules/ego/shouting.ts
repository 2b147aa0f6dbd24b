// ego: Shouting in capitals.
import type { RuleGroup } from '../types';

export const shoutingGroups: RuleGroup[] = [
  {
    id: 'ego.shouting',
    category: 'ego',
    title: 'Shouting in capitals',
    level: 'gentle',
    rules: [
      {
        act: 'capitals',
        detect: 'shouting',
        span: 'match',
        message: 'Capitals read as shouting; the reader hears the volume, not the point.',
        technique: 'goToTheBalcony',
        suggest: { generate: 'calmCase' },
        examples: [
          { text: '[[THIS IS UNACCEPTABLE!!!]]', swap: 'This is unacceptable.' },
          { text: '[[I NEED THIS BY FRIDAY, NOT NEXT WEEK]].', swap: 'I need this by Friday, not next week' },
          { quiet: 'The FAQ and the PDF are attached.' },
          { quiet: 'Meeting with the CFO at 3 PM EST.' },
        ],
      },
    ],
  },
];
