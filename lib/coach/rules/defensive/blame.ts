// defensive: Denying blame and putting it on them.
import type { RuleGroup } from '../types';

const NOT_OUR_FAULT_UNLESS = [
  '(no|not a) (big)? (problem|issue|worries)',
  'not (my|our) (intention|intent)',
  '#Adjective (fault|error) in',
];
/** From `defensive.thats-not-what-i-said`: hedged disagreement and questions about what went wrong. */

export const blameGroups: RuleGroup[] = [
  {
    id: 'defensive.not-our-fault',
    category: 'defensive',
    title: '"Not our fault" and other denials of blame',
    level: 'gentle',
    unless: NOT_OUR_FAULT_UNLESS,
    rules: [
      {
        act: 'not-our-fault',
        patterns: [
          // "…not my problem / issue" is `defensive.your-problem`'s.
          "(that|this|it|which) (is|was|s) (not|never|hardly) (my|our|the team's|on) (fault|mistake|error|doing|responsibility)",
          '(that|this|it|which) (is|was|s) (not|hardly) (on) (me|us)',
          '(not|never|no) (my|our) (fault|mistake|error|doing|responsibility)',
          '#WeI (are|were|m|re|am) (not|in no way) (to blame|responsible|accountable|at fault)',
          'through no fault of (my|our) own',
          '(is|was|were|are) not (on|at|from) (our|my) (end|side)',
          'not (ours|mine|on us|on me|our fault|my fault)$',
        ],
        span: 'sentence',
        message: 'Arguing about blame makes them defend themselves too; name the problem and solve it together.',
        technique: 'stepToTheSide',
        suggest: { templates: [
          "However it happened, let's fix it: what would help most on your side?",
          'It sounds like this caused real trouble for you. How can we sort it out together?',
        ] },
        examples: [
          { text: "That's not my fault.", swap: "However it happened, let's fix it: what would help most on your side?" },
          { text: "It wasn't our mistake, the address on file was wrong." },
          { text: 'We are not responsible for the delay.' },
          { text: 'The error is not on our end.' },
          { text: 'The late fee arose through no fault of our own.' },
          { quiet: "It's not my call; the board decides." },
          { quiet: 'The fault was traced to a faulty sensor.' },
          { quiet: 'No problem, happy to resend it.' },
          { quiet: 'It was not my intention to upset anyone.' },
          { quiet: 'We found a fault in the power supply.' },
        ],
      },
      {
        act: 'refusing-responsibility',
        patterns: ["#WeI (will not|won't|cannot|can't|refuse to|do not|don't) (be held|accept|take|bear) (responsible|responsibility|liable|liability|the blame)"],
        span: 'sentence',
        message: 'Refusing responsibility up front makes them fight you for it; say what you can do instead.',
        technique: 'ifThen',
        suggest: { templates: [
          'If you can send us the details, then we can work out a fair way to handle it.',
          'What would a fair way to handle this look like to you?',
        ] },
        examples: [
          { text: 'We will not accept responsibility for the damaged crates.', swap: 'If you can send us the details, then we can work out a fair way to handle it.' },
          { text: 'I refuse to take the blame for the catering mix-up.' },
          { quiet: 'We accept responsibility for the delay and will refund the fee.' },
        ],
      },
      {
        act: 'dont-blame-us',
        patterns: [
          "(do not|don't|dont|you can't|you cannot|can not) blame (me|us|our team|my team)",
          "(do not|don't|stop) (try to|trying to)? (pin|blame|put|push|shift|dump) (this|it|that|the blame|the problem) (on|onto) (us|me|our|my)",
        ],
        span: 'sentence',
        message: '"Don\'t blame us" starts a fight about blame; move to what happens next.',
        technique: 'stepToTheSide',
        suggest: { templates: [
          'I can see this has been frustrating. What would help most to put it right?',
          "Let's focus on the fix: what do you need from us this week?",
        ] },
        examples: [
          { text: "Don't blame us for the outage.", swap: 'I can see this has been frustrating. What would help most to put it right?' },
          { text: 'Stop trying to pin this on my team.' },
          { quiet: "Don't blame yourself, the form is confusing." },
          { quiet: 'Please pin this note on the board.' },
        ],
      },
      {
        act: 'did-nothing-wrong',
        patterns: [
          '#WeI did (nothing|not do anything) wrong',
          '#WeI (did|have done|ve done) nothing (to cause|to deserve|that caused|to provoke)',
          '#WeI (have|ve)? done nothing wrong',
        ],
        span: 'sentence',
        message: 'Insisting you did nothing wrong invites them to list what you did; say how it may have landed for them.',
        technique: 'accusationAudit',
        suggest: { templates: [
          'You may feel we let you down here. What would help put it right?',
          'What would a good outcome look like for you now?',
        ] },
        examples: [
          { text: 'We did nothing wrong.', swap: 'You may feel we let you down here. What would help put it right?' },
          { text: 'I did nothing to cause the delay.' },
          { text: 'We have done nothing wrong here.' },
          { quiet: 'Nothing went wrong with the transfer.' },
          { quiet: 'We did nothing on Monday because of the holiday.' },
        ],
      },
      {
        act: 'in-our-defence',
        patterns: ['in (my|our) (defense|defence)'],
        span: 'match',
        message: '"In our defence" tells them you feel attacked; give the context without the plea.',
        technique: 'stepToTheSide',
        suggest: { templates: ['For context', 'To give some background'] },
        examples: [
          { text: '[[In our defence]], the brief changed twice.', swap: 'For context' },
          { text: '[[In my defense]], the figures came from finance.' },
          { quiet: 'The defence team meets on Tuesday.' },
          { quiet: 'Our defense of the patent starts in June.' },
        ],
      },
      {
        act: 'never-promised',
        patterns: ['(nobody|no one) (on|at|from) (our|my) (side|end|team) (ever)? (said|made|promised|agreed|told|offered)'],
        span: 'sentence',
        message: 'Saying nobody on your side promised it turns the talk into a dispute about the past; ask what they were counting on.',
        technique: 'label',
        suggest: { templates: [
          'It sounds like you were counting on this. What did you understand we had agreed?',
          'What were you expecting from us here?',
        ] },
        examples: [
          { text: 'No one on our side ever promised a March launch.', swap: 'It sounds like you were counting on this. What did you understand we had agreed?' },
          { text: 'Nobody from my team said the upgrade was free.' },
          { quiet: 'No one on our team has seen the new brief yet.' },
        ],
      },
    ],
  },
  {
    id: 'defensive.your-fault',
    category: 'defensive',
    title: '"It\'s your fault" and other blame put on them',
    level: 'gentle',
    unless: NOT_OUR_FAULT_UNLESS,
    formerly: ['defensive.not-our-fault'],
    rules: [
      {
        act: 'your-fault',
        patterns: [
          // "…your problem / issue" is `defensive.your-problem`'s first pattern.
          '(that|this|it) (is|s) (your|their) (fault|mistake|responsibility|doing)',
          '(the|this) (fault|mistake|error|problem|blame) (lies|is|was|sits) (with|on) (you|your|them|their)',
          '(was|were|is|are|has been|have been) (caused|created|triggered|started) by (you|your|them|their)',
          '(your|their) own (mistake|mistakes|error|errors|fault|failure|failures|mess|negligence|oversight)',
          '(for|by|because of) (your|their) (mistake|mistakes|error|errors|failure|failures|mess|negligence|incompetence|screw-up|carelessness)',
          '(#Noun|#Pronoun) dropped the ball',
          '(was|were|is|are) (entirely|all|solely|only)? (due|down) to (you|your|them|their)',
        ],
        span: 'sentence',
        message: 'Putting the blame on them makes them defend themselves; name the problem and solve it together.',
        technique: 'stepToTheSide',
        suggest: { templates: [
          'It looks like something went wrong in the handover. What would help us fix it now?',
          "Let's set aside whose fault it was: what would a fair fix look like to you?",
        ] },
        examples: [
          { text: 'The delay was caused by your warehouse team.', swap: 'It looks like something went wrong in the handover. What would help us fix it now?' },
          { text: "It's your fault the shipment missed the boat." },
          { text: 'Your supplier dropped the ball on the labels.' },
          { text: 'The mistake lies with your accounts department.' },
          { quiet: 'The delay was caused by the storm.' },
          { quiet: 'Your team caught the error before it went out.' },
        ],
      },
    ],
  },
  {
    id: 'defensive.your-problem',
    category: 'defensive',
    title: '"That\'s your problem": handing the problem back',
    level: 'gentle',
    unless: ['(not|no) (a)? problem'],
    rules: [
      {
        act: 'your-problem',
        patterns: [
          '(that|this|it) (is|s) (your|their) (problem|issue|concern|headache)',
          '(not|never) (my|our) (problem|issue|concern|headache)',
          // From `defensive.not-our-fault` (its "not … our problem / issue" words), with that group's look-alikes.
          "(that|this|it|which) (is|was|s) (not|never|hardly) (my|our|the team's|on) (problem|issue)",
        ],
        unless: NOT_OUR_FAULT_UNLESS,
        span: 'sentence',
        message: 'Pushing the problem back to them ends the collaboration; make it a shared problem.',
        technique: 'stepToTheSide',
        suggest: { templates: [
          'It sounds like this has landed in a hard spot. How can we solve it together?',
          'What would a fair way to split this look like to you?',
        ] },
        examples: [
          { text: "That's your problem to sort out.", swap: 'It sounds like this has landed in a hard spot. How can we solve it together?' },
          { text: 'Not my problem.' },
          { text: 'The parking permit was never our issue.' },
          { quiet: 'No problem at all.' },
          { quiet: 'Is this a problem for your team?' },
        ],
      },
    ],
  },
];
