// The clause reader's word knowledge: tenses, modals, the word classes that mark where a subject
// ends, and compromise's lexicon for lemmas, participles and past forms. Used by clause.ts.
import { toGerund, toInfinitive, type Term } from './nlp';
import nlp from 'compromise/two';

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

export const AUX_TENSE: Record<string, Tense> = {
  do: 'present', does: 'present', did: 'past', is: 'present', are: 'present', am: 'present', was: 'past', were: 'past',
  has: 'perfect', have: 'perfect', had: 'past',
};
export const MODALS = new Set<string>(['would', 'should', 'must', 'can', 'could', 'might', 'may', 'will', 'shall', 'ought']);
export const BE = new Set(['is', 'are', 'am', 'was', 'were', 'be', 'been', 'being']);
export const OBJECT_FORM: Record<string, string> = { i: 'me', we: 'us', you: 'you', they: 'them', he: 'him', she: 'her', it: 'it' };
export const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'this', 'that', 'these', 'those', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'nobody', 'everything', 'something', 'anything', 'nothing', 'none', 'one']);
export const NEGATIVE_SUBJECT: Record<string, string> = { nobody: 'anyone', nothing: 'anything', none: 'any', 'no one': 'anyone', noone: 'anyone' };
// Adverbs between subject and verb that mark where the predicate starts and stay with it.
export const KEPT_ADVERBS = new Set(['still', 'only', 'always', 'constantly', 'suddenly', 'now', 'already', 'again', 'also', 'currently', 'repeatedly', 'continually', 'so', 'too', 'more', 'less', 'once']);
// Heat a calm question leaves out.
export const DROPPED_ADVERBS = new Set(['even', 'ever', 'just', 'really', 'actually', 'seriously', 'exactly', 'honestly', 'literally', 'possibly', 'genuinely', 'frankly', 'precisely', 'tf', 'obviously', 'clearly', 'supposedly', 'conveniently', 'magically', 'somehow', 'apparently']);
// Where a subordinate clause starts: the subject and the verb come before it.
export const SUBORDINATORS = new Set(['when', 'if', 'because', 'after', 'before', 'since', 'while', 'although', 'though', 'whereas', 'unless', 'until', 'despite', 'whilst']);
export const PREPOSITIONS = new Set(['down', 'up', 'out', 'off', 'away', 'back', 'online', 'offline', 'of', 'from', 'in', 'on', 'at', 'for', 'with', 'by', 'about', 'over', 'under', 'into', 'to', 'across', 'along', 'around', 'behind', 'between', 'near', 'outside', 'inside', 'without', 'through', 'during', 'against', 'within']);
// Phrases of place that say a state ("out of stock", "on hold", "behind schedule").
export const STATE_PHRASE = /^(?:out of|on hold|under (?:review|construction|investigation|repair)|behind|over budget|past|off|down|up in the air|in progress|in limbo|offline|online)\b/;
// Phrases that describe a noun rather than say where or how it is ("the portal for suppliers", "my deposit from June").
export const MODIFYING_PREPOSITION = new Set(['of', 'for', 'from', 'with', 'about', 'between']);
export const nextWords = (ts: Term[], j: number) => ts.slice(j, j + 3).map((t) => t.normal).join(' ');
export const RELATIVE = new Set(['who', 'that', 'which', 'whom', 'whose', 'where']);
export const PERSON_NOUN = /^(?:team|staff|people|person|department|company|firm|office|manager|managers|client|clients|customer|customers|supplier|suppliers|vendor|landlord|tenant|tenants|council|school|bank|insurer|contractor|agent|agency|board|committee|members|member|side|anyone|everyone|nobody|someone|driver|technician|engineer|hotel|airline|university|hospital|clinic|club|publisher|recruiter|partner|lawyer|lawyers|legal|accounts|support|management|administration|department|builder|builders|workers|crew|he|she|they|you|we|i|who)$/i;

export const world = () => nlp.world() as unknown as { model: { one: { lexicon: Record<string, string> }; two: { switches: Record<string, string> } } };

