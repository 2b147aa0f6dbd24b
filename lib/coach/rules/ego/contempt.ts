// ego: Contempt: insults, scorn, bad motives, brushing their problem aside.
import type { RuleGroup } from '../types';
import { BRIDGE } from './common';

export const contemptGroups: RuleGroup[] = [
  {
    id: 'ego.contempt',
    category: 'ego',
    title: 'Contempt: insults and scorn',
    level: 'gentle',
    formerly: ['ego.power-play'],
    unless: ['amateur (radio|photographer|photographers|league|athletes|astronomer|astronomers)', '(not|never) (acceptable|unacceptable)', '(stupid|dumb|silly) question', 'may (seem|sound|be) (ridiculous|absurd|stupid|dumb)', "(i|i'm|i am|my) (#Adverb)? (stupid|dumb|an idiot|clueless|lazy)"],
    rules: [
      {
        act: 'insult',
        patterns: [
          "(you|you're|you are|your team is|your team are|your people are|they are|they're|this is|that is|it is|this was|that was|it's|this's|that's|what|such) (a|an|so|being|totally|completely|utterly|absolutely|just|simply|frankly|really|truly|beyond)? (#Adverb)? (#Insult|lying)",
          '(you|what a|what an|bunch of|such) (idiot|idiots|moron|morons|amateurs|clowns|fools|liars)',
          '(amateurs|idiots|clowns|morons|imbeciles|incompetents|fools)',
          '(completely|totally|utterly|absolutely|simply|frankly) (unacceptable|ridiculous|absurd|outrageous|unprofessional|incompetent|useless|pathetic)',
          '(a|an|the|this|that|your|such a|such an|most) (#Adverb)? (ridiculous|absurd|insulting|outrageous|pathetic|laughable|ludicrous|unprofessional|incompetent|useless|idiotic|stupid|dumb|lousy|shoddy|sloppy|disgraceful) #Noun',
        ],
        span: 'sentence',
        message: 'Contempt makes them fight for their pride; describe the impact on you instead of judging them.',
        technique: 'goToTheBalcony',
        suggest: {
          templates: [
            'This has caused real problems on our side, and I need us to fix it. What can you do this week?',
            'I am very frustrated by how this has gone. How can we get it right from here?',
          ],
        },
        examples: [
          { text: 'Your team is completely incompetent.', swap: 'This has caused real problems on our side, and I need us to fix it. What can you do this week?' },
          { text: 'This is a joke.' },
          { text: 'What a bunch of amateurs.' },
          { quiet: 'This may be a stupid question, but where is the file?' },
          { quiet: 'The offer is acceptable to us.' },
        ],
      },
      {
        act: 'bad-faith',
        patterns: [
          "(you|you're|you are|they are|they're) (just|simply|clearly|obviously)? (trying to)? ({push}|{promote}|{impose}|{spin}) (your|their|an|a) (own)? (agenda|pov|point of view|narrative|bias|opinion)",
          "(you|you're|you are|they are|they're) (just|simply|clearly|obviously|deliberately)? (playing dumb|playing games|being obtuse|pretending not to)",
          "(you|you're|you are|they are|they're) (just|simply|clearly|obviously|deliberately)? trying to (create|push|spin|rewrite|twist|mislead|deflect|muddy|derail|confuse|bully|intimidate|provoke|bait)",
          '(your|their) (intentions|motives|agenda|motivation) (here)? (are|is) (clear|obvious|transparent|plain)',
          '(you|your team|they) (seem|seems|are|appear|appears) (far|much)? more interested in',
          '(your|their) (#Adjective)? (crusade|dishonesty|deception|hypocrisy|spin|smear|smears|bullying)',
          '(your|their) (hidden|obvious|own|personal|political)? (agenda|bias|motives)',
          '({act}|{edit}|arguing) in bad faith',
          '(you|your team|they) (only|just) {care} about',
        ],
        span: 'sentence',
        message: 'Reading bad motives into them leaves them only a defence; say what they did and how it lands.',
        technique: 'label',
        suggest: {
          templates: [
            'It feels to me as if our interests have drifted apart here. What matters most to you in this?',
            'Help me understand what you are trying to achieve with this.',
          ],
        },
        examples: [
          { text: "You're just trying to push your own agenda.", swap: 'It feels to me as if our interests have drifted apart here. What matters most to you in this?' },
          { text: 'You only care about the invoice.' },
          { quiet: 'Our agenda for Monday is attached.' },
          { quiet: 'Our customers only care about delivery times.' },
        ],
      },
      {
        act: 'scorn',
        patterns: [
          '(your|their|such) (#Adjective)? (incompetence|stupidity|laziness|lies|nonsense|garbage|ignorance|arrogance|rant|tirade|diatribe|drivel|outburst|hypocrisy)',
          '(this|that) (rant|tirade|diatribe|drivel|outburst) (is|was)',
          'ignorance is (not|no) (an)? excuse',
          '^you people',
          'you people',
          'people like (you|yourself)',
          '(your|their|this|these) so-called',
          '(nobody|no one) (cares|asked you)',
          '(typical|classic) of (you|your team|them)',
          'shame on you',
          "(that is|that's|this is) (pretty|really|very|a new|just)? low",
          '(your|their) little (#Noun)',
        ],
        unless: ['people like (you|yourself) (make|are why|keep|remind)'],
        span: 'sentence',
        message: 'Scorn makes them fight for their pride; describe the impact on you instead of judging them.',
        technique: 'goToTheBalcony',
        suggest: {
          templates: [
            'I am very frustrated by how this has gone. How can we get it right from here?',
            'This has hurt our trust, and I would like to rebuild it. What can you do to put it right?',
          ],
        },
        examples: [
          { text: 'You people never listen.', swap: 'I am very frustrated by how this has gone. How can we get it right from here?' },
          { text: 'Shame on you.' },
          { text: 'Typical of your team.' },
          { quiet: 'People like you are why we love this job. Thank you!' },
          { quiet: 'The so-called blue room is on the second floor.' },
        ],
      },
      {
        act: 'nonsense',
        patterns: [
          'what (exactly)? (is|s) your (problem|issue|deal)',
          '(that|this|it|which) (is|was) (a|an)? (#Adjective)? (lie|lies)$',
          '(is|are|was|were) (#Adverb)? (complete|total|utter|pure|just|simply)? (nonsense|rubbish|garbage|drivel|laughable|ludicrous|a farce)',
          '(is|are|was|were) (#Adverb)? lying',
          "(you|you're|you are) being (ridiculous|absurd|silly|childish|unreasonable|disingenuous|dishonest|petty|paranoid|hysterical|obtuse|rude|difficult|stubborn|deliberately obtuse)",
          '(this|that|it|which) (is|s) (just|simply|frankly|utterly|plain)? (silly|childish|petty|laughable|nonsense|a farce)',
          '(is|are|was|were) (frankly|honestly|quite|simply|just|truly|utterly|completely|totally|absolutely|pretty)? (insulting|an insult|laughable|ridiculous|absurd|pathetic|outrageous|unacceptable|a joke|disgraceful|ludicrous|a slap in the face|a disgrace|beyond a joke)',
          '^what a (joke|farce|mess|disaster|shambles|waste of time)',
          '(this|your|such) nonsense',
        ],
        unless: ['your (issue|problem) (number|id|ref|reference|ticket|code|report)'],
        span: 'sentence',
        message: 'Calling their position nonsense makes them defend it harder; say what does not work for you.',
        technique: 'goToTheBalcony',
        suggest: {
          templates: [
            'This does not work for us, and I would like to explain why. Can we go through it together?',
            'We see this very differently. What is behind your position, so I can understand it?',
          ],
        },
        examples: [
          { text: 'This quote is frankly insulting.', swap: 'This does not work for us, and I would like to explain why. Can we go through it together?' },
          { text: 'That figure is complete nonsense.' },
          { text: 'What a waste of time.' },
          { quiet: 'The invoice is being paid this week.' },
          { quiet: 'What is your issue number for the ticket?' },
        ],
      },
    ],
  },
  {
    id: 'ego.dismissive',
    category: 'ego',
    title: 'Brushing their problem aside',
    level: 'gentle',
    unless: ['(not|no) (a)? problem', "#WeI (don't|do not) have time for (this|it) (today|this week|until|before)"],
    rules: [
      {
        act: 'not-my-concern',
        patterns: [
          // "That's your problem" is defensive.your-problem's: one card, not two.
          "#WeI (don't|do not|couldn't|could not|really don't) care (about|what|how|if|whether)? (your|their|you)",
          '^(just)? (deal with|get over) it$',
          "#WeI (don't|do not|really don't) have time for (this|your|these|excuses|games)",
          '#WeI (am|m|are|re) not interested in (your|excuses|explanations|stories)',
          '(spare|save) (me|us) (the|your) (excuses|explanations|story|lecture)',
        ],
        span: 'sentence',
        message: 'Brushing their problem aside costs them face; they will push back harder.',
        technique: 'goldenBridge',
        suggest: { templates: ['It sounds like this has landed in a hard spot for you. How can we solve it together?', BRIDGE] },
        examples: [
          { text: 'Spare me the excuses.', swap: 'It sounds like this has landed in a hard spot for you. How can we solve it together?' },
          { text: "I don't care about your timeline." },
          { quiet: "Don't worry about it." },
          { quiet: 'Not a problem at all.' },
        ],
      },
    ],
  },
];
