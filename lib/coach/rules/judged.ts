// What the coach says and offers when the learned judgement, not a rule, flags a sentence. One entry
// per category. `{topic}` is the sentence's own subject matter ("the freight costs"), so a swap keeps
// what the writer was talking about; `generate` builds rewrites from the sentence itself first.
import type { FlagCategory } from '../types';
import type { TechniqueKey } from '../techniques';
import type { GeneratorName } from '../rewrite';

export interface JudgedCategory {
  message: string;
  technique: TechniqueKey;
  generate?: GeneratorName;
  templates: readonly string[];
}

export const JUDGED: Record<FlagCategory, JudgedCategory> = {
  why: {
    message: 'This asks them to justify themselves; a How/What question asks them to help solve it.',
    technique: 'calibratedQuestion',
    generate: 'calibratedWhy',
    templates: ['What led to {topic}?', 'How can we get {topic} back on track?'],
  },
  defensive: {
    message: 'This defends or blames; naming their concern and asking about it moves the problem forward instead.',
    technique: 'stepToTheSide',
    templates: [
      "It sounds like there's been frustration on both sides about {topic}. What are you seeing on your side?",
      'What would help us get {topic} sorted from here?',
    ],
  },
  ego: {
    message: 'This reads as a threat, a jab or a show of status; it makes them defend their standing instead of looking at the problem.',
    technique: 'goToTheBalcony',
    templates: [
      'I want to get {topic} right for both of us. What would it take?',
      'If we can agree on {topic}, then we can move forward quickly.',
    ],
  },
  withdrawal: {
    message: 'This shuts the door; saying what would need to change keeps the conversation going.',
    technique: 'keepTheDoorOpen',
    templates: [
      "I'd still like to find a way forward on {topic}. What would need to change for this to work for you?",
      'How can we make {topic} work from here?',
    ],
  },
};

/** The topic when the sentence names none of its own. */
export const NO_TOPIC = 'this';
