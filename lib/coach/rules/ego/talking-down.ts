// ego: Talking down to them: belittling, spelling it out, "did you even read it".
import type { RuleGroup } from '../types';

export const talkingDownGroups: RuleGroup[] = [
  {
    id: 'ego.condescension',
    category: 'ego',
    title: 'Talking down to them',
    level: 'gentle',
    formerly: ['ego.power-play'],
    unless: ['it (is|s) (simple|basic) to (set up|use|install)', 'the (best|most) (you|we) can do is'],
    rules: [
      {
        act: 'best-you-can-do',
        patterns: [
          '(is|was) (that|this) (really|honestly|seriously)? (the best|all) (you|your team) (can|could) (do|offer|come up with|manage)',
          "(is|was) (that|this) (really|honestly|seriously)? (the best|all) (you|you've|you have) (got|can do)",
          "(that's|that is|this is) (really|honestly)? (the best|all) (you|your team) (can|could) (do|offer|come up with)",
          '#WeI expected (better|more) (from|of) (a|you|your)',
        ],
        unless: ['we will do the best we can'],
        span: 'sentence',
        message: 'Belittling their offer costs them face; ask what would let them move instead.',
        technique: 'calibratedQuestion',
        suggest: {
          templates: [
            'This is further from what we need than I hoped. What would it take to get closer?',
            'How could we bridge the gap between this and what we need?',
          ],
        },
        examples: [
          { text: 'Is that really the best you can do?', swap: 'This is further from what we need than I hoped. What would it take to get closer?' },
          { text: 'We expected better from a firm your size.' },
          { quiet: 'We will do the best we can.' },
          { quiet: 'Is that the best time to call you?' },
        ],
      },
      {
        act: 'any-fool-could',
        patterns: [
          '(any|every) (reasonable|sensible|rational|competent|intelligent|normal) (person|professional|company|supplier|adult|human being|reader|editor)',
          '(no one|nobody|no sane person|anyone) in (their|his|her) right (mind|minds)',
          '(a child|a kid|a five-year-old|my kid|my grandmother|a monkey|an intern|a trainee) could (have)? (do|done|did|{manage}) (a better job|better|this|that)',
          '(anyone|anybody|a child|even a child) (with half a brain|could see|can see|would know|can understand|could understand)',
          "(it's|it is|this is|this isn't|this is not|it's not|it isn't) (not)? rocket science",
          '(it|this) (is|s) (really|honestly)? not that (hard|difficult|complicated)',
          '(common|basic) (sense|courtesy|decency|professionalism)',
          '(is|was) (it|that) (really|so|too) (that|so)? (hard|difficult) to',
          'a (child|kid) could (have)? (written|done|made|built|managed|drawn|fixed|handled|solved|run|organised|organized)',
          '(any|a) (competent|decent|half-decent|halfway decent|real|proper|professional) (#Noun) would (have)?',
          'like talking to a (wall|brick wall|child)',
        ],
        span: 'sentence',
        message: 'Talking down to them costs them face; they will defend their pride instead of working with you.',
        technique: 'goldenBridge',
        suggest: {
          templates: [
            'It sounds like we see this differently. What am I missing on your side?',
            'What would make this easier to agree on for your team?',
          ],
        },
        examples: [
          { text: 'Any reasonable person would see that this is fair.', swap: 'It sounds like we see this differently. What am I missing on your side?' },
          { text: "It's not rocket science." },
          { text: 'A child could have organised this better.' },
          { quiet: 'The setup is simple to install.' },
          { quiet: 'Is it hard to change the date?' },
        ],
      },
      {
        act: 'spelling-it-out',
        patterns: [
          '(in|into) (simple|plain|small|basic)? terms (you|even you) (will|can|might|would|could)? understand',
          "(let me|i will|i'll|i have to|i need to) (put|say|explain|spell) (this|it) (simply|slowly|in plain english|in simple terms|very simply)",
          "(let me|i will|i'll) (explain|spell) (it|this) (out)? (slowly|again|one more time|in simple terms|simply|for you)",
          '(do|must) #WeI (really)? (have to|need to) spell (it|this) out',
          '(allow me to|let me) (spell|explain|lay) (it|this) out',
          '(properly|slowly) this time',
        ],
        span: 'sentence',
        message: 'Spelling it out "slowly" tells them you think they are slow; just say it plainly.',
        technique: 'goldenBridge',
        suggest: {
          templates: [
            'Let me put it another way, in case I was unclear before.',
            'I may not have explained this well. Which part would help to go through again?',
          ],
        },
        examples: [
          { text: 'Let me explain this slowly.', swap: 'Let me put it another way, in case I was unclear before.' },
          { text: 'Do I really have to spell it out?' },
          { quiet: 'Let me lay out the options below.' },
          { quiet: 'Could you explain it again on the call? The line was bad.' },
        ],
      },
      {
        act: 'did-you-even-read',
        patterns: [
          '(did|do) you (even|actually|bother to) (read|look|check|listen)',
          '(do|did|does) (you|your team) (even|actually|really) (know|understand|realize|realise|have any idea)',
          '(have|did) you (even|actually|ever) (bothered|read|looked|checked|listened|considered)',
          '(maybe|perhaps) if you (had)? (ever|actually|bothered|took the time|read|listened|looked)',
          "(you|you've|you have) (clearly|obviously|apparently|evidently) (don't|do not|didn't|did not|haven't|have not|fail to|failed to|never) (understand|understood|know|read|get|grasp|bothered)",
          // After a wildcard compromise cannot try a two-word alternative, so the negation is spelled as (do|did) not.
          'what part of .+ (do|did) not you (understand|get)',
          '(are|were) you (even|actually) (listening|reading|paying attention)',
          "(reading|listening|math|maths|arithmetic|spelling|planning|counting) (is not|isn't) your (strong suit|forte)",
        ],
        span: 'sentence',
        message: '"Did you even read it?" accuses them of not trying; point to the detail they need instead.',
        technique: 'stepToTheSide',
        suggest: {
          templates: [
            'The details are in my last email, and I have copied the key part below. Does that answer it?',
            'I may not have made this clear. What would help you act on it?',
          ],
        },
        examples: [
          { text: 'Did you even read my email?', swap: 'The details are in my last email, and I have copied the key part below. Does that answer it?' },
          { text: "What part of the word no don't you understand?" },
          { text: 'Clearly reading is not your strong suit.' },
          { quiet: 'Did you read the brief before the call? No worries if not.' },
          { quiet: 'Have you looked at the new floor plan yet?' },
        ],
      },
      {
        act: 'no-idea',
        patterns: [
          '(surely|obviously|clearly) (you|your team) (can|could|must|understand|know|realize|realise|see)',
          "(it is|it's|it was) (clear|obvious|evident|painfully obvious) (that)? (you|your team) (have|are|don't|didn't|do not|did not|haven't|never|can't)",
          '(get|got) your facts (straight|right)',
          "(you|your team|they) (obviously|clearly|apparently|evidently) (have|are|do not|don't|did not|didn't|think|believe|want|{fail}|lack|refuse|cannot|can't|{ignore}|know|knew|misunderstand|misunderstood|confuse)",
          '(you|your team|they) (have|had) no (idea|clue|understanding|concept|grasp|knowledge) (of|about|what|how)?',
          '(you|your team|he|she|they) (seem|seems|appear|appears) to (be making|know little|know nothing|have no|not understand|not know|be confused|be unaware|misunderstand|have missed|be ignoring|be obsessed|lack)',
          'you know (very|full|perfectly|damn|darn) well',
          "(i'll|i will|i) bet (you|they) (can't|cannot|won't|don't|didn't|couldn't)",
          "(you|you're|you are) (don't|do not)? (even)? know what (you|you're) (are)? talking about",
        ],
        unless: ['(clear|obvious|evident) (that)? (you|your team) (have|ve) (put|worked|thought|taken|gone)'],
        span: 'sentence',
        message: 'Telling them they have no idea makes them defend their competence instead of the problem.',
        technique: 'label',
        suggest: {
          templates: [
            'It seems we are working from different information. Can we compare what each of us has?',
            'What are you basing this on? I may be missing something.',
          ],
        },
        examples: [
          { text: 'You clearly have no idea how our warehouse works.', swap: 'It seems we are working from different information. Can we compare what each of us has?' },
          { text: "You don't know what you're talking about." },
          { text: 'Get your facts straight.' },
          { quiet: 'I have no idea how the warehouse works, so could you show me?' },
          { quiet: 'It is clear that you have put a lot of work into this.' },
        ],
      },
      {
        act: 'do-better',
        patterns: [
          '^(try|do) (a little|a bit)? (harder|better)',
          '(you|your team|your people|they) (need to|should|must|have to|had better|better) (do|try) (much|a lot|way)? (better|harder)',
          'some of us (actually|still|do|have|bothered|already)',
          'said (no one|nobody) ever',
          'are you (serious|for real)',
          'what (are|were) you (even|actually)? (talking about|saying|on about|thinking)',
          '(how|in what way) is (that|this|it|any of this) (even)? (relevant|pertinent|related|helpful)',
          "^(don't|do not) be (so)? (ignorant|ridiculous|silly|absurd|stupid|naive|naïve|childish|dense|obtuse|dramatic|hysterical|petty)",
          '(do|did) you (really|honestly|seriously) (expect|think|believe) (me|us|anyone|people|we|i|that)',
          'try (doing|to do) your job',
        ],
        span: 'sentence',
        message: 'Scolding them like a child puts their pride in the way; say what you need from them.',
        technique: 'goldenBridge',
        suggest: {
          templates: [
            'This is not where we need it to be yet. What would help you get it there?',
            'What would it take to get this to the standard we agreed?',
          ],
        },
        examples: [
          { text: 'You need to do much better.', swap: 'This is not where we need it to be yet. What would help you get it there?' },
          { text: 'Do you seriously expect us to pay for that?' },
          { text: 'Try doing your job for once.' },
          { quiet: 'We can do better on the launch plan next time, and here is how.' },
          { quiet: 'Are you free for a call on Friday?' },
        ],
      },
    ],
  },
];
