// ego: Ultimatums, and waving other suppliers at them.
import type { RuleGroup } from '../types';
import { BRIDGE } from './common';

export const ultimatumsGroups: RuleGroup[] = [
  {
    id: 'ego.ultimatum',
    category: 'ego',
    title: 'Ultimatums: take it or leave it',
    level: 'gentle',
    formerly: ['ego.power-play'],
    unless: ['(is|are) (this|that|it) (negotiable|final)', '(final|last) (offer|call) (date|deadline|for boarding|for papers|for entries)', 'the final offer (letter|document)'],
    rules: [
      {
        act: 'not-negotiable',
        patterns: [
          'take it or leave it',
          '(is|are) not negotiable',
          '(is|are) not up for (discussion|debate|negotiation)',
          'non-negotiable',
          '(this|that|it|which) (is|s) (our|my) (final|last|best and final) (offer|price|word|answer)',
          '(my|our) (final|last) (offer|price|word) (is|stands)',
          '#WeI (do not|don\'t|will not|won\'t|never) negotiate',
          '(my way|our way) or (not at all|don\'t do it|the highway|no way)',
        ],
        span: 'sentence',
        message: 'An ultimatum leaves them only yes or no, and pride often picks no; give them a way to say yes.',
        technique: 'goldenBridge',
        suggest: {
          templates: [
            'We have very little room to move here. ' + BRIDGE,
            'This is close to our limit. How could we make the rest of the package work for you?',
          ],
        },
        examples: [
          { text: 'This is non-negotiable.', swap: 'We have very little room to move here. ' + BRIDGE },
          { text: 'Take it or leave it.' },
          { text: 'This is our final offer.' },
          { text: 'The price is not up for discussion.' },
          { quiet: 'Is the price negotiable?' },
          { quiet: 'The final offer letter is attached.' },
        ],
      },
      {
        act: 'end-of-discussion',
        patterns: [
          'end of (discussion|story|conversation)',
          "(there is|there's|there s) nothing (more|else|further)? to (discuss|negotiate|talk about|debate)",
          '(and|but) that is (final|that)$',
          '(. && @hasComma) (period|full stop)$',
        ],
        span: 'sentence',
        message: 'Closing the discussion leaves them nothing to say but no; leave them a door.',
        technique: 'keepTheDoorOpen',
        suggest: {
          templates: [
            'This is where we stand for now. What would you need to see from us to move forward?',
            'I have said what we can do. What would make it work on your side?',
          ],
        },
        examples: [
          { text: 'We ship on the 4th, end of discussion.', swap: 'This is where we stand for now. What would you need to see from us to move forward?' },
          { text: "There's nothing more to discuss." },
          { quiet: 'The end of the story is on page four.' },
          { quiet: 'There is nothing more to add to the agenda, so see you at ten.' },
        ],
      },
      {
        act: 'no-more-chances',
        patterns: [
          '(this|that) is (your|the) last chance',
          "#WeI (will not|shall not|won't) (tolerate|accept|stand for|put up with) (any)? (further|more|this|these|another|that)",
          "#WeI (will|won't) no longer (tolerate|accept|put up with)",
          "(you've|you have) been (warned|told)",
          '(last|final) chance before #WeI',
          "(or|otherwise) (the offer|this offer|the deal|it|the discount) (is|s|will be) (gone|off the table|withdrawn|void)",
        ],
        span: 'sentence',
        message: 'A last chance is a countdown; they will spend it defending themselves instead of fixing things.',
        technique: 'ifThen',
        suggest: {
          templates: [
            'We need this fixed to carry on. If you can confirm a plan by Friday, then we can keep things as they are.',
            'What would it take to get this right from here?',
          ],
        },
        examples: [
          { text: 'This is your last chance.', swap: 'We need this fixed to carry on. If you can confirm a plan by Friday, then we can keep things as they are.' },
          { text: 'Sign it today or the offer is gone.' },
          { text: 'We will not tolerate any further delays.' },
          { quiet: 'Last chance to sign up for the team lunch on Friday!' },
          { quiet: 'We will not accept deliveries after 5pm, so please plan for the morning.' },
        ],
      },
      {
        act: 'demand-now',
        patterns: [
          "(i'm|i am) not asking",
          '#WeI expect (this|it|a|the|an|my|our) (#Adjective)? (#Noun)? (within the hour|immediately|by the end of today|by the end of the day|by close of business)',
        ],
        unless: ['not asking (for|you to|about|much|a lot)'],
        span: 'sentence',
        message: 'A demand with no room in it invites a standoff; say what you need and ask what is possible.',
        technique: 'calibratedQuestion',
        suggest: {
          templates: [
            'We need this today to stay on schedule. What can you get to us by the end of the day?',
            'How soon could you get this to us?',
          ],
        },
        examples: [
          { text: 'I expect a full refund within the hour.', swap: 'We need this today to stay on schedule. What can you get to us by the end of the day?' },
          { text: "I'm not asking, I'm telling you." },
          { quiet: 'I expect the parcel by the end of the week, so no rush.' },
          { quiet: "I'm not asking for a discount, just the delivery date." },
        ],
      },
    ],
  },
  {
    id: 'ego.brandished-alternative',
    category: 'ego',
    title: 'Waving other suppliers at them',
    level: 'gentle',
    unless: ['(believe|trust) me #WeI (understand|know|get|appreciate|see|feel)', '(options|suppliers|vendors|alternatives|venues|dates|choices) (for|to choose from|on) (the|a|our|your|this|that|which|lunch|dinner)'],
    rules: [
      {
        act: 'plenty-of-others',
        patterns: [
          '#WeI (have|ve got|have got|got) (plenty|lots|loads|tons|no shortage|a queue|a line|a long line|dozens|hundreds) (of)? (other)? (options|suppliers|vendors|alternatives|offers|buyers|providers|companies|candidates|people|customers|clients|bidders|firms)',
          "(there are|there's) (plenty|lots|loads|no shortage|dozens|hundreds) (of)? (other)? (suppliers|vendors|alternatives|offers|buyers|providers|companies|candidates|firms) (who|that|out there|lining up|waiting|happy to|willing to)",
          '(other|plenty of) (suppliers|vendors|companies|providers|firms|people) (would|will) (be)? (happy|glad|love|jump) (to)?',
          '(#Noun|suppliers|vendors) (like you)? (are|is) a dime a dozen',
          '@hasComma (believe|trust) me$',
          '^(believe|trust) me,',
        ],
        span: 'sentence',
        message: 'Waving your alternatives at them reads as a threat; keep your walk-away option as quiet strength.',
        technique: 'knowYourBatna',
        suggest: {
          templates: [
            'We are weighing a few options, and we would rather make this work with you. ' + BRIDGE,
            'If we can close the gap on price, then we would much rather stay with you.',
          ],
        },
        examples: [
          { text: 'We have plenty of other options, believe me.', swap: 'We are weighing a few options, and we would rather make this work with you. ' + BRIDGE },
          { text: 'There are lots of other suppliers who would be happy to take this on.' },
          { quiet: 'We have other options for the venue, like the hotel.' },
          { quiet: 'Believe me, I understand the pressure you are under.' },
        ],
      },
    ],
  },
];
