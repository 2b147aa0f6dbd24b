// Reads the clause inside a "why" demand: who (the subject), the auxiliary and its tense, negation,
// voice, the main verb as a lemma, and what follows it (object, time, place), so that a rewrite can
// put the same clause into another frame with the verb in the form that frame needs. compromise
// tags the words; the split between subject and predicate is found here, because its tags are least
// reliable in question word order ("Why did the hotel charge my card" tags "charge" a noun).
// The reader lives in four files: clause-words.ts (what words are), clause-text.ts (clean-up before
// parsing), clause-split.ts (where subject and predicate part), and this one, which reads the clause.
import { parse, terms } from './nlp';
import {
  AUX_TENSE, AUX_WORDS, BE, DROPPED_ADVERBS, KEPT_ADVERBS, MODALS, type Modal, SUBJECT_PRONOUNS,
  type Tense, type WhyClause, canBeBaseVerb, gerundOf, isIngVerb, isParticiple, isPast, lemmaOf,
  lexiconOf,
} from './clause-words';
import { calmPhrase, spellOut, withoutTail } from './clause-text';
import {
  auxBeforeSubject, cleanRest, coordinated, endOfWords, findWhy, readSubject, startOf, subjectEnd,
} from './clause-split';

export type { Modal, Subject, Tense, WhyClause } from './clause-words';
export { gerundOf, isBaseVerbWord, lemmaOf } from './clause-words';
export { calmPhrase, spellOut, splitSecond, withoutTail } from './clause-text';
export { sayBack } from './say-back';

const EXASPERATION = /^(?:for (?:goodness'?|heaven'?s?|god'?s?|pete'?s|christ'?s|crying out loud|the love of [\w ]+)(?: sakes?)?|i ask you|i mean|pray tell|tell me|in (?:god|heaven)'?s name|of all things|on earth|in the world|for real)[,.!]*$/i;

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
    // The aside may hold commas of its own ("Why, after three reminders, two calls and a complaint, am I …"):
    // it ends at the comma before the question's own verb, else at the first.
    const commas = ts.flatMap((t, k) => (k >= i && /,/.test(t.post) ? [k] : []));
    if (!commas.length) return null;
    const close = commas.find((k) => ts[k + 1] && (AUX_WORDS.has(ts[k + 1]!.normal) || BE.has(ts[k + 1]!.normal) || MODALS.has(ts[k + 1]!.normal as Modal))) ?? commas[0]!;
    fronted = sentence.slice(startOf(sentence, ts[i]!), ts[close]!.end);
    // "Why, exactly, did …": an aside of heat alone is dropped.
    if (ts.slice(i, close + 1).every((t) => DROPPED_ADVERBS.has(t.normal))) fronted = '';
    // "Why, for goodness' sake, can't …", "Why, I ask you, should …": an aside of exasperation is dropped too.
    if (EXASPERATION.test(fronted)) fronted = '';
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
