// ego: Ordering them about, lecturing, "I'm done explaining".
import type { RuleGroup } from '../types';

export const policingGroups: RuleGroup[] = [
  {
    id: 'ego.policing',
    category: 'ego',
    title: 'Ordering them about and lecturing',
    level: 'gentle',
    formerly: ['ego.power-play'],
    unless: ['(how|what|when) (do|can|should) #WeI stop', 'stop (by|in|over)'],
    rules: [
      {
        act: 'stop-it',
        patterns: [
          '^(please)? stop (with)? (the|your)? (personal attacks|attacks|accusations|edit warring|reverting|removing|deleting|spamming|trolling|accusing|lecturing|emailing|harassing|pestering|nagging|whining|complaining|insulting)',
          '^(please)? (refrain|cease|desist) from',
          'you (should|must|need to|will) (refrain|cease|desist) from',
          '^(please|just|now)? stop being (so)? (#Adjective|a #Noun)',
          '^(so|please|just|now)? stop (claiming|pretending|insisting|twisting|misrepresenting|accusing|lying|ignoring|wasting|whining|complaining|lecturing|spamming|trolling)',
          "(do not|don't|stop) ({make}|{add}|{throw}|level|levelling|leveling|{hurl}|{spread}) (any more|more|those|such|these|your|any)? (kinds of|kind of)? (unfounded|baseless|false|wild|personal|ridiculous)? (accusations|allegations|attacks|insults|threats|smears)",
          '(before|instead of) (calling|accusing|attacking|insulting) (others|me|us|people|everyone)',
          "(do not|don't) (contact|email|call|message|bother) (me|us) (again|anymore|any more)",
        ],
        span: 'sentence',
        message: 'Ordering them to stop turns the talk into a contest of status; say what you need instead.',
        technique: 'stepToTheSide',
        suggest: {
          templates: [
            'I find this exchange hard, and I want to get it back on track. What would help from your side?',
            'Can we step back? What matters most to you here?',
          ],
        },
        examples: [
          { text: 'Stop with the personal attacks, please.', swap: 'I find this exchange hard, and I want to get it back on track. What would help from your side?' },
          { text: 'Do not contact me again.' },
          { quiet: 'Please stop by the office on Monday.' },
          { quiet: 'How do we stop the alerts?' },
        ],
      },
      {
        act: 'mind-your-tone',
        patterns: [
          '^(watch|mind) your (tone|language|mouth|words)',
          '^(just|please|now)? (calm down|chill out|relax)$',
          "(don't|do not) (you)? (dare|ever) (speak|talk|write|contact|email|threaten|accuse)",
          '^be careful (what|how) you',
          "(don't|do not) (scream|shout|yell|rant|whine) (at me|at us|your|here)?",
          "(don't|do not) (lecture|patronize|patronise|talk down to) (me|us)",
          "#WeI (won't|will not) be (spoken|talked) to like that",
          "(your|you're|you are) (edits|behavior|behaviour|comments|conduct|tone|actions|attitude|language)? (is|are|being|getting|becoming)? (very|extremely|increasingly|highly|quite|really)? (disruptive|aggressive|hostile|abusive|insulting|offensive|uncivil|inappropriate)",
        ],
        span: 'sentence',
        message: 'Policing their tone makes the tone the subject; name how it lands and get back to the issue.',
        technique: 'label',
        suggest: {
          templates: [
            'It sounds like this has become frustrating for both of us. Can we get back to what needs fixing?',
            'I want to keep this constructive. What would help us do that?',
          ],
        },
        examples: [
          { text: 'Watch your tone.', swap: 'It sounds like this has become frustrating for both of us. Can we get back to what needs fixing?' },
          { text: "I won't be spoken to like that." },
          { quiet: 'Watch the recording when you have a minute.' },
          { quiet: 'Relax and enjoy the long weekend!' },
        ],
      },
      {
        act: 'who-are-you-to',
        patterns: [
          '(who|what) (are you|gives you the right) to (tell|lecture|judge|question|decide)',
          "(it is|it's|it isn't|it is not) not (your|you) (place|job|call|business|role) to",
          "(it isn't|it is not|that's not|that is not) (your|you) (place|job|call|business) to",
          'you have no (right|business|authority|standing) to',
          "you (don't|do not) (need|have) to tell (me|us|others|anyone|people|other) (what|how)",
          '(this|here) is not the (place|forum|venue|time) (to|for)',
          'who (exactly)? (do you think|the hell do you think|do you think you) (you are|are)',
          '^how dare (you|they)',
        ],
        span: 'sentence',
        message: 'Denying them the right to speak makes this about standing; ask what they need instead.',
        technique: 'stepToTheSide',
        suggest: {
          templates: [
            'I see this differently, and I would like to understand your view. What is behind it?',
            'Can we agree who decides this, and then look at it together?',
          ],
        },
        examples: [
          { text: "It isn't your place to decide that.", swap: 'I see this differently, and I would like to understand your view. What is behind it?' },
          { text: 'How dare you?' },
          { quiet: 'Who are you sending the invoice to?' },
          { quiet: 'Here is the place to send the signed copy.' },
        ],
      },
      {
        act: 'lecturing',
        patterns: [
          '#WeI (strongly)? (suggest|advise|urge|recommend|warn) (that)? you (to)? (read|re-read|reread|cease|stop|refrain|familiarize|familiarise|learn|calm down|reconsider your tone|check your facts|get your facts|go back and read|look up)',
          'you need to (stop|learn|understand|calm down|realize|realise|accept|get your facts|read|grow up|get over)',
        ],
        unless: ['you need to (read|learn|understand) .{0,3} (safety|instructions|guide|manual|notes|steps|brief|handbook|attached|form)'],
        span: 'sentence',
        message: 'Lecturing them puts you above them; offer the information and let them draw the conclusion.',
        technique: 'stepToTheSide',
        suggest: {
          templates: [
            'The clause I mean is in section 4, and I have copied it below. How do you read it?',
            'Here is the part I think matters. What do you make of it?',
          ],
        },
        examples: [
          { text: 'I suggest you read the contract again.', swap: 'The clause I mean is in section 4, and I have copied it below. How do you read it?' },
          { text: 'You need to accept that the deadline has passed.' },
          { quiet: 'I suggest you bring a laptop.' },
          { quiet: 'You need to read the safety notes before the site visit.' },
        ],
      },
    ],
  },
  {
    id: 'ego.done-explaining',
    category: 'ego',
    title: '"I\'m done explaining"',
    level: 'gentle',
    formerly: ['ego.power-play'],
    rules: [
      {
        act: 'done',
        patterns: [
          '#WeI (am|m|are|re) (done|finished|through) (explaining|discussing|arguing|talking|with this|with you|repeating|asking)',
          '#WeI (am|m|are|re) (tired|sick|fed up) (of|with) (explaining|repeating|asking|chasing|this|your|these|you)',
          '#WeI (have|ve) had enough (of|with)? (this|your|these)?',
          'enough (is enough|of this|already)',
          'why do #WeI (even)? bother',
        ],
        span: 'sentence',
        message: 'Announcing you are done puts your pride in the way and closes the door.',
        technique: 'keepTheDoorOpen',
        suggest: {
          templates: [
            'I feel we are going in circles. What would need to change for us to move forward?',
            "Let's take a step back: what matters most to you here?",
          ],
        },
        examples: [
          { text: "I'm done explaining this.", swap: 'I feel we are going in circles. What would need to change for us to move forward?' },
          { text: "I'm tired of chasing you for answers." },
          { text: 'Enough is enough.' },
          { quiet: "I'm done with the draft and will send it tonight." },
          { quiet: 'We have enough stock for May.' },
        ],
      },
    ],
  },
];
