// Reads the clause inside a "why" demand: who (the subject), the auxiliary and its tense, negation,
// voice, the main verb as a lemma, and what follows it (object, time, place), so that a rewrite can
// put the same clause into another frame with the verb in the form that frame needs. compromise
// tags the words; the split between subject and predicate is found here, because its tags are least
// reliable in question word order ("Why did the hotel charge my card" tags "charge" a noun).
import { parse, terms, toGerund, toInfinitive, type Term } from './nlp';
import nlp from 'compromise/two';
import { NOT_SHOUTING } from './rules/heat';

export type Tense = 'past' | 'present' | 'perfect' | 'future';
export type Modal = 'would' | 'should' | 'must' | 'can' | 'could' | 'might' | 'may' | 'will' | 'shall';

export interface Subject {
  /** As written, with jabs taken out ("you people" -> "you"). */
  text: string;
  /** The form after a verb or preposition ("we" -> "us"). */
  object: string;
  /** 'you', 'we' (I or we), 'anyone' (nobody, anyone, any reasonable person), 'it' (dummy "it"), or 'other'. */
  kind: 'you' | 'we' | 'anyone' | 'it' | 'there' | 'other';
  /** A person or people (who can be prompted), not a thing (which is caused). */
  person: boolean;
}

export interface WhyClause {
  subject: Subject | null;
  tense: Tense;
  modal: Modal | null;
  /** "not", "never" before the verb, or a negative subject ("nobody"). */
  negative: boolean;
  passive: boolean;
  progressive: boolean;
  /** The verb is "be" with a predicate that is not a verb ("still out of order", "higher than …"). */
  copula: boolean;
  /** The main verb's lemma ("cancel"); "be" for a copula. */
  lemma: string;
  /** Adverbs kept beside the verb ("still", "only", "always"). */
  adverbs: string;
  /** What follows the verb, as written: its object, time, place and subordinate clauses. For a
   *  passive this starts with the participle ("pushed back to the 14th"). */
  rest: string;
  /** The rest with a second verb joined by "and" or "but" in the base form or as a gerund
   *  ("cleared customs but never reached the warehouse" -> "… but never reach …", "… but never reaching …"). */
  restBase: string;
  restGerund: string;
  /** A phrase the writer put between commas after "why" ("Why, after three reminders, …"). */
  fronted: string;
}

const AUX_TENSE: Record<string, Tense> = {
  do: 'present', does: 'present', did: 'past', is: 'present', are: 'present', am: 'present', was: 'past', were: 'past',
  has: 'perfect', have: 'perfect', had: 'past',
};
const MODALS = new Set<string>(['would', 'should', 'must', 'can', 'could', 'might', 'may', 'will', 'shall', 'ought']);
const BE = new Set(['is', 'are', 'am', 'was', 'were', 'be', 'been', 'being']);
const OBJECT_FORM: Record<string, string> = { i: 'me', we: 'us', you: 'you', they: 'them', he: 'him', she: 'her', it: 'it' };
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'this', 'that', 'these', 'those', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'nobody', 'everything', 'something', 'anything', 'nothing', 'none', 'one']);
const NEGATIVE_SUBJECT: Record<string, string> = { nobody: 'anyone', nothing: 'anything', none: 'any', 'no one': 'anyone', noone: 'anyone' };
// Adverbs between subject and verb that mark where the predicate starts and stay with it.
const KEPT_ADVERBS = new Set(['still', 'only', 'always', 'constantly', 'suddenly', 'now', 'already', 'again', 'also', 'currently', 'repeatedly', 'continually', 'so', 'too', 'more', 'less', 'once']);
// Heat a calm question leaves out.
const DROPPED_ADVERBS = new Set(['even', 'ever', 'just', 'really', 'actually', 'seriously', 'exactly', 'honestly', 'literally', 'possibly', 'genuinely', 'frankly', 'precisely', 'tf', 'obviously', 'clearly', 'supposedly', 'conveniently', 'magically', 'somehow', 'apparently']);
// Where a subordinate clause starts: the subject and the verb come before it.
const SUBORDINATORS = new Set(['when', 'if', 'because', 'after', 'before', 'since', 'while', 'although', 'though', 'whereas', 'unless', 'until', 'despite', 'whilst']);
const PREPOSITIONS = new Set(['down', 'up', 'out', 'off', 'away', 'back', 'online', 'offline', 'of', 'from', 'in', 'on', 'at', 'for', 'with', 'by', 'about', 'over', 'under', 'into', 'to', 'across', 'along', 'around', 'behind', 'between', 'near', 'outside', 'inside', 'without', 'through', 'during', 'against', 'within']);
// Phrases of place that say a state ("out of stock", "on hold", "behind schedule").
const STATE_PHRASE = /^(?:out of|on hold|under (?:review|construction|investigation|repair)|behind|over budget|past|off|down|up in the air|in progress|in limbo|offline|online)\b/;
// Phrases that describe a noun rather than say where or how it is ("the portal for suppliers", "my deposit from June").
const MODIFYING_PREPOSITION = new Set(['of', 'for', 'from', 'with', 'about', 'between']);
const nextWords = (ts: Term[], j: number) => ts.slice(j, j + 3).map((t) => t.normal).join(' ');
const RELATIVE = new Set(['who', 'that', 'which', 'whom', 'whose', 'where']);
const PERSON_NOUN = /^(?:team|staff|people|person|department|company|firm|office|manager|managers|client|clients|customer|customers|supplier|suppliers|vendor|landlord|tenant|tenants|council|school|bank|insurer|contractor|agent|agency|board|committee|members|member|side|anyone|everyone|nobody|someone|driver|technician|engineer|hotel|airline|university|hospital|clinic|club|publisher|recruiter|partner|lawyer|lawyers|legal|accounts|support|management|administration|department|builder|builders|workers|crew|he|she|they|you|we|i|who)$/i;

const world = () => nlp.world() as unknown as { model: { one: { lexicon: Record<string, string> }; two: { switches: Record<string, string> } } };

function switchOf(word: string): string {
  return world().model.two.switches[word] ?? '';
}

function lexiconOf(word: string): string {
  return world().model.one.lexicon[word] ?? '';
}

/** A word that is a verb's base form in the lexicon ("book", "renew"). */
export function isBaseVerbWord(word: string): boolean {
  const w = word.toLowerCase();
  return lexiconOf(w) === 'Infinitive' || /Verb|Present/.test(switchOf(w));
}

/** The word can be a verb's base form ("charge", "flag", "email"), whatever compromise tagged it here. */
function canBeBaseVerb(t: Term): boolean {
  const w = t.normal;
  if (!/^[a-z][a-z-]*$/.test(w) || t.tags.has('Determiner') || t.tags.has('Pronoun') || t.tags.has('Preposition') || t.tags.has('Possessive')) return false;
  if (t.tags.has('Infinitive') || lexiconOf(w) === 'Infinitive' || /Verb|Present/.test(switchOf(w)) && !/s$/.test(w)) return true;
  return t.tags.has('Verb') && t.tags.has('PresentTense') && !t.tags.has('Gerund') && !/[^s]s$/.test(w);
}

function isParticiple(t: Term): boolean {
  // Verbs whose past form is their base ("read", "cost", "spread") are tagged as bases.
  if (t.tags.has('Infinitive') && conjugate(t.normal).PastTense === t.normal) return true;
  return t.tags.has('Participle') || (t.tags.has('PastTense') && !t.tags.has('Copula')) || /^(?:been|gone|done|seen|taken|given|known|shown|written|driven|eaten|broken|chosen|spoken|stolen|forgotten|sent|paid|told|sold|made|left|kept|held|found|brought|bought|built|lost|met|put|set|cut|hit|shut|split|spent|lent|let)$/.test(t.normal);
}

// -ing words that are nouns far more often than verbs.
const ING_NOUNS = /^(?:meeting|building|funding|pricing|training|booking|billing|shipping|marketing|housing|planning|clothing|wording|warning|listing|offering|ending|opening|setting|heating|lighting|seating|evening|morning|ceiling|thing|nothing|anything|something|everything|string|spring|king|ring|wing|earnings|savings|findings|proceedings|painting|drawing|recording|ruling|hearing|briefing|filing|flooring|roofing|plumbing|wiring|catering|accounting|engineering|banking|lending|feeling|being|pending|outstanding|missing|during|following|remaining|existing|upcoming|ongoing)$/;

/** An -ing verb, also where compromise tagged it an adjective ("still owing us"). */
function isIngVerb(t: Term): boolean {
  if (t.tags.has('Gerund') && t.tags.has('Verb')) return true;
  const w = t.normal;
  if (!/[a-z]{2,}ing$/.test(w) || ING_NOUNS.test(w)) return false;
  const lemma = lemmaOf(w, new Set(['Gerund']));
  return lemma !== w && toGerund(lemma) === w;
}

function isNounish(t: Term): boolean {
  return (t.tags.has('Noun') || t.tags.has('Value') || t.tags.has('Acronym') || /Noun|Plural|Singular/.test(switchOf(t.normal)) || /^(?:Singular|Plural|Uncountable)$/.test(lexiconOf(t.normal))) && !t.tags.has('Possessive') && !t.tags.has('Determiner');
}

