// defensive: Contradicting them: "that's not what I said", "you're wrong", taking offence.
import type { RuleGroup } from '../types';

const NOT_WHAT_I_SAID_UNLESS = [
  '^(if|when|whether) you',
  '^(i think|maybe|perhaps|i suspect|i wonder if|it seems) you',
  '(if|unless) (i|we|you) (am|are|m|re) (wrong|mistaken)',
  'correct me if',
  '#WeI (may|might|could) be (wrong|mistaken)',
  '(what|how|where) (is|was|went) wrong',
];
/** From `defensive.you-should-have`: thanks, "you never know", "you should have received it". */

export const contradictionGroups: RuleGroup[] = [
  {
    id: 'defensive.no-offense-but',
    category: 'defensive',
    title: '"No offense, but" and other warnings of an attack',
    level: 'gentle',
    rules: [
      {
        act: 'disclaimer',
        patterns: [
          '(no|without) (offense|offence|disrespect) (intended|meant)?',
          'with (all)? due respect',
          'with (the)? (greatest|utmost) respect',
          "(don't|do not) take (this|it) (the wrong way|personally)",
          "(i'm|i am|i) not (trying to be|being) (rude|difficult|funny|funny but|awkward)",
          "(nothing|it's nothing|it is nothing) personal but",
          'to be (brutally|perfectly|totally|completely) (honest|frank)',
        ],
        span: 'match',
        message: 'A disclaimer like this warns them that an attack is coming, and they will hear only the attack.',
        technique: 'label',
        suggest: { templates: ['I may be missing something', 'Help me understand', 'I could be wrong'] },
        examples: [
          { text: '[[No offense]], but your numbers are off.', swap: 'I may be missing something' },
          { text: '[[With all due respect]], you missed the deadline.' },
          { text: "[[Don't take this the wrong way]], but the draft is weak." },
          { quiet: 'We respect your decision.' },
          { quiet: 'I have the greatest respect for your team.' },
          { quiet: 'To be honest, I was surprised too.' },
        ],
      },
    ],
  },
  {
    id: 'defensive.thats-not-what-i-said',
    category: 'defensive',
    title: '"That\'s not what I said" and who agreed to what',
    level: 'gentle',
    unless: NOT_WHAT_I_SAID_UNLESS,
    rules: [
      {
        act: 'never-said',
        patterns: [
          '(that|this|it) (is|was|s) not (at all)? what #WeI (said|meant|agreed|wrote|asked|promised|offered|proposed)',
          '#WeI never (said|agreed|promised|claimed|offered|asked)',
          '(that|this) is (simply|just)? not (how|what) #WeI (remember|recall|understood|understand)',
          '^#WeI (clearly|specifically|explicitly)? (said|wrote|asked for|specified|requested|ordered) .{1,3} not',
          "#WeI (did not|didn't|never) (say|claim|deny|accuse|agree to|promise|write|suggest|imply|delete|remove) (anything|any such|such|that)",
        ],
        span: 'sentence',
        message: 'Arguing over who said what turns it into a contest of memories; ask how they understood it.',
        technique: 'label',
        suggest: { templates: [
          'It sounds like we remember this differently. What are you seeing on your side?',
          'What did you understand we had agreed?',
        ] },
        examples: [
          { text: "That's not what I said at all.", swap: 'It sounds like we remember this differently. What are you seeing on your side?' },
          { text: 'I never agreed to that.' },
          { text: "I didn't say anything about a discount." },
          { text: 'I clearly said Tuesday, not Thursday.' },
          { quiet: 'Correct me if I am wrong, but the call is at 3?' },
          { quiet: 'That is not what I expected, but it works well.' },
        ],
      },
      {
        act: 'words-in-my-mouth',
        patterns: [
          "(you|you're|you are) (putting|twisting) (words|my words|our words)",
          'putting words in (my|our) (mouth|mouths)',
        ],
        span: 'sentence',
        message: '"You\'re putting words in my mouth" calls them dishonest; say what you meant instead.',
        technique: 'label',
        suggest: { templates: [
          'I may not have put this clearly. Here is what I meant.',
          'What did you take from what I wrote?',
        ] },
        examples: [
          { text: "You're putting words in my mouth.", swap: 'I may not have put this clearly. Here is what I meant.' },
          { text: 'You are twisting my words again.' },
          { quiet: 'We are putting the final words on the proposal.' },
        ],
      },
      {
        act: 'you-agreed',
        patterns: [
          '(you|your team) (already|yourself|yourselves|explicitly|clearly) (agreed|signed off|accepted|approved|signed)',
          '(you|your team) (agreed|accepted|approved|signed) to (this|these|that|those|the|our) (#Adjective)? #Noun+ (in writing|yourself|yourselves|explicitly)',
          "(you|your team|they) (can't|cannot) (just|simply) (ignore|change|remove|decide|expect|walk away|pretend|rewrite|move)",
        ],
        span: 'sentence',
        message: 'Holding them to what they signed makes them defend the signature; ask what has changed for them.',
        technique: 'calibratedQuestion',
        suggest: { templates: [
          'It sounds like something has changed since we agreed this. What is different now on your side?',
          'What would need to change for the agreement to work for you?',
        ] },
        examples: [
          { text: 'You already signed off on the design.', swap: 'It sounds like something has changed since we agreed this. What is different now on your side?' },
          { text: 'You agreed to these terms in writing.' },
          { text: "You can't just change the scope a week before launch." },
          { quiet: 'Once you have signed, we will send the keys.' },
          { quiet: 'You signed up for the newsletter last week.' },
        ],
      },
    ],
  },
  {
    id: 'defensive.youre-wrong',
    category: 'defensive',
    title: '"You\'re wrong" and other flat contradictions',
    level: 'gentle',
    unless: NOT_WHAT_I_SAID_UNLESS,
    formerly: ['defensive.thats-not-what-i-said'],
    rules: [
      {
        act: 'youre-wrong',
        patterns: [
          "(you|you've|you have) (clearly|obviously|completely|totally)? (misunderstood|misread|misinterpreted|misrepresented|misquoted)",
          "(you|you're|you are|you were) (clearly|simply|completely|totally|just|dead)? (wrong|mistaken|incorrect)",
          "(you|you've|you have) (completely|totally|entirely|conveniently|clearly|obviously|simply) (missed|{ignore}|misunderstood|misread|overlooked|twisted|misrepresented)",
        ],
        span: 'sentence',
        message: 'Telling them they are wrong makes them dig in; ask how they see it and work from the difference.',
        technique: 'label',
        suggest: { templates: [
          'It sounds like we see this differently. What are you seeing on your side?',
          'What makes you see it that way?',
        ] },
        examples: [
          { text: "You're wrong about the dates.", swap: 'It sounds like we see this differently. What are you seeing on your side?' },
          { text: 'You have clearly misunderstood the brief.' },
          { text: 'You conveniently ignored the second page.' },
          { quiet: 'I might be wrong about the dates.' },
          { quiet: 'You were right about the dates.' },
        ],
      },
      {
        act: 'numbers-wrong',
        patterns: [
          '(your|the) (numbers|figures|facts|math|maths|data|claim|claims|statement|statements|assumption|assumptions|understanding|points|point|arguments|argument|reasoning|logic|conclusion|conclusions|interpretation|edits|changes|sources|accusations|comments) (is|are) (simply|just|completely|totally|clearly|way|all|utterly|patently|largely|mostly|entirely)? (wrong|off|incorrect|inaccurate|mistaken|false|untrue|erroneous|flawed|misleading|baseless|invalid|nonsense|irrelevant|unfounded|absurd)',
        ],
        span: 'sentence',
        message: 'Saying their figures or reasoning are wrong puts them on the defensive; compare them side by side.',
        technique: 'label',
        suggest: { templates: [
          "It looks like our numbers don't match. What are you seeing on your side?",
          'What figures are you working from? We can go through them side by side.',
        ] },
        examples: [
          { text: 'Your numbers are completely off.', swap: "It looks like our numbers don't match. What are you seeing on your side?" },
          { text: 'The figures are simply wrong.' },
          { text: 'Your assumptions are flawed.' },
          { quiet: 'The numbers are in the attached sheet.' },
          { quiet: 'Your figures are right, thanks for checking.' },
        ],
      },
      {
        act: 'thats-false',
        patterns: [
          '^(that|this|it|which) (#Adverb)? (is|was) (#Adverb)? not (#Adverb)? (true|correct|accurate|what happened|the case)',
          '(is|are|was|were) (simply|just|clearly|plainly|patently|demonstrably|completely|totally|utterly|blatantly|flatly|obviously) (wrong|false|incorrect|untrue|inaccurate|misleading|mistaken)',
          '^(incorrect|wrong|untrue|nonsense)$',
          '^(incorrect|wrong|false|untrue|nonsense) @hasComma',
          '^(that|this) is (simply|just|completely|totally|clearly|patently)? (false|untrue|not true|incorrect|wrong|inaccurate)',
        ],
        span: 'sentence',
        message: 'Calling their claim false makes them defend it; say what you see and ask what they see.',
        technique: 'label',
        suggest: { templates: [
          "It looks like we're working from different facts. What are you seeing on your side?",
          'What is that based on? I may be missing something.',
        ] },
        examples: [
          { text: 'That is simply not true.', swap: "It looks like we're working from different facts. What are you seeing on your side?" },
          { text: 'Nonsense.' },
          { text: 'The report is completely inaccurate.' },
          { quiet: 'That is true, and it helps.' },
          { quiet: 'The wrong file was attached, sorry.' },
        ],
      },
    ],
  },
  {
    id: 'defensive.dismissing-their-case',
    category: 'defensive',
    title: 'Calling their case nonsense, made up or a fallacy',
    level: 'gentle',
    unless: NOT_WHAT_I_SAID_UNLESS,
    formerly: ['defensive.thats-not-what-i-said'],
    rules: [
      {
        act: 'makes-no-sense',
        patterns: [
          '(this|that|it|which) (is|was) (a|an|just a|simply a|classic|another)? (straw man|strawman|false dichotomy|red herring|ad hominem|logical fallacy|fallacy|non sequitur)',
          '(that|this) (makes|make) (absolutely|zero)? no sense',
          'your (argument|point|logic|claim|reasoning|position|explanation|answer) (makes|make) (absolutely|zero)? no sense',
        ],
        span: 'sentence',
        message: 'Calling their argument nonsense or a fallacy ends the discussion; ask them to walk you through it.',
        technique: 'calibratedQuestion',
        suggest: { templates: [
          "I'm not following yet. How do you see the pieces fitting together?",
          'What am I missing here?',
        ] },
        examples: [
          { text: 'That makes no sense.', swap: "I'm not following yet. How do you see the pieces fitting together?" },
          { text: 'Your argument makes absolutely no sense.' },
          { text: "That's a straw man." },
          { quiet: 'That makes sense, thanks.' },
          { quiet: 'It makes no difference to us which day.' },
        ],
      },
      {
        act: 'made-up',
        patterns: [
          "(you|you've|you have) (keep|kept)? ({claim}|{allege}) (that)?",
          '({pull}|{pluck}) (that|this|it|them|those|these|the #Noun) out of thin air',
          "(you|you're|you are|you have|you've) (just)? (making|made) (this|that|it|things|stuff|numbers) up",
        ],
        span: 'sentence',
        message: 'Saying they made it up calls them a liar; ask where it comes from.',
        technique: 'calibratedQuestion',
        suggest: { templates: [
          'What is that based on? I want to make sure we are working from the same source.',
          'How did you arrive at that?',
        ] },
        examples: [
          { text: 'You are just making this up.', swap: 'What is that based on? I want to make sure we are working from the same source.' },
          { text: 'You pulled that out of thin air.' },
          { text: 'You claim that the parts were faulty.' },
          { quiet: 'Please make up the difference by Friday.' },
          { quiet: 'You can claim the expenses next month.' },
        ],
      },
      {
        act: 'who-says',
        patterns: [
          'who says (we|you|i|that|the|this|it)',
          '^since when (do|does|did|is|are|has|have|was|were|can)',
        ],
        span: 'sentence',
        message: '"Who says" and "since when" challenge their right to ask; ask what the request is based on.',
        technique: 'calibratedQuestion',
        suggest: { templates: [
          'What is that based on? I want to make sure I understand the requirement.',
          'How did this come about on your side?',
        ] },
        examples: [
          { text: 'Who says we have to use your courier?', swap: 'What is that based on? I want to make sure I understand the requirement.' },
          { text: 'Since when do we pay for shipping?' },
          { quiet: 'Who said they would bring the projector?' },
          { quiet: 'Ever since we moved, the internet has been slow.' },
        ],
      },
      {
        act: 'bad-faith',
        patterns: [
          "(you|you're|you are) (just|simply|clearly|obviously|now)? (parroting|ranting|spinning|cherry-picking|cherry picking|misrepresenting|twisting|making things up|making stuff up|moving the goalposts|putting words)",
        ],
        span: 'sentence',
        message: 'Saying they are spinning or cherry-picking accuses them of bad faith; ask what matters most to them.',
        technique: 'label',
        suggest: { templates: [
          'It sounds like this part matters a lot to you. What would you most like us to look at?',
          'What matters most to you here?',
        ] },
        examples: [
          { text: "You're just cherry-picking the numbers.", swap: 'It sounds like this part matters a lot to you. What would you most like us to look at?' },
          { text: 'You are moving the goalposts again.' },
          { quiet: 'Your team is spinning up a new server.' },
          { quiet: 'We are moving the goalposts for the charity match to the far field.' },
        ],
      },
    ],
  },
  {
    id: 'defensive.taking-offence',
    category: 'defensive',
    title: 'Taking offence and turning the accusation back',
    level: 'gentle',
    unless: NOT_WHAT_I_SAID_UNLESS,
    formerly: ['defensive.thats-not-what-i-said'],
    rules: [
      {
        act: 'accusing-us',
        patterns: ["(you|you're|you are) (now)? ({accuse}|{blame}) (me|us|my|our)"],
        span: 'sentence',
        message: 'Saying they are accusing you turns the talk to the accusation; name what they seem to feel.',
        technique: 'label',
        suggest: { templates: [
          'It sounds like you feel we let you down here. What happened on your side?',
          'What would help put this right?',
        ] },
        examples: [
          { text: "You're now blaming my team for the outage.", swap: 'It sounds like you feel we let you down here. What happened on your side?' },
          { text: 'You are accusing me of hiding the fees.' },
          { quiet: 'Nobody is accusing you of anything.' },
          { quiet: 'You accused the wrong vendor in the ticket.' },
        ],
      },
      {
        act: 'youre-the-one',
        patterns: [
          "(you are|you're|you were) the (one|ones) (who|that) (#Verb|is|are|was)",
          '#WeI (am|are|was|were) not the (one|ones) (who|that)',
        ],
        span: 'sentence',
        message: '"You\'re the one who…" hands the blame back; talk about the fix instead.',
        technique: 'stepToTheSide',
        suggest: { templates: [
          "Let's not worry about who started it. What would fix it from here?",
          'What would help us move forward from here?',
        ] },
        examples: [
          { text: "You're the one who changed the spec.", swap: "Let's not worry about who started it. What would fix it from here?" },
          { text: "I'm not the one who missed the meeting." },
          { quiet: 'You are the one person I trust with this.' },
          { quiet: 'We are the ones hosting this year.' },
        ],
      },
      {
        act: 'tone',
        patterns: [
          "#WeI (do not|don't) (appreciate|like) (your|the) (tone|attitude|insinuation|implication|accusation|accusations)",
          '#WeI (am|m|are|re) not (stupid|an idiot|idiots|a fool|fools|born yesterday)',
        ],
        span: 'sentence',
        message: 'Objecting to their tone, or saying you are no fool, makes it about pride; name the feeling and move on.',
        technique: 'label',
        suggest: { templates: [
          'It sounds like this has got frustrating for both of us. What would help us get back on track?',
          'What would help us get back on track?',
        ] },
        examples: [
          { text: "I don't appreciate your tone.", swap: 'It sounds like this has got frustrating for both of us. What would help us get back on track?' },
          { text: 'We are not idiots.' },
          { quiet: 'I really appreciate your attitude on this project.' },
          { quiet: 'We are not ready yet.' },
        ],
      },
    ],
  },
];
