// What raises a message's temperature, as data. Each cue adds `weight` per occurrence, up to
// `cap`; `label` is what the thread view shows when the cue is present ("Heated: caps, threats").
// Shouting (capitals) and exclamation marks are counted in thread.ts, since they are not words.
export interface HeatCue {
  name: string;
  label: string;
  re: RegExp;
  weight: number;
  cap: number;
  /** Look-alikes that must not count ("never mind", "always happy to help"). */
  unless?: RegExp;
}

export const HEAT_CUES: HeatCue[] = [
  {
    name: 'absolutes',
    label: 'absolutes',
    re: /\b(?:always|never|every single time|every time|each and every|nothing|nobody|no one|everyone|completely|totally|utterly|absolutely|constantly|not once|not a single)\b/gi,
    // Friendly or neutral uses of the same words.
    unless: /\b(?:never mind|nevermind|always (?:happy|glad|welcome|here|available|appreciate)|absolutely (?:fine|right|happy|agree|love|delighted)|nothing (?:to worry|urgent|new|else|more)|thanks? (?:as )?always|as always|completely (?:understand|agree|fine)|totally (?:understand|agree|fine|get it))\b/gi,
    weight: 0.06,
    cap: 0.18,
  },
  {
    name: 'insults',
    label: 'insults',
    re: /\b(?:incompetent|incompetence|useless|pathetic|idiot(?:s|ic)?|stupid|clueless|lazy|liars?|lying|ridiculous|absurd|a joke|disgrace(?:ful)?|unacceptable|outrageous|unprofessional|shameful|insulting|ludicrous|laughable|amateurs?|amateurish|garbage|rubbish|nonsense|hopeless|shambles|disaster|a mess|you people|appalling|sloppy)\b/gi,
    weight: 0.14,
    cap: 0.4,
  },
  {
    name: 'threats',
    label: 'threats',
    re: /\b(?:lawyers?|attorneys?|solicitors?|legal action|sue|lawsuit|court|escalat(?:e|ing) (?:this|it|to)|regret (?:this|it)|you'll regret|consequences|report (?:you|this)|take (?:our|my) business|cancel(?:l?ing)? (?:the|our|my|this) (?:contract|account|order|subscription)|terminate (?:the|our) (?:contract|agreement)|last chance|or else|final warning|bad review|one-star)\b/gi,
    unless: /\bwe regret (?:to|that)\b/gi,
    weight: 0.14,
    cap: 0.3,
  },
  {
    name: 'sarcasm',
    label: 'sarcasm',
    re: /(?:\bseriously\?|\boh,? great\b|\bgreat job\b|\bwell done\b(?=[^.!?]*[!?])|\bthanks for nothing\b|\bnice try\b|\bgood luck with that\b|\bwhat a surprise\b|\bshocking\b|\bclearly you\b|\bobviously you\b|\bbrilliant\b(?=[^.!?]*\bnot\b)|\bhow (?:nice|convenient)\b)/gi,
    weight: 0.12,
    cap: 0.24,
  },
  {
    name: 'exasperation',
    label: 'exasperation',
    re: /(?:\bagain\?|\byet again\b|\bfor the (?:second|third|fourth|fifth|last|hundredth|umpteenth) time\b|\b(?:the|a) (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time\b|\bhow many times\b|\bstill waiting\b|\bonce again\b|\bfed up\b|\bsick (?:and tired )?of\b|\bhad enough\b|\benough is enough\b|\bhow dare\b|\bI can't believe\b)/gi,
    weight: 0.08,
    cap: 0.2,
  },
  {
    name: 'profanity',
    label: 'profanity',
    re: /\b(?:fuck\w*|shit\w*|bullshit|crap|crappy|wtf|damn|goddamn|dammit|pissed|bloody|the hell)\b/gi,
    unless: /\b(?:damn (?:good|fine|well)|holy crap)\b/gi,
    weight: 0.15,
    cap: 0.3,
  },
];

/** Capitalised words that are not shouting. */
export const NOT_SHOUTING = /^(?:ASAP|FYI|PDF|CEO|CFO|CTO|COO|CEO's|USA|UK|EU|ETA|EOD|EOW|COB|FAQ|SLA|SLAS|ROI|NDA|API|URL|HTML|CSV|KPI|KPIS|OKR|OKRS|RFP|RFQ|SOW|MSA|PO|POS|VAT|GST|USD|EUR|GBP|HQ|HR|IT|QA|UI|UX|AM|PM|TBD|TBC|FTE|YOY|QOQ|ARR|MRR|SKU|SKUS|SAAS|GDPR|ISO|NET|EMEA|APAC|LATAM|NA|AI|OK|MOQ|MOQS|RMA|DDP|FOB|EXW)$/;

/** Below `warm` a message reads calm; from `heated` it reads heated. */
export const HEAT_LEVELS = { warm: 0.2, heated: 0.45 } as const;

/** A word written in capitals to raise the voice: two capitals or more, not "I", not an acronym. */
export function isShouted(word: string): boolean {
  return word.length >= 2 && /[A-Z]{2}/.test(word) && word === word.toUpperCase() && word !== 'I' && !NOT_SHOUTING.test(word.replace(/'S$/, ''));
}
