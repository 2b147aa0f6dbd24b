// withdrawal: Closing the door: "no point", "don't bother replying", "this matter is closed".
import type { RuleGroup } from '../types';
import { NO_POINT_UNLESS, CHECKED_OUT_UNLESS } from './common';

export const closingTheDoorGroups: RuleGroup[] = [
  {
    id: 'withdrawal.no-point',
    category: 'withdrawal',
    title: 'Saying the discussion is pointless',
    level: 'gentle',
    unless: NO_POINT_UNLESS,
    rules: [
      {
        act: 'no-point',
        patterns: [
          "(there is|there's|there s|i see|we see|what's|what is) (no|little) (point|use|sense) (in|to)? (discussing|continuing|arguing|talking|going on|negotiating|explaining|trying|pursuing|discussion|this|it|any of this)",
          "(there is|there's) no point$",
          "^(there is|there's|i see|we see)? (no|little) point (in)? #Gerund",
          "(it's|it is|this is|that is|that's) (pointless|useless|futile)",
        ],
        span: 'sentence',
        message: 'Declaring it pointless shuts the door; ask what would make it worth continuing.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          "It feels like we're stuck. What would make it worth continuing for you?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: "There's no point discussing this further.", swap: "It feels like we're stuck. What would make it worth continuing for you?" },
          { text: 'I see little point in continuing these talks.' },
          { text: 'No point chasing the courier again.' },
          { text: "Honestly, it's pointless." },
          { quiet: 'Your point about the timing is fair.' },
          { quiet: 'There is no point in rushing the audit.' },
          { quiet: 'The main point of contact is Sam.' },
        ],
      },
      {
        act: 'waste-of-time',
        patterns: [
          "(it's|it is|this is|that is|that's) (a|such a|just a) waste of (time|everyone's time|our time|my time)",
          "(let's|let us|lets) (not|stop) {waste} (any more|more|any|our|your|my|everyone's)? time",
          "(we're|we are|i'm|i am|i|we) (wasting|have wasted) (our|my|each other's|everyone's) time",
        ],
        span: 'sentence',
        message: 'Calling the talks a waste of time tells them you have written them off.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          "I'd like our time on this to count. What would a useful next step look like for you?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: "Let's not waste any more time on this.", swap: "I'd like our time on this to count. What would a useful next step look like for you?" },
          { text: "This is a waste of everyone's time." },
          { text: "We're wasting each other's time." },
          { quiet: 'Thanks for your time this morning.' },
          { quiet: "Let's not waste the leftover stock." },
        ],
      },
      {
        act: 'going-nowhere',
        patterns: [
          '(this|it|we|the conversation|this discussion|the discussion) (is|are|s|re) (going|getting) (nowhere|no where)',
          "(not|isn't|is not) worth (the|my|our) (effort|time|trouble|hassle|energy)",
        ],
        span: 'sentence',
        message: 'Saying it is going nowhere gives up on the talks instead of changing their course.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          'It feels like we are going round in circles. What would a small next step look like for you?',
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: 'This discussion is getting nowhere.', swap: 'It feels like we are going round in circles. What would a small next step look like for you?' },
          { text: "Frankly, it isn't worth the hassle." },
          { text: 'We are going nowhere with this.' },
          { quiet: 'The project is going well.' },
          { quiet: "It's worth the effort to check the figures twice." },
        ],
      },
    ],
  },
  {
    id: 'withdrawal.dont-bother-replying',
    category: 'withdrawal',
    title: 'Telling them not to bother replying',
    level: 'gentle',
    formerly: ['withdrawal.no-point'],
    unless: NO_POINT_UNLESS,
    rules: [
      {
        act: 'dont-bother',
        patterns: [
          "^(don't|do not) bother (replying|responding|answering|calling|writing|getting back|coming back|trying|explaining|apologizing|apologising|following up)",
        ],
        span: 'sentence',
        message: 'Telling them not to bother answering cuts off the one reply that could fix this.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          "I'm frustrated with where this stands. What can you tell me that would change the picture?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: "Don't bother explaining.", swap: "I'm frustrated with where this stands. What can you tell me that would change the picture?" },
          { text: 'Do not bother following up on this.' },
          { text: "Don't bother calling back." },
          { quiet: "Don't hesitate to call if anything is unclear." },
          { quiet: 'Sorry to bother you on a Friday.' },
        ],
      },
      {
        act: 'dont-expect-reply',
        patterns: [
          "(don't|do not) expect (to hear|a reply|a response|an answer|us to|me to|anything) (from|back|again)?",
        ],
        span: 'sentence',
        message: 'Announcing they will hear nothing more shuts the door before they can answer.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          'I need to step back from this for now. What would you need from us to move it forward?',
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: "Don't expect to hear from us again.", swap: 'I need to step back from this for now. What would you need from us to move it forward?' },
          { text: 'Do not expect a reply from me.' },
          { quiet: 'You can expect a reply from us by Friday.' },
          { quiet: 'We expect to hear back from the bank next week.' },
        ],
      },
    ],
  },
  {
    id: 'withdrawal.end-the-discussion',
    category: 'withdrawal',
    title: 'Closing the discussion: "drop it", "we\'re done here"',
    level: 'gentle',
    formerly: ['withdrawal.no-point'],
    unless: NO_POINT_UNLESS,
    rules: [
      {
        act: 'drop-it',
        patterns: [
          "^(just|let's|lets|let us)? drop it$",
          "(let's|let us|lets) (just)? (drop|leave) (it|this|the matter|the whole matter|the subject)",
          "(let's|let us) (just)? leave it (there|at that)",
          "(let's|let us) (just)? (agree to disagree|move on)$",
        ],
        // "Let's leave it in the shared folder" puts a thing somewhere; it does not drop the subject.
        unless: ['leave it (in|on|with|for|until|open|by|as)'],
        span: 'sentence',
        message: 'Dropping the subject in frustration leaves the problem where it was.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          "Let's pause this and come back to it on Monday. What would help you most before then?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: "Let's just drop it.", swap: "Let's pause this and come back to it on Monday. What would help you most before then?" },
          { text: "Let's leave it at that." },
          { text: "Let's just agree to disagree." },
          { quiet: "Let's leave it in the shared folder." },
          { quiet: 'Drop it off at reception when you arrive.' },
          { quiet: "Let's move on to the next item." },
        ],
      },
      {
        act: 'conversation-over',
        patterns: [
          "(we're|we are) done (here|talking)",
          '#WeI (am|are|m|re) (done|finished|through) with (this|the|our) (conversation|discussion|negotiation|exchange)',
          '#WeI (am|are|m|re) (done|finished|through) with (you|this)$',
          '(this|the) (conversation|discussion) is over',
          '^(well)? that is that (then)?$',
        ],
        span: 'sentence',
        message: 'Declaring the conversation over ends it on their terms; name the next step instead.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          "I think we've gone as far as we can today. What would you need to see before we talk again?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: "We're done here.", swap: "I think we've gone as far as we can today. What would you need to see before we talk again?" },
          { text: 'This conversation is over.' },
          { text: "I'm finished with our negotiation." },
          { text: 'Well, that is that then.' },
          { quiet: "We're done with the first draft and will send it tonight." },
          { quiet: 'This conversation was really helpful, thank you.' },
        ],
      },
      {
        act: 'nothing-more-to-say',
        patterns: [
          "(there is|there's) nothing (more|else|further|left)? to (discuss|negotiate|talk about|say|debate)",
          '#WeI (have|ve) nothing (more|else|further|left) to say',
        ],
        span: 'sentence',
        message: 'Saying there is nothing left to say closes the talk before they can move.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          "I've said what matters most to us. What would you add from your side?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: 'I have nothing more to say.', swap: "I've said what matters most to us. What would you add from your side?" },
          { text: "There's nothing left to say." },
          { quiet: 'There is nothing more to do on your side.' },
          { quiet: 'I have more to say about the budget on Monday.' },
        ],
      },
      {
        act: 'wont-discuss',
        patterns: [
          '#WeI (am|m|are|re|will|ll) not (going to)? (discuss|discussing|{debate}|talk about|talking about|argue about|arguing about) (this|it|that) (any further|anymore|any more|further)',
          "(i'm|i am|we're|we are) not going to (argue|fight|discuss this|keep arguing)",
        ],
        span: 'sentence',
        message: 'Refusing to discuss it further leaves them nothing to do but dig in.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          "We see this differently, and I don't want to keep going round in circles. What would a way forward look like for you?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: 'We will not debate this any further.', swap: "We see this differently, and I don't want to keep going round in circles. What would a way forward look like for you?" },
          { text: "I'm not going to argue." },
          { quiet: "We're not going to the trade fair this year." },
          { quiet: 'We will discuss this further on Monday.' },
        ],
      },
    ],
  },
  {
    id: 'withdrawal.matter-closed',
    category: 'withdrawal',
    title: 'Declaring the matter closed',
    level: 'gentle',
    formerly: ['withdrawal.checked-out'],
    unless: CHECKED_OUT_UNLESS,
    rules: [
      {
        act: 'matter-closed',
        patterns: [
          '(consider|treat) (this|the) (matter|issue|case|subject|conversation) (closed|over|finished|done)',
          '^(right|ok|okay|fine)? moving on$',
          '^leave it$',
          'call it a day',
        ],
        span: 'sentence',
        message: 'Declaring the matter closed ends the talk on your word alone, and they will push back.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          "I'd like to close this out. What would you need to see to agree it's settled?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: 'Consider this matter closed.', swap: "I'd like to close this out. What would you need to see to agree it's settled?" },
          { text: 'Right, moving on.' },
          { text: 'Leave it.' },
          { text: "Let's call it a day on this deal." },
          { quiet: 'Moving on to the next item, the budget.' },
          { quiet: 'Please treat the matter as confidential.' },
          { quiet: 'Leave it on my desk.' },
        ],
      },
      {
        act: 'said-my-piece',
        patterns: [
          '#WeI (have|ve) said (my|our) piece',
          "(i'm|i am) done here",
          'no need to (reply|respond|answer|get back)',
          '#WeI (have|ve) nothing (more|else|further|left) to add',
          '#WeI (have|ve) said all #WeI (am|are)? (going to|gonna) say',
        ],
        // "No need to reply if the dates work" is a courtesy.
        unless: ['no need to (reply|respond|answer|get back) (if|unless|until|before)'],
        span: 'sentence',
        message: 'Signing off with "I have said my piece" ends the talk before they can answer.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          "That's where we stand. What would you add from your side?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: "I've said my piece.", swap: "That's where we stand. What would you add from your side?" },
          { text: "I'm done here." },
          { text: 'We have nothing further to add.' },
          { text: "I've said all I'm going to say." },
          { text: 'No need to reply.' },
          { quiet: 'No need to reply if the dates work for you.' },
          { quiet: 'We have nothing to add to the agenda, thanks.' },
        ],
      },
      {
        act: 'not-engaging',
        patterns: [
          "(i'm|i am|we're|we are) not (engaging|participating|continuing|responding) (with this|any further|anymore)",
        ],
        span: 'sentence',
        message: 'Refusing to engage any further leaves them nothing to answer.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          "I'm going to step back from this thread for now. What would you need from us to pick it up again?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: "I'm not engaging with this any further.", swap: "I'm going to step back from this thread for now. What would you need from us to pick it up again?" },
          { text: 'We are not responding anymore.' },
          { quiet: 'We are not responding to press enquiries until Friday.' },
          { quiet: "We're continuing with this supplier next year." },
        ],
      },
    ],
  },
];
