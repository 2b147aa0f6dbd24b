// The clause reader's clean-up of a why-demand before it is parsed: texting shorthand spelled out,
// shouting calmed, jabs dropped, a trailing clause or a second question split off. Used by clause.ts.
import { NOT_SHOUTING } from './rules/heat';
import { AUX_WORDS, BE, type Modal, irregularPast, lemmaOf, lexiconOf, world } from './clause-words';

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
  // So on an adverb ("has "accidentally" renewed") and on a word or two before the noun they describe
  // ("two "final" visits", "your "fully serviced" shed"). A quoted status or label stays quoted ("marked "pending"").
  [/"([a-z]+ly)"/g, '$1'],
  [/\b(a|an|the|your|our|their|his|her|its|my|two|three|four|five|several|every)\s+"([a-z][\w'-]*(?: [a-z][\w'-]*)?)"\s+(?!(?:that|which|who|for|of|on|in|at|to|with|from|by|as|and|or|but|when|if|is|are|was|were|since|until|before|after)\b)(?=[a-z])/g, '$1 $2 '],
  [/\b(anyone|anybody|someone|a person|people) with (?:half a brain|any sense|a brain|common sense|an ounce of \w+)\b/gi, '$1'],
  [/\bevery single\b/gi, 'every'], [/\ba single one of\s+/gi, ''], [/\bone single\b/gi, 'one'],
  [/\b(a|an|the) (?:basic|simple|single|straightforward|tiny)\s+(?=(\w))/gi, (_m: string, det: string, next: string) => `${/^the$/i.test(det) ? det : /[aeiou]/i.test(next) ? 'an' : 'a'} `],
  [/\ba word of\s+/gi, ''],
  [/,?\s*(?:on earth|the (?:bloody |flaming |fricking |freaking )?(?:hell|heck|devil)|in the world|in (?:heaven's|god's|god’s) name|in the name of god|on god's green earth|for god's sake|for heaven's sake|for crying out loud|for the love of (?:god|christ|pete|all that is holy|all things holy)|tf|ffs|bloody|flaming)\b,?/gi, ''],
  [/,?\s+in this day and age\b/gi, ''], [/,?\s*in (?:your|their|his|her) (?:infinite|great) wisdom,?/gi, ''], [/,?\s*pray tell,?/gi, ''],
  [/,?\s+as if (?:we|I) (?:were|was|are) made of money\b/gi, ''], [/\bfor the privilege of\b/gi, 'for'],
];

// A threat after the question: going somewhere with it ("taking this to small claims", "posting this on Trustpilot").
const THREAT_ACT = String.raw`go(?:ing)?|take|taking|report|reporting|escalate|escalating|contact|contacting|write|writing|complain|complaining|call|calling|post|posting`;
const THREAT_WHERE = String.raw`(?:small claims|court|ombudsman|lawyers?|solicitors?|legal action|trading standards|regulator|tribunal|the press|social media|ceo|trustpilot|google reviews?|reviews?|online|twitter|facebook|instagram|tiktok|reddit|the internet)`;
const THREAT_AFTER = new RegExp(String.raw`,?\s+(?:given|since|as|because|or|before|otherwise|unless)\b[^,]*\b(?:${THREAT_ACT}|hear from|see you|away from|involve|involving|put|putting|leave|leaving|share|sharing)\b[^,]*\b${THREAT_WHERE}\b.*$`, 'is');
const THREAT_OF_MY_OWN = new RegExp(String.raw`,\s+and\s+(?:i|we)(?:'ll|'m| will| shall| am| are)?\s+(?:be\s+|now\s+|then\s+|going to\s+)?(?:${THREAT_ACT})\b[^,]*\b${THREAT_WHERE}\b.*$`, 'is');

/** Drops a second question or jab the writer tacked on ("…, or is that too much to ask?", "— did nobody check?"). */
export function withoutTail(text: string): string {
  let t = text;
  // A dash that opens a second thought.
  t = t.replace(/\s+[—–]\s+.*$/s, '').replace(/\s+-{1,2}\s+.*$/s, '');
  // Texting with no punctuation: a second sentence run on after the question ("why wasnt i told the ferry
  // was cancelled i drove four hours…", "…still off in block c its been nine days…"). Not after a word
  // that takes a clause or an object ("why did you tell me i was late", "why do you think we were").
  // Only where nothing at all is punctuated, and not inside "every time … I …", where the second part is the clause.
  if (!/[,;:.!?]/.test(t) && !/\b(?:every time|each time|whenever|any time)\b/i.test(t)) {
    t = t.replace(/^((?:\S+\s+){4,}?)(\S+)\s+(?:(?:i|we|they|everyone(?: else)?|my \w+|our \w+)\s+(?:was|were|am|are|drove|waited|have been|had been|had to|have had)\b|(?:it's|its|it has) been\b).*$/is, (m, head: string, last: string) =>
      /^(?:that|when|if|because|cos|since|as|and|but|so|or|where|which|who|after|before|until|till|while|although|though|say|said|tell|told|think|thought|know|knew|hear|heard|mean|meant|guess|feel|felt|hope|realise|realize|me|us|them|him|her|you|why|how|what|whether|unless|cause)$/i.test(last) ? m : `${head}${last}`);
  }
  // ", or/and" + a new question ("or is that", "and who decided", "or should I", "and does someone").
  t = t.replace(/[,;]?\s+(?:or|and)\s+(?:is|are|am|was|were|do|does|did|should|shall|must|can|could|will|would|has|have|had|who|what|why|how|where|when|is there|are there|maybe|perhaps|am I)\b.*$/is, '');
  // ", seriously?", ", again", ", eh", ", mate", ", can check or not".
  t = t.replace(/,\s*(?:seriously|honestly|really|again|eh|na|mate|guys|lah|ok|okay|please|can (?:check|confirm|you check)(?: or not)?|or not|yes|no|right|so it is|so I am|so they are|so it does|so I do|boss)\s*[?!.]*$/i, '');
  // A sarcastic second question: ", is same-day a brand name now?", ", are refunds a myth these days?".
  t = t.replace(/,\s*(?:is|are|was|were)\b[^,?]{1,60}\b(?:now|these days|nowadays|or something|or what)\s*\?+\s*$/i, '');
  // Sarcastic tags: ", genius move?", ", false advertising much?", ", of all places?", ", thanks a lot".
  t = t.replace(/,\s*(?:(?:[\w'-]+\s+){0,3}much|(?:genius|brilliant|great|smart|nice|clever|good)\s+(?:move|idea|work|job|one|plan)|well done|of all (?:places|people|times|things|days)|thanks a lot|cheers for that|lol|smh|huh)\s*[?!.]*$/i, '');
  // ", of all the nights to close it?": the sarcasm after the question.
  t = t.replace(/,\s*of all the \w+(?:\s+(?:to|for|you|they|we|that)\b[^,?!.]*)?\s*[?!.]*$/i, '');
  // "… now that you've got your money": the insinuation after the question.
  t = t.replace(/,?\s+now that (?:you've|you have|you|they've|they have|they) (?:got|had|received|taken|cashed|pocketed|been paid)\b.*$/is, '');
  // An insult as a form of address: ", genius?", ", Einstein?", ", pal?".
  t = t.replace(/,\s*(?:genius|einstein|sherlock|sunshine|pal|buddy|champ|chief|smarty(?:-| )?pants|clown|numpty|muppet)\s*[?!.]*$/i, '');
  // A particle at the end with no comma ("… processed na?", "… fixed eh?", "… lol").
  t = t.replace(/\s+(?:na|eh|lah|leh|po|ba|mate|lol|lmao|smh|tbh|ngl|fr|ffs|pls|plz)\s*([?!.]*)$/i, '$1');
  // Digs and threats after the question: "like every other courier does", "which is literally your job",
  // "and don't tell me it's the weather", "instead of stringing us along", "given I'm one email from court".
  t = t.replace(/\s+like (?:every|any|a) (?:other|normal|real|decent|proper) [\w' -]+?(?: (?:does|do|would|manages|can|could))?\s*([?!.]*)$/i, '$1');
  t = t.replace(/,\s*which is (?:literally |actually |quite |kind of )?(?:your|his|her|their|the) (?:job|role|responsibility|whole job|one job)\b.*$/i, '');
  t = t.replace(/,?\s+and (?:don't|do not) (?:tell me|say|give me|you dare|pretend)\b.*$/is, '');
  t = t.replace(/,?\s+instead of (?:stringing|leading|messing|jerking|fobbing|palming|arguing|blaming|pretending|ignoring|dodging|hiding|lecturing|patronising|patronizing|making excuses|passing the buck|reading (?:from|off) a script|giving (?:me|us) the runaround|bouncing (?:me|us))\b.*$/is, '');
  t = t.replace(THREAT_AFTER, '');
  // ", and I will be going to the ombudsman …": the threat as a statement of its own.
  t = t.replace(THREAT_OF_MY_OWN, '');
  // A second question after a comma ("…, is it fair at all?", "…, or doesn't that count?", "…, honestly what are we paying you for").
  t = t.replace(/,\s*(?:(?:or|and)\s+(?:who|where|which)|(?:who|where)(?:'s|\s+(?:is|are|was|will|would|did|does|decided|thought|signed|approved|authorised|authorized)\b)|(?:or\s+|and\s+)?(?:honestly\s+|seriously\s+|frankly\s+)?(?:(?:is|are|was|were|do|does|did|doesn't|don't|didn't|isn't|can|could|has|have|will|would|should)\s+(?:it|that|this|there|he|she|they|we|you|i|anyone|anybody|nobody|someone|everyone|the|your|my|our|a|no|words)|what|how|why))\b[^,]*[?!]*\s*$/i, (m, at: number) => {
    const head = t.slice(0, at);
    // Not the why-question itself ("Seriously, why would you?"), nor the question after an aside
    // ("Why, if the venue knew in March, were we not offered an alternative?").
    if (!/\b(?:why|how come)\b/i.test(head)) return m;
    // The aside may hold commas of its own ("Why, after two visits, a call and a complaint, has nobody …"):
    // it is an aside while no verb of a question stands in it.
    const afterWhy = head.slice(head.search(/\bwhy\s*,/i));
    const aside = /\bwhy\s*,/i.test(head) && ((afterWhy.match(/,(?!\d)/g) ?? []).length === 1 || !/\b(?:is|are|am|was|were|do|does|did|has|have|had|can|could|will|would|should|must)\b/i.test(afterWhy));
    return aside ? m : '';
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
    return { main: text.slice(0, fact.index), second: null, keep: fact[1]!.trim().replace(/[.!]+$/, '') };
  }
  if (/\b(?:is it that|whenever|every time|each time)\b/i.test(text)) return { main: text, second: null };
  const spliced = splicedStatement(text);
  if (spliced) return { main: spliced.main, second: null };
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

/**
 * A statement spliced onto the question with a comma ("why wasnt i told the tour was cancelled, i
 * drove two hours to get there"): the calm question ends before it. The statement is left out, not
 * carried: it is often the jab ("…, it's not like we cook or anything"), and the writer's draft
 * keeps whatever follows the question. Not an aside after "why" ("Why, we asked in March, …"), nor
 * "I wonder", "I mean" and the like, nor a short tag.
 */
function splicedStatement(text: string): { main: string } | null {
  const m = /,\s+((?:i|we|it|its|it's|it’s|i've|i’ve|i'm|i’m|we've|we’ve|we're|we’re|they|they've|they’ve|they're|they’re|there's|there’s|that's|that’s|he|she)\s+(?!(?:wonder|mean|guess|suppose|reckon|think|ask|assume|presume|take it|hope|bet)\b)[^,]*?)[\s?!.]*$/i.exec(text);
  if (!m) return null;
  const head = text.slice(0, m.index);
  const afterWhy = /\b(?:why|how come)\b(.*)$/is.exec(head);
  // The question needs its own clause before the comma, and the statement needs words enough to be one.
  if (!afterWhy || afterWhy[1]!.trim().split(/\s+/).length < 3 || /^\s*,/.test(afterWhy[1]!)) return null;
  if (m[1]!.split(/\s+/).length < 3) return null;
  return { main: `${head}?` };
}

/** Takes jab words out of a phrase and tidies its spaces. */
export function calmPhrase(text: string): string {
  let t = text;
  for (const [re, to] of JAB_PHRASES) t = t.replace(re, to as string);
  return t.replace(/\s{2,}/g, ' ').trim();
}
