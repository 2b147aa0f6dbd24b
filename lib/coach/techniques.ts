// The moves the coach draws on. Each finding names one, so the writer can learn the idea
// behind a suggestion rather than only accept it.
import type { Technique } from './types';

const URY = 'William Ury, Getting Past No';
const VOSS = 'Chris Voss, Never Split the Difference';

export const TECHNIQUES = {
  calibratedQuestion: {
    id: 'calibrated-question',
    name: 'Calibrated question',
    explanation:
      'Ask How or What instead of Why: it invites the other side to solve the problem with you instead of defending themselves.',
    source: VOSS,
  },
  label: {
    id: 'label',
    name: 'Label',
    explanation:
      'Name what the other side seems to feel or worry about ("It sounds like…"): it shows you listened and lowers the temperature.',
    source: VOSS,
  },
  mirror: {
    id: 'mirror',
    name: 'Mirror',
    explanation: 'Repeat their last few key words as a question: they explain more, and you learn what matters.',
    source: VOSS,
  },
  accusationAudit: {
    id: 'accusation-audit',
    name: 'Accusation audit',
    explanation:
      'Say the worst they might think of you before they do ("You may feel we…"): it takes the sting out of it.',
    source: VOSS,
  },
  ifThen: {
    id: 'if-then',
    name: 'If–then offer',
    explanation: 'Trade instead of conceding: "If you can…, then we can…" keeps both sides moving.',
    source: URY,
  },
  goldenBridge: {
    id: 'golden-bridge',
    name: 'Golden bridge',
    explanation:
      'Make it easy for them to say yes without losing face: offer a path that lets them look good in front of others.',
    source: URY,
  },
  stepToTheSide: {
    id: 'step-to-the-side',
    name: 'Step to their side',
    explanation:
      'Acknowledge their point before making yours; arguing back makes them dig in. Re-frame the problem as one you solve together.',
    source: URY,
  },
  goToTheBalcony: {
    id: 'go-to-the-balcony',
    name: 'Go to the balcony',
    explanation:
      'When you feel the urge to strike back, pause. Threats, sarcasm and status claims feel good to send and cost you the deal.',
    source: URY,
  },
  keepTheDoorOpen: {
    id: 'keep-the-door-open',
    name: 'Keep the door open',
    explanation:
      'Walking away in a huff ends the talk on their terms. Ask what would need to change, or name your next step calmly.',
    source: URY,
  },
  knowYourBatna: {
    id: 'know-your-batna',
    name: 'Know your BATNA',
    explanation:
      'Your walk-away option is your strength; brandishing it as a threat only hardens them. Keep it in reserve and use it as a fact, not a weapon.',
    source: URY,
  },
} as const satisfies Record<string, Technique>;

export type TechniqueKey = keyof typeof TECHNIQUES;