/** The word's lemma, checked against its conjugations so that a guess ("gone" -> "gine") is refused. */
export function lemmaOf(word: string, tags?: Set<string>): string {
  const w = word.toLowerCase();
  if (BE.has(w) || w === "'s" || w === "'re" || w === "'m") return 'be';
  const past = irregularPast(w);
  if (past) return past;
  // A base form stays as it is ("accept", not a guess from its endings).
  if (tags && (tags.has('Infinitive') || (tags.has('PresentTense') && !/[^s]s$/.test(w) && !tags.has('Gerund')))) return w;
  if (!tags && lexiconOf(w) === 'Infinitive') return w;
  // The form the word's ending says it is, checked against that same form of the guessed base
  // ("ringing" is the gerund of "ring", not of "ringe").
  const tenses = /ing$/.test(w) ? (['Gerund'] as const) : /s$/.test(w) ? (['PresentTense', 'PastTense', 'Participle'] as const) : (['PastTense', 'Participle'] as const);
  for (const tense of tenses) {
    const inf = toInfinitive(w, tense);
    if (inf !== w && conjugate(inf)[tense] === w) return inf;
  }
  for (const tense of tenses) {
    const inf = toInfinitive(w, tense);
    if (inf !== w && conjugations(inf).includes(w)) return inf;
  }
  if (/ing$/.test(w)) {
    // compromise leaves some gerunds as they are ("ringing"): try the stem, with an "e", and undoubled.
    const stem = w.slice(0, -3);
    const guesses = [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')];
    const known = guesses.filter((g) => conjugate(g).Gerund === w && (lexiconOf(g) !== '' || switchOf(g) !== ''));
    if (known[0]) return known[0];
  }
  return w;
}

function conjugate(inf: string): Record<string, string> {
  const w = nlp.world() as unknown as { methods: { two: { transform: { verb: { conjugate(w: string, m: unknown): Record<string, string> } } } }; model: unknown };
  return w.methods.two.transform.verb.conjugate(inf, w.model);
}

function conjugations(inf: string): string[] {
  return Object.values(conjugate(inf));
}

/** An irregular past form, whatever the tag ("went" in "went down" is tagged as a base form). */
function irregularPast(w: string): string | null {
  // The lexicon knows irregular past forms ("went", "rang"); a guessed base ("accept" -> "acceep") it does not.
  if (lexiconOf(w) !== 'PastTense' && !/Past/.test(switchOf(w))) return null;
  const inf = toInfinitive(w, 'PastTense');
  return inf !== w && conjugate(inf).PastTense === w ? inf : null;
}

function isPast(t: Term): boolean {
  return t.tags.has('PastTense') || irregularPast(t.normal) !== null;
}

export function gerundOf(lemma: string): string {
  if (lemma === 'be') return 'being';
  return toGerund(lemma);
}

// Texting shorthand read as the words it stands for, so the clause parses and the rewrite is spelled out.
const SHORTHAND: Array<[RegExp, string | ((m: string) => string)]> = [
  [/\bwhy(?:[\s,]+(?:oh\s+)?why)+\b/gi, 'why'], [/\bwhy'd\b/gi, 'why did'], [/\bgotta\b/gi, 'have to'], [/\bwanna\b/gi, 'want to'], [/\bgonna\b/gi, 'going to'], [/\bain't\b/gi, "isn't"],
  [/\by'all\b|\byall\b|\byou all\b|\byous\b|\byouse\b|\bya\b/gi, 'you'], [/\bnaebody\b/gi, 'nobody'], [/\bnae\b/gi, 'no'], [/\btho\b/gi, 'though'], [/\bu\b/gi, 'you'], [/\bur\b/gi, 'your'], [/\br\b/gi, 'are'], [/^y\b/i, 'why'], [/\bim\b/gi, "I'm"], [/\bive\b/gi, "I've"],
  [/\bought(n't)? (\w+) to\b/gi, 'should$1 $2'], [/\bthats\b/gi, "that's"], [/\btheres\b/gi, "there's"], [/\bwheres\b/gi, "where's"],
  [/\byoure\b/gi, "you're"], [/\btheyre\b/gi, "they're"], [/\b(we|you|they)ve\b/gi, "$1've"], [/\bshouldve\b/gi, "should've"], [/\bwhats\b/gi, "what's"], [/\bpls\b|\bplz\b/gi, 'please'], [/\bcoz\b|\bcuz\b|\bbc\b/gi, 'because'],
  [/\b(do|does|did|is|are|was|were|has|have|had|could|would|should|ca|wo)nt\b/gi, "$1n't"], [/\bcant\b/gi, "can't"],
  [/\bits (?=been|not|so|too|a|an|the|only|just|already|going|getting|impossible|ridiculous)/gi, "it's "], [/\bi\b/g, 'I'],
  [/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|september|october|november|december)s?\b/g, (d: string) => d[0]!.toUpperCase() + d.slice(1)],
];

export function spellOut(text: string): string {
  let out = calmShouting(text);
  for (const [re, to] of SHORTHAND) out = out.replace(re, to as string);
  return out;
}

/**
 * Shouted words read as ordinary ones ("WHY IS THE SERVER DOWN" -> "why is the server down", "YOUR
 * instructor" -> "your instructor"); acronyms stay as they are.
 */
function calmShouting(text: string): string {
  const words = text.match(/[A-Za-z][A-Za-z']*/g) ?? [];
  const upper = words.filter((w) => w.length > 1 && w === w.toUpperCase());
  const shouted = words.length >= 3 && upper.length / words.length >= 0.6;
  return text.replace(/[A-Za-z][A-Za-z']*/g, (w) => {
    const lower = w.toLowerCase();
    const known = lexiconOf(lower);
    const functionWord = FUNCTION_TAGS.test(known) || SHOUTED_FUNCTION.test(lower);
    if (w.length < 2 || w !== w.toUpperCase()) return w;
    // In a shouted sentence every word the lexicon knows, and any long word, is ordinary, and so are
    // "IT", "US", "AM" (the shouted "it", "us", "am"); a short unknown one is an acronym ("VPN", "MOT").
    if (shouted) return NOT_SHOUTING.test(w) && !functionWord ? w : known || functionWord || w.length > 4 ? lower : w;
    // Elsewhere acronyms stay ("the IT team") and only shouted function words calm down ("YOUR", "NOT").
    return !NOT_SHOUTING.test(w) && functionWord ? lower : w;
  });
}
const FUNCTION_TAGS = /^(?:Determiner|Pronoun|Possessive|Adverb|Negative|Modal|Copula|Auxiliary|Preposition|Conjunction|QuestionWord)$/;
const SHOUTED_FUNCTION = /^(?:your|you|yours|my|our|their|his|her|it|us|we|they|i|me|not|never|always|still|again|the|this|that|any|all|no|every|one|only|ever|now|what|why|how|is|are|am|was|were|will|would|did|does|do|have|has|had|can|must|should|so|very|even|just)$/;

// Phrases that insult or jab inside the clause, and what stays in their place.
const JAB_PHRASES: Array<[RegExp, string | ((...m: string[]) => string)]> = [
  [/\byou (?:people|lot|guys|blokes|lads|folks|mob|clowns|muppets|lot over there)\b/gi, 'you'],
  [/\b(?:any|a) (?:reasonable|sane|sensible|competent|normal|rational|self-respecting) (?:person|human being|company|business|[a-z]+)\b/gi, 'anyone'],
  [/\ba (?:company|supplier|firm|business|vendor|team|bank|provider) (?:of|with) your (?:size|experience|reputation|resources)\b/gi, 'you'],
  [/\s+(?:that|which|who) calls? (?:itself|themselves|himself|herself) "?[\w-]+"?/gi, ''],
  // Scare quotes on one praising word ("your "instant" transfer"): the word stays, the sneer goes.
  [/"(instant|reliable|express|free|premium|priority|guaranteed|urgent|quick|fast|easy|simple|unlimited|seamless|professional|customer-focused)"/gi, '$1'],
  [/\b(anyone|anybody|someone|a person|people) with (?:half a brain|any sense|a brain|common sense|an ounce of \w+)\b/gi, '$1'],
  [/\bevery single\b/gi, 'every'], [/\ba single one of\s+/gi, ''], [/\bone single\b/gi, 'one'],
  [/\b(a|an|the) (?:basic|simple|single|straightforward|tiny)\s+(?=(\w))/gi, (_m: string, det: string, next: string) => `${/^the$/i.test(det) ? det : /[aeiou]/i.test(next) ? 'an' : 'a'} `],
  [/\ba word of\s+/gi, ''],
  [/,?\s*(?:on earth|the (?:bloody |flaming |fricking |freaking )?(?:hell|heck|devil)|in the world|in (?:heaven's|god's|god’s) name|in the name of god|on god's green earth|for god's sake|for heaven's sake|for crying out loud|for the love of (?:god|christ|pete|all that is holy|all things holy)|tf|ffs|bloody|flaming)\b,?/gi, ''],
  [/,?\s+in this day and age\b/gi, ''], [/,?\s*in (?:your|their|his|her) (?:infinite|great) wisdom,?/gi, ''], [/,?\s*pray tell,?/gi, ''],
  [/,?\s+as if (?:we|I) (?:were|was|are) made of money\b/gi, ''], [/\bfor the privilege of\b/gi, 'for'],
];

/** Drops a second question or jab the writer tacked on ("…, or is that too much to ask?", "— did nobody check?"). */
export function withoutTail(text: string): string {
  let t = text;
  // A dash that opens a second thought.
  t = t.replace(/\s+[—–]\s+.*$/s, '').replace(/\s+-{1,2}\s+.*$/s, '');
  // ", or/and" + a new question ("or is that", "and who decided", "or should I", "and does someone").
  t = t.replace(/[,;]?\s+(?:or|and)\s+(?:is|are|am|was|were|do|does|did|should|shall|must|can|could|will|would|has|have|had|who|what|why|how|where|when|is there|are there|maybe|perhaps|am I)\b.*$/is, '');
  // ", seriously?", ", again", ", eh", ", mate", ", can check or not".
  t = t.replace(/,\s*(?:seriously|honestly|really|again|eh|na|mate|guys|lah|ok|okay|please|can (?:check|confirm|you check)(?: or not)?|or not|yes|no|right|so it is|so I am|so they are|so it does|so I do|boss)\s*[?!.]*$/i, '');
  // Sarcastic tags: ", genius move?", ", false advertising much?", ", of all places?", ", thanks a lot".
  t = t.replace(/,\s*(?:(?:[\w'-]+\s+){0,3}much|(?:genius|brilliant|great|smart|nice|clever|good)\s+(?:move|idea|work|job|one|plan)|well done|of all (?:places|people|times|things|days)|thanks a lot|cheers for that|lol|smh|huh)\s*[?!.]*$/i, '');
  // A particle at the end with no comma ("… processed na?", "… fixed eh?", "… lol").
  t = t.replace(/\s+(?:na|eh|lah|leh|po|ba|mate|lol|lmao|smh|tbh|ngl|fr|ffs|pls|plz)\s*([?!.]*)$/i, '$1');
  // Digs and threats after the question: "like every other courier does", "which is literally your job",
  // "and don't tell me it's the weather", "instead of stringing us along", "given I'm one email from court".
  t = t.replace(/\s+like (?:every|any|a) (?:other|normal|real|decent|proper) [\w' -]+?(?: (?:does|do|would|manages|can|could))?\s*([?!.]*)$/i, '$1');
  t = t.replace(/,\s*which is (?:literally |actually |quite |kind of )?(?:your|his|her|their|the) (?:job|role|responsibility|whole job|one job)\b.*$/i, '');
  t = t.replace(/,?\s+and (?:don't|do not) (?:tell me|say|give me|you dare|pretend)\b.*$/is, '');
  t = t.replace(/,?\s+instead of (?:stringing|leading|messing|jerking|fobbing|palming)\b.*$/is, '');
  t = t.replace(/,?\s+(?:given|since|as|because|or|before|otherwise|unless)\b[^,]*\b(?:go(?:ing)?|take|taking|report|reporting|escalate|escalating|contact|contacting|write|writing|complain|complaining|hear from|see you|away from|involve|involving|call|calling)\b[^,]*\b(?:small claims|court|ombudsman|lawyers?|solicitors?|legal action|trading standards|regulator|tribunal|the press|social media|ceo)\b.*$/is, '');
  // A second question after a comma ("…, is it fair at all?", "…, or doesn't that count?", "…, honestly what are we paying you for").
  t = t.replace(/,\s*(?:(?:or|and)\s+(?:who|where|which)|(?:who|where)(?:'s|\s+(?:is|are|was|will|would|did|does|decided|thought|signed|approved|authorised|authorized)\b)|(?:or\s+|and\s+)?(?:honestly\s+|seriously\s+|frankly\s+)?(?:(?:is|are|was|were|do|does|did|doesn't|don't|didn't|isn't|can|could|has|have|will|would|should)\s+(?:it|that|this|there|he|she|they|we|you|i|anyone|anybody|nobody|someone|everyone|the|your|my|our|a|no|words)|what|how|why))\b[^,]*[?!]*\s*$/i, (m, at: number) => {
    const head = t.slice(0, at);
    // Not the why-question itself ("Seriously, why would you?"), nor the question after an aside
    // ("Why, if the venue knew in March, were we not offered an alternative?").
    if (!/\b(?:why|how come)\b/i.test(head)) return m;
    const afterWhy = head.slice(head.search(/\bwhy\s*,/i));
    return /\bwhy\s*,/i.test(head) && (afterWhy.match(/,(?!\d)/g) ?? []).length === 1 ? m : '';
  });
  // Sarcasm and threats after a comma: "unless your driver handed it to a ghost", "you're clearly getting good at it",
  // "it's not like we cook", "you had one job", "so troublesome one", "which frankly is embarrassing".
  t = t.replace(/,\s*(?:unless\b|you(?:'re| are) (?:clearly|obviously)\b|(?:it's|its) not like\b|you had one job\b|so \w+ (?:one|lah|leh)\b|which (?:frankly |honestly |quite frankly )?is (?:embarrassing|ridiculous|unacceptable|absurd|a joke|shameful|pathetic|insane)\b).*$/is, '');
  t = t.replace(/,?\s+(?:and\s+)?if (?:this|it) happens again\b.*$/is, '');
  // A second sentence after a comma ("…, she only asked where to queue", "…, I was waiting all day").
  t = t.replace(/,\s*(?:I|she|he|we|they)\s+(?:only|already|just|was|were|am|have|had|did|asked?|paid|sent|said|told|called|rang|waited|took|submitted|came|went)\b.*$/s, '');
  t = t.replace(/\s+no\s*\?\s*$/i, (m) => (/,/.test(m) ? '' : m));
  // A comma splice that says how long it has been ("…, its been a week and we have exams").
  t = t.replace(/,\s*(?:it's|its|it has) been (?:a|an|\d+|one|two|three|four|five|six|ten|over|more than|almost|nearly)\b.*$/is, '');
  // An unpunctuated second sentence ("… every 5 mins its impossible to work").
  t = t.replace(/(?<!\b(?:when|if|because|since|as|and|but|that|what|where|so|while|although))\s+(?:it's|its|that's|thats|this is)\s+(?:impossible|ridiculous|unacceptable|insane|crazy|absurd|a joke|literally|the one thing|the only thing|not (?:ok|okay|acceptable|fair|good enough)|so \w+|really \w+)\b.*$/is, '');
  return t.trim();
}

/**
 * A second complaint joined to the first ("… and nobody called me", "…, and why was £30 taken off?")
 * is read as a why-question of its own, so the rewrite can ask about both. Not inside "Why is it that
 * whenever …, nobody …", where the second part is the clause itself.
 */
export function splitSecond(text: string): { main: string; second: string | null; keep?: string } {
  // "…, and who authorised it?": a plain second question of fact is kept as it is; a jab is not.
  const fact = /[,;]?\s+and\s+((?:who|where|which|when|how much|how long|what)\b[^?]*)\?*\s*$/i.exec(text);
  if (fact && !/\b(?:acceptable|ok|okay|thought|think|genius|bright|seriously|supposed|actually|even|care|bother|idiot|clown|joke|fair|sense)\b/i.test(fact[1]!) && fact[1]!.split(/\s+/).length <= 10) {
    return { main: text.slice(0, fact.index), second: null, keep: fact[1]!.trim() };
  }
  if (/\b(?:is it that|whenever|every time|each time)\b/i.test(text)) return { main: text, second: null };
  const why = /[,;]?\s+and\s+(why\b.*)$/is.exec(text);
  if (why) return { main: text.slice(0, why.index), second: why[1]! };
  const nobody = /(?:,|\s+and)\s+(no one|noone|nobody|not one person)(\s+(?:ever|even|once)\b)?\s+([a-z]+)\b(.*)$/is.exec(text);
  // "… when our headcount hasn't changed, nobody joined or left": part of the reason, not a second complaint.
  if (nobody && !/\b(?:when|if|because|since|although|though|whereas|while|given)\b/i.test(text.slice(0, nobody.index))) {
    const verb = nobody[3]!.toLowerCase();
    if (AUX_WORDS.has(verb) || BE.has(verb)) return { main: text.slice(0, nobody.index), second: `Why ${AUX_WORDS.has(verb) ? verb : 'is'} nobody${nobody[4]}` };
    const past = irregularPast(verb) !== null || /ed$/.test(verb);
    const lemma = lemmaOf(verb, new Set([past ? 'PastTense' : 'PresentTense']));
    return { main: text.slice(0, nobody.index), second: `Why ${past ? 'did' : 'does'} nobody ${lemma}${nobody[4]}` };
  }
  return { main: text, second: null };
}

/** Takes jab words out of a phrase and tidies its spaces. */
export function calmPhrase(text: string): string {
  let t = text;
  for (const [re, to] of JAB_PHRASES) t = t.replace(re, to as string);
  return t.replace(/\s{2,}/g, ' ').trim();
}

function endOfWords(s: string): number {
  const m = s.match(/(?:[?!.…]+["'”’)\]]*|\s)*$/);
  return s.length - (m ? m[0].length : 0);
}

/** compromise leaves leading punctuation out of a term ("(see"); a slice keeps it. */
function startOf(s: string, t: Term): number {
  let i = t.start;
  while (i > 0 && /[<(\["'“‘$#@£€]/.test(s[i - 1]!)) i--;
  return i;
}

interface Found { why: number; order: 'aux-first' | 'subject-first' }

function findWhy(ts: Term[]): Found | null {
  const w = ts.findIndex((t) => t.normal === 'why' || t.normal === "why's");
  if (w >= 0) {
    const before = ts.slice(0, w);
    // "I'd like to know why you …", "Can you explain why …": the clause after "why" is in statement order.
    const embedded = before.some((t) => /^(?:know|understand|explain|tell|wonder|ask|see|clarify|justify|advise|enlighten|explanation|reason|idea|clue|confirm|telling|explaining|curious|wondering|get|hear|why)$/.test(t.normal));
    return { why: w, order: embedded ? 'subject-first' : 'aux-first' };
  }
  const h = ts.findIndex((t, i) => t.normal === 'how' && ts[i + 1]?.normal === 'come');
  if (h >= 0) return { why: h + 1, order: 'subject-first' };
  // "Is there a reason nobody can answer …", "What's the reason (that) you …": the clause after "reason".
  const r = ts.findIndex((t, i) => t.normal === 'reason' && i <= 5 && ts.slice(0, i).some((x) => /^(?:there|the|any|a)$/.test(x.normal)));
  if (r >= 0 && ts[r + 1] && ts[r + 1]!.normal !== 'for' && ts[r + 1]!.normal !== 'to') return { why: ts[r + 1]!.normal === 'that' ? r + 1 : r, order: 'subject-first' };
  return null;
}

/**
 * Where the subject that starts at `i` ends, given what must come after it: a base verb (after do
 * or a modal), a participle (after have), a predicate (after be) or a finite verb (statement order).
 * Returns -1 when no split reads cleanly.
 */
function subjectEnd(ts: Term[], i: number, end: number, need: 'base' | 'participle' | 'be' | 'finite'): number {
  const strict = subjectSplit(ts, i, end, need, false);
  if (need !== 'be' || (strict >= 0 && !PREPOSITIONS.has(ts[strict]!.normal))) return strict;
  // "the school asking parents to buy …": an -ing word before a noun starts the predicate when nothing clearer does.
  const loose = subjectSplit(ts, i, end, need, true);
  if (loose >= 0 && (strict < 0 || loose < strict)) return loose;
  if (strict >= 0) return strict;
  // "the warranty void because …": with nothing else, the last of two nouns is the predicate.
  let stop = i;
  while (stop < end && !SUBORDINATORS.has(ts[stop]!.normal) && !DROPPED_ADVERBS.has(ts[stop]!.normal) && (isNounish(ts[stop]!) || ts[stop]!.tags.has('Determiner') || ts[stop]!.tags.has('Possessive') || ts[stop]!.tags.has('Adjective'))) stop++;
  const nouns = ts.slice(i, stop).filter((t) => isNounish(t) && !t.tags.has('Pronoun')).length;
  return nouns >= 2 && stop > i + 2 && (stop === end || SUBORDINATORS.has(ts[stop]!.normal) || DROPPED_ADVERBS.has(ts[stop]!.normal)) ? stop - 1 : -1;
}

function subjectSplit(ts: Term[], i: number, end: number, need: 'base' | 'participle' | 'be' | 'finite', ingBeforeNoun: boolean): number {
  const first = ts[i];
  if (!first) return -1;
  let k = i;
  // Pronoun subjects, with "you people", "no one", "none of you", "anyone at head office".
  if (first.normal === 'no' && ts[i + 1]?.normal === 'one') k = i + 2;
  else if (SUBJECT_PRONOUNS.has(first.normal) && !(['this', 'that', 'these', 'those'].includes(first.normal) && ts[i + 1] && isNounish(ts[i + 1]!) && !ts[i + 1]!.tags.has('Pronoun'))) {
    k = i + 1;
    if (/^(?:none|any|all|some|each|one|most|many|few)$/.test(first.normal) && ts[k]?.normal === 'of') k += 2;
  }
  // "I, the account holder, …": the aside is skipped by the caller.
  if (k === i + 1 && /,/.test(first.post)) return k;
  // After a pronoun, "be" is followed by its predicate ("am I the last person to know").
  if (k === i + 1 && need === 'be' && ts[k] && !PREPOSITIONS.has(ts[k]!.normal) && ts[k]!.normal !== ',') return k;
  let inRelative = false;
  let sawHead = k > i;
  let fallbackPrep = -1;
  for (let j = k > i ? k : i; j < end; j++) {
    const t = ts[j]!;
    const prev = ts[j - 1];
    if (SUBORDINATORS.has(t.normal) && j > i && sawHead) break;
    if (t.normal === ',' || /[,;:]/.test(prev?.post ?? '') && j > i + 1 && need !== 'finite') {
      // An aside between commas inside the subject ("the dresses, ordered in February and paid for,
      // still not delivered"): when a clear predicate follows the closing comma, the aside belongs to the subject.
      const close = ts.findIndex((x, m) => m > j && m < end && /,/.test(x.post));
      const after = close >= 0 ? ts[close + 1] : undefined;
      if (after && sawHead && (after.normal === 'not' || after.normal === 'still' || after.normal === 'never' || after.normal === 'been' || after.normal === 'already') && isParticiple(t)) { j = close; continue; }
      // A comma after the subject: what follows is not part of it.
      if (sawHead && isPredicateStart(ts, j, need, true)) return j;
    }
    if (j === i && k === i && !sawHead) {
      // The first word must be able to start a noun phrase.
      if (!(isNounish(t) || t.tags.has('Determiner') || t.tags.has('Possessive') || t.tags.has('Adjective') || t.tags.has('ProperNoun') || t.tags.has('Value') || /^(?:every|each|all|any|some|no|both|most|only)$/.test(t.normal))) return -1;
    }
    const afterOpen = prev && (PREPOSITIONS.has(prev.normal) || prev.normal === 'as' || prev.tags.has('Determiner') || prev.tags.has('Possessive')) && j > i && j !== k;
    if (j >= k && sawHead && !inRelative && !afterOpen && (isPredicateStart(ts, j, need, false) || ingBeforeNoun && isIngVerb(t))) {
      // "the pension transfer take": a noun that could be a verb, before a word that is one, belongs to the subject.
      const next = ts[j + 1];
      if (need === 'base' && t.tags.has('Noun') && !t.tags.has('Verb') && next && canBeBaseVerb(next) && !next.tags.has('Noun')) { sawHead = true; continue; }
      // "the vet nurse read me", "the print shop reprint the copies": a noun, then the verb.
      if (need === 'base' && !(j === k && k > i) && isNounish(t) && next && !next.tags.has('Determiner') && !next.tags.has('Possessive') && !next.tags.has('Pronoun') && !next.tags.has('Value') && verbAhead(ts, j + 1) && (!canBeBaseVerb(t) || objectAfter(ts, j + 1) && (!isNounish(next) || verbInContext(ts, j + 1)))) { sawHead = true; continue; }
      // A participle right after a pronoun opens a reduced relative clause ("the rates you quoted").
      if (!(prev && /^(?:i|we|you|they|he|she)$/.test(prev.normal) && j - 1 >= k && (t.tags.has('PastTense') || t.tags.has('PresentTense')) && (need !== 'finite' || laterAux(ts, j + 1)))) return j;
    }
    if (RELATIVE.has(t.normal) && sawHead && j > i) { inRelative = true; continue; }
    if (inRelative && (AUX_WORDS.has(t.normal) || t.normal === 'not' || t.normal === 'never' || t.text === '')) continue;
    if (inRelative && t.tags.has('Verb') && !t.tags.has('Gerund')) {
      // The relative clause's own verb; the main verb comes later.
      inRelative = false;
      sawHead = true;
      continue;
    }
    // "anyone from finance on this call": after a pronoun, a first phrase of place belongs to it when a second follows.
    // "the portal for suppliers out of stock": a state ("out of", "on hold", "behind", "under") after a first phrase is the predicate.
    if (PREPOSITIONS.has(t.normal) && sawHead && need === 'be' && (fallbackPrep < 0 || fallbackPrep === k && k === i + 1 && j > k + 1 && !PREPOSITIONS.has(prev?.normal ?? '') || j > fallbackPrep + 1 && !PREPOSITIONS.has(prev?.normal ?? '') && (STATE_PHRASE.test(nextWords(ts, j)) || MODIFYING_PREPOSITION.has(ts[fallbackPrep]!.normal)))) fallbackPrep = j;
    if ((isNounish(t) || t.tags.has('Pronoun')) && !t.tags.has('Possessive')) sawHead = true;
    // A word in a noun's place after "the" or "my" (and any modifiers) is one, whatever its tag ("the revised quote").
    else if (j > i && !t.tags.has('Determiner') && !t.tags.has('Possessive') && !PREPOSITIONS.has(t.normal) && ts.slice(i, j).some((x) => x.tags.has('Determiner') || x.tags.has('Possessive')) && ts.slice(i, j).every((x) => x.tags.has('Determiner') || x.tags.has('Possessive') || x.tags.has('Adjective') || isParticiple(x) || isNounish(x) || x.tags.has('Value'))) sawHead = true;
  }
  // After "be", with no other marker, a place or state phrase is the predicate ("in Singapore dollars").
  return need === 'be' && fallbackPrep > i ? fallbackPrep : -1;
}

function isPredicateStart(ts: Term[], j: number, need: 'base' | 'participle' | 'be' | 'finite', afterComma: boolean): boolean {
  const t = ts[j]!;
  const n = t.normal;
  const next = ts[j + 1];
  if (n === 'not' || n === 'never') return true;
  if ((KEPT_ADVERBS.has(n) || DROPPED_ADVERBS.has(n)) && next && n !== 'more' && n !== 'less' && n !== 'so' && n !== 'too' && need !== 'be') return isPredicateStart(ts, j + 1, need, afterComma);
  switch (need) {
    // An adjective that is also a verb ("double", "slow") is the verb where a base verb must come.
    case 'base':
      if (canBeBaseVerb(t) && (!t.tags.has('Adjective') || /Present/.test(switchOf(n)))) return true;
      // compromise's own reading of the word in a verb's place ("they prescribe antibiotics").
      // Not inside a compound that goes on to its verb ("the boatyard crane operator drop").
      // Only before what an object looks like ("prescribe antibiotics", "rewrite my conclusion"), never
      // before a number ("version 4.2") or a subject ("the statement I received").
      if (/^[a-z]{4,}$/.test(t.text) && !t.tags.has('Pronoun') && !t.tags.has('Value') && !t.tags.has('Determiner') && !PREPOSITIONS.has(n) && !SUBORDINATORS.has(n) && next && (next.tags.has('Determiner') || next.tags.has('Possessive') || /^(?:me|us|him|her|them|it)$/.test(next.normal) || next.tags.has('Plural') && !isNounish(ts[j + 2] ?? next) && !canBeBaseVerb(ts[j + 2] ?? next)) && verbInContext(ts, j)) return true;
      // A word compromise does not know as a verb, in a verb's place before its object
      // ("did the editor rewrite my conclusion", "should the tenants foot the bill").
      return /^[a-z]{3,}$/.test(t.text) && !t.tags.has('Pronoun') && !t.tags.has('Value') && !PREPOSITIONS.has(n) && !!next && (next.tags.has('Determiner') || next.tags.has('Possessive') || /^(?:me|us|him|her|them|it|someone|anyone|everyone|somebody|anybody|nobody|everything|something)$/.test(next.normal)) && !/(?:s|ly)$/.test(n);
    case 'participle': return isParticiple(t) && !t.tags.has('Adjective');
    case 'finite':
      // "the amount debited from my account is …": a participle followed by a phrase of place or agent, then the verb.
      if (t.tags.has('PastTense') && ts[j - 1] && isNounish(ts[j - 1]!) && !ts[j - 1]!.tags.has('Pronoun') && !SUBJECT_PRONOUNS.has(ts[j - 1]!.normal) && !(ts[j - 1]!.normal in NEGATIVE_SUBJECT) && ts[j - 1]!.normal !== 'one' && (!next || PREPOSITIONS.has(next.normal) || next.tags.has('Adverb')) && laterAux(ts, j + 1)) return false;
      return t.tags.has('Verb') && !t.tags.has('Gerund') && !(t.tags.has('Participle') && !t.tags.has('PastTense')) || MODALS.has(n) || n in AUX_TENSE;
    case 'be': {
      const last = !next || SUBORDINATORS.has(next.normal);
      // "the second half of the document": a part of something, not a state.
      if (/^(?:half|quarter|third|rest|part|most|bulk|majority|remainder|end|start)$/.test(n) && next?.normal === 'of') return false;
      if ((KEPT_ADVERBS.has(n) || DROPPED_ADVERBS.has(n)) && !last || n === 'being') return true;
      if (isIngVerb(t) && !(next && isNounish(next) && !next.tags.has('Pronoun') && !next.tags.has('Value') && !isIngVerb(next)) || isParticiple(t) && t.tags.has('Verb')) return true;
      if ((t.tags.has('Comparative') || t.tags.has('Superlative')) && !t.tags.has('Noun')) return true;
      const adjective = t.tags.has('Adjective') || lexiconOf(n) === 'Adjective' || lexiconOf(n) === 'Comparative';
      if (adjective && !(next && isNounish(next) && !next.tags.has('Pronoun') && !PREPOSITIONS.has(next.normal) && !next.tags.has('Value'))) return true;
      // A measure right after the subject ("the project three months behind schedule", "the run £340
      // higher", "the boots we rented two sizes too small"), not an ordinal or "half" inside it.
      if (t.tags.has('Value') && !t.tags.has('Ordinal') && !/^(?:half|second|first|third)$/.test(n) && ts[j - 1] && !ts[j - 1]!.tags.has('Value') && !ts[j - 1]!.tags.has('Determiner') && !PREPOSITIONS.has(ts[j - 1]!.normal) && next && (next.tags.has('Comparative') || (isNounish(next) || next.tags.has('Date')) && /^(?:too|more|less|late|behind|over|under|short|early|overdue|longer|ago|past)$/.test(ts[j + 2]?.normal ?? '') || isNounish(ts[j - 1]!) && (isNounish(next) || next.tags.has('Date')))) return true;
      // "completely flat": an -ly adverb before the state starts the predicate.
      if (/ly$/.test(n) && t.tags.has('Adverb') && next && (next.tags.has('Adjective') || isParticiple(next))) return true;
      if (afterComma) return false;
      // A second noun phrase right after the first: the predicate ("the only option … a plate of chips").
      if ((n === 'a' || n === 'an') && ts[j - 1] && isNounish(ts[j - 1]!)) return true;
      return false;
    }
  }
}

/** Whether an auxiliary stands between "why" and the subject (texting often leaves it out). */
function auxBeforeSubject(ts: Term[], why: number, subjectStart: number): boolean {
  return ts.slice(why + 1, subjectStart).some((t) => AUX_WORDS.has(t.normal));
}

/** A copula or auxiliary later in the same clause: what came before it was a reduced relative ("the amount debited from my account is …"). */
function laterAux(ts: Term[], from: number): boolean {
  for (let j = from; j < ts.length; j++) {
    const n = ts[j]!.normal;
    if (SUBORDINATORS.has(n) || /[,;]/.test(ts[j - 1]?.post ?? '')) return false;
    if (BE.has(n) && n !== 'been' && n !== 'being' || n === 'has' || n === 'have') return true;
    if (ts[j]!.tags.has('Verb') && !ts[j]!.tags.has('Participle') && !ts[j]!.tags.has('PastTense') && !isIngVerb(ts[j]!)) return false;
  }
  return false;
}

/** A base verb at `j`, after any adverbs ("just reprint the copies"): a known one, or any word before its object. */
function verbAhead(ts: Term[], j: number): boolean {
  let m = j;
  while (ts[m] && (DROPPED_ADVERBS.has(ts[m]!.normal) || KEPT_ADVERBS.has(ts[m]!.normal) || ts[m]!.normal === 'not' || ts[m]!.normal === 'never')) m++;
  const v = ts[m];
  const after = ts[m + 1];
  if (!v) return false;
  if (canBeBaseVerb(v) && !v.tags.has('Adjective')) return true;
  return /^[a-z]{3,}$/.test(v.text) && !PREPOSITIONS.has(v.normal) && !SUBORDINATORS.has(v.normal) && !v.tags.has('Conjunction') && !v.tags.has('Preposition') && !v.tags.has('Determiner') && !v.tags.has('Pronoun') && !v.tags.has('Adverb') && !!after && (after.tags.has('Determiner') || after.tags.has('Possessive') || /^(?:me|us|him|her|them|it)$/.test(after.normal));
}

/** What follows the verb at `j` (after adverbs) looks like its object ("reprint the copies", "read me"), not a clause ("stop work when"). */
function objectAfter(ts: Term[], j: number): boolean {
  let m = j;
  while (ts[m] && (DROPPED_ADVERBS.has(ts[m]!.normal) || KEPT_ADVERBS.has(ts[m]!.normal))) m++;
  const o = ts[m + 1];
  return !!o && (o.tags.has('Determiner') || o.tags.has('Possessive') || o.tags.has('Value') || /^(?:me|us|him|her|them|it|out|up|down|back|off|over)$/.test(o.normal) || isNounish(o) && !SUBORDINATORS.has(o.normal) && !PREPOSITIONS.has(o.normal));
}

/** Whether compromise reads the word at `j` as a verb when a plain subject stands before it. */
function verbInContext(ts: Term[], j: number): boolean {
  const words = ts.slice(j, j + 4).map((t) => t.text).filter(Boolean).join(' ');
  const probe = terms(parse(`They ${words}`))[1];
  return !!probe && probe.tags.has('Verb') && !probe.tags.has('Gerund') && !probe.tags.has('Adjective');
}

const AUX_WORDS = new Set([...Object.keys(AUX_TENSE), ...MODALS]);

/** Reads the "why" clause of a sentence, or null when it cannot be read cleanly. */
export function readWhy(raw: string): WhyClause | null {
  const sentence = withoutTail(calmPhrase(spellOut(raw)));
  const doc = parse(sentence);
  const all = terms(doc);
  const ts = all.filter((t, k) => {
    if (t.text !== '') return true;
    if (t.normal === 'not') return true;
    if (!AUX_WORDS.has(t.normal)) return false;
    // "my son's filling": the "'s" of a noun is a possessive unless a verb form follows ("the order's been cancelled").
    const before = all[k - 1];
    const next = all[k + 1];
    const nounS = before && /'s$/i.test(before.text) && !before.tags.has('Pronoun') && !/^(?:why|what|who|where|how|that|there|here|it|he|she)'s$/i.test(before.text);
    return !nounS || (next !== undefined && (/^(?:been|not|never|still|already|just|got)$/.test(next.normal) || next.tags.has('Participle')));
  });
  const found = findWhy(ts);
  if (!found) return null;
  const end = endOfWords(sentence);
  // The terms before the final punctuation.
  const stopAt = ((k) => (k < 0 ? ts.length : k))(ts.findIndex((t) => t.start >= end));
  let i = found.why + 1;
  let fronted = '';
  // "Why, after three reminders, is …": the aside leads the rewrite.
  if (/,/.test(ts[found.why]!.post)) {
    const close = ts.findIndex((t, k) => k >= i && /,/.test(t.post));
    if (close < 0) return null;
    fronted = sentence.slice(startOf(sentence, ts[i]!), ts[close]!.end);
    // "Why, exactly, did …": an aside of heat alone is dropped.
    if (ts.slice(i, close + 1).every((t) => DROPPED_ADVERBS.has(t.normal))) fronted = '';
    // "Why, having been a customer for years, am I …": fronted before "what's behind me", it would dangle.
    if (/^(?:having|being|as a|as an)\b/i.test(fronted)) fronted = '';
    i = close + 1;
  }
  while (ts[i] && DROPPED_ADVERBS.has(ts[i]!.normal)) i++;
  if (!ts[i] || ts[i]!.start >= end) return null;

  let aux: string | null = null;
  let negative = false;
  const takeNot = () => {
    while (ts[i] && (ts[i]!.normal === 'not' || ts[i]!.normal === 'never' || DROPPED_ADVERBS.has(ts[i]!.normal))) {
      if (ts[i]!.normal !== 'never' && ts[i]!.normal !== 'not') { i++; continue; }
      negative = true;
      i++;
    }
  };
  let subjectStart = i;
  let subjectStop = i;
  const pendingAdverbs: string[] = [];
  if (found.order === 'aux-first') {
    const a = ts[i]!.normal;
    // Texting drops the auxiliary ("why u ghosting me", "why you so rude"): read "be" before the subject.
    // "Why you are not send me the receipt", "Why the technician did not came": statement order straight after "why".
    if (!AUX_WORDS.has(a) && (SUBJECT_PRONOUNS.has(a) || ts[i]!.tags.has('Determiner') || ts[i]!.tags.has('Possessive'))) {
      const stop = subjectEnd(ts, i, stopAt, 'finite');
      let at = stop;
      while (ts[at] && KEPT_ADVERBS.has(ts[at]!.normal)) at++;
      if (stop > i && ts[at] && AUX_WORDS.has(ts[at]!.normal) && !/^I want to know why /.test(sentence)) return readWhy(`I want to know why ${sentence.slice(ts[i]!.start)}`);
    }
    const nounWithoutVerb = (ts[i]!.tags.has('Determiner') || ts[i]!.tags.has('Possessive')) && !ts.slice(i, stopAt).some((t) => t.tags.has('Verb') && !t.tags.has('Gerund') && !isParticiple(t));
    const dropped = !AUX_WORDS.has(a) && (/^(?:you|we|they|he|she|i)$/.test(a) || nounWithoutVerb);
    if (!AUX_WORDS.has(a) && !dropped) return null;
    aux = dropped ? 'is' : a;
    if (!dropped) i++;
    takeNot();
    subjectStart = i;
    const need = BE.has(aux) ? 'be' : aux === 'has' || aux === 'have' || aux === 'had' ? 'participle' : 'base';
    // "had" also takes a base verb ("why had we to …" is rare; treat as participle).
    subjectStop = subjectEnd(ts, i, stopAt, need);
    if (subjectStop <= i) return null;
    i = subjectStop;
    if (aux === 'ought' && ts[i]?.normal === 'to') { aux = 'should'; i++; }
    if (subjectStop === subjectStart + 1 && /,/.test(ts[subjectStart]!.post)) {
      // An aside after a pronoun subject ("Why was I, the account holder, not contacted?") is left out.
      const close = ts.findIndex((t, k) => k >= i && /,/.test(t.post));
      if (close < 0 || close > i + 6) return null;
      i = close + 1;
    }
    takeNot();
  } else {
    subjectStart = i;
    subjectStop = subjectEnd(ts, i, stopAt, 'finite');
    if (subjectStop <= i) return null;
    i = subjectStop;
    const preAdverbs: string[] = [];
    while (ts[i] && (KEPT_ADVERBS.has(ts[i]!.normal) || DROPPED_ADVERBS.has(ts[i]!.normal)) && ts[i + 1] && AUX_WORDS.has(ts[i + 1]!.normal)) {
      if (KEPT_ADVERBS.has(ts[i]!.normal)) preAdverbs.push(ts[i]!.text.toLowerCase());
      i++;
    }
    pendingAdverbs.push(...preAdverbs);
    if (ts[i] && AUX_WORDS.has(ts[i]!.normal) && ts[i + 1] && (ts[i + 1]!.tags.has('Verb') || ['not', 'never', 'still', 'already', 'always', 'only', 'even', 'ever', 'just', 'really'].includes(ts[i + 1]!.normal) || BE.has(ts[i]!.normal))) {
      aux = ts[i]!.normal;
      i++;
    }
    takeNot();
  }
  const subject = readSubject(sentence, ts, subjectStart, subjectStop);
  if (!subject) return null;
  if (subject.kind === 'anyone' && /^(?:no|nobody|nothing|none|noone)$/.test(ts[subjectStart]!.normal)) negative = !negative;

  // Adverbs before the verb: some stay ("still"), heat words go ("just", "even"); "never" negates.
  const adverbs: string[] = [...pendingAdverbs];
  while (ts[i] && ts[i]!.start < end && (KEPT_ADVERBS.has(ts[i]!.normal) || DROPPED_ADVERBS.has(ts[i]!.normal) || ts[i]!.normal === 'never' || ts[i]!.normal === 'not')) {
    const n = ts[i]!.normal;
    if (n === 'never' || n === 'not') negative = true;
    else if (KEPT_ADVERBS.has(n) && !(n === 'so' || n === 'too' || n === 'more' || n === 'less')) adverbs.push(ts[i]!.text.toLowerCase());
    else if (n === 'so' || n === 'too' || n === 'more' || n === 'less') break;
    i++;
  }
  // A perfect or progressive auxiliary between ("has been", "is being"), in statement order or after "be".
  let tense: Tense = aux ? (AUX_TENSE[aux] ?? 'future') : 'present';
  const modal = aux && MODALS.has(aux) ? (aux as Modal) : null;
  let passive = false;
  let progressive = false;
  let copula = false;
  if (!aux && ts[i]) {
    // Statement order without an auxiliary: the verb's own form gives the tense ("why the quote went up").
    const v = ts[i]!;
    if (isPast(v)) tense = 'past';
  }
  if (modal === 'will' || modal === 'shall') tense = 'future';
  let beFlow = aux !== null && BE.has(aux);
  if (ts[i] && (ts[i]!.normal === 'been' || ts[i]!.normal === 'be') && (aux === 'has' || aux === 'have' || aux === 'had' || modal)) { beFlow = true; i++; }
  if (ts[i] && ts[i]!.normal === 'being' && beFlow) { progressive = true; i++; if (ts[i] && isParticiple(ts[i]!)) passive = true; else copula = true; }
  // "Why couldn't the driver have called?": a modal with "have" asks about something already over.
  let modalPast = false;
  if (modal && ts[i]?.normal === 'have' && ts[i + 1] && isParticiple(ts[i + 1]!)) { i++; modalPast = true; if (ts[i]!.normal === 'been') { beFlow = true; i++; } }
  const verbTerm = ts[i];
  if (!verbTerm || verbTerm.start >= end) return null;
  // "auto-renewing": the prefix belongs to the verb.
  const prefix = ts[i - 1] && ts[i - 1]!.post === '-' && i - 1 >= subjectStop ? `${ts[i - 1]!.normal}-` : '';
  let lemma: string;
  let restFrom: number;
  if (beFlow && !auxBeforeSubject(ts, found.why, subjectStart) && !isIngVerb(verbTerm) && canBeBaseVerb(verbTerm) && !verbTerm.tags.has('Adjective') && lexiconOf(verbTerm.normal) !== 'Adjective') {
    // "why you not reply": the dropped auxiliary was "do".
    beFlow = false;
    aux = 'do';
  }
  if (beFlow && !passive && !copula) {
    if (isIngVerb(verbTerm)) { progressive = true; lemma = lemmaOf(verbTerm.normal, verbTerm.tags); restFrom = verbTerm.end; }
    else if (isParticiple(verbTerm) && verbTerm.tags.has('Verb') && !verbTerm.tags.has('Adjective')) { passive = true; lemma = lemmaOf(verbTerm.normal, verbTerm.tags); restFrom = startOf(sentence, verbTerm); }
    else { copula = true; lemma = 'be'; restFrom = startOf(sentence, verbTerm); }
  } else if (passive || copula) {
    lemma = passive ? lemmaOf(verbTerm.normal, verbTerm.tags) : 'be';
    restFrom = startOf(sentence, verbTerm);
  } else if (!aux && BE.has(verbTerm.normal)) {
    // Statement order, "why the invoice is wrong": the verb is "be".
    tense = verbTerm.normal === 'was' || verbTerm.normal === 'were' ? 'past' : 'present';
    i++;
    while (ts[i] && ts[i]!.normal === 'not') { negative = true; i++; }
    while (ts[i] && (KEPT_ADVERBS.has(ts[i]!.normal) || DROPPED_ADVERBS.has(ts[i]!.normal)) && !['so', 'too', 'more', 'less'].includes(ts[i]!.normal)) { if (KEPT_ADVERBS.has(ts[i]!.normal)) adverbs.push(ts[i]!.text.toLowerCase()); i++; }
    if (ts[i] && ts[i]!.normal === 'not') { negative = true; i++; }
    const v = ts[i];
    if (!v || v.start >= end) return null;
    if (v.normal === 'being' && ts[i + 1] && isParticiple(ts[i + 1]!)) { progressive = true; passive = true; lemma = lemmaOf(ts[i + 1]!.normal, ts[i + 1]!.tags); restFrom = startOf(sentence, ts[i + 1]!); }
    else if (isIngVerb(v)) { progressive = true; lemma = lemmaOf(v.normal, v.tags); restFrom = v.end; }
    else if (isParticiple(v) && v.tags.has('Verb') && !v.tags.has('Adjective')) { passive = true; lemma = lemmaOf(v.normal, v.tags); restFrom = startOf(sentence, v); }
    else { copula = true; lemma = 'be'; restFrom = startOf(sentence, v); }
  } else {
    // After do or a modal the splitter has already found the verb's place, whatever its tag ("rewrite", "sublet").
    const baseSlot = aux !== null && (aux in AUX_TENSE ? /^(?:do|does|did)$/.test(aux) : true);
    if (!(verbTerm.tags.has('Verb') || canBeBaseVerb(verbTerm) || isParticiple(verbTerm) || baseSlot)) return null;
    if (aux === 'has' || aux === 'have' || aux === 'had') {
      // "haven't reply": a base form where the participle belongs, as learners of English write it.
      if (!isParticiple(verbTerm) && !(negative && canBeBaseVerb(verbTerm))) return null;
      if (aux === 'had') tense = 'past';
    }
    if (!aux && verbTerm.tags.has('Gerund')) return null;
    lemma = lemmaOf(verbTerm.normal, verbTerm.tags);
    if (!aux && isPast(verbTerm)) tense = 'past';
    if (!aux && /^(?:has|have|had)$/.test(verbTerm.normal) && ts[i + 1] && isParticiple(ts[i + 1]!)) {
      // Statement order with a perfect: "why my deposit still hasn't been returned".
      tense = verbTerm.normal === 'had' ? 'past' : 'perfect';
      i++;
      while (ts[i] && (ts[i]!.normal === 'not' || ts[i]!.normal === 'never')) { negative = true; i++; }
      if (ts[i]?.normal === 'been') {
        i++;
        const v = ts[i];
        if (!v) return null;
        if (isParticiple(v) && v.tags.has('Verb')) { passive = true; lemma = lemmaOf(v.normal, v.tags); restFrom = startOf(sentence, v); }
        else { copula = true; lemma = 'be'; restFrom = startOf(sentence, v); }
      } else {
        const v = ts[i];
        if (!v) return null;
        lemma = lemmaOf(v.normal, v.tags);
        restFrom = v.end;
      }
    } else {
      restFrom = verbTerm.end;
    }
  }
  if (!/^[a-z]+(?:-[a-z]+)?$/.test(lemma)) return null;
  if (prefix && !passive && !copula) lemma = prefix + lemma;
  // "Why's nobody picked up the keys?": the "'s" is "has" when a participle takes an object.
  if (passive && aux === 'is' && ts.some((t) => t.normal === 'is' && t.text === '') && ts[i + 1] && (ts[i + 1]!.tags.has('Determiner') || ts[i + 1]!.tags.has('Possessive'))) {
    passive = false;
    tense = 'perfect';
    restFrom = verbTerm.end;
  }
  // The base verb right after "to" in the rest ("think to mention", "going to take", "want to keep").
  const verbAfterTo = () => {
    const to = ts.findIndex((t) => t.start >= restFrom && t.start < end);
    const v = ts[to + 1];
    return ts[to]?.normal === 'to' && v && canBeBaseVerb(v) ? v : null;
  };
  // "Why did you not think to mention the fee?", "didn't bother to read": the act is the mentioning, the reading.
  if ((lemma === 'think' || lemma === 'bother' || lemma === 'care') && !passive && !copula) {
    const v = verbAfterTo();
    if (v) { lemma = lemmaOf(v.normal, v.tags); restFrom = v.end; }
  }
  // "Why haven't the fitters been back to seal the sink?": being back is coming back.
  if (copula && /^back\b/i.test(sentence.slice(restFrom, end).trim())) { copula = false; lemma = 'come'; }
  // "is going to take" is the future of "take".
  if (lemma === 'go' && progressive) {
    const v = verbAfterTo();
    if (v) { lemma = lemmaOf(v.normal, v.tags); restFrom = v.end; progressive = false; tense = 'future'; }
  }
  // "Why would I want to keep an account …": the wanting is the writer's stance; the act is "keep".
  if ((lemma === 'want' || lemma === 'wish') && !passive && !copula) {
    const v = verbAfterTo();
    if (v) { lemma = v.normal; restFrom = v.end; }
  }
  const baseMain = !progressive && !passive && !copula && aux !== null && !BE.has(aux) && aux !== 'has' && aux !== 'have' && aux !== 'had';
  const { rest, restBase, restGerund } = coordinated(sentence, ts, restFrom, end, tense, passive || copula, baseMain);
  if (modalPast) tense = 'past';
  // "Why should I have to ring …": the obligation is the question; "have to" goes.
  if ((modal === 'should' || modal === 'must') && lemma === 'have' && /^to\s+\S/.test(rest)) return readWhy(raw.replace(/\bhave to\s+/i, ''));
  return {
    subject,
    tense,
    modal: modalPast ? null : modal,
    negative,
    passive,
    progressive,
    copula,
    lemma,
    adverbs: adverbs.filter((a) => !(negative && (a === 'still' || a === 'yet'))).join(' '),
    rest: cleanRest(rest, negative),
    restBase: cleanRest(restBase, negative),
    restGerund: cleanRest(restGerund, negative),
    fronted,
  };
}

/**
 * A second verb joined to the first ("cleared customs in Lagos but never reached the warehouse") takes
 * the same form as the first; a second clause with its own subject after "but" becomes a "when"
 * clause ("the brochure advertises free cancellation when the booking page says otherwise").
 */
function coordinated(sentence: string, ts: Term[], from: number, end: number, tense: Tense, verbless: boolean, baseMain = false) {
  const words = ts.filter((t) => t.start >= from && t.start < end);
  const edits: Array<{ start: number; end: number; base: string; gerund: string }> = [];
  for (let k = 0; k < words.length - 1; k++) {
    const joiner = words[k]!.normal;
    if (joiner !== 'but' && joiner !== 'and') continue;
    let m = k + 1;
    while (words[m] && /^(?:never|not|then|also|now|still|only)$/.test(words[m]!.normal)) m++;
    const v = words[m];
    if (!v) break;
    // "and still doesn't say", "and then wouldn't take them back": a second verb, negated, in the same form.
    if (/^(?:do|does|did|would|will)$/.test(v.normal) && words[m + 1]?.normal === 'not' && words[m + 2] && canBeBaseVerb(words[m + 2]!)) {
      const lemma = lemmaOf(words[m + 2]!.normal, words[m + 2]!.tags);
      const refuse = v.normal === 'would' || v.normal === 'will';
      edits.push({ start: v.start, end: words[m + 2]!.end, base: refuse ? `refuse to ${lemma}` : `not ${lemma}`, gerund: refuse ? `refusing to ${lemma}` : `not ${gerundOf(lemma)}` });
      continue;
    }
    // "and we didn't", "and I've been waiting two months": a contrast with the writer's side, asked as "when …".
    const beforeAnd = words[k - 1];
    const partner = beforeAnd && (beforeAnd.tags.has('Person') || beforeAnd.tags.has('Actor') || beforeAnd.tags.has('ProperNoun') || /^(?:husband|wife|partner|son|daughter|mother|father|mum|dad|colleague|boss|brother|sister|family|friend)$/.test(beforeAnd.normal));
    const inSubordinate = words.slice(0, k).some((w) => SUBORDINATORS.has(w.normal) || w.normal === 'that' || w.normal === 'every' || w.normal === 'whenever');
    if (joiner === 'and' && !partner && !inSubordinate && (v.tags.has('Pronoun') && words[m + 1] && AUX_WORDS.has(words[m + 1]!.normal) && words[m + 2]?.normal === 'not' && m + 3 >= words.length || /^(?:i|we)$/.test(v.normal) && words[m + 1] && (AUX_WORDS.has(words[m + 1]!.normal) || words[m + 1]!.text === ''))) {
      const b = words[k]!;
      edits.push({ start: b.start, end: b.end, base: 'when', gerund: 'when' });
      continue;
    }
    const finite = baseMain ? v.tags.has('Infinitive') || canBeBaseVerb(v) && !isNounish(v) : tense === 'past' ? isPast(v) : v.tags.has('PresentTense') && /[^s]s$/.test(v.normal);
    if (!verbless && finite && v.tags.has('Verb') && !v.tags.has('Copula')) {
      const lemma = lemmaOf(v.normal, v.tags);
      edits.push({ start: v.start, end: v.end, base: lemma, gerund: gerundOf(lemma) });
      continue;
    }
    if (joiner === 'but' && (v.tags.has('Determiner') || v.tags.has('Possessive') || v.tags.has('Pronoun')) && words.slice(m + 1, m + 6).some((w) => w.tags.has('Verb') && !w.tags.has('Gerund'))) {
      const b = words[k]!;
      edits.push({ start: b.start, end: b.end, base: 'when', gerund: 'when' });
    }
  }
  const apply = (pick: 'base' | 'gerund' | null) => {
    let out = '';
    let at = from;
    for (const e of edits) {
      out += sentence.slice(at, e.start) + (pick ? e[pick] : e.base === 'when' ? 'when' : sentence.slice(e.start, e.end));
      at = e.end;
    }
    return (out + sentence.slice(at, end)).trim();
  };
  return { rest: apply(null), restBase: apply('base'), restGerund: apply('gerund') };
}

function cleanRest(rest: string, negative: boolean): string {
  let r = rest.replace(/\s+/g, ' ');
  for (const w of DROPPED_ADVERBS) r = r.replace(new RegExp(`(^|\\s)${w}(?=\\s)`, 'gi'), '$1');
  // "yet" and "still" belong to the complaint that it has not happened; the question asks what is in the way.
  if (negative) r = r.replace(/(?:,?\s+|^)(?:yet|already)(?=$|[\s,?.!])/gi, '');
  // "won't release it until the fine is paid" asks what it would take to release it before then.
  if (negative) r = r.replace(/\buntil [\w\s-]*?\blater\b/gi, 'sooner').replace(/\buntil after\b/gi, 'before').replace(/\buntil\s+(?=(?:the (?:day|night|week|morning|last minute) before|just before|right before)\b)/gi, 'earlier than ').replace(/\buntil\b/gi, 'before');
  const aside = /^,/.test(r.trim()) && /,/.test(r.trim().slice(1));
  r = r.replace(/\s{2,}/g, ' ').replace(/^[,\s]+|[,\s]+$/g, '').trim();
  return aside ? `, ${r}` : r;
}

function readSubject(sentence: string, ts: Term[], from: number, to: number): Subject | null {
  if (to <= from) return null;
  const words = ts.slice(from, to);
  let stop = words[words.length - 1]!.end;
  while (/["'”’)\]]/.test(sentence[stop] ?? '')) stop++;
  let text = sentence.slice(startOf(sentence, words[0]!), stop).replace(/[,\s]+$/, '');
  // An aside inside the subject is closed again ("the dresses, ordered in February, being delivered").
  if (/,\s/.test(text) && /,/.test(words[words.length - 1]!.post)) text += ',';
  const lower = text.toLowerCase();
  const head = words[0]!.normal;
  if (words.length === 1 && (head === 'you')) return { text: 'you', object: 'you', kind: 'you', person: true };
  if (words.length === 1 && (head === 'we' || head === 'i')) return { text: head === 'i' ? 'I' : 'we', object: OBJECT_FORM[head]!, kind: 'we', person: true };
  if (words.length === 1 && head === 'it') return { text: 'it', object: 'it', kind: 'it', person: false };
  if (words.length === 1 && head === 'there') return { text: 'there', object: 'there', kind: 'there', person: false };
  const negativeKey = Object.keys(NEGATIVE_SUBJECT).find((k) => lower === k || lower.startsWith(`${k} `));
  if (negativeKey) {
    const text2 = NEGATIVE_SUBJECT[negativeKey]! + text.slice(negativeKey.length);
    return { text: text2, object: text2, kind: 'anyone', person: true };
  }
  if (/^no\s/i.test(text)) {
    const t = text.replace(/^no\s/i, 'any ');
    return { text: t, object: t, kind: 'anyone', person: PERSON_NOUN.test(words[1]?.normal ?? '') };
  }
  if (/^(?:anyone|anybody|someone|somebody|everyone|everybody)\b/i.test(lower)) return { text, object: text, kind: 'anyone', person: true };
  const pron = OBJECT_FORM[head];
  // "we in Johannesburg" -> "us in Johannesburg".
  const obj = pron && words[0]!.tags.has('Pronoun') ? pron + text.slice(words[0]!.text.length) : text;
  const person = words.some((w) => w.tags.has('Person') || w.tags.has('ProperNoun') && /^[A-Z]/.test(w.text) || w.tags.has('Actor') || PERSON_NOUN.test(w.normal)) || (words.length === 1 && /^(?:they|he|she)$/.test(head));
  return { text, object: obj, kind: 'other', person };
}

/** The lemma with its rest as a base verb phrase ("cancel our order"), "be" forms for a passive or copula. */
export function basePhrase(c: WhyClause): string {
  if (c.passive || c.copula) return join(c.adverbs, 'be', c.rest);
  return join(c.adverbs, c.lemma, c.restBase);
}

/** The same phrase as a gerund ("cancelling our order", "being pushed back"). */
export function gerundPhrase(c: WhyClause): string {
  // "stopped answering my calls" -> "no longer answering my calls", not "stopping answering".
  if (c.lemma === 'stop' && /^[a-z]+ing\b/i.test(c.restGerund)) return join(c.adverbs, 'no longer', c.restGerund);
  if (c.passive || c.copula) return join(c.adverbs, 'being', c.rest);
  return join(c.adverbs, gerundOf(c.lemma), c.restGerund);
}

function join(...parts: string[]): string {
  return parts.filter(Boolean).join(' ').replace(/\s+([,?])/g, '$1');
}

// Their words as the writer says them back: their "I" is the writer's "you", and their "you" is the
// writer's side ("we"). The verb after a flipped subject agrees ("I'm afraid" -> "you're afraid",
// "I was told" -> "you were told").
const SAY_BACK: Record<string, string> = {
  "i'm": "you're", "i've": "you've", "i'll": "you'll", "i'd": "you'd", "we're": "you're", "we've": "you've", "we'll": "you'll", "we'd": "you'd",
  my: 'your', our: 'your', mine: 'yours', ours: 'yours', me: 'you', us: 'you', myself: 'yourself', ourselves: 'yourselves',
  "you're": "we're", "you've": "we've", "you'll": "we'll", "you'd": "we'd", your: 'our', yours: 'ours', yourself: 'ourselves', yourselves: 'ourselves',
};
const SAY_BACK_RE = /\b(?:i'm|i've|i'll|i'd|we're|we've|we'll|we'd|you're|you've|you'll|you'd|my|our|mine|ours|me|us|myself|ourselves|your|yours|yourself|yourselves|i|we|you)\b(?:\s+(?:am|was|is|are|were)\b)?/gi;

export function sayBack(text: string): string {
  const normal = text.replace(/[\u2018\u2019]/g, "'");
  return normal.replace(SAY_BACK_RE, (m, offset: number) => {
    const [word, verb] = m.split(/\s+/) as [string, string | undefined];
    const w = word.toLowerCase();
    let to: string;
    if (w === 'i' || w === 'we') to = 'you';
    else if (w === 'you') {
      // Their "you" before a verb is the writer's "we"; elsewhere it is "us".
      const after = normal.slice(offset + word.length).trimStart();
      to = verb || /^(?:have|had|do|did|can|could|will|would|should|must|may|might|need|want|said|told|asked|agreed|promised|sent|made|[a-z]+ed)\b/i.test(after) ? 'we' : 'us';
    } else to = SAY_BACK[w] ?? word;
    if (word[0] === word[0]!.toUpperCase() && (w !== 'i' || offset === 0)) to = to[0]!.toUpperCase() + to.slice(1);
    if (!verb) return to;
    const v = verb.toLowerCase();
    const agreed = /^(?:you|we)$/i.test(to) ? (v === 'was' ? 'were' : v === 'am' || v === 'is' ? 'are' : v) : v;
    return `${to} ${agreed}`;
  });
}
