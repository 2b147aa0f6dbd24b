// Where the parts of a why-clause are: the "why", the end of the subject, the start of the
// predicate, a coordinated second verb, and the subject read as a phrase. Used by clause.ts.
import { parse, terms, type Term } from './nlp';
import {
  AUX_TENSE, AUX_WORDS, BE, DROPPED_ADVERBS, KEPT_ADVERBS, MODALS, MODIFYING_PREPOSITION,
  NEGATIVE_SUBJECT, OBJECT_FORM, PERSON_NOUN, PREPOSITIONS, RELATIVE, STATE_PHRASE,
  SUBJECT_PRONOUNS, SUBORDINATORS, type Subject, type Tense, canBeBaseVerb, gerundOf, isIngVerb,
  isNounish, isParticiple, isPast, lemmaOf, lexiconOf, nextWords, switchOf,
} from './clause-words';

export function endOfWords(s: string): number {
  const m = s.match(/(?:[?!.…]+["'”’)\]]*|\s)*$/);
  return s.length - (m ? m[0].length : 0);
}

/** compromise leaves leading punctuation out of a term ("(see"); a slice keeps it. */
export function startOf(s: string, t: Term): number {
  let i = t.start;
  while (i > 0 && /[<(\["'“‘$#@£€]/.test(s[i - 1]!)) i--;
  return i;
}

interface Found { why: number; order: 'aux-first' | 'subject-first' }

export function findWhy(ts: Term[]): Found | null {
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
export function subjectEnd(ts: Term[], i: number, end: number, need: 'base' | 'participle' | 'be' | 'finite'): number {
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
export function auxBeforeSubject(ts: Term[], why: number, subjectStart: number): boolean {
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


/**
 * A second verb joined to the first ("cleared customs in Lagos but never reached the warehouse") takes
 * the same form as the first; a second clause with its own subject after "but" becomes a "when"
 * clause ("the brochure advertises free cancellation when the booking page says otherwise").
 */
export function coordinated(sentence: string, ts: Term[], from: number, end: number, tense: Tense, verbless: boolean, baseMain = false) {
  const words = ts.filter((t) => t.start >= from && t.start < end);
  const edits: Array<{ start: number; end: number; base: string; gerund: string }> = [];
  for (let k = 0; k < words.length - 1; k++) {
    const joiner = words[k]!.normal;
    if (joiner !== 'but' && joiner !== 'and') continue;
    let m = k + 1;
    while (words[m] && /^(?:never|not|then|also|now|still|only|twice|again|even|just|already|later|finally|repeatedly)$/.test(words[m]!.normal)) m++;
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
    // A past question read as "did … <base>" may still coordinate a past form ("showed up … and woke the
    // street"); a perfect one a participle ("have twice booked a date and twice failed to turn up").
    // Only with no other verb between: "say the parcel arrived and went missing" coordinates "arrived".
    const pastForm = () => isPast(v) && !words.slice(0, k).some((w) => w.tags.has('Verb') && !w.tags.has('Particle'));
    const finite = baseMain ? v.tags.has('Infinitive') || canBeBaseVerb(v) && !isNounish(v) || pastForm()
      : tense === 'past' ? isPast(v)
      : tense === 'perfect' ? pastForm()
      : v.tags.has('PresentTense') && /[^s]s$/.test(v.normal);
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

export function cleanRest(rest: string, negative: boolean): string {
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

export function readSubject(sentence: string, ts: Term[], from: number, to: number): Subject | null {
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
