// Shapes of language that word patterns cannot express: shouting in capitals, and the short
// echo question that mirrors the other side's words. Each takes a sentence (quotes normalised)
// and returns the span it found, or null.
import type { Span } from './nlp';
import { isAcronym } from './lexicon';


// Capitals are shouting when they carry heat; old habits write friendly notes and legal text in caps too.
const HOSTILE = /\b(?:NOT?|NEVER|ALWAYS|AGAIN|NOW|IMMEDIATELY|STOP|ENOUGH|WRONG|WHY|WHAT|HOW DARE|DON'?T|CAN'?T|WON'?T|UNACCEPTABLE|RIDICULOUS|SERIOUSLY|FAULT|JOKE|INCOMPETENT|USELESS|READ|LISTEN|DEMAND|REFUSE|LAST|FINAL|WARNING|STILL|YET|ANSWER|UNBELIEVABLE|OUTRAGEOUS|RUDE|LIES|LIAR|WANT|NEED|MUST|TODAY|TONIGHT|RESOLVED|FIXED|REFUND|UNDERSTAND|SUPPOSED|ASKED|TIMES?|THIRD|FOURTH|FIFTH|EVER|WHERE|WHEN|WHO|PROPERLY|ALREADY)\b/;
const FRIENDLY = /\b(?:THANKS?|THANK YOU|PLEASE|CONGRAT\w*|WELCOME|HAPPY|FUN|NOTE|NOTICE|REMINDER|IMPORTANT|CONFIDENTIAL|HELLO|HI|DEAR|BIRTHDAY|PARTY|LUNCH|FREE)\b/;

/** Three or more words in capitals, making most of the sentence and carrying heat: "THIS IS UNACCEPTABLE!!!". */
function shouting(sentence: string): Span | null {
  const words = [...sentence.matchAll(/[A-Za-z][A-Za-z']*/g)];
  if (words.length < 2 || words.length > 30) return null;
  if (FRIENDLY.test(sentence) || !(HOSTILE.test(sentence) || /[!?]{2,}/.test(sentence))) return null;
  const caps = words.filter((w) => w[0].length >= 2 && w[0] === w[0].toUpperCase());
  // Known acronyms are not shouting; any other word in capitals is.
  const loud = caps.filter((w) => !isAcronym(w[0]));
  if (caps.length < 3 || loud.length < 1 || caps.length / words.length < 0.6) return null;
  const first = caps[0]!;
  const last = caps[caps.length - 1]!;
  let end = last.index! + last[0].length;
  while (end < sentence.length && /[!?]/.test(sentence[end]!)) end++;
  // "I NEED THIS…": the shouted run starts at its "I", or the calmed swap would read "I Need this".
  const before = /\bI\s+$/.exec(sentence.slice(0, first.index!));
  return { start: before ? before.index : first.index!, end };
}

// Echo questions that are not mirrors: sarcasm and small talk.
const NOT_A_MIRROR = /^(?:really|seriously|again|why|how|what|when|where|who|which|yes|no|ok|okay|right|sorry|thoughts|anyone|any (?:thoughts|news|update|updates|luck)|and you|you|hello|hi)\b/i;
const AUXILIARY_START = /^(?:am|is|are|was|were|do|does|did|can|could|will|would|shall|should|may|might|must|have|has|had|isn't|aren't|don't|doesn't|didn't|can't|won't|wouldn't|couldn't|shouldn't|haven't|hasn't)\b/i;

/** A short question of two to five words with no verb up front: "A global decision?" */
function echoQuestion(sentence: string): Span | null {
  const body = sentence.replace(/^[\s.…]+/, '').trim();
  if (!/\?\s*$/.test(body) || /[!]/.test(body)) return null;
  const words = body.replace(/[?.…]+$/, '').trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return null;
  if (NOT_A_MIRROR.test(body) || AUXILIARY_START.test(body) || /^another\b/i.test(body)) return null;
  const start = sentence.indexOf(body);
  return { start, end: start + body.length };
}

const POSITIVE = /\b(?:thanks?|thank you|great|awesome|congrat\w*|love|wonderful|happy|yay|excellent|welcome|glad|cool|nice|amazing|fantastic|brilliant|perfect|lovely|excited|exciting|beautiful|fun|wow|hooray|cheers|enjoy|hope|best|good luck|well done|woo+|yes)\b/i;

const NEGATIVE = /\b(?:not|no|never|again|still|late|wrong|unacceptable|ridiculous|why|stop|enough|nothing|nobody|can't|won't|don't|didn't|isn't|wasn't|haven't|hasn't|ever|seriously|really|even|properly|this time|read)\b|n't\b/i;

/** Three or more "?" or "!" in a row, or "?!", when nothing friendly is around: "Was this even checked???" */
function exasperatedPunctuation(sentence: string): Span | null {
  const m = /(?:[?!]*\?[?!]*!|[?!]*![?!]*\?)[?!]*|[?!]{3,}/.exec(sentence);
  if (!m || POSITIVE.test(sentence) || /[\u{1F600}-\u{1F64F}]|[:;]-?[)D]/u.test(sentence)) return null;
  // A run of "!" alone is often enthusiasm; it is shouting when the sentence complains.
  if (!m[0].includes('?') && !NEGATIVE.test(sentence)) return null;
  return { start: m.index, end: m.index + m[0].length };
}

export const DETECTORS = { shouting, echoQuestion, exasperatedPunctuation } as const;
export type DetectorName = keyof typeof DETECTORS;
