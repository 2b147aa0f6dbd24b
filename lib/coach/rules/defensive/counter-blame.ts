// defensive: Hitting back with their side's mistakes, and "this isn't on us".
import type { RuleGroup } from '../types';
import { COUNTER_BLAME_UNLESS } from './common';

export const counterBlameGroups: RuleGroup[] = [
  {
    id: 'defensive.counter-blame',
    category: 'defensive',
    title: 'Hitting back with their side\'s mistakes',
    level: 'gentle',
    unless: COUNTER_BLAME_UNLESS,
    rules: [
      {
        act: 'your-error',
        patterns: [
          "(your|their) (team's|staff's|side's|company's|own)? (error|errors|mistake|mistakes|fault|faults|incompetence|negligence|carelessness|screw-up|screwup)",
          '(you|your #Noun) (#Adverb)? (broke|damaged|caused|lost|ruined|messed up|screwed up|wrecked|botched)',
          '(costs|damage|delays|problems|mess|issues) (you|your #Noun) (caused|created|made)',
          '(was|is|were|are) your (responsibility|job|call|decision|department|problem)',
          '^(in fairness|in all fairness|to be fair) (you|your)',
        ],
        span: 'sentence',
        message: 'Shifting the blame back invites them to shift it again; name the problem and solve it together.',
        technique: 'stepToTheSide',
        suggest: { templates: [
          'It looks like things went wrong on both sides. What would help us fix it now?',
          "Let's set aside whose fault it was: what would a fair fix look like to you?",
        ] },
        examples: [
          { text: "Your team's error held up the whole shipment.", swap: 'It looks like things went wrong on both sides. What would help us fix it now?' },
          { text: 'You damaged the pallet when you unloaded it.' },
          { text: 'The delays your contractor caused cost us a week.' },
          { text: 'Approving the layout was your responsibility.' },
          { text: 'In fairness, your brief arrived two days late.' },
          { quiet: 'Sorry for my mistake in the last invoice.' },
          { quiet: 'Your team did a great job on the launch.' },
        ],
      },
      {
        act: 'yours-not-ours',
        patterns: [
          'your .+ not (me|us|mine|ours|my team|our team)$',
          '(your|their) (#Adjective)? #Noun+ not (our|my|ours|mine|us|me)',
        ],
        span: 'sentence',
        message: '"Your side, not ours" draws a line between you; look for the problem together instead.',
        technique: 'stepToTheSide',
        suggest: { templates: [
          'It looks like the problem sits somewhere between our two teams. How can we track it down together?',
          'What would help us find where it went wrong?',
        ] },
        examples: [
          { text: 'The mistake is in your purchase order, not our delivery.', swap: 'It looks like the problem sits somewhere between our two teams. How can we track it down together?' },
          { text: 'It was your courier that lost it, not us.' },
          { quiet: 'Your parcel is on its way, and so is ours.' },
        ],
      },
      {
        act: 'none-of-this',
        patterns: [
          'if (you|your team) (had|would)? (bothered|cared|taken the time|taken the trouble) to',
          "(you|your team) (never|didn't|did not) {bother} to",
          '(none of this|this|it) would (have|not have) (happened|been a problem|been necessary)',
          "(wouldn't|would not|would never) (be here|have happened|be having this conversation)",
          '^had (you|your team) (#Adverb)? (flagged|mentioned|raised|warned|informed|sent|paid|told|checked|read|asked)',
        ],
        span: 'sentence',
        message: '"None of this would have happened if…" argues about the past; talk about what happens next.',
        technique: 'stepToTheSide',
        suggest: { templates: [
          'Going forward, what would help us catch this earlier?',
          'What would help this go smoothly from here?',
        ] },
        examples: [
          { text: 'None of this would have happened if you had paid on time.', swap: 'Going forward, what would help us catch this earlier?' },
          { text: "We wouldn't be having this conversation if the specs had been right." },
          { text: 'Had you flagged it in March, we could have fixed it.' },
          { text: 'If you had taken the time to check, you would have seen the credit.' },
          { quiet: 'None of this would have been possible without your help.' },
          { quiet: 'Had you heard about the new office?' },
        ],
      },
      {
        act: 'hitting-back',
        patterns: [
          '(before|instead of) (you)? ({complain}|{accuse}|{blame}|pointing fingers)',
          "^at least #WeI (didn't|did not|don't|do not|never|haven't|wasn't|weren't)",
        ],
        span: 'sentence',
        message: 'Hitting back ("at least we didn\'t…") turns the problem into a contest; stay on the problem.',
        technique: 'goToTheBalcony',
        suggest: { templates: [
          'It may help if we both look at our side of this. What are you seeing on yours?',
          'What would help us fix this from here?',
        ] },
        examples: [
          { text: 'Before accusing us, check your own records.', swap: 'It may help if we both look at our side of this. What are you seeing on yours?' },
          { text: "At least we didn't lose the keys." },
          { quiet: 'At least we have the venue booked.' },
          { quiet: 'Before you leave, please sign the visitor book.' },
        ],
      },
    ],
  },
  {
    id: 'defensive.unfair-blame',
    category: 'defensive',
    title: 'Protesting that the blame is unfair',
    level: 'gentle',
    unless: COUNTER_BLAME_UNLESS,
    formerly: ['defensive.counter-blame'],
    rules: [
      {
        act: 'how-is-this-ours',
        patterns: [
          '(how|why) (is|was) (this|that|it|any of this) (#Adverb)? (my|our) (responsibility|fault|problem|job|concern)',
          "(don't|do not|fail to|can't) see how .+ (my|our) (responsibility|fault|problem|job)",
        ],
        span: 'sentence',
        message: '"How is this our fault?" is a challenge, not a question; ask what they need to put it right.',
        technique: 'calibratedQuestion',
        suggest: { templates: [
          'It sounds like this has caused real trouble. What would help most to put it right?',
          'What do you need from us to resolve this?',
        ] },
        examples: [
          { text: 'How is this our responsibility?', swap: 'It sounds like this has caused real trouble. What would help most to put it right?' },
          { text: "I don't see how the delay is our fault." },
          { quiet: 'How is the new office working out?' },
          { quiet: 'I see how the delay happened.' },
        ],
      },
      {
        act: 'unfair',
        patterns: [
          '(being|{get}) blamed',
          '{hold} (me|us|my team|our team) (responsible|accountable|liable)',
          '(unfair|not fair) to (blame|hold|pin|accuse|single)',
          '(you|they) (can|could) (hardly|not) (seriously)? expect (us|me) to',
          "(we are|we're|i am|i'm) not (liable|responsible|accountable)",
          "(don't|do not) (you dare)? blame (my|our) (staff|people|team|drivers|engineers|colleagues)",
        ],
        span: 'sentence',
        message: 'Protesting the blame makes them argue the blame; move to the fix.',
        technique: 'stepToTheSide',
        suggest: { templates: [
          'I can see why this has come to us. What would a fair fix look like to you?',
          'How can we sort this out together?',
        ] },
        examples: [
          { text: "You can't hold us responsible for the weather.", swap: 'I can see why this has come to us. What would a fair fix look like to you?' },
          { text: 'It is unfair to blame the drivers for the traffic.' },
          { text: "We're not liable for the lost luggage." },
          { text: "You can't seriously expect us to absorb the cost." },
          { text: "We are being blamed for a problem we didn't cause." },
          { quiet: 'We are holding the room until noon.' },
          { quiet: 'They expect us to arrive by nine.' },
        ],
      },
      {
        act: 'nobody-told-us',
        patterns: [
          '(nobody|no one) (warned|told|informed|notified) (us|me)',
          '(nobody|no one) (on|in|at|from) (my|our) (team|side|end|department|staff) (was|were|had been) (told|informed|warned|notified)',
        ],
        span: 'sentence',
        message: '"Nobody told us" sounds like an excuse; ask how to keep each other informed from here.',
        technique: 'calibratedQuestion',
        suggest: { templates: [
          'It sounds like this fell between us. How can we make sure we both hear about changes like this?',
          'What would help us stay in the loop from here?',
        ] },
        examples: [
          { text: 'Nobody told us the venue had changed.', swap: 'It sounds like this fell between us. How can we make sure we both hear about changes like this?' },
          { text: 'No one on my team was told about the audit.' },
          { quiet: 'Nobody told the caterers yet, so I will call them.' },
          { quiet: 'Please tell us if the venue changes.' },
        ],
      },
      {
        act: 'take-it-up-with',
        patterns: ['take (it|this|that) up with'],
        span: 'sentence',
        message: '"Take it up with them" sends them away; offer to help them reach the right person.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          'That part is handled by another team, but I can help. Would it help if I put you in touch?',
          'What would help most: should I connect you with the right person?',
        ] },
        examples: [
          { text: 'Take it up with the courier.', swap: 'That part is handled by another team, but I can help. Would it help if I put you in touch?' },
          { text: 'You will have to take this up with your bank.' },
          { quiet: 'We will take up the offer next month.' },
          { quiet: 'Please take it to the front desk.' },
        ],
      },
    ],
  },
];
