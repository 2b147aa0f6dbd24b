// withdrawal: Checking out: no longer caring, letting it go, a sulky sign-off.
import type { RuleGroup } from '../types';
import { NO_POINT_UNLESS, CHECKED_OUT_UNLESS } from './common';

export const checkedOutGroups: RuleGroup[] = [
  {
    id: 'withdrawal.no-longer-care',
    category: 'withdrawal',
    title: '"I give up" and "it doesn\'t matter anymore"',
    level: 'gentle',
    formerly: ['withdrawal.no-point'],
    unless: NO_POINT_UNLESS,
    rules: [
      {
        act: 'no-longer-care',
        patterns: ['#WeI no longer care', "#WeI (don't|do not) care (anymore|any more)"],
        span: 'sentence',
        message: 'Saying you no longer care tells them to stop caring too.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          "I'm frustrated, but I still want this to work. What would need to change on your side?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: "Honestly, we no longer care.", swap: "I'm frustrated, but I still want this to work. What would need to change on your side?" },
          { text: "I don't care anymore." },
          { quiet: 'We no longer carry that model.' },
          { quiet: 'I care a lot about getting this right.' },
        ],
      },
      {
        act: 'give-up',
        patterns: ['#WeI give up'],
        span: 'sentence',
        message: 'Announcing that you give up ends the talk with nothing settled.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          "I've run out of ideas on my side. What would you suggest as a next step?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: 'I give up.', swap: "I've run out of ideas on my side. What would you suggest as a next step?" },
          { text: 'We give up on getting a straight answer.' },
          { quiet: "Don't give up on the pilot yet." },
          { quiet: "We won't give up the Friday slot." },
        ],
      },
      {
        act: 'doesnt-matter',
        patterns: [
          "(it|this|any of this) (doesn't|does not|no longer) matter (anymore|any more)",
          '^(it)? does not (matter && @hasComma)',
          '^(it)? does not matter$',
        ],
        span: 'sentence',
        message: 'A shrugged "it doesn\'t matter" hides what you need; say what still matters.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          'This still matters to us. What could we do to get it back on track?',
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: "Doesn't matter, we'll figure it out ourselves.", swap: 'This still matters to us. What could we do to get it back on track?' },
          { text: "This doesn't matter anymore." },
          { text: 'It does not matter.' },
          { quiet: "It doesn't matter which day works, any is fine." },
          { quiet: 'It does not matter to us which courier you use.' },
        ],
      },
    ],
  },
  // --- kinds that were one rule each ----------------------------------------------------------
  {
    id: 'withdrawal.checked-out',
    category: 'withdrawal',
    title: 'Checking out: stopped caring, worn out, giving up',
    level: 'gentle',
    unless: CHECKED_OUT_UNLESS,
    rules: [
      {
        act: 'stopped-caring',
        patterns: [
          '#WeI (have|ve) {stop} caring',
          "(couldn't|could not) care less",
          "#WeI (don't|do not) (really)? care (anymore|any more|at this point|either way|what happens)",
          "(can't|cannot) be bothered",
          "(i'm|i am|we're|we are) past (fighting|caring|arguing)",
          '#WeI (have|ve) checked out',
        ],
        span: 'sentence',
        message: 'Saying you have stopped caring hands the outcome to them; say what you still need.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          "I'm frustrated with how this has gone, but I still need it solved. What can you do on your side?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: "I've stopped caring how this turns out.", swap: "I'm frustrated with how this has gone, but I still need it solved. What can you do on your side?" },
          { text: "Frankly, we couldn't care less at this point." },
          { text: "I'm past caring about the refund." },
          { text: "I don't care what happens with the order." },
          { quiet: "We couldn't be happier with the new layout." },
          { quiet: "We've stopped the old billing run." },
        ],
      },
      {
        act: 'giving-up',
        patterns: [
          "(i'll|i will|we'll|we will) (just)? live with it",
          "(i'll|i will|we'll|we will) stop (sending|making|offering|giving|trying|suggesting)",
          '#WeI (have|ve) stopped (expecting|hoping|asking|trying)',
          "(so|and) (i'm|i am|we're|we are) (done|finished|giving up|out)",
          "(i'm|i am|we're|we are) giving up",
        ],
        span: 'sentence',
        message: 'Resigning yourself to it lets the problem stand; say what would still help.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          "I'm close to giving up on this, and I'd rather not. What could you offer that would change that?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: "I'll just live with it.", swap: "I'm close to giving up on this, and I'd rather not. What could you offer that would change that?" },
          { text: "We've stopped expecting a proper answer." },
          { text: "I'm giving up on the replacement part." },
          { text: "We'll stop offering extensions." },
          { quiet: "We'll stop by the warehouse on Tuesday." },
          { quiet: "We're giving out samples at the fair." },
        ],
      },
      {
        act: 'doesnt-matter-now',
        patterns: [
          "^(it)? (doesn't|does not) matter (now|anymore|any more)",
          "(don't|do not) (even)? worry about it (anymore|any more)",
        ],
        span: 'sentence',
        message: 'Saying it no longer matters drops what you asked for without a word about why.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          'This still matters to us. What could we do to get it back on track?',
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: "It doesn't matter now.", swap: 'This still matters to us. What could we do to get it back on track?' },
          { text: "Don't even worry about it anymore." },
          { quiet: "Don't worry about it, we'll sort the invoice." },
          { quiet: 'Please do not worry about the delay.' },
        ],
      },
      {
        act: 'lost-the-will',
        patterns: [
          '#WeI (have|ve) lost (interest|patience|the will)',
          '#WeI no longer have the (energy|patience|time|will)',
          "(don't|do not) have the (energy|patience|strength) (to|for|anymore)",
          '(too tired|too exhausted) to (fight|argue|keep)',
        ],
        span: 'sentence',
        message: 'Saying you are worn out signals you will take whatever comes; ask for a pause instead.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          "This has taken a lot out of both sides, so let's pause until Monday. What would help us make real progress then?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: "I've lost patience with this whole process.", swap: "This has taken a lot out of both sides, so let's pause until Monday. What would help us make real progress then?" },
          { text: 'We no longer have the energy for this.' },
          { text: "I'm too tired to keep arguing." },
          { quiet: 'We have lost the password, can you reset it?' },
          { quiet: 'We no longer have the 2023 files.' },
        ],
      },
    ],
  },
  {
    id: 'withdrawal.let-it-go',
    category: 'withdrawal',
    title: 'Dropping the issue or calling the whole thing off',
    level: 'gentle',
    formerly: ['withdrawal.checked-out'],
    unless: CHECKED_OUT_UNLESS,
    rules: [
      {
        act: 'wont-raise-again',
        patterns: [
          "#WeI (won't|will not) (be)? ({raise}|bringing up|bring up|{mention}|{ask}|{chase}) (it|this|that) (again|anymore|any more)",
          'no more (chasing|reminders|emails|follow-ups) from (me|us)',
          "(i'll|i will|we'll|we will) (stop|quit) (wasting|bothering)",
        ],
        span: 'sentence',
        message: 'Promising never to raise it again gives up the point and leaves the grudge.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          "I've raised this a few times now. What would help us close it out this week?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: "I won't raise it again.", swap: "I've raised this a few times now. What would help us close it out this week?" },
          { text: 'No more reminders from me.' },
          { text: "I'll stop bothering you about the invoice." },
          { quiet: "I'll raise it again at Monday's meeting." },
          { quiet: 'No more than two reminders per client, please.' },
        ],
      },
      {
        act: 'call-it-off',
        patterns: [
          '(just)? cancel the (whole|entire) #Noun',
          '(drop|cancel) the (whole thing|complaint|matter|claim)',
          'forget #WeI (even)? (asked|said anything|mentioned it|said it)',
        ],
        span: 'sentence',
        message: 'Calling the whole thing off in frustration throws away what could still be saved.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          'Before we call this off, what would it take to put it right?',
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: 'Just cancel the whole order.', swap: 'Before we call this off, what would it take to put it right?' },
          { text: "We'll drop the complaint." },
          { text: 'Forget we even asked.' },
          { quiet: 'Please cancel the second invoice, it was a duplicate.' },
          { quiet: "We won't forget the help you gave us." },
        ],
      },
    ],
  },
  {
    id: 'withdrawal.not-worth-it',
    category: 'withdrawal',
    title: 'Writing the issue off as not worth the effort',
    level: 'gentle',
    formerly: ['withdrawal.checked-out'],
    unless: CHECKED_OUT_UNLESS,
    rules: [
      {
        act: 'not-worth-it',
        patterns: [
          "(not|isn't) worth (chasing|pursuing|fighting|arguing|discussing|following up)",
          "(not|isn't) worth (the|an|any) (argument|fight|aggravation)",
        ],
        span: 'sentence',
        message: 'Writing it off as not worth it tells them they can let it slide too.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          'This is still worth solving for us. What would make it easier to settle?',
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: "It's not worth chasing.", swap: 'This is still worth solving for us. What would make it easier to settle?' },
          { text: "This isn't worth the argument." },
          { quiet: "It's worth chasing the late payments this week." },
          { quiet: 'The upgrade is worth the price.' },
        ],
      },
      {
        act: 'waste-of-breath',
        patterns: [
          'waste of breath',
          '{waste} (any more|more) (emails|time|words|breath|energy) on',
          '(not|never) wasting another (minute|second|word|email|hour) on',
        ],
        span: 'sentence',
        message: 'Calling it a waste of breath tells them you have written them off.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          "I don't feel we're being heard on this. What would help us get a real answer?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: "I'm not wasting another minute on this.", swap: "I don't feel we're being heard on this. What would help us get a real answer?" },
          { text: 'Writing to them again is a waste of breath.' },
          { text: "We won't waste more time on this supplier." },
          { quiet: 'We cut our waste of raw materials by a third.' },
          { quiet: 'Another minute on the call would have helped.' },
        ],
      },
      {
        act: 'gets-nowhere',
        patterns: [
          '{get} (us)? nowhere',
          "(it|this) (won't|will not) change anything",
        ],
        span: 'sentence',
        message: 'Saying it will change nothing gives up on the one thing that could.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          "What we've tried so far hasn't worked. What would you try next?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: 'Complaining gets us nowhere.', swap: "What we've tried so far hasn't worked. What would you try next?" },
          { text: "This won't change anything." },
          { quiet: "This won't change the delivery date." },
          { quiet: 'We got the signed copy back today.' },
        ],
      },
    ],
  },
  {
    id: 'withdrawal.sulky-sign-off',
    category: 'withdrawal',
    title: 'Sulky sign-offs: "you win", "…, whatever"',
    level: 'gentle',
    formerly: ['withdrawal.checked-out'],
    unless: CHECKED_OUT_UNLESS,
    rules: [
      {
        act: 'you-win',
        patterns: ['you win$', 'however you see fit'],
        span: 'sentence',
        message: 'Conceding with a shrug hands them the point and leaves the resentment behind.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          'I can go with your approach on this. What would you need from us to make it work?',
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: 'Fine, you win.', swap: 'I can go with your approach on this. What would you need from us to make it work?' },
          { text: 'Run the launch however you see fit.' },
          { quiet: 'We hope you win the award.' },
          { quiet: 'However you travel, keep the receipts.' },
        ],
      },
      {
        act: 'trailing-whatever',
        patterns: ['(. && @hasComma) whatever$'],
        span: 'sentence',
        message: 'A trailing "whatever" tells them you have stopped caring how it turns out.',
        technique: 'label',
        suggest: { templates: [
          "It sounds like we're not on the same page yet. What matters most to you here?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: 'Send it next week, whatever.', swap: "It sounds like we're not on the same page yet. What matters most to you here?" },
          { text: 'Use the old logo, whatever.' },
          { quiet: "We'll cover the cost, whatever it takes." },
          { quiet: 'We can work with whatever suits you.' },
        ],
      },
    ],
  },
];
