// `why`: demands that make the reader justify themselves. Offer a How/What question that keeps
// the topic. Quiet for "why" as an explanation ("That's why…", "I can see why…").
import type { Rule } from './types';

// "why" used to explain or empathise, not to demand.
const EXPLAINING_WHY = [
  '(that|this|which|it) (is|was|s) (exactly|precisely|partly|also|just)? why',
  '(that|this|which) (explains|is the reason) why',
  'here is why',
  'the reason why',
  '(not|no) (sure|idea|clue)? why',
  '(#Pronoun) (can|could|do|did|might)? (not)? (see|understand|get|know|appreciate) why',
  '(#Pronoun) (can|could) see why',
  '(let|allow) me (explain|tell you|share|outline) why',
  '(i|we) (will|would|can|want to|wanted to|d|ll|like to|would like to)? (explain|share|outline|clarify) why',
  '(is|was|s) why',
  'no wonder why',
  '(explain|explains|explained|explaining|understand|understanding) why (this|it|that) (matters|is important)',
  'why (this|it|that) (matters|is important|is worth)',
];

const SUGGEST_WHY = {
  generate: 'calibratedWhy',
  templates: ['What would need to be different for this to work?'],
} as const;

export const whyRules: Rule[] = [
  {
    id: 'why.direct-question',
    category: 'why',
    level: 'gentle',
    patterns: [
      '^(so|but|and|ok|okay|then|well|again|also|honestly|just|now)? why',
      '^#Interjection? why',
      '^(#ProperNoun|#Person) why',
    ],
    unless: [
      'why (don\'t|do not) (you|we) (just)? (take|come|join|grab|have|stop by|drop by|pop by|swing by|bring|enjoy|relax|call me|give me a call|head home|go home|treat yourself)',
      'why (this|it|that) (matters|is important|is worth)',
      '^why (hello|yes|thank)',
    ],
    mood: 'question',
    span: 'sentence',
    message: 'A "why" question asks them to defend themselves; a How/What question asks them to help solve it.',
    technique: 'calibratedQuestion',
    suggest: SUGGEST_WHY,
    examples: {
      flag: [
        "Why can't you deliver by Friday?",
        "Why didn't you send the revised quote?",
        'Why not?',
        'So why was the shipment split in two?',
        "Why haven't we heard back about the renewal?",
        'Why on earth would you change suppliers now?',
        'Why the sudden change of plan?',
      ],
      quiet: ['Why this matters: the pilot ends in May.', "That's why I'm writing.", 'Why hello there, nice to hear from you?'],
    },
  },
  {
    id: 'why.mid-question',
    category: 'why',
    level: 'gentle',
    patterns: [
      '(#Comma|and|but|so|then) why (#Verb|not)',
      '(explain|tell|ask) (me|us)? why',
      '(is|was) there (a|any) (good)? reason (why|that)? (#Pronoun|the)',
      'what is the reason (why|that)? (you|they|your)',
    ],
    unless: EXPLAINING_WHY,
    mood: 'question',
    span: 'sentence',
    message: 'Asking them to explain "why" puts them on the defensive; ask what would help instead.',
    technique: 'calibratedQuestion',
    suggest: SUGGEST_WHY,
    examples: {
      flag: ['Can you explain why you rejected it?', 'Could you tell me why the price went up again?', 'Is there a reason you ignored the second invoice?'],
      quiet: ['Can you see why the change caught them off guard?', 'Could you help me understand what changed?'],
    },
  },
  {
    id: 'why.how-come',
    category: 'why',
    level: 'gentle',
    patterns: ['^(so|but|and)? how come'],
    mood: 'question',
    span: 'sentence',
    message: '"How come" is a "why" in disguise: it asks them to justify themselves.',
    technique: 'calibratedQuestion',
    suggest: SUGGEST_WHY,
    examples: {
      flag: ["How come you didn't tell us earlier?", 'How come the price changed?'],
      quiet: ['How can we come to an agreement?', 'Come and see the new office.'],
    },
  },
  {
    id: 'why.embedded-demand',
    category: 'why',
    level: 'gentle',
    patterns: [
      '(#Pronoun) (#Adverb)? (do|does|did|can|could) not (#Adverb)? (understand|get|see|follow|comprehend) why',
      '(#Pronoun) (fail|failed|fails|struggle|struggling|am struggling) to (understand|see) why',
      '(#Pronoun) (would|d|want|wanted|need|needed|deserve|demand|insist) (like|love)? to (know|understand|hear) why',
      '(#Pronoun) (want|wanted|need|needed|deserve|demand|expect) an? (explanation|answer) (of|for|as to|about)? why',
      '(#Pronoun) (wonder|wondering|am wondering|was wondering|keep wondering) why',
      '^(please|kindly)? (explain|justify|clarify) (to me|to us)? why',
      '^(please|kindly)? tell (me|us) why',
      '(please|kindly) (explain|justify|clarify|tell me|tell us) (to me|to us)? why',
      '(mind|care to|willing to) (telling|explaining|clarifying|sharing|tell|explain|share) (me|us|to me|to us)? why',
      '(don\'t|do not|can\'t|cannot|never) (get|understand|see|comprehend) is why',
      '(#Pronoun) (need|needs|have|has) to (know|understand|hear) why',
      '(can|could|would|will) you (please|kindly)? (explain|justify|clarify|tell me|tell us) (to me|to us)? why',
      'you (need|have|must|ought) to (explain|justify) (to me|to us)? why',
    ],
    unless: [
      '(let|allow) me (explain|tell you|share|clarify) why',
      '(i|we) (will|ll|can|would|d|want to|wanted to) (explain|clarify|tell you|share) why',
      '(help|helps|helped) (me|us) (understand|see) why',
      'why (this|it|that) (matters|is important)',
      'to (explain|understand) why (this|it|that)',
    ],
    span: 'sentence',
    message: 'Demanding to know "why" makes them justify themselves; ask what happened or what it would take.',
    technique: 'calibratedQuestion',
    suggest: SUGGEST_WHY,
    examples: {
      flag: [
        "I don't understand why you won't sign.",
        "I'd like to know why you turned down the offer.",
        'Please explain why the order was cancelled.',
        'We deserve to know why the terms changed.',
      ],
      quiet: [
        'Let me explain why we chose this supplier.',
        'I can see why the change caught you off guard.',
        'This note explains why the dates moved.',
        'Help me understand why this matters to your team.',
      ],
    },
  },
  {
    id: 'why.why-bother',
    category: 'why',
    level: 'balanced',
    patterns: ['why (even)? (bother|try)'],
    span: 'sentence',
    message: '"Why bother?" shuts the door while sounding like a question.',
    technique: 'keepTheDoorOpen',
    suggest: { templates: ['What would make this worth pursuing for both of us?'] },
    examples: { flag: ['Why even bother replying?'], quiet: ['We will try to reply by Monday.'] },
  },
];
