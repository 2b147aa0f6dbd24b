// What raises a message's temperature, as data: each cue adds `weight` per occurrence, up to `cap`.
export interface HeatCue { name: string; re: RegExp; weight: number; cap: number }

export const HEAT_CUES: HeatCue[] = [
  { name: 'absolutes', re: /\b(?:always|never|every single time|every time|nothing|nobody|no one|everyone|completely|totally|utterly|absolutely)\b/gi, weight: 0.06, cap: 0.18 },
  { name: 'insults', re: /\b(?:incompetent|incompetence|useless|pathetic|idiot(?:s|ic)?|stupid|clueless|lazy|liars?|lying|ridiculous|absurd|a joke|disgrace(?:ful)?|unacceptable|outrageous|unprofessional|shameful|insulting|ludicrous|laughable|amateurs?|garbage|rubbish|nonsense)\b/gi, weight: 0.14, cap: 0.4 },
  { name: 'threats', re: /\b(?:lawyers?|legal action|sue|lawsuit|court|escalat(?:e|ing) (?:this|it|to)|regret|consequences|report (?:you|this)|take (?:our|my) business|cancel (?:the|our|my) (?:contract|account|order)|last chance|or else|final warning)\b/gi, weight: 0.14, cap: 0.3 },
  { name: 'sarcasm', re: /\b(?:seriously\?|oh great|great job|thanks for nothing|nice try|good luck with that|what a surprise|shocking)/gi, weight: 0.12, cap: 0.24 },
  { name: 'exasperation', re: /\b(?:again\?|yet again|for the (?:second|third|fourth|last|hundredth) time|how many times|still waiting|once again)/gi, weight: 0.08, cap: 0.16 },
];
