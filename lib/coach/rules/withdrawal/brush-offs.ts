// withdrawal: "Forget it", "whatever", "fine": brushing the ask away.
import type { RuleGroup } from '../types';

const FORGET_IT_UNLESS = [
  'never mind #WeI (found|figured|got|sorted|see|just saw|have it)',
  'never mind (my|the) (last|previous|earlier) (email|message|note|question)',
  'never mind (the|my|that) (typo|typos|mistake|error|confusion|question|last|previous|earlier|formatting|attachment)',
  'whatever you (decide|choose|prefer|need|think)',
  'do whatever you (need|have) to (feel|get|make)',
  'forget (to|about) (bring|send|sign|attach|mention|include)',
  "(don't|do not) forget",
];

/** The look-alikes of the old `withdrawal.no-point` bin. */

export const brushOffsGroups: RuleGroup[] = [
  {
    id: 'withdrawal.forget-it',
    category: 'withdrawal',
    title: '"Forget it" and "never mind": taking back your ask',
    level: 'gentle',
    unless: FORGET_IT_UNLESS,
    rules: [
      {
        act: 'forget-it',
        patterns: [
          '(just)? forget (it|i asked|i said anything|i mentioned it|about it|the whole thing|the whole deal|the deal|this)',
          '^(ok|okay|fine|alright|then|well|oh well) forget (the|about|it|this|that|my)',
          'forget (the|about the) #Noun then$',
        ],
        span: 'sentence',
        message: 'Taking back your request in a huff gives up what you came for; say what you still need.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          'I still think this is worth sorting out. What would make it work on your side?',
          "Let's park this for now. What would help us pick it up again next week?",
        ] },
        examples: [
          { text: 'Okay, fine, forget I asked.', swap: 'I still think this is worth sorting out. What would make it work on your side?' },
          { text: 'Fine, forget about the refund.' },
          { text: 'Forget the upgrade then.' },
          { text: 'Just forget the whole thing.' },
          { quiet: "Don't forget to sign the form." },
          { quiet: 'Forget about the paper copy, the PDF is enough.' },
          { quiet: 'I forgot to attach the rota, sorry.' },
        ],
      },
      {
        act: 'never-mind',
        patterns: [
          '^(okay|ok|fine|oh well|well|alright|all right)? never mind',
          'never mind (the|about|then)',
        ],
        span: 'sentence',
        message: 'A curt "never mind" drops the point without saying why; say what you still need.',
        technique: 'label',
        suggest: { templates: [
          "It sounds like this isn't possible right now. What could work instead?",
          'I would still like to find a way to make this work. What options do we have?',
        ] },
        examples: [
          { text: 'Never mind the discount then.', swap: "It sounds like this isn't possible right now. What could work instead?" },
          { text: 'Oh well, never mind.' },
          { text: 'Never mind about the samples.' },
          { quiet: 'Never mind, I found the file.' },
          { quiet: 'Never mind my last email, the figures were right.' },
          { quiet: 'Mind the step at the loading bay.' },
        ],
      },
    ],
  },
  {
    id: 'withdrawal.whatever',
    category: 'withdrawal',
    title: '"Whatever" as a brush-off',
    level: 'gentle',
    formerly: ['withdrawal.forget-it'],
    unless: FORGET_IT_UNLESS,
    rules: [
      {
        act: 'whatever',
        patterns: ['^whatever$', '^(whatever && @hasComma)', '^(fine|okay|ok) whatever'],
        span: 'sentence',
        message: 'A bare "whatever" says you have stopped listening, and invites them to stop too.',
        technique: 'label',
        suggest: { templates: [
          "It sounds like we're not on the same page yet. What matters most to you here?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: 'Whatever.', swap: "It sounds like we're not on the same page yet. What matters most to you here?" },
          { text: 'Whatever, send it when you can.' },
          { text: 'Okay, whatever.' },
          { quiet: "Whatever you decide, we'll support it." },
          { quiet: 'Whatever the outcome, thanks for your time on the bid.' },
        ],
      },
    ],
  },
  {
    id: 'withdrawal.have-it-your-way',
    category: 'withdrawal',
    title: '"Have it your way" and other sulky surrenders',
    level: 'gentle',
    formerly: ['withdrawal.forget-it'],
    unless: FORGET_IT_UNLESS,
    rules: [
      {
        act: 'have-it-your-way',
        patterns: ['^you win$', 'have it your (own)? way', '^suit yourself'],
        span: 'sentence',
        message: 'Giving in with a sneer hands them the point and leaves the resentment behind.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          'We see this differently, but I can go with your approach. What would you need from us to make it work?',
          'If we go your way on this, then can we agree to review it together in a month?',
        ] },
        examples: [
          { text: 'Fine, have it your way.', swap: 'We see this differently, but I can go with your approach. What would you need from us to make it work?' },
          { text: 'Suit yourself.' },
          { text: 'You win.' },
          { text: 'Have it your own way, then.' },
          { quiet: 'We hope you win the tender next month.' },
          { quiet: 'Your way of laying out the data works well.' },
        ],
      },
      {
        act: 'do-as-you-like',
        patterns: [
          '(do|go ahead and do|just do) (whatever|what) you (want|like|wish|please|think is best)',
          '(do|go ahead|just do) as you (like|please|wish)',
        ],
        span: 'sentence',
        message: 'Telling them to do as they like walks away from a decision you share.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          "It's your call in the end. Before you decide, what would you like to hear from us?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: 'Fine. Do whatever you want.', swap: "It's your call in the end. Before you decide, what would you like to hear from us?" },
          { text: 'Go ahead and do what you think is best.' },
          { text: 'Do as you please with the layout.' },
          { quiet: "Do what you can by Friday and we'll cover the rest." },
          { quiet: 'Please arrange the seating as you see fit.' },
        ],
      },
    ],
  },
  // --- from withdrawal.no-point -------------------------------------------------------------
  {
    id: 'withdrawal.sure-whatever',
    category: 'withdrawal',
    title: '"Sure, whatever" and other shrugs',
    level: 'gentle',
    unless: ['whatever you (decide|choose|prefer|need|think)', 'whatever works (for|best)'],
    rules: [
      {
        act: 'main',
        patterns: [
          '(sure|right|yeah|okay|ok|yes|fine) whatever',
          'whatever you say',
          'whatever (works|floats your boat)$',
        ],
        span: 'sentence',
        message: '"Whatever" says you have stopped caring, and the other side will stop too.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: ['What would need to change for this to work for you?'] },
        examples: [
          { text: 'Yeah, whatever.', swap: 'What would need to change for this to work for you?' },
          { text: 'Right, whatever works.' },
          { text: 'Yes, whatever floats your boat.' },
          { quiet: 'Whatever works best for you is fine.' },
          { quiet: 'Yes, we can work with whatever budget you have.' },
        ],
      },
    ],
  },
  {
    id: 'withdrawal.curt-fine',
    category: 'withdrawal',
    title: 'A curt "fine then"',
    level: 'balanced',
    unless: ['(fine|okay|ok) (by|with|for) (me|us)'],
    rules: [
      {
        act: 'main',
        patterns: [
          '^fine (then|whatever)',
          '^(okay|ok) (then|fine) whatever',
          "#WeI (don't|do not) (really)? care (anymore|what you do|either way)",
        ],
        span: 'sentence',
        message: 'A curt "fine" signals that you have checked out; say what you actually need.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          'Okay. Before we settle this, what would make it work better for you?',
          'That works for now; can we look at the open points next week?',
        ] },
        examples: [
          { text: 'Fine then.', swap: 'Okay. Before we settle this, what would make it work better for you?' },
          { text: "I don't really care either way." },
          { text: 'Okay then, whatever.' },
          { quiet: 'Fine by me, see you Monday.' },
          { quiet: 'Okay, I will send it today.' },
          { quiet: 'Okay.' },
          { quiet: 'Fine, I will send it today.' },
        ],
      },
    ],
  },
  {
    id: 'withdrawal.bare-fine',
    category: 'withdrawal',
    title: 'A one-word "Fine."',
    level: 'strict',
    rules: [
      {
        act: 'main',
        patterns: ['^(fine|whatever you think|if you say so|as you wish)$'],
        span: 'sentence',
        message: 'A one-word "Fine." can sound like you have checked out; say what you actually think.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: ['That works for me.', 'Okay. Before we settle this, what would make it work better for you?'] },
        examples: [
          { text: 'Fine.', swap: 'That works for me.' },
          { text: 'If you say so.' },
          { quiet: 'Fine by me.' },
          { quiet: 'That works fine.' },
        ],
      },
    ],
  },
  // --- from withdrawal.checked-out ----------------------------------------------------------
];
