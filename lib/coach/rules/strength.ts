// Strengths: what the writer did well. Never counted as flags; the sidebar shows them so the
// coach also says "keep doing this".
import type { RuleGroup } from './types';

export const strengthGroups: RuleGroup[] = [
  {
    id: 'strength.calibrated-question',
    category: 'strength',
    title: 'Calibrated How/What questions',
    level: 'gentle',
    mood: 'question',
    rules: [
      {
        act: 'question',
        patterns: [
          '^(so|and|then)? (how|what) (would|could|can|might|should|do|does) (we|you|it|this|your|that)',
          "^(so|and)? what (is|s|'s) (the|your) (main|biggest|real|key|most important)? (thing|concern|worry|obstacle|challenge|priority|goal|constraint|problem|hold-up|holdup|hesitation|sticking point)",
          "^what (is|s|'s) (holding|stopping|keeping|standing|driving|behind|making|getting)",
          '^what (would|will) (it|that) take',
          '^(so|and)? (what|how) (would|could|might|will|can) (#Verb|it take)',
          '^what if we',
          '^how (about|am i|are we) (#Pronoun|we|supposed|meant)? (to)? (do|handle|make|approach|move|solve|fix|get)',
        ],
        span: 'sentence',
        message: 'A calibrated How/What question: it invites them to solve the problem with you.',
        technique: 'calibratedQuestion',
        suggest: { templates: [] },
        examples: [
          { text: 'What would make the longer warranty worth it for you?' },
          { text: 'How can we get the invoice processed this week?' },
          { text: "What's the main thing holding this back on your side?" },
          { quiet: 'How are you?' },
          { quiet: 'What time is the call?' },
        ],
      },
    ],
  },
  {
    id: 'strength.label',
    category: 'strength',
    title: 'Labels: "It sounds like…"',
    level: 'gentle',
    unless: [
      '(looks|seems) like (it|the file|the link|the attachment|the meeting|the call) (is|was|will)? (attached|fine|working|ok|okay|good)',
    ],
    mood: 'statement',
    rules: [
      {
        act: 'label',
        patterns: [
          '^(it|this) (sounds|seems|looks|feels) (like|as if|as though) (you|your|the|there|this|that|it)',
          '^it (sounds|seems) (that)? (you|your|the|there)',
          '^#WeI (sense|hear|can imagine|imagine|can tell) (that)? (you|your|this|it|the)',
          '^you (seem|sound) (#Adverb)? (worried|concerned|frustrated|unsure|hesitant|uneasy|disappointed|upset|stretched|pressed|stressed)',
        ],
        span: 'sentence',
        message: 'A label: naming what they seem to feel shows you listened and lowers the temperature.',
        technique: 'label',
        suggest: { templates: [] },
        examples: [
          { text: 'It sounds like the budget cycle is putting pressure on you.' },
          { text: 'It seems the address on file was out of date.' },
          { quiet: 'It looks like the file is attached.' },
          { quiet: 'The plan sounds good.' },
        ],
      },
    ],
  },
  {
    id: 'strength.accusation-audit',
    category: 'strength',
    title: 'Accusation audits',
    level: 'gentle',
    mood: 'statement',
    rules: [
      {
        act: 'audit',
        patterns: [
          '^you (may|might|probably|could) (feel|think|be thinking|be feeling|have felt) (that)? (we|i|this|our|my)',
          '^#WeI (know|realize|realise|understand) (this|that|it) (may|might|could|will) (seem|sound|feel|look|come across)',
          '^(this|it) (may|might|could|will) (seem|sound|feel|look|come across) (like|as if)? (we|i|a|unfair|like)',
          '^#WeI (know|realize|realise) #WeI (have|ve) (been|put|asked|made|pushed)',
        ],
        span: 'sentence',
        message: 'An accusation audit: saying the worst they might think first takes the sting out of it.',
        technique: 'accusationAudit',
        suggest: { templates: [] },
        examples: [
          { text: "You may feel we're asking for a lot here." },
          { text: 'I know this may sound unfair.' },
          { quiet: 'You may want to check the attachment.' },
        ],
      },
    ],
  },
  {
    id: 'strength.if-then',
    category: 'strength',
    title: 'If–then offers',
    level: 'gentle',
    mood: 'statement',
    rules: [
      {
        act: 'offer',
        patterns: [
          "^if (you|your team|you're|you are) .+ (then)? #WeI (can|could|will|would|d|ll)",
          '^if #WeI (can|could) .+ (would|could|will) (you|your team)',
        ],
        span: 'sentence',
        message: 'An if–then offer: a trade, not a concession, so both sides keep moving.',
        technique: 'ifThen',
        suggest: { templates: [] },
        examples: [
          { text: 'If you can confirm the volume, then we can lock in the rate.' },
          { quiet: 'If you have questions, let me know.' },
        ],
      },
    ],
  },
  {
    id: 'strength.mirror',
    category: 'strength',
    title: 'Mirrors: their words asked back',
    level: 'gentle',
    mood: 'question',
    rules: [
      {
        act: 'mirror',
        detect: 'echoQuestion',
        span: 'sentence',
        message: 'A mirror: repeating their key words as a question invites them to say more.',
        technique: 'mirror',
        suggest: { templates: [] },
        examples: [
          { text: 'A global decision?' },
          { text: '...the minimum order?' },
          { quiet: 'Seriously?' },
          { quiet: 'Any thoughts?' },
          { quiet: 'Can you send it?' },
        ],
      },
    ],
  },
];
