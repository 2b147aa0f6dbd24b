// defensive: Hindsight and always/never: "you should have", "you never listen", "still waiting".
import type { RuleGroup } from '../types';

const YOU_SHOULD_HAVE_UNLESS = [
  '(if|when|unless|in case) (you|your team|they) (#Adverb)? (missed|ignored|overlooked|forgot)',
  '(you|they) (should|could) have (received|got|gotten|seen) (it|the|an|my|our|this)',
  'you (always|never) know',
  '(you|they) (never|always) (fail to)? (disappoint|deliver|impress|amaze|help)',
  'thank',
  'you should have (a|the) (copy|link|invite|invitation|email)',
];
/** From `defensive.counter-blame`: owning a mistake, or telling them it was not theirs. */

export const hindsightGroups: RuleGroup[] = [
  {
    id: 'defensive.you-should-have',
    category: 'defensive',
    title: '"You should have" and other hindsight blame',
    level: 'gentle',
    unless: YOU_SHOULD_HAVE_UNLESS,
    rules: [
      {
        act: 'should-have',
        patterns: [
          '(you|your team|you guys|they) (should|ought to|could) (have|ve) (told|asked|checked|read|known|said|called|sent|informed|warned|mentioned|raised|flagged|thought|realized|realised|noticed|done|let)',
          '(you|your team|you guys|they) (were|was) supposed to',
          '(you|your team|you guys) (were|was|had been|have been) (already|clearly)? (told|warned|informed|notified|reminded|advised) (about|of|that|in|on|twice|several|many|repeatedly|before|weeks|months|days|at)',
        ],
        span: 'sentence',
        message: 'Blame about the past makes them defend the past; talk about what happens next.',
        technique: 'stepToTheSide',
        suggest: { templates: [
          'Going forward, how can we make sure we hear about this sooner?',
          'What would help us catch this earlier next time?',
        ] },
        examples: [
          { text: 'You should have told us sooner.', swap: 'Going forward, how can we make sure we hear about this sooner?' },
          { text: 'You were supposed to send the draft on Monday.' },
          { text: 'Your team was told about the road closure weeks ago.' },
          { quiet: 'You should have received the invite by now.' },
          { quiet: 'You should have a copy of the lease in your inbox.' },
        ],
      },
      {
        act: 'failed-to',
        patterns: ["(you|your team|you guys|they) (failed|neglected|forgot|didn't bother|did not bother|never bothered) to"],
        span: 'sentence',
        message: 'Saying they failed to do it puts them on trial; ask what got in the way.',
        technique: 'calibratedQuestion',
        suggest: { templates: [
          'It looks like this slipped through. What got in the way on your side?',
          'What would help this go through next time?',
        ] },
        examples: [
          { text: 'You failed to send the signed form.', swap: 'It looks like this slipped through. What got in the way on your side?' },
          { text: 'Your team forgot to book the crane.' },
          { quiet: "Please don't forget to bring your badge." },
          { quiet: 'We forgot to attach the map, sorry.' },
        ],
      },
      {
        act: 'if-you-had',
        patterns: [
          '(if|had) (you|your team) (had|d) (bothered to|actually|just)? (read|checked|listened|paid attention|looked)',
          'if (you|your team) (had)? (bothered to|actually|even|only) (read|checked|listened|paid attention|looked)',
          '^had (you|your team) (#Adverb)? (checked|read|listened|looked|followed|asked|told|called|paid|replied|responded)',
        ],
        span: 'sentence',
        message: '"If you had read it" is blame with hindsight; say what would help now.',
        technique: 'stepToTheSide',
        suggest: { templates: [
          'Going forward, what would make this easier to spot?',
          'What would help us both catch this sooner next time?',
        ] },
        examples: [
          { text: 'If you had read the contract, you would know the fee.', swap: 'Going forward, what would make this easier to spot?' },
          { text: 'Had you checked the invoice, you would have seen the discount.' },
          { quiet: 'If you have read the brief, let us know your thoughts.' },
          { quiet: 'Had we known, we would have sent flowers.' },
        ],
      },
    ],
  },
  {
    id: 'defensive.not-listening',
    category: 'defensive',
    title: '"You didn\'t even read it" and "you ignored it"',
    level: 'gentle',
    unless: YOU_SHOULD_HAVE_UNLESS,
    formerly: ['defensive.you-should-have'],
    rules: [
      {
        act: 'ignored',
        patterns: [
          '(you|your team|you guys|they) (clearly|obviously|simply|just|conveniently)? (missed|{ignore}|overlooked|dismissed|dismiss|distorted|twisted|misrepresented|brushed off) (the|my|our|every|this|that|all|any|what)',
          "(you|your team|you guys|they) (clearly|obviously) (didn't|did not|never|failed to|haven't|have not) (check|read|look|open|review|test|verify|follow|listen|understand)",
        ],
        span: 'sentence',
        message: 'Saying they ignored or missed it tells them they didn\'t care; ask what they saw.',
        technique: 'calibratedQuestion',
        suggest: { templates: [
          'It looks like this may have been easy to miss. What did you see on your side?',
          'What would make this easier to spot?',
        ] },
        examples: [
          { text: 'You ignored every point in my proposal.', swap: 'It looks like this may have been easy to miss. What did you see on your side?' },
          { text: "You obviously didn't check the attachment." },
          { quiet: 'If you missed the webinar, the recording is below.' },
          { quiet: 'Sorry, I missed your call this morning.' },
        ],
      },
      {
        act: 'not-listening',
        patterns: [
          "(you|you're|you are|your team is) (not|never) (listening|reading|paying attention|answering|responding)",
          "(you|your team|they) (didn't|did not|don't|do not|haven't|have not|never) (even|actually|bother to|bothered to|care to) (read|listen|check|look|respond|reply|answer|try|consider)",
        ],
        span: 'sentence',
        message: '"You\'re not listening" is an accusation they will argue with; ask what would help it land.',
        technique: 'calibratedQuestion',
        suggest: { templates: [
          'I may not be explaining this well. What part should I go over again?',
          'What would help us get on the same page?',
        ] },
        examples: [
          { text: "You're not listening to what we need.", swap: 'I may not be explaining this well. What part should I go over again?' },
          { text: "You didn't even read the proposal." },
          { quiet: 'The team is not reading from the same brief.' },
          { quiet: 'Thanks for listening to our pitch.' },
        ],
      },
    ],
  },
  {
    id: 'defensive.always-never',
    category: 'defensive',
    title: '"You always" and "you never"',
    level: 'gentle',
    unless: YOU_SHOULD_HAVE_UNLESS,
    formerly: ['defensive.you-should-have'],
    rules: [
      {
        act: 'always-never',
        patterns: [
          '(you|your team|you guys|they) (never|always|constantly|repeatedly|continually|consistently|routinely|frequently) (#Adverb)? #Verb',
          '(you|your team|you guys|they) (keep|kept) #Gerund',
        ],
        span: 'sentence',
        message: '"You always" and "you never" turn one problem into their character; talk about this one case.',
        technique: 'stepToTheSide',
        suggest: { templates: [
          'This has happened a few times now. What would help it go smoothly next time?',
          'What would make this easier to get right on your side?',
        ] },
        examples: [
          { text: 'You never reply on time.', swap: 'This has happened a few times now. What would help it go smoothly next time?' },
          { text: 'You keep missing the cut-off.' },
          { quiet: 'You never know, it might work.' },
          { quiet: 'You always deliver great work.' },
          { quiet: 'Thank you for always being so quick.' },
        ],
      },
      {
        act: 'again-you',
        patterns: [
          '^(again|once again|yet again) (you|your)',
          "of course (you|your team|they) (didn't|did not|don't|do not|never|{fail}|forgot|ignored|missed)",
        ],
        span: 'sentence',
        message: '"Once again you…" and "of course you didn\'t" keep score; stay with this one case.',
        technique: 'stepToTheSide',
        suggest: { templates: [
          'This has come up before, so I would like to get it right this time. What would help on your side?',
          'What would make this easier to get right on your side?',
        ] },
        examples: [
          { text: 'Once again you sent the wrong invoice.', swap: 'This has come up before, so I would like to get it right this time. What would help on your side?' },
          { text: "Of course you didn't check the figures." },
          { quiet: 'Of course you can bring a guest.' },
        ],
      },
    ],
  },
  {
    id: 'defensive.still-waiting',
    category: 'defensive',
    title: '"You still haven\'t" and having to chase them',
    level: 'gentle',
    unless: YOU_SHOULD_HAVE_UNLESS,
    formerly: ['defensive.you-should-have'],
    rules: [
      {
        act: 'still-havent',
        patterns: [
          "(you|your team|they) (still|yet) (haven't|have not|hasn't|has not|didn't|did not|fail to|refuse to|won't) ({answer}|addressed|address|{explain}|{provide}|{respond}|{reply}|sent|fixed|shown|given)",
          '(you|your team|they) (have|has) yet to (answer|address|explain|provide|respond|reply|send|fix|show|give|produce)',
          '(you|your team|they) {refuse} to (answer|address|explain|listen|accept|acknowledge|engage|read)',
        ],
        span: 'sentence',
        message: '"You still haven\'t" keeps score on them; ask what is holding it up.',
        technique: 'calibratedQuestion',
        suggest: { templates: [
          'Checking in on this. What is holding it up on your side?',
          'What would help get this over the line this week?',
        ] },
        examples: [
          { text: "You still haven't answered my question.", swap: 'Checking in on this. What is holding it up on your side?' },
          { text: 'Your team has yet to send the revised quote.' },
          { text: 'You refused to answer my question on the call.' },
          { quiet: "I still haven't heard from the courier." },
          { quiet: 'Have you sent the quote yet?' },
        ],
      },
      {
        act: 'chasing',
        patterns: ['#WeI (always|constantly|keep having to|keep) (have to)? (chase|remind|follow up|nag|ask|wait)'],
        span: 'sentence',
        message: 'Saying you always have to chase them makes them the problem; ask what would make updates easier.',
        technique: 'calibratedQuestion',
        suggest: { templates: [
          'What would make it easier to keep each other updated?',
          'How could we set up updates so nobody has to chase?',
        ] },
        examples: [
          { text: 'We always have to chase you for updates.', swap: 'What would make it easier to keep each other updated?' },
          { text: 'I keep having to remind your team about the invoices.' },
          { quiet: 'Please chase the courier for an update.' },
          { quiet: 'We always have lunch with the team on Fridays.' },
        ],
      },
    ],
  },
];
