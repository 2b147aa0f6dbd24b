// Noun phrases, the one reader of them: the thread view's concerns and mirror, and the {topic} a
// swap borrows from a sentence. Built from compromise/two's tags (`.nouns()` is only in `three`).
import { parse, terms, type Term } from './nlp';
import { spellOut } from './clause';

const WEAK_HEADS = /^(?:it|this|that|thing|things|something|anything|everything|nothing|time|times|way|ways|lot|lots|bit|point|one|ones|kind|sort|part|side|today|tomorrow|yesterday|week|day|days|moment|question|questions|email|emails|note|message|reply|update|regards|thanks|team|everyone|anyone|someone|people|folks|guys|all|mind|luck|morning|afternoon|evening|weekend|sense|case|fact|idea|end|start|course|number|information|info|middle|call|chance|touch|look|help|support team)$/i;
const NOT_IN_CHUNK = /^(?:beyond|above|below|due|such|sure|able|unable|happy|glad|sorry|worried|afraid|concerned|aware|ready|keen|clear|late|early|hesitant|reluctant|certain|likely|unlikely|fine|okay|ok|much|more|most|many|few|less|least|several|other|another|same|very|really|quite|just|only|also|still|then|there|here|not|no)$/i;
const TIME_WORDS = /^(?:last|next|this|previous|current|coming|following)$/i;
export const DETERMINERS = /^(?:the|a|an|this|that|these|those|every|each|any|some|your|our|my|their|its|his|her)$/i;
export interface Chunk {
  text: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** Index of the first and last term in the sentence's term list. */
  first: number;
  last: number;
  /** A name, a date or a weak word: fine to mirror, not a concern. */
  weak: boolean;
  plural: boolean;
}

export const has = (t: Term, ...tags: string[]) => tags.some((g) => t.tags.has(g));
export const isNoun = (t: Term) => has(t, 'Noun', 'Value') && !has(t, 'Pronoun', 'Expression') && t.text.length > 0;

