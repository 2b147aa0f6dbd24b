// ego: Threats: lawyers, going over their head, taking the business elsewhere, veiled warnings.
import type { RuleGroup } from '../types';
import { BRIDGE } from './common';

export const threatsGroups: RuleGroup[] = [
  {
    id: 'ego.legal-threat',
    category: 'ego',
    title: 'Threats of lawyers, courts and legal action',
    level: 'gentle',
    formerly: ['ego.threat', 'ego.power-play'],
    rules: [
      {
        act: 'lawyers',
        patterns: [
          '(our|my) (#Lawyer|legal team) (will|ll|are going to|is going to) (be in touch|contact|hear|call|take)',
          '#WeI (will|ll|are going to|am going to|shall) (take|pursue|consider|seek) (legal|formal|further legal) (action|steps|remedies)',
          '#WeI (will|ll|are going to|am going to) (sue|see you in court|go to court|report you|expose)',
          '(or|otherwise) #WeI (am|are|m|re|will|ll|shall)? ({call}|{contact}|{get}|{involve}|{phone}) (my|our|a|the) (#Lawyer|bank|legal team|legal department)',
          '(or|otherwise) #WeI (will|shall)? (go|send|refer|hand|pass|turn) (it|this|you|the matter)? (to|over to)? (collections|a collection agency|court|legal|a lawyer|our lawyers|the authorities|the regulator)',
          '({take}|{drag}) you to (court|small claims|small claims court|tribunal)',
        ],
        span: 'sentence',
        message: 'Bringing in lawyers ends the conversation: they will hand it to theirs and stop talking to you.',
        technique: 'knowYourBatna',
        suggest: {
          templates: [
            'I would much rather settle this between us than involve anyone else. What would it take to resolve it this month?',
            'If we can agree a fix by Friday, then neither of us needs to take this any further.',
          ],
        },
        examples: [
          { text: 'Our lawyers will be in touch.', swap: 'I would much rather settle this between us than involve anyone else. What would it take to resolve it this month?' },
          { text: "Pay the invoice by Monday or I'm calling my solicitor." },
          { text: "We'll take legal action if the deposit isn't returned." },
          { quiet: 'Our lawyers will review the draft contract this week.' },
          { quiet: 'Legal has approved the wording of the release.' },
        ],
      },
    ],
  },
  {
    id: 'ego.escalation-threat',
    category: 'ego',
    title: 'Threats to go over their head or go public',
    level: 'gentle',
    formerly: ['ego.threat', 'ego.power-play'],
    rules: [
      {
        act: 'over-their-head',
        patterns: [
          '#WeI (will|ll|are going to|am going to|shall) (escalate|take) (this|it|the matter) (to|up with) (your|the) (#Boss|head|top|regulator|authorities)',
          '#WeI (will|ll|am going to|shall) (be)? ({speak}|{talk}|{write}|{go}|{report}) (to|with|over your head to) (your|the) (#Boss|head|superiors)',
          "(don't|do not) make me (escalate|call|go|report|involve|take|come)",
          '#WeI (will|ll) see (how|what) (your|the) (#Boss|superiors) (feels|thinks|says)',
          '#WeI (will|ll|am going to) (be)? {report} (you|this|your company) to',
        ],
        unless: ['as (agreed|discussed|planned|promised|arranged)'],
        span: 'sentence',
        message: 'Threatening to go over their head makes them defend their job instead of solving your problem.',
        technique: 'goldenBridge',
        suggest: {
          templates: [
            'I would rather sort this out with you directly. What would you need from me to fix it this week?',
            'If we can agree a plan by Thursday, then there is no need to bring anyone else in.',
          ],
        },
        examples: [
          { text: "I'll be speaking to your manager about this.", swap: 'I would rather sort this out with you directly. What would you need from me to fix it this week?' },
          { text: "Don't make me escalate this to your CEO." },
          { quiet: 'I will speak to your manager about the budget on Monday, as agreed.' },
          { quiet: 'Please escalate the ticket if the fix is not live by noon.' },
        ],
      },
      {
        act: 'go-public',
        patterns: [
          '(one|a) (bad|negative|scathing) (review|reviews) (is|are|will be)? (coming|incoming)',
          '#WeI (will|ll) (leave|post|write) (a)? (bad|negative|scathing|one-star) (review|reviews)',
          '(or|otherwise) #WeI (go|will go|ll go) to the (press|media|papers|regulator|ombudsman|police|courts)',
          '(never|not) work in this (town|industry|city|business|sector) again',
        ],
        span: 'sentence',
        message: 'A threat to shame them in public makes saving face their goal, not fixing your problem.',
        technique: 'goldenBridge',
        suggest: {
          templates: [
            'I want to be able to recommend you, and right now I cannot. What can you do to put this right?',
            'If this is fixed by the end of the week, then I am happy to leave it there.',
          ],
        },
        examples: [
          { text: 'I will post a bad review for everyone to see.', swap: 'I want to be able to recommend you, and right now I cannot. What can you do to put this right?' },
          { text: 'Fix it, or I go to the papers with this.' },
          { quiet: 'Could you leave a review of our service when you have a minute?' },
          { quiet: 'The press release goes to the papers on Tuesday.' },
        ],
      },
    ],
  },
  {
    id: 'ego.walk-away-threat',
    category: 'ego',
    title: 'Threats to cancel or take the business elsewhere',
    level: 'gentle',
    formerly: ['ego.threat', 'ego.power-play'],
    rules: [
      {
        act: 'take-business-elsewhere',
        patterns: [
          '#WeI (will|ll|are going to|am going to|shall) (take|move) (our|my) business elsewhere',
          '(or|otherwise) #WeI (will|ll|are|am|m|re)? (walk|walk away|leave|pull out|cancel|be done|done|go elsewhere|look elsewhere|out)$',
          '(the)? last (order|contract|deal|job|dollar|penny|cent|business) (you|your company) (get|will get|ll get|ever get|see|will see) from (us|me)',
          '^either .+ or #WeI (are|re|am|m|will be|ll be)? (finished|done|through|out|walking|leaving|gone)',
          '(or|otherwise) #WeI (will|shall|are going to|am going to) (cancel|terminate|end|pull|withdraw|escalate|report|withhold|sue|stop paying|walk away|take our business|look elsewhere|go elsewhere|involve)',
        ],
        span: 'sentence',
        message: 'Waving the exit at them turns the deal into a test of nerve; say what you need to stay instead.',
        technique: 'ifThen',
        suggest: {
          templates: [
            'We would like to keep working with you. If you can fix the delivery dates, then we can carry on as planned.',
            'What would it take on your side to get this back on track, so that we can stay?',
          ],
        },
        examples: [
          { text: "We'll take our business elsewhere.", swap: 'We would like to keep working with you. If you can fix the delivery dates, then we can carry on as planned.' },
          { text: 'Fix the billing this week, or we walk.' },
          { text: "That's the last order you will get from us." },
          { quiet: 'We will move our business to the new office in May.' },
          { quiet: 'Either Monday or Tuesday works for the call.' },
        ],
      },
      {
        act: 'if-not-then-cancel',
        patterns: [
          '^(if|unless) .+ #WeI (will|shall|are going to|am going to) (cancel|terminate|end|pull|withdraw|escalate|report|withhold|sue|stop paying|refuse|walk away|take our business|move our business|look elsewhere|go elsewhere|involve our lawyers|involve legal)',
          '^unless .+ #WeI (will|ll|shall) (be)? ({leave}|{post}|{write}|{report}|{cancel}|{go})',
          '^(if|unless) .+ #WeI (am|are|m|re|will|ll) ({call}|{contact}|{report}|{take}|{post}|{sue}) (the|you|your|a|my|our)',
        ],
        span: 'sentence',
        message: 'A condition with a penalty is a threat in a suit; offer the trade the other way round.',
        technique: 'ifThen',
        suggest: {
          templates: [
            'If you can confirm the new date by Friday, then we can keep the order as it is.',
            'What would you need from us to make the deadline work?',
          ],
        },
        examples: [
          { text: 'If the parts are not here by Friday, we will cancel the order.', swap: 'If you can confirm the new date by Friday, then we can keep the order as it is.' },
          { text: "Unless you refund the fee, I'll be posting about this everywhere." },
          { quiet: 'If the parts are late, we will let you know straight away.' },
          { quiet: 'If you cancel before May, we will refund the deposit.' },
        ],
      },
    ],
  },
  {
    id: 'ego.threat',
    category: 'ego',
    title: 'Veiled threats and warnings',
    level: 'gentle',
    formerly: ['ego.power-play'],
    unless: ['#WeI regret (to|that)', 'sorry (to hear|for|about)', '#WeI (am|m|are|re) sorry'],
    rules: [
      {
        act: 'you-will-regret',
        patterns: [
          "(you|you'll|you will|you're going to|you are going to|they'll|they will) (#Adverb)? (regret|be sorry|live to regret|pay for)",
          "(you|you'll|you will) (#Adverb)? be (very|really|so)? sorry",
          "(don't|do not) say #WeI (didn't|did not) warn you",
          '^(you|you will) see$',
          'mark my words',
          '^keep this up and',
          '^enjoy (explaining|dealing|telling|fixing|sorting)',
        ],
        span: 'sentence',
        message: 'A threat pushes them into a corner; they will fight the threat instead of solving the problem.',
        technique: 'goToTheBalcony',
        suggest: {
          templates: [
            'I want to find a way through this before it gets harder for both of us. ' + BRIDGE,
            'If we can agree on next steps this week, then we can keep this between our two teams.',
          ],
        },
        examples: [
          { text: "You'll regret this.", swap: 'I want to find a way through this before it gets harder for both of us. ' + BRIDGE },
          { text: "You'll be sorry when the price goes up next month." },
          { text: 'Mark my words, this will come back on you.' },
          { quiet: 'We regret to inform you that the event is cancelled.' },
          { quiet: "You'll see the figures below." },
          { quiet: "I'm sorry to hear about the delay." },
        ],
      },
      {
        act: 'warning',
        patterns: [
          '(consider|take) this (your|a) (final|last)? warning',
          'or else$',
          '(or|otherwise) (there will be consequences|face the consequences)',
          "(there will be|you will face|you'll face) (serious)? consequences",
          "(remember|don't forget|do not forget|never forget) who (pays|signs|is paying|you are dealing|you're dealing|you work for|is in charge|the customer is)",
        ],
        span: 'sentence',
        message: 'A warning tells them you are lining up a penalty; they will brace for it instead of helping.',
        technique: 'goToTheBalcony',
        suggest: {
          templates: [
            'This matters a great deal to us, and I want us to solve it together. ' + BRIDGE,
            'If we can agree a fix by Friday, then we can put this behind us.',
          ],
        },
        examples: [
          { text: 'Consider this your final warning.', swap: 'This matters a great deal to us, and I want us to solve it together. ' + BRIDGE },
          { text: 'Remember who pays your invoices.' },
          { quiet: 'The final warning light on the dashboard is amber.' },
          { quiet: 'Remember who is presenting on Thursday so we can brief them.' },
        ],
      },
    ],
  },
];