export function switchOf(word: string): string {
  return world().model.two.switches[word] ?? '';
}

export function lexiconOf(word: string): string {
  return world().model.one.lexicon[word] ?? '';
}

/** A word that is a verb's base form in the lexicon ("book", "renew"). */
export function isBaseVerbWord(word: string): boolean {
  const w = word.toLowerCase();
  return lexiconOf(w) === 'Infinitive' || /Verb|Present/.test(switchOf(w));
}

/** The word can be a verb's base form ("charge", "flag", "email"), whatever compromise tagged it here. */
export function canBeBaseVerb(t: Term): boolean {
  const w = t.normal;
  if (!/^[a-z][a-z-]*$/.test(w) || t.tags.has('Determiner') || t.tags.has('Pronoun') || t.tags.has('Preposition') || t.tags.has('Possessive')) return false;
  if (t.tags.has('Infinitive') || lexiconOf(w) === 'Infinitive' || /Verb|Present/.test(switchOf(w)) && !/s$/.test(w)) return true;
  return t.tags.has('Verb') && t.tags.has('PresentTense') && !t.tags.has('Gerund') && !/[^s]s$/.test(w);
}

export function isParticiple(t: Term): boolean {
  // Verbs whose past form is their base ("read", "cost", "spread") are tagged as bases.
  if (t.tags.has('Infinitive') && conjugate(t.normal).PastTense === t.normal) return true;
  return t.tags.has('Participle') || (t.tags.has('PastTense') && !t.tags.has('Copula')) || /^(?:been|gone|done|seen|taken|given|known|shown|written|driven|eaten|broken|chosen|spoken|stolen|forgotten|sent|paid|told|sold|made|left|kept|held|found|brought|bought|built|lost|met|put|set|cut|hit|shut|split|spent|lent|let)$/.test(t.normal) ||
    // Participles the same as their base ("hasn't come back"), where the word is not read as a noun ("the print run").
    (/^(?:come|become|overcome|run|rerun|overrun)$/.test(t.normal) && !t.tags.has('Noun'));
}

// -ing words that are nouns far more often than verbs.
const ING_NOUNS = /^(?:meeting|building|funding|pricing|training|booking|billing|shipping|marketing|housing|planning|clothing|wording|warning|listing|offering|ending|opening|setting|heating|lighting|seating|evening|morning|ceiling|thing|nothing|anything|something|everything|string|spring|king|ring|wing|earnings|savings|findings|proceedings|painting|drawing|recording|ruling|hearing|briefing|filing|flooring|roofing|plumbing|wiring|catering|accounting|engineering|banking|lending|feeling|being|pending|outstanding|missing|during|following|remaining|existing|upcoming|ongoing)$/;

/** An -ing verb, also where compromise tagged it an adjective ("still owing us"). */
export function isIngVerb(t: Term): boolean {
  if (t.tags.has('Gerund') && t.tags.has('Verb')) return true;
  const w = t.normal;
  if (!/[a-z]{2,}ing$/.test(w) || ING_NOUNS.test(w)) return false;
  const lemma = lemmaOf(w, new Set(['Gerund']));
  return lemma !== w && toGerund(lemma) === w;
}

export function isNounish(t: Term): boolean {
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
export function irregularPast(w: string): string | null {
  // The lexicon knows irregular past forms ("went", "rang"); a guessed base ("accept" -> "acceep") it does not.
  if (lexiconOf(w) !== 'PastTense' && !/Past/.test(switchOf(w))) return null;
  const inf = toInfinitive(w, 'PastTense');
  return inf !== w && conjugate(inf).PastTense === w ? inf : null;
}

export function isPast(t: Term): boolean {
  return t.tags.has('PastTense') || irregularPast(t.normal) !== null;
}

export function gerundOf(lemma: string): string {
  if (lemma === 'be') return 'being';
  return toGerund(lemma);
}

export const AUX_WORDS = new Set([...Object.keys(AUX_TENSE), ...MODALS]);
