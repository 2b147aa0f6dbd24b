// `why`: demands that make the reader justify themselves. Offer a How/What question that keeps
// the topic. Quiet for "why" as an explanation ("That's why…", "I can see why…").
import type { Category } from '../types';
import type { RuleGroup, Suggest } from './types';

// A why-demand asks for a calibrated question; what else the sentence does (a threat, a jab) is a
// second move, so a why card may stand beside another category's.
const BESIDE_WHY: readonly Category[] = ['defensive', 'ego', 'withdrawal'];

const SUGGEST_WHY: Suggest = { generate: 'calibratedWhy', templates: ['What would need to be different for this to work?'] };

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
  '#WeI (will|would|can|want to|wanted to|d|ll|like to|would like to)? (explain|share|outline|clarify) why',
  '(is|was|s) why',
  'no wonder why',
  '({explain}|{understand}) why (this|it|that) (matters|is important)',
  'why (this|it|that) (matters|is important|is worth)',
  "why (don't|do not) (you|we) (just)? (take|come|join|grab|have|stop by|drop by|swing by|bring|enjoy|relax|head home|go home|treat yourself)",
];

export const whyGroups: RuleGroup[] = [
  {
    id: 'why.why-bother',
    category: 'why',
    title: '"Why bother?"',
    level: 'balanced',
    rules: [
      {
        act: 'why-bother',
        patterns: ['why (even)? (bother|try)'],
        span: 'sentence',
        alongside: BESIDE_WHY,
        message: '"Why bother?" shuts the door while sounding like a question.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: ['What would make this worth pursuing for both of us?'] },
        examples: [
          { text: 'Why even bother replying?', swap: 'What would make this worth pursuing for both of us?' },
          { quiet: 'We will try to reply by Monday.' },
        ],
      },
    ],
  },
  {
    id: 'why.direct-question',
    category: 'why',
    title: 'Questions that open with "why"',
    level: 'gentle',
    unless: [
      "why (don't|do not) (you|we) (just)? (take|come|join|grab|have|stop by|drop by|pop by|swing by|bring|enjoy|relax|call me|give me a call|head home|go home|treat yourself)",
      'why (this|it|that) (matters|is important|is worth)',
      '^why (hello|yes|thank)',
    ],
    mood: 'question',
    rules: [
      {
        act: 'opening-why',
        patterns: [
          '^(so|but|and|ok|okay|then|well|again|also|honestly|just|now)? why',
          '^#Interjection? why',
          '^(#ProperNoun|#Person) why',
        ],
        span: 'sentence',
        alongside: BESIDE_WHY,
        message: 'A "why" question asks them to defend themselves; a How/What question asks them to help solve it.',
        technique: 'calibratedQuestion',
        suggest: SUGGEST_WHY,
        examples: [
          { text: "Why can't you deliver by Friday?", swap: 'What would it take to deliver by Friday?' },
          { text: "Why didn't you send the revised quote?", swap: 'What got in the way of sending the revised quote?' },
          { text: 'Why not?', swap: 'What would need to be different for this to work?' },
          { text: 'So why was the shipment split in two?' },
          { text: "Why haven't we heard back about the renewal?", swap: "What's getting in the way of us hearing back about the renewal?" },
          { text: 'Why on earth would you change suppliers now?', swap: "What's the thinking behind changing suppliers now?" },
          { text: 'Why the sudden change of plan?', swap: "What's behind the sudden change of plan?" },
          { quiet: 'Why this matters: the pilot ends in May.' },
          { quiet: "That's why I'm writing." },
          { quiet: 'Why hello there, nice to hear from you?' },
        ],
      },
    ],
  },
  {
    id: 'why.mid-question',
    category: 'why',
    title: '"Why" asked inside a sentence',
    level: 'gentle',
    unless: EXPLAINING_WHY,
    mood: 'question',
    rules: [
      {
        act: 'why-in-sentence',
        patterns: [
          '(#Comma|and|but|so|then) why (#Verb|not)',
          '(explain|tell|ask) (me|us)? why',
          '(is|was) there (a|any|some) (good|particular|specific)? reason (why|that)? (#Pronoun|the|nobody|no one|your)',
          '. why (are|is|do|does|did|can|could|would|will|have|has|were|was|should) (not)? (you|your|they|we|it|this|that|the|nobody|no one|anyone|everyone|i)',
          '^(any|no) (idea|reason|explanation) (why|as to why)',
          'what is the reason (why|that)? (you|they|your)',
        ],
        span: 'sentence',
        alongside: BESIDE_WHY,
        message: 'Asking them to explain "why" puts them on the defensive; ask what would help instead.',
        technique: 'calibratedQuestion',
        suggest: SUGGEST_WHY,
        examples: [
          { text: 'Can you explain why you rejected it?', swap: 'What led you to reject it?' },
          { text: 'Could you tell me why the price went up again?', swap: 'What led the price to go up again?' },
          { text: 'Is there a reason you ignored the second invoice?', swap: 'What led you to ignore the second invoice?', also: 'defensive' },
          { quiet: 'Can you see why the change caught them off guard?' },
          { quiet: 'Could you help me understand what changed?' },
        ],
      },
    ],
  },
  {
    id: 'why.how-come',
    category: 'why',
    title: '"How come": a why in disguise',
    level: 'gentle',
    mood: 'question',
    rules: [
      {
        act: 'how-come',
        patterns: ['how come'],
        span: 'sentence',
        alongside: BESIDE_WHY,
        message: '"How come" is a "why" in disguise: it asks them to justify themselves.',
        technique: 'calibratedQuestion',
        suggest: SUGGEST_WHY,
        examples: [
          { text: "How come you didn't tell us earlier?", swap: 'What got in the way of telling us earlier?' },
          { text: 'How come the price changed?', swap: 'What led the price to change?' },
          { quiet: 'How can we come to an agreement?' },
          { quiet: 'Come and see the new office.' },
        ],
      },
    ],
  },
  {
    id: 'why.embedded-demand',
    category: 'why',
    title: 'Demands to know why',
    level: 'gentle',
    unless: [
      '(let|allow) me (explain|tell you|share|clarify) why',
      '#WeI (will|ll|can|would|d|want to|wanted to) (explain|clarify|tell you|share) why',
      '{help} (me|us) (understand|see) why',
      'why (this|it|that) (matters|is important)',
      'to (explain|understand) why (this|it|that)',
    ],
    rules: [
      {
        act: 'cannot-understand',
        patterns: [
          '(#Pronoun) (#Adverb)? (do|does|did|can|could) not (#Adverb)? (understand|get|see|follow|comprehend) why',
          '(#Pronoun) ({fail}|{struggle}|am struggling) to (understand|see) why',
          '(#Pronoun) ({wonder}|am wondering|was wondering|keep wondering) why',
          "(don't|do not|can't|cannot|never) (get|understand|see|comprehend) is why",
        ],
        span: 'sentence',
        alongside: BESIDE_WHY,
        message: '"I don\'t understand why…" asks them to justify themselves; ask what happened or what it would take.',
        technique: 'calibratedQuestion',
        suggest: SUGGEST_WHY,
        examples: [
          { text: "I don't understand why you won't sign.", swap: 'What would it take to sign?' },
          { text: 'We struggle to see why the fee doubled.', swap: 'What led the fee to double?' },
          { quiet: 'I can see why the change caught you off guard.' },
          { quiet: 'Help me understand why this matters to your team.' },
        ],
      },
      {
        act: 'explain-yourself',
        patterns: [
          '(#Pronoun) (#Adverb)? (would|d|{want}|{need}|deserve|demand|insist) (like|love)? to (know|understand|hear) why',
          'give (me|us) (one|a) (good|single)? reason',
          '(#Pronoun) ({want}|{need}|deserve|demand|expect) an? (explanation|answer) (of|for|as to|about)? why',
          '^(please|kindly)? (explain|justify|clarify) (to me|to us)? why',
          '^(please|kindly)? tell (me|us) why',
          '(please|kindly) (explain|justify|clarify|tell me|tell us) (to me|to us)? why',
          '(mind|care to|willing to) ({tell}|{explain}|clarifying|{share}) (me|us|to me|to us)? why',
          '(#Pronoun) ({need}|have|has) to (know|understand|hear) why',
          '(can|could|would|will) you (please|kindly)? (explain|justify|clarify|tell me|tell us) (to me|to us)? why',
          'you (need|have|must|ought) to (explain|justify) (to me|to us)? why',
        ],
        span: 'sentence',
        alongside: BESIDE_WHY,
        message: 'Demanding to know "why" makes them justify themselves; ask what happened or what it would take.',
        technique: 'calibratedQuestion',
        suggest: SUGGEST_WHY,
        examples: [
          { text: "I'd like to know why you turned down the offer.", swap: 'What led you to turn down the offer?' },
          { text: 'Please explain why the order was cancelled.' },
          { text: 'We deserve to know why the terms changed.' },
          { quiet: 'Let me explain why we chose this supplier.' },
          { quiet: 'This note explains why the dates moved.' },
        ],
      },
    ],
  },
  {
    id: 'why.dont-know-why',
    category: 'why',
    title: '"I don\'t know why you…"',
    level: 'strict',
    unless: ["(let me|i will|i'll|we will) (find out|check)"],
    rules: [
      {
        act: 'dont-know-why',
        patterns: ['(#Pronoun) (do|does|did) not (really)? know why (you|your|they|the)'],
        span: 'sentence',
        alongside: BESIDE_WHY,
        message: '"I don\'t know why you…" can read as a demand for a justification; ask what happened instead.',
        technique: 'calibratedQuestion',
        suggest: { generate: 'calibratedWhy', templates: ['What happened here?'] },
        examples: [
          { text: "I don't know why you changed the date.", swap: 'What led you to change the date?' },
          { quiet: "I don't know why the printer jams, I'll find out." },
        ],
      },
    ],
  },
];