/** Noun-phrase chunks of one sentence, in order: "the 50% deposit", "last year's price". */
export function nounPhrases(sentence: string): { chunks: Chunk[]; terms: Term[] } {
  const ts = terms(parse(sentence));
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < ts.length) {
    // A chunk: (det | possessive | "last"/"next" before a date)? value* adjective{0,3} noun+, ending on a noun.
    let j = i;
    if (j < ts.length && (DETERMINERS.test(ts[j]!.text) || has(ts[j]!, 'Possessive') || (TIME_WORDS.test(ts[j]!.text) && ts[j + 1] && has(ts[j + 1]!, 'Date', 'Possessive')))) j++;
    const bodyStart = j;
    let lastNoun = -1;
    while (j < ts.length) {
      const t = ts[j]!;
      if (!t.text) break;
      if (has(t, 'Pronoun') && !has(t, 'Possessive')) break;
      if (j > i && DETERMINERS.test(t.text)) break; // "January | our unit price"
      if (NOT_IN_CHUNK.test(t.normal)) break;
      if (isNoun(t) || (has(t, 'Possessive') && j > bodyStart)) lastNoun = j;
      else if (!(has(t, 'Adjective', 'Value', 'Gerund', 'Time') || (TIME_WORDS.test(t.text) && ts[j + 1] && has(ts[j + 1]!, 'Date')))) break;
      j++;
      // A comma or full stop after a term ends the phrase.
      if (/[,.;:!?()]/.test(t.post)) break;
    }
    if (lastNoun < bodyStart) { i = Math.max(i + 1, j === i ? i + 1 : j); continue; }
    const first = ts[i]!;
    const last = ts[lastNoun]!;
    const text = sentence.slice(first.start, last.end).replace(/[\s.,;:!?'"|/\\()\[\]-]+$/, '').trim();
    const body = ts.slice(bodyStart, lastNoun + 1);
    const head = last;
    const weak =
      body.some((t) => has(t, 'Person', 'FirstName', 'LastName', 'Honorific')) ||
      body.every((t) => has(t, 'Date', 'Value', 'Month', 'WeekDay', 'Duration')) ||
      WEAK_HEADS.test(head.normal) ||
      (body.length === 1 && has(head, 'ProperNoun') && !DETERMINERS.test(first.text));
    const plural = has(head, 'Plural') && !has(head, 'Uncountable');
    if (text && !/^(?:the|a|an|our|my|your)$/i.test(text)) chunks.push({ text, start: first.start, end: last.end, first: i, last: lastNoun, weak, plural });
    i = lastNoun + 1;
  }
  return { chunks, terms: ts };
}


// What a swap's {topic} may be: a noun phrase the writer wrote with its determiner ("the invoice",
// "your schedule"), about a thing, not a person, a time or a filler word.
const TOPIC_SKIP = /^(?:end|start|beginning|middle|rest|time|times|way|thing|things|anything|something|everything|nothing|lot|bit|point|fact|idea|one|ones|people|guys|sense|kind|sort|matter|moment|trouble|days?|weeks?|months?|years?|hours?|minutes?|today|tomorrow|yesterday|morning|afternoon|evening|night|weekend|record|email|emails|message|note|reply|side|part|question|father|mother|son|daughter|wife|husband|partner|kids?|children|family|friend|friends|boss|team|lawyers?|solicitors?|reason|reasons|staff|crew|managers?|agents?|drivers?|technicians?|engineers?|employees|workers|customers?|clients?|members?|tenants?|landlords?|owners?|officers?|receptionists?|holders?)$/i;
const PLACE_BEFORE = /^(?:at|in|on|near|inside|outside|behind|from)$/;
const EMPHASIS = /^(?:every|each|single|last|first|next|other|same|whole|entire|this|that|these|those|any|all)$/i;

/**
 * The sentence's subject matter for a template ("I'd still like to find a way forward on {topic}"):
 * its last noun phrase led by a determiner or possessive, about a thing, made neutral ("your
 * invoice" -> "the invoice"). Null when it has none, and the template says "this". `first`: the
 * first such phrase instead (a why-question names what it is about early: "Why the invoice say …");
 * `ownStays`: the writer's own thing stays theirs ("my refund").
 */
export function topicOf(sentence: string, { first: firstOne = false, ownStays = false }: { first?: boolean; ownStays?: boolean } = {}): string | null {
  const text = spellOut(sentence);
  const { chunks, terms: ts } = nounPhrases(text);
  let found: string | null = null;
  for (const c of chunks) {
    const lead = ts[c.first]!;
    // Read first, a place is where things happened, not what is asked about ("nobody at the depot checked the trays").
    if (firstOne && c.first > 0 && PLACE_BEFORE.test(ts[c.first - 1]!.normal)) continue;
    if (!(lead.tags.has('Determiner') || lead.tags.has('Possessive')) || /^(?:no|some|another|such|what|which|whatever)$/i.test(lead.normal)) continue;
    const body = ts.slice(c.first + 1, c.last + 1);
    const head = ts[c.last]!;
    if (c.weak || !body.length || TOPIC_SKIP.test(head.normal) || has(head, 'Date', 'Duration', 'Gerund')) continue;
    if (body.some((t) => has(t, 'Person', 'FirstName', 'LastName', 'Actor', 'ProperNoun', 'Pronoun'))) continue;
    // "the cash and carry": a phrase that goes on with "and" is cut short, not a topic.
    const next = ts[c.last + 1];
    const after = ts[c.last + 2];
    if (next?.normal === 'and' && !/[,;:.!?]/.test(head.post) && after && !has(after, 'Determiner', 'Possessive', 'Pronoun')) continue;
    // "every single shipment" -> "the shipment": the topic, without the writer's emphasis.
    const first = body.findIndex((t) => !EMPHASIS.test(t.normal));
    if (first < 0 || body.length - first > 4) continue;
    const det = ownStays && /^(?:my|our)$/i.test(lead.normal) ? lead.normal.toLowerCase() : 'the';
    found = `${det} ${text.slice(body[first]!.start, head.end).replace(/^[A-Z][a-z]+/, (w) => w.toLowerCase())}`;
    if (firstOne) break;
  }
  return found;
}
