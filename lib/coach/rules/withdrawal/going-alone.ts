// withdrawal: Going ahead without them, or counting yourself out.
import type { RuleGroup } from '../types';
import { NO_POINT_UNLESS, CHECKED_OUT_UNLESS } from './common';

export const goingAloneGroups: RuleGroup[] = [
  {
    id: 'withdrawal.without-you',
    category: 'withdrawal',
    title: 'Going ahead without them',
    level: 'gentle',
    formerly: ['withdrawal.no-point'],
    unless: NO_POINT_UNLESS,
    rules: [
      {
        act: 'without-you',
        patterns: [
          '({move}|{go}|{carry}|{push}) (on|ahead|forward) without (you|your)',
          '(we will|i will|we can|i can) (sort|handle|manage|do|fix|figure) (it|this|that|things)? (out)? without (your|you|any of your)',
        ],
        // "We can't move forward without your sign-off" needs them; it does not cut them out.
        unless: ['not ({move}|{go}|carry|push) (on|ahead|forward) without'],
        span: 'sentence',
        message: 'Announcing you will go on without them cuts out the people who could still help.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          "We need to keep this moving. What could you take on this week so we can do it together?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: "We'll be moving ahead without your team.", swap: 'We need to keep this moving. What could you take on this week so we can do it together?' },
          { text: 'We can sort this out without you.' },
          { quiet: "We can't move forward without your sign-off." },
          { quiet: 'We will sort this out with your team on Monday.' },
        ],
      },
    ],
  },
  {
    id: 'withdrawal.go-it-alone',
    category: 'withdrawal',
    title: 'Going it alone: "we\'ll do it ourselves"',
    level: 'balanced',
    unless: ["(no need|don't worry|happy to|glad to|can easily)"],
    rules: [
      {
        act: 'main',
        patterns: [
          '(we will|i will|we can|i can) (just)? (figure|sort|work) (it|this|things) out (ourselves|myself)',
          '(we will|i will|we can|i can) (just)? (figure|sort|work) (it|this|things) out on (our|my) own',
          '(we will|i will) (just)? (do|handle|fix|deal with|manage) (it|this|that|everything) (ourselves|myself)',
          '(we will|i will) (just)? (do|handle|fix|deal with|manage) (it|this|that|everything) on (our|my) own',
          "(we'll|we will|i'll|i will) (just)? (look|go|find someone) (elsewhere|somewhere else)",
          '(we will|i will|we can|i can) (just)? (find|get|use|go with|hire|look for|switch to) (another|a different|a new|someone else|somebody else|other) (supplier|suppliers|vendor|vendors|provider|providers|partner|agency|company|firm|contractor|solution)',
        ],
        span: 'sentence',
        message: 'Going it alone in frustration walks away from what they could still offer.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          'What would need to change for this to work for you?',
          'Before we look at other routes, what could you do on your side this week?',
        ] },
        examples: [
          { text: "We'll figure it out ourselves.", swap: 'What would need to change for this to work for you?' },
          { text: "I'll just do it myself." },
          { text: 'We will just switch to another supplier.' },
          { quiet: 'Happy to handle it myself if that helps.' },
          { quiet: 'We will find another date for the workshop.' },
        ],
      },
    ],
  },
  {
    id: 'withdrawal.count-me-out',
    category: 'withdrawal',
    title: 'Opting out: "count me out", "I wash my hands of it"',
    level: 'gentle',
    formerly: ['withdrawal.checked-out'],
    unless: CHECKED_OUT_UNLESS,
    rules: [
      {
        act: 'count-me-out',
        patterns: [
          'count (me|us) out',
          "(i'm|i am|we're|we are) out$",
          "(i'm|i am) out of this",
          'consider (me|us) (finished|done|out)',
        ],
        span: 'sentence',
        message: 'Opting out in a huff leaves them to decide without you.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          "I can't support this as it stands. What would need to change for us to stay involved?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: 'Count me out.', swap: "I can't support this as it stands. What would need to change for us to stay involved?" },
          { text: "I'm out of this." },
          { text: 'Consider us done.' },
          { quiet: "I'm out of the office until Monday." },
          { quiet: 'Count us in for the Tuesday call.' },
        ],
      },
      {
        act: 'wash-hands',
        patterns: [
          '{wash} (my|our) hands of',
          'not my (problem|concern) (anymore|any more)',
          '(go|carry on|proceed|go ahead) without (me|us)',
        ],
        // "Go ahead without me if I'm late" is a courtesy, not a walk-out.
        unless: ['without (me|us) (if|until|while|today)'],
        span: 'sentence',
        message: 'Washing your hands of it walks away from a problem you share.',
        technique: 'keepTheDoorOpen',
        suggest: { templates: [
          "I'm stepping back from the day-to-day on this. What would you need from me before I do?",
          'What would need to change for this to work for you?',
        ] },
        examples: [
          { text: "I'm washing my hands of the whole project.", swap: "I'm stepping back from the day-to-day on this. What would you need from me before I do?" },
          { text: 'Go ahead without us.' },
          { text: 'We wash our hands of the whole dispute.' },
          { quiet: "Please go ahead without me if I'm late." },
          { quiet: 'Please wash your hands before entering the lab.' },
        ],
      },
    ],
  },
];
