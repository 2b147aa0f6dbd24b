// Calibrated rewrites built from the sentence itself: the "why" question is taken apart into its
// auxiliary, negation, subject and the rest (the action, its object, time and names), and put
// back together as a How/What question that keeps the rest. "Why can't you deliver by Friday?"
// -> "What would it take to deliver by Friday?".
import { terms, toGerund, toInfinitive, type Doc, type Term } from './nlp';

const AUX = new Set(['do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'shall', 'is', 'are', 'was', 'were', 'am', 'have', 'has', 'had', 'must', 'might', 'may']);
const BE = new Set(['is', 'are', 'was', 'were', 'am']);
const OBJECT_PRONOUN: Record<string, string> = { you: 'you', we: 'us', they: 'them', he: 'him', she: 'her', i: 'me', it: 'it', this: 'this', that: 'that', these: 'these', those: 'those' };
// Heat words that a calm question leaves out.
const DROP = /\b(?:always|constantly|continually|even|ever|exactly|on earth|the hell|in the world|really|just|seriously)\s+/gi;
const DEMAND_VERBS = new Set(['know', 'understand', 'explain', 'tell', 'wonder', 'ask', 'see', 'clarify', 'justify', 'why']);

interface Clause {
  aux: string | null;
  neg: boolean;
  /** The subject as written ("you", "the invoice"), or null when there is none ("Why not …?"). */
  subject: string | null;
  subjectNormal: string | null;
  /** The rest of the question as written: the action, its object, time and names. */
  rest: string;
  /** The rest with its verb put in another form ("sent the quote" -> "send the quote"). */
  restAs: (form: 'infinitive' | 'gerund') => string | null;
  /** The main verb of the rest, after any adverbs. */
  verb: Term | null;
  restTerms: Term[];
}

/** compromise's term offsets leave out leading punctuation ("<img", "(see"); a rewrite keeps it. */
function widen(sentence: string, start: number): number {
  while (start > 0 && /[<(\["'“‘$#@]/.test(sentence[start - 1]!)) start--;
  return start;
}

function endOf(sentence: string): number {
  // The final punctuation, and quotes or brackets that close after it ('?"'), not a bracket before it ("(v2)?").
  const m = sentence.match(/(?:[?!.…]+["'”’)\]]*|\s)*$/);
  return sentence.length - (m ? m[0].length : 0);
}

function subjectAt(ts: Term[], i: number): number {
  // Returns the index after the subject that starts at i (i when there is none): a pronoun, or a
  // run of determiners, adjectives and nouns that ends on its last noun ("the pallets" in "the pallets still…").
  const t = ts[i];
  if (!t) return i;
  if (t.tags.has('Pronoun') && OBJECT_PRONOUN[t.normal] !== undefined) return i + 1;
  let j = i;
  let lastNoun = -1;
  while (j < ts.length) {
    const tt = ts[j]!;
    const noun = tt.tags.has('Noun') && !tt.tags.has('Pronoun');
    const nominal = noun || tt.tags.has('Determiner') || tt.tags.has('Possessive') || tt.tags.has('Adjective') || tt.tags.has('Value');
    if (!nominal || (tt.tags.has('Verb') && j > i)) break;
    if (noun || tt.tags.has('Possessive')) lastNoun = j;
    j++;
  }
  return lastNoun >= i && ts[lastNoun]!.tags.has('Noun') ? lastNoun + 1 : i;
}

function tenseOf(t: Term): string | undefined {
  return t.tags.has('PastTense') ? 'PastTense' : t.tags.has('Participle') ? 'Participle' : t.tags.has('Gerund') ? 'Gerund' : t.tags.has('PresentTense') ? 'PresentTense' : undefined;
}

function clauseFrom(sentence: string, ts: Term[], i: number, order: 'aux-first' | 'subject-first'): Clause {
  const end = endOf(sentence);
  let aux: string | null = null;
  let neg = false;
  let subject: string | null = null;
  let subjectNormal: string | null = null;
  const takeAux = () => {
    const t = ts[i];
    if (t && AUX.has(t.normal)) { aux = t.normal; i++; }
    if (ts[i]?.normal === 'not') { neg = true; i++; }
  };
  const takeSubject = () => {
    const j = subjectAt(ts, i);
    if (j > i) {
      subject = sentence.slice(ts[i]!.start, ts[j - 1]!.end);
      subjectNormal = j - i === 1 ? ts[i]!.normal : null;
      i = j;
    }
  };
  if (order === 'aux-first') { takeAux(); takeSubject(); if (ts[i]?.normal === 'not') { neg = true; i++; } }
  else { takeSubject(); takeAux(); }
  let restTerms = ts.slice(i).filter((t) => t.start < end);
  // The verb comes after any adverbs; "never" before it negates the clause ("the samples never arrived").
  let k = 0;
  while ((k < restTerms.length - 1 && restTerms[k]!.tags.has('Adverb')) || restTerms[k]?.normal === 'never') k++;
  let verb = restTerms[k] && restTerms[k]!.tags.has('Verb') ? restTerms[k]! : null;
  if (verb && restTerms.slice(0, k).some((t) => t.normal === 'never')) {
    neg = true;
    aux ??= verb.tags.has('PastTense') ? 'did' : 'do';
    restTerms = restTerms.filter((t) => t.normal !== 'never');
  }
  if (!verb && restTerms[0]?.tags.has('Verb')) verb = restTerms[0];
  const first = restTerms[0];
  const restStart = first ? widen(sentence, first.start) : end;
  const clean = (x: string) => x.replace(DROP, '').replace(/\bnever\s+/i, '').trim();
  const rest = first ? clean(sentence.slice(restStart, end)) : '';
  const restAs = (form: 'infinitive' | 'gerund') => {
    if (!verb) return null;
    const inf = toInfinitive(verb.normal, tenseOf(verb));
    const word = form === 'infinitive' ? inf : verb.tags.has('Gerund') ? verb.text : toGerund(inf);
    const before = sentence.slice(restStart, verb.start).replace(/\bnever\s+/i, '');
    return clean(before + word + sentence.slice(verb.end, end));
  };
  return { aux, neg, subject, subjectNormal, rest, restAs, verb, restTerms };
}

function objectOf(c: Clause): string {
  if (!c.subject) return 'you';
  return c.subjectNormal && OBJECT_PRONOUN[c.subjectNormal] ? OBJECT_PRONOUN[c.subjectNormal]! : c.subject;
}

/** The rest with its verb in the infinitive: "turned down the offer" -> "turn down the offer". */
function restInfinitive(c: Clause): string {
  return c.restAs('infinitive') ?? c.rest;
}

/** The rest with its verb as a gerund: "send the quote" -> "sending the quote". */
function restGerund(c: Clause): string | null {
  return c.restAs('gerund');
}

function q(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/\s+([,?])/g, '$1').trim().replace(/[\s,]+\?$/, '?');
}

function rewriteClause(c: Clause): string[] {
  const rest = c.rest;
  const obj = objectOf(c);
  const you = !c.subject || c.subjectNormal === 'you';
  const we = c.subjectNormal === 'we' || c.subjectNormal === 'i';
  const forObj = you ? '' : ` for ${obj}`;
  const inf = restInfinitive(c);
  const ger = restGerund(c);
  const out: string[] = [];
  if (!rest) return out;
  const want = c.verb && /^(want|like|need|prefer)$/.test(toInfinitive(c.verb.normal));
  const haveTo = /^(?:have|has|had|need|needs|needed) to\s+/i.exec(rest);

  if (c.aux && BE.has(c.aux)) {
    // "Why is the invoice still unpaid?", "Why aren't you answering?"
    const past = c.aux === 'was' || c.aux === 'were';
    if (c.neg) {
      if (ger && c.verb?.tags.has('Gerund')) out.push(`What's getting in the way of ${rest}?`);
      else out.push(`What would it take to get ${obj} ${rest}?`);
      out.push(`What's holding ${obj} back?`);
    } else if (c.subject) {
      const moved = rest.replace(/^((?:still|so|again|now|already|not)\s+)?/i, (m) => m);
      const lead = /^(still|so|again|now|already)\s+/i.exec(moved);
      const subjectBeing = lead ? `${obj} ${lead[1]} being ${moved.slice(lead[0].length)}` : `${obj} being ${moved}`;
      out.push(past ? `What led to ${subjectBeing}?` : `What's behind ${subjectBeing}?`);
      out.push(`What can we do about ${subjectBeing}?`);
    }
    return out;
  }

  if (c.neg) {
    switch (c.aux) {
      case 'did':
        if (ger) out.push(you ? `What got in the way of ${ger}?` : `What got in the way of ${obj} ${ger}?`);
        out.push(`What would it take${forObj} to ${inf}?`);
        break;
      case 'have': case 'has': case 'had':
        if (ger) out.push(you ? `What's gotten in the way of ${ger}?` : `What's gotten in the way of ${obj} ${ger}?`);
        out.push(`What would it take${forObj} to ${inf}?`);
        break;
      case 'do': case 'does':
        if (we) {
          out.push(`What if we ${inf}?`);
          out.push(`How would it work if we ${inf}?`);
        } else {
          if (ger) out.push(`What's holding ${obj} back from ${ger}?`);
          out.push(`What would it take${forObj} to ${inf}?`);
        }
        break;
      case 'should': case 'shall':
        if (ger) out.push(`What risks do you see in ${ger}?`);
        out.push(`What would make it a bad idea to ${inf}?`);
        break;
      default:
        // can't, couldn't, won't, wouldn't
        if (want && c.restTerms.length > 1) {
          const thing = rest.slice(c.verb!.text.length).trim();
          out.push(`What would make ${thing} worth it for ${obj}?`);
        }
        out.push(`What would it take${forObj} to ${inf}?`);
        if (ger) out.push(`What's standing in the way of ${you ? '' : obj + ' '}${ger}?`);
        out.push(`How can we make it possible to ${inf}?`);
    }
    return out;
  }

  if (!c.aux && !c.subject) {
    // "Why not sign the contract now?" (the negation came with "not")
    return out;
  }
  switch (c.aux) {
    case 'would': case 'will':
      // "Why would we accept 90-day terms?" refuses: "What led us to accept…" would say they did.
      if (we) { out.push(`What would make it worthwhile for ${obj} to ${inf}?`); break; }
      out.push(`What led ${obj} to ${inf}?`);
      break;
    case 'did': case null:
      out.push(`What led ${obj} to ${inf}?`);
      if (c.aux === 'did' || c.aux === null) out.push(`What was behind the decision to ${inf}?`);
      break;
    case 'do': case 'does':
      if (haveTo) {
        const after = rest.slice(haveTo[0].length);
        out.push(`What would it take so ${c.subject} don't have to ${after}?`.replace(/\b(he|she|it) don't\b/i, "$1 doesn't"));
        out.push(`How can we avoid having to ${after}?`);
      } else {
        out.push(`What makes ${obj} ${inf}?`);
        if (ger) out.push(`What's the thinking behind ${ger}?`);
      }
      break;
    case 'should': case 'shall': case 'must':
      out.push(`What would make it worthwhile for ${obj} to ${inf}?`);
      if (ger) out.push(`How should we think about ${ger}?`);
      break;
    case 'have': case 'has': case 'had':
      out.push(`What led ${obj} to ${inf}?`);
      break;
    default:
      out.push(`What makes it hard to ${inf}?`);
  }
  return out;
}

const GENERIC_WHY = ['What would need to be different for this to work?', 'How could we make this work for you?'];

/** What a generator gets: the sentence, its parse (made on demand) and the text a swap replaces. */
export interface GeneratorInput { sentence: string; doc: () => Doc; target: string }

/** Rewrites a "why" demand (direct, "why not", "how come" or embedded) as How/What questions. */
function calibratedWhy({ sentence, doc }: GeneratorInput): string[] {
  const ts = terms(doc());
  let w = ts.findIndex((t) => t.normal === 'why');
  let order: 'aux-first' | 'subject-first' = 'aux-first';
  if (w < 0) {
    w = ts.findIndex((t, i) => t.normal === 'how' && ts[i + 1]?.normal === 'come');
    if (w < 0) return GENERIC_WHY;
    w += 1;
    order = 'subject-first';
  }
  let i = w + 1;
  while (['on', 'earth', 'the', 'hell', 'in', 'world'].includes(ts[i]?.normal ?? '') && i < w + 4 && ts[i]?.normal !== 'the' || (ts[i]?.normal === 'the' && ts[i + 1]?.normal === 'hell')) i++;
  const end = endOf(sentence);
  const after = ts.filter((t, k) => k >= i && t.start < end);

  // "Why?" or "Why not?"
  if (after.length === 0 || (after.length === 1 && after[0]!.normal === 'not')) return GENERIC_WHY;
  // "Why not sign the contract now?"
  if (after[0]!.normal === 'not' && after[1] && !AUX.has(after[1].normal)) {
    const rest = sentence.slice(widen(sentence, after[1].start), end).replace(DROP, '').trim();
    return [`What would it take to ${rest}?`, `What if we ${rest}?`, ...GENERIC_WHY.slice(0, 1)].map(q);
  }
  // "Why the delay?"
  if (!AUX.has(after[0]!.normal) && (after[0]!.tags.has('Determiner') || after[0]!.tags.has('Adjective')) && !after.some((t) => t.tags.has('Verb'))) {
    const rest = sentence.slice(widen(sentence, after[0]!.start), end).replace(DROP, '').trim();
    return [`What's behind ${rest}?`, `What led to ${rest}?`].map(q);
  }
  // Embedded: "I'd like to know why you turned down the offer", "Can you explain why …"
  const embedded = ts.slice(0, w).some((t) => DEMAND_VERBS.has(t.normal)) || !AUX.has(after[0]!.normal);
  if (embedded) order = 'subject-first';
  const clause = clauseFrom(sentence, ts, i, order);
  const out = rewriteClause(clause).map(q).filter((s) => s.length > 3 && !brokenShape(s));
  // No frame fitted cleanly: the best general question, never a broken specific one.
  return out.length ? [...new Set(out)] : GENERIC_WHY;
}

// Past forms that cannot follow "to" ("What led the price to went up"); regular ones end in -ed.
const IRREGULAR_PAST = /^(?:went|got|was|were|did|made|took|gave|came|left|told|said|sent|paid|brought|bought|thought|knew|saw|kept|held|ran|wrote|chose|broke|spoke|forgot|lost|sold|built|began|became|drove|threw|grew|drew|fell|felt|meant|met|stood|understood|won|hung)$/i;
const PRONOUN_OR_PREPOSITION = /^(?:u|ur|i|we|he|she|they|from|with|of|in|on|at|by|about|into|during|without|than)$/i;

/**
 * A question the frames built wrongly: a past form or a pronoun or preposition where "to" needs a
 * verb ("to went", "to from"), "being" before an -ing verb or before itself, or a word doubled.
 */
export function brokenShape(question: string): boolean {
  const words = question.toLowerCase().match(/[a-z0-9']+/g) ?? [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]!];
    if (a === b && a !== 'that' && a !== 'had') return true;
    if (a === 'to' && (IRREGULAR_PAST.test(b) || /[^e]ed$/.test(b) || PRONOUN_OR_PREPOSITION.test(b))) return true;
    if (a === 'being' && /ing$/.test(b) && b !== 'thing' && b !== 'nothing' && b !== 'something' && b !== 'everything' && b !== 'anything') return true;
  }
  return false;
}


/** "THIS IS UNACCEPTABLE!!!" -> "This is unacceptable." Acronyms stay as they are. */
function calmCase({ target }: GeneratorInput): string[] {
  const lower = target
    .replace(/[A-Za-z][A-Za-z']*/g, (w) => (w.length <= 4 && /^(?:ASAP|FYI|PDF|CEO|CFO|CTO|USA|EU|UK|ETA|EOD|FAQ|HR|PM|AM|SLA|ROI|NDA|API|I)$/.test(w) ? w : w.toLowerCase()))
    .replace(/[!?]{2,}/g, (m) => (m.includes('?') ? '?' : '.'))
    .replace(/!/g, '.')
    .replace(/\bi\b/g, 'I');
  return [lower.charAt(0).toUpperCase() + lower.slice(1)];
}

/** "???" -> "?", "!!!" -> "!", "?!" -> "?". The span is the run of marks. */
function calmPunctuation({ target }: GeneratorInput): string[] {
  return [target.includes('?') ? '?' : '.'];
}

export const GENERATORS = { calibratedWhy, calmCase, calmPunctuation } as const;
export type GeneratorName = keyof typeof GENERATORS;
