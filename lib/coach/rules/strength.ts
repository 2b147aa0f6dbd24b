// Strengths: what the writer did well. Never counted as flags; the sidebar shows them so the
// coach also says "keep doing this".
import type { Rule } from './types';

const none = { templates: [] } as const;

export const strengthRules: Rule[] = [
  {
    id: 'strength.calibrated-question',
    category: 'strength',
    level: 'gentle',
    patterns: [
      '^(so|and|then)? (how|what) (would|could|can|might|should|do|does) (we|you|it|this|your|that)',
      '^(so|and)? what (is|s|\'s) (the|your) (main|biggest|real|key|most important)? (thing|concern|worry|obstacle|challenge|priority|goal|constraint|problem|hold-up|holdup|hesitation|sticking point)',
      '^what (is|s|\'s) (holding|stopping|keeping|standing|driving|behind|making|getting)',
      '^what (would|will) (it|that) take',
      '^(so|and)? (what|how) (would|could|might|will|can) (#Verb|it take)',
      '^what if we',
      '^how (about|am i|are we) (#Pronoun|we|supposed|meant)? (to)? (do|handle|make|approach|move|solve|fix|get)',
    ],
    mood: 'question',
    span: 'sentence',
    message: 'A calibrated How/What question: it invites them to solve the problem with you.',
    technique: 'calibratedQuestion',
    suggest: none,
    examples: {
      flag: ['What would make the longer warranty worth it for you?', 'How can we get the invoice processed this week?', "What's the main thing holding this back on your side?"],
      quiet: ['How are you?', 'What time is the call?'],
    },
  },
  {
    id: 'strength.label',
    category: 'strength',
    level: 'gentle',
    patterns: [
      '^(it|this) (sounds|seems|looks|feels) (like|as if|as though) (you|your|the|there|this|that|it)',
      '^it (sounds|seems) (that)? (you|your|the|there)',
      '^(i|we) (sense|hear|can imagine|imagine|can tell) (that)? (you|your|this|it|the)',
      '^you (seem|sound) (#Adverb)? (worried|concerned|frustrated|unsure|hesitant|uneasy|disappointed|upset|stretched|pressed|stressed)',
    ],
    unless: ['(looks|seems) like (it|the file|the link|the attachment|the meeting|the call) (is|was|will)? (attached|fine|working|ok|okay|good)'],
    mood: 'statement',
    span: 'sentence',
    message: 'A label: naming what they seem to feel shows you listened and lowers the temperature.',
    technique: 'label',
    suggest: none,
    examples: {
      flag: ['It sounds like the budget cycle is putting pressure on you.', 'It seems the address on file was out of date.'],
      quiet: ['It looks like the file is attached.', 'The plan sounds good.'],
    },
  },
  {
    id: 'strength.accusation-audit',
    category: 'strength',
    level: 'gentle',
    patterns: [
      '^you (may|might|probably|could) (feel|think|be thinking|be feeling|have felt) (that)? (we|i|this|our|my)',
      '^(i|we) (know|realize|realise|understand) (this|that|it) (may|might|could|will) (seem|sound|feel|look|come across)',
      '^(this|it) (may|might|could|will) (seem|sound|feel|look|come across) (like|as if)? (we|i|a|unfair|like)',
      '^(i|we) (know|realize|realise) (we|i) (have|ve) (been|put|asked|made|pushed)',
    ],
    mood: 'statement',
    span: 'sentence',
    message: 'An accusation audit: saying the worst they might think first takes the sting out of it.',
    technique: 'accusationAudit',
    suggest: none,
    examples: { flag: ["You may feel we're asking for a lot here.", 'I know this may sound unfair.'], quiet: ['You may want to check the attachment.'] },
  },
  {
    id: 'strength.if-then',
    category: 'strength',
    level: 'gentle',
    patterns: [
      '^if (you|your team|you\'re|you are) .+ (then)? (we|i) (can|could|will|would|d|ll)',
      '^if (we|i) (can|could) .+ (would|could|will) (you|your team)',
    ],
    mood: 'statement',
    span: 'sentence',
    message: 'An if–then offer: a trade, not a concession, so both sides keep moving.',
    technique: 'ifThen',
    suggest: none,
    examples: { flag: ['If you can confirm the volume, then we can lock in the rate.'], quiet: ['If you have questions, let me know.'] },
  },
  {
    id: 'strength.mirror',
    category: 'strength',
    level: 'gentle',
    detect: 'echoQuestion',
    mood: 'question',
    span: 'sentence',
    message: 'A mirror: repeating their key words as a question invites them to say more.',
    technique: 'mirror',
    suggest: none,
    examples: { flag: ['A global decision?', '...the minimum order?'], quiet: ['Seriously?', 'Any thoughts?', 'Can you send it?'] },
  },
];
