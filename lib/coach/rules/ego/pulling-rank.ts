// ego: Pulling rank: experience, importance, seniority.
import type { RuleGroup } from '../types';

export const pullingRankGroups: RuleGroup[] = [
  {
    id: 'ego.pulling-rank',
    category: 'ego',
    title: 'Pulling rank: experience, seniority, being the customer',
    level: 'gentle',
    formerly: ['ego.status', 'ego.power-play'],
    unless: ['know (what|how) (works|it works) (for|with) (you|your)', 'let (me|us) know'],
    rules: [
      {
        act: 'experience',
        patterns: [
          '#WeI (have|ve|had) (been)? (doing|done|{run}|{manage}|{work}|{lead}|{build}|{sell}|{handle}|negotiated|in) (this|these|it|that|the business|the industry|business|deals|contracts|sales|#Noun)? (job|department|team|business|industry|field|role|company)? (for|over) (#Value|a few|many|several|decades) (#Value)? (years|decades)',
          '#WeI have (#Value|decades|years) (of)? (years|decades)? (of)? experience',
          "#WeI (know|understand) (what|how) (works|i'm talking about|i am talking about|we're doing|we are doing|i'm doing|i am doing|the market|this business|business works)",
          '#WeI know (this|the) (business|industry|market|field) (better than|inside out)',
          '(forgotten|forgot) more (about)? .{0,4} than (you|your team) (will|ll)? (ever)? (know|learn)',
          '(as|speaking as) (an|the) (expert|senior|veteran|professional)',
          '(with|given) my (experience|background|track record|credentials|expertise)',
          '(trust|respect) my (judgement|judgment|experience|expertise)',
          '#WeI built (this|the|my|our) (company|business|firm) (from nothing|from scratch|from the ground up)',
          '(longer|more years) than you (have|ve) been (alive|in business|working|around)',
          '#WeI (have|ve) (managed|run|handled|built|done|seen|negotiated) .{0,3} (ten|five|twice|three) times',
        ],
        span: 'sentence',
        message: 'Pulling rank makes them defend their own standing instead of looking at the problem.',
        technique: 'stepToTheSide',
        suggest: {
          templates: [
            'In our experience, this approach has worked well. What have you seen work on your side?',
            'Here is what has worked for us before. How does that fit what you are seeing?',
          ],
        },
        examples: [
          { text: "I've been doing this for twenty years.", swap: 'In our experience, this approach has worked well. What have you seen work on your side?' },
          { text: "I've run this department for fifteen years; I know what works." },
          { text: 'Trust my judgement on this one.' },
          { quiet: 'We have worked with them for ten years and they are great.' },
          { quiet: 'Let me know what works for you.' },
        ],
      },
      {
        act: 'importance',
        patterns: [
          'do you know who #WeI (am|are)',
          "(do|did) you (have any idea|know|realise|realize) who (you are|you're) (dealing|talking) (with|to)",
          "(i'm|i am|we're|we are) the (customer|client|paying customer|one paying)",
          "(you are|you're) not (our|the|my) only (customer|client|supplier|vendor|option|partner|account)",
          "(we are|we're|i am|i'm) (your)? (biggest|largest|most important|oldest|best) (client|customer|account)",
          'act like it$',
        ],
        unless: ['the (customer|client) (contact|service|team|side|success|account|number|portal|support|of record)'],
        span: 'sentence',
        message: 'Reminding them how much you matter makes it a contest of status; say what you need instead.',
        technique: 'stepToTheSide',
        suggest: {
          templates: [
            'This account matters to both of us, and I need this fixed. What can you do this week?',
            'What would help you give this the priority it needs?',
          ],
        },
        examples: [
          { text: "I'm the customer here.", swap: 'This account matters to both of us, and I need this fixed. What can you do this week?' },
          { text: 'Do you have any idea who you are dealing with?' },
          { text: "We're your biggest client, so act like it." },
          { quiet: 'We are the customer contact for the Leeds site.' },
          { quiet: 'Do you know who is dealing with the refund?' },
        ],
      },
      {
        act: 'seniority',
        patterns: [
          '#WeI outrank',
          'people (far|much|way)? more (important|senior|experienced) than you',
          "(don't|do not) tell me how to (run|do)",
          "#WeI (don't|do not) need (you|anyone) to (tell|teach|explain)",
          "#WeI (don't|do not) (answer|report|talk|speak) to (junior|juniors|assistants|underlings|interns|junior #Noun)",
          '(someone|people) like me',
          '(not|never) taking (#Noun)? (lessons|advice|orders|lectures) from',
          '^(honestly)? who (trained|hired|taught|raised|manages) (you|your)',
        ],
        unless: ['who (trained|taught) you (on|to use|how to)'],
        span: 'sentence',
        message: 'Putting them below you makes them defend their standing, not solve the problem.',
        technique: 'stepToTheSide',
        suggest: {
          templates: [
            'I see this differently. Can you walk me through your thinking, and I will share mine?',
            'What are you seeing that I might be missing?',
          ],
        },
        examples: [
          { text: "Don't tell me how to run my business.", swap: 'I see this differently. Can you walk me through your thinking, and I will share mine?' },
          { text: "I don't answer to junior staff." },
          { text: 'Who trained you?' },
          { quiet: 'Can you tell me how to run the report for March?' },
          { quiet: 'Who trained you on the new till system? It looks great.' },
        ],
      },
    ],
  },
];
