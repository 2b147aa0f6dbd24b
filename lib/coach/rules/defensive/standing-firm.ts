// defensive: Standing on the rules, the contract and the record.
import type { RuleGroup } from '../types';
import { COUNTER_BLAME_UNLESS } from './common';

export const standingFirmGroups: RuleGroup[] = [
  {
    id: 'defensive.we-followed-the-rules',
    category: 'defensive',
    title: '"We followed the process" and other defences of our record',
    level: 'balanced',
    rules: [
      {
        act: 'our-record',
        patterns: [
          '#WeI (have|ve)? (followed|complied with|adhered to) (the|our|all|every|your)? (#Adjective)? (process|procedure|procedures|protocol|policy|rules|contract|instructions|guidelines|steps|terms|agreement) (to the letter|exactly|precisely|correctly|properly|in full|completely)',
          '#WeI (did|have done|ve done|followed) (everything|it|things|all of it) (by the book|to the letter|right|correctly|properly|as agreed|we were asked)',
          '#WeI (delivered|did|sent|provided|shipped|built) (exactly|precisely)? what (was|you|we) (ordered|asked|agreed|requested|promised|specified|signed off)',
          '#WeI (have|ve)? (done|did|fulfilled|met) (our|my) (part|job|obligations)',
          '#WeI (have|ve)? (done|did|fulfilled|met|kept) (our|my) side of the (deal|bargain)',
          '#WeI (am|m|are|re|was|were) (just|only|simply) (doing|trying to do) (my|our) (job|jobs)',
          '#WeI (was|were|am|are|m|re) only trying to help',
          '#WeI (am|are|m|re) not (going to)? (apologise|apologize|be sorry) for',
          '#WeI (am|m|are|re|was|were|feel) (deeply|very|somewhat|quite|frankly|rather|personally)? (offended|insulted) (by|that|at)',
          '#WeI (take|took) (great)? (offense|offence|exception) (to|at)',
        ],
        span: 'sentence',
        message: 'Defending your own record invites them to attack it; move to what would fix the problem.',
        technique: 'stepToTheSide',
        suggest: { templates: [
          "Let's look at where the process let you down. What would have helped on your side?",
          'What would a good outcome look like for you now?',
        ] },
        examples: [
          { text: 'We followed the process to the letter.', swap: "Let's look at where the process let you down. What would have helped on your side?" },
          { text: 'We did everything by the book.' },
          { text: "We've done our part." },
          { quiet: 'We followed up with the client on Monday.' },
          { quiet: 'I followed the link and it worked.' },
          { quiet: 'We did everything we could to make the launch a success, and it was.' },
        ],
      },
    ],
  },
  {
    id: 'defensive.per-the-contract',
    category: 'defensive',
    title: 'Quoting the contract at them',
    level: 'balanced',
    unless: ['({attach}|enclosed|here is|please find)'],
    mood: 'statement',
    rules: [
      {
        act: 'quoting-the-contract',
        patterns: [
          '^(as)? per (our|the|your) (agreement|contract|terms|policy|policies|conditions|sla|signed agreement)',
          '^according to (our|the|your) (agreement|contract|terms|policy|conditions)',
          '(as|which is) (clearly)? (stated|written|set out|spelled out|outlined) in (the|our|your) (contract|agreement|terms|policy)',
          '(the|our) (contract|agreement) (you|your team) signed',
          '(the|our) (contract|agreement|terms) (clearly)? (states|says|stipulates)',
        ],
        span: 'match',
        message: 'Quoting the contract at them ends the conversation about what would work; use it as a fact, not a weapon.',
        technique: 'knowYourBatna',
        suggest: { templates: ['Under the current agreement', 'As things stand'] },
        examples: [
          { text: '[[Per our agreement]], the fees are non-refundable.', swap: 'Under the current agreement' },
          { text: '[[As clearly stated in the contract]], delivery is your cost.' },
          { quiet: 'Per our conversation, attached is the draft.' },
          { quiet: 'Per the contract, attached is the signed copy.' },
        ],
      },
    ],
  },
  {
    id: 'defensive.standing-our-ground',
    category: 'defensive',
    title: '"Our records show otherwise" and standing by our version',
    level: 'gentle',
    unless: COUNTER_BLAME_UNLESS,
    formerly: ['defensive.counter-blame'],
    rules: [
      {
        act: 'records-show',
        patterns: [
          "(you|you're|you are) (misremembering|misinformed|confusing things|mixing things up)",
          '(our|my) (records|logs|files|notes|emails|data|system) (clearly)? (show|shows|prove|proves|confirm|confirms|indicate|indicates) (the opposite|otherwise)',
          '(a|your) (misreading|misinterpretation|misrepresentation|mischaracterization|mischaracterisation|distortion) of',
        ],
        span: 'sentence',
        message: 'Saying your records prove them wrong sets up a contest of evidence; compare notes instead.',
        technique: 'label',
        suggest: { templates: [
          'It looks like our records tell a different story. What are you seeing on your side?',
          'What do your records show? We can compare them side by side.',
        ] },
        examples: [
          { text: 'Our records clearly show the opposite.', swap: 'It looks like our records tell a different story. What are you seeing on your side?' },
          { text: "You're misremembering the meeting." },
          { text: "That's a misreading of the lease." },
          { quiet: 'Our records show the payment arrived on Monday.' },
          { quiet: 'You are remembering the old address.' },
        ],
      },
      {
        act: 'stand-by',
        patterns: [
          '(nothing|no need) to (apologise|apologize) for',
          '#WeI take (issue|exception) with',
          '#WeI (stand|stick) by (every word|what i said|what we said|my|our)',
        ],
        span: 'sentence',
        message: 'Standing your ground in so many words invites them to attack it; say what you can offer.',
        technique: 'stepToTheSide',
        suggest: { templates: [
          "I still think this is right, and I'd like to understand your view. What would make it work for you?",
          'What would make this work for you?',
        ] },
        examples: [
          { text: 'I take issue with the suggestion that we were careless.', swap: "I still think this is right, and I'd like to understand your view. What would make it work for you?" },
          { text: 'We stand by every word of the report.' },
          { text: 'We have nothing to apologise for.' },
          { quiet: 'Please stand by for the update.' },
          { quiet: 'There is no need to apologise, these things happen.' },
        ],
      },
      {
        act: 'did-what-was-asked',
        patterns: [
          '#WeI (only|just|simply) (did|followed|do) what (the|you|your|my|our|we were|i was)',
          '#WeI (did|delivered|provided|built|followed|sent|made) (exactly|precisely) (what|as)',
          '{follow} (your|the) (instructions|brief|spec|specification|process|orders) (to the letter|exactly|precisely)',
        ],
        span: 'sentence',
        message: '"We did exactly what you asked" defends your record and blames their request; ask what they need now.',
        technique: 'stepToTheSide',
        suggest: { templates: [
          "It sounds like what we delivered isn't what you needed. What would make it right?",
          'What would a good result look like for you now?',
        ] },
        examples: [
          { text: 'We only did what your brief asked for.', swap: "It sounds like what we delivered isn't what you needed. What would make it right?" },
          { text: 'We delivered exactly as agreed in March.' },
          { text: 'The team followed the spec to the letter.' },
          { quiet: 'We did what we could to help.' },
          { quiet: 'Please follow the instructions on the box.' },
        ],
      },
    ],
  },
];
