// ego: Sarcasm, mock praise and the sarcastic "sure".
import type { RuleGroup } from '../types';
import { BRIDGE } from './common';

export const sarcasmGroups: RuleGroup[] = [
  {
    id: 'ego.sarcasm',
    category: 'ego',
    title: 'Sarcasm and mock praise',
    level: 'gentle',
    formerly: ['ego.power-play'],
    unless: ['(#Emoji|#Emoticon|ha|haha|lol|lmao|hehe)', '(thank|thanks) (you)? (so much|a lot)? for (your|the|this|all|taking|sending|getting)', '(good|best of|wish you) luck (with|on) (the|your) (launch|interview|move|new|exam|trip|presentation)', 'another (one of)? (#Noun) (is|was|will) '],
    rules: [
      {
        act: 'one-word',
        patterns: [
          '^(seriously|really|unbelievable|classic|priceless|typical|figures|shocking)$',
          '^(yet)? another (#Noun|#Adjective #Noun)$',
          '^impressive$',
        ],
        span: 'sentence',
        message: 'A one-word jab lands as contempt; say plainly what went wrong and what you need.',
        technique: 'goToTheBalcony',
        suggest: {
          templates: [
            'This is another setback for us, and it is getting hard to plan around. What happened, and how can we get back on track?',
            "I am frustrated by this. What can we change so it doesn't happen again?",
          ],
        },
        examples: [
          { text: 'Seriously?', swap: 'This is another setback for us, and it is getting hard to plan around. What happened, and how can we get back on track?' },
          { text: 'Another delay?' },
          { quiet: 'Another option is to ship on Monday.' },
          { quiet: 'Really happy with the new layout.' },
        ],
      },
      {
        act: 'mock-praise',
        patterns: [
          '^(oh|wow|ah|well) (great|wonderful|perfect|brilliant|fantastic|lovely|nice|terrific|super) (another|more|just what|so now|now)',
          '^(great|wonderful|perfect|brilliant|fantastic|lovely|terrific|just great) (just what|another|more|yet another|so now)',
          '^(great|nice|brilliant|excellent|fantastic|stellar) (job|work|going|move|planning|effort) (guys|everyone|team|really)?$',
          'wow (great|nice|good|brilliant|excellent|stellar|amazing) (job|work)',
          '(congratulations|congrats|bravo|well done) (on|for) (missing|breaking|losing|ignoring|failing|ruining|another)',
          'how (nice|kind|generous|thoughtful) of you to (finally|eventually)',
          '(nice|good) of you to (finally|eventually) (reply|respond|show up|get back)',
          'impressive how you',
          'cute (excuse|try|idea|attempt)',
          '(. && @hasComma) genius',
          'a whole (#Value) (days|weeks|hours|minutes|months)',
          'for once$',
        ],
        unless: ['(for once|once again) (thank|thanks|great|well done)', 'thank you for once again'],
        span: 'sentence',
        message: 'Praise they can hear is not meant lands as contempt; say plainly what went wrong.',
        technique: 'goToTheBalcony',
        suggest: {
          templates: [
            'This has not gone the way we needed, and I would like to understand why. What happened on your side?',
            'I am disappointed with how this turned out. How can we get it right next time?',
          ],
        },
        examples: [
          { text: 'Wow, great job.', swap: 'This has not gone the way we needed, and I would like to understand why. What happened on your side?' },
          { text: 'How nice of you to finally reply.' },
          { text: 'Congratulations on missing another deadline.' },
          { quiet: 'Great job on the launch, everyone!' },
          { quiet: 'Thanks, for once the train was on time!' },
        ],
      },
      {
        act: 'mock-thanks',
        patterns: [
          "(are|you|you're|you are|you've|you have) (got to|gotta|have to|must)? (be)? (kidding|joking) (me)?",
          'thanks (a lot|so much)? for nothing',
          '(good|best of) luck with that',
          '(good|best of) luck (finding|getting|trying|explaining|selling|convincing)',
          '(what a|color me|colour me|big) (surprise|shocked|surprised)',
          '(thanks|thank you) (so much|a lot)? for (ignoring|wasting|nothing)',
          '(and)? see how (that|it) (goes|works out)$',
          '(is|was) (apparently|clearly|obviously)? too much to ask',
          'asking (nicely|politely)$',
        ],
        span: 'sentence',
        message: 'Sarcasm lands as contempt; say plainly what went wrong and what you need.',
        technique: 'goToTheBalcony',
        suggest: {
          templates: [
            "I am frustrated by this. What can we change so it doesn't happen again?",
            'This has left us in a hard spot. What can you do to help us out of it?',
          ],
        },
        examples: [
          { text: 'Thanks for nothing.', swap: "I am frustrated by this. What can we change so it doesn't happen again?" },
          { text: 'Good luck with that.' },
          { text: 'A reply was apparently too much to ask.' },
          { quiet: 'Thanks so much for your help.' },
          { quiet: 'Good luck with the launch next week!' },
          { quiet: 'We will see how the launch goes.' },
        ],
      },
    ],
  },
  {
    id: 'ego.sarcastic-whatever',
    category: 'ego',
    title: 'A sarcastic "sure" or "yeah, right"',
    level: 'gentle',
    rules: [
      {
        act: 'yeah-right',
        patterns: [
          '(sure|right|yeah|okay|ok|yes) whatever you say',
          '^yeah right',
          '^(oh)? (sure|yeah|right) because',
          'because (that|this|it) (worked|went|turned out) (so|really|oh so) well',
          '^(sure|right) (sure|right|okay|ok|of course)$',
          '^(sure|yeah) (you|they) (do|did|will|are|were|know best)$',
        ],
        span: 'sentence',
        message: 'A sarcastic "sure" tells them you have stopped listening.',
        technique: 'label',
        suggest: { templates: ['It sounds like we see this differently. What would make this work for you?', BRIDGE] },
        examples: [
          { text: 'Sure, whatever you say.', swap: 'It sounds like we see this differently. What would make this work for you?' },
          { text: 'Yeah, right.' },
          { quiet: 'Sure, I can send it today.' },
          { quiet: 'Right, the call is at 3.' },
        ],
      },
    ],
  },
];
