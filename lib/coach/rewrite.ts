// Calibrated rewrites built from the sentence itself: the clause inside the "why" is read (subject,
// tense, negation, voice, verb, what follows: `clause.ts`) and put into the frame that fits what was
// asked, with the verb in the form that frame needs. "Why can't you deliver by Friday?" -> "What would
// it take to deliver by Friday?"; "Why should we pay for X?" keeps its refusal ("What makes it fair to
// ask us to pay for X?"). When no frame fits cleanly, a sound general question stands in.
import { isAcronym, SHOUTED_WORDS_TOO } from './lexicon';
import { basePhrase, calmPhrase, gerundOf, gerundPhrase, isBaseVerbWord, readWhy, spellOut, splitSecond, withoutTail, type WhyClause } from './clause';
import { parse as parseWords, terms, type Doc } from './nlp';
import { topicOf } from './noun-phrases';

/** The frames that fit a clause, best first. */
function framesFor(c: WhyClause): string[] {
  const s = c.subject!;
  const you = s.kind === 'you';
  const base = basePhrase(c);
  const ger = gerundPhrase(c);
  // The subject before a gerund or infinitive: "the invoice showing", "us being charged"; none for "you".
  const withSubject = (phrase: string) => (you ? phrase : `${s.object} ${phrase}`);
  const forSubject = you ? '' : ` for ${s.object}`;
  const out: string[] = [];

  if (s.kind === 'it' && c.copula && /^(?:so |too |really |this |that )?(?:hard|difficult|impossible|complicated|tough|long|slow)\b/i.test(c.rest)) {
    // "Why is it so hard for your team to send …" -> "What's making it so hard for your team to send …"
    out.push(`What's making it ${c.rest}?`);
    return out;
  }
  if (s.kind === 'it' && c.copula && !c.negative && !c.adverbs && (/\b(?:has|have|is|are|was|were|does|do|did|keeps|gets)\b/.test(c.rest.split(/\s+/).slice(1, 5).join(' ')) || /^(?:you|we|they|I|he|she|your|our)\s/i.test(c.rest)) && !/^(?:that|who)[\s,]/i.test(c.rest)) {
    // "Why is it the engineer has to come out twice?": a cleft without its "that".
    out.push(`How does it come about that ${c.rest}?`);
    return out;
  }
  if (s.kind === 'it' && c.copula && !c.negative && !c.adverbs && /\bto\s/.test(c.rest) && !/^(?:that|who)[\s,]/i.test(c.rest)) {
    // "Why is it my responsibility to chase …" -> "What makes it my responsibility to chase …"
    out.push(`What makes it ${c.rest}?`);
    return out;
  }
  const deemed = /^(?:considered|thought|deemed|judged|felt) (?:acceptable|ok|okay|fine|appropriate|reasonable|necessary|a good idea) to (\S+)(.*)$/i.exec(c.rest);
  if (s.kind === 'it' && c.passive && deemed && !c.negative) {
    // "Why was it considered acceptable to send the final notice first?" -> "What was the thinking behind sending …"
    out.push(`What was the thinking behind ${gerundOf(deemed[1]!.toLowerCase())}${deemed[2]}?`);
    return out;
  }
  if (s.kind === 'it' && c.lemma === 'become' && !c.negative) {
    // "Why has it become my job to chase your suppliers?" -> "What's made it my job to chase your suppliers?"
    out.push(`What${c.tense === 'perfect' ? "'s" : ''} ${c.tense === 'present' ? 'makes' : 'made'} it ${c.rest}?`);
    return out;
  }
  if (s.kind === 'it' && !c.copula && !c.passive && (c.tense === 'present' || c.tense === 'past') && !c.negative && !c.modal) {
    // "Why does it take two weeks to answer?" -> "What makes it take two weeks to answer?"; "did it" -> "made it".
    out.push(`What ${c.tense === 'past' ? 'made' : 'makes'} it ${base}?`);
    return out;
  }
  if (s.kind === 'it' && c.copula && /^that[\s,]/i.test(c.rest)) {
    // "Why is it that every time …" -> "How does it come about that every time …"
    out.push(`How does it come about ${c.rest}?`);
    return out;
  }
  // Only about people: a slow connection is not a judgement; "useless" or "incompetent" is, of anything of theirs.
  const aboutThem = you || /^(?:your |the |their )?(?:team|staff|people|department|company|side|lot|guys|manager|managers|support team)$/i.test(s.text);
  const judgedWord = c.copula && !c.negative ? JUDGEMENT.exec(c.rest) : null;
  const judged = judgedWord && (aboutThem || (/^your\s/i.test(s.text) && !/^(?:difficult|hard|slow|complicated)$/i.test(judgedWord[2]!))) ? judgedWord : null;
  if (judged) {
    // "Why are you being so difficult?" puts a label on them; ask about the obstacle instead.
    out.push(/^(?:difficult|hard|slow|complicated)$/i.test(judged[2]!) ? `What's making this ${judged[1] ?? ''}${judged[2]!.toLowerCase()} on your side?` : "What's making this hard on your side?");
    return out;
  }
  if (s.kind === 'there') {
    // "Why is there still no update on the ticket?" -> "What's holding up an update on the ticket?"
    const m = /^(?:still\s+)?no\s+(.+)$/i.exec(c.rest);
    // Word from them is held up ("an update"); a thing is missing ("handrails on the stairwell").
    if (m && WORD_FROM_THEM.test(m[1]!)) out.push(`What's holding up ${article(m[1]!)}${m[1]}?`);
    else if (m) out.push(`What's getting in the way of having ${article(m[1]!)}${m[1]}?`);
    // "Why is there still a tarp where the roof should be?": with "still", the state itself is the question.
    else if (c.copula && c.adverbs) out.push(`What's behind there ${c.adverbs} being ${c.rest}?`);
    else if (c.copula) out.push(`What's behind ${c.rest.replace(/^(?:a|an)\s/i, 'the ')}?`);
    return out;
  }

  const okay = /^(?:that\s+)?it (?:was|is|would be) (?:ok|okay|fine|acceptable|alright|all right|appropriate|a good idea|reasonable|right) to (\S+)(.*)$/i.exec(c.rest);
  if (c.lemma === 'think' && okay && !c.negative) {
    // "Why did you think it was okay to share my number?" -> "What was the thinking behind sharing my number?"
    out.push(`What was the thinking behind ${gerundOf(okay[1]!.toLowerCase())}${okay[2]}?`);
    return out;
  }
  if (c.modal === 'should' || c.modal === 'must' || (c.modal === 'would' && s.kind === 'we')) {
    // A refusal or a challenge to an obligation stays one.
    if (c.negative) {
      // "Why shouldn't I take this to the ombudsman?" is a threat; the calm question asks how to settle it.
      if (s.kind === 'we' && ESCALATION.test(base)) out.push('What would it take to resolve this between us?');
      else if (s.kind === 'we') out.push(`What would make it unnecessary for ${s.object} to ${base}?`);
      else out.push(`What would make it a bad idea${forSubject} to ${base}?`);
      return out;
    }
    // "Why would we pay for the extra hours when your team caused the overrun?" objects to fairness, not price.
    const objection = /^(?:pay|cover|foot|absorb|fund|subsidise|subsidize|bear|accept|settle)$/.test(c.lemma) && /\b(?:when|if|given|after|since|because|while)\b/i.test(c.rest);
    // "Why should the department get another extension?": what they would receive, not be asked to do.
    const receives = /^(?:get|receive|have|win|earn|gain|be)$/.test(c.lemma);
    if (c.modal === 'must') out.push(`What makes it necessary for ${s.object} to ${base}?`);
    else if (c.passive || c.copula || (s.kind !== 'we' && receives)) out.push(`What makes it fair for ${s.object} to ${base}?`);
    else if (s.kind === 'we' && /^(?:trust|believe)$/.test(c.lemma)) out.push(`What would help ${s.object} ${base}?`);
    // Staying a customer without a complaint in the sentence asks what would make it worth it; a refusal asks what justifies it.
    else if ((c.modal === 'would' || s.kind === 'we' && STAYING.test(c.lemma) && !/\b(?:when|if|given|after|since|because|while|no|none|nobody|never|not|n't)\b/i.test(c.rest)) && !objection) out.push(`What would make it worthwhile for ${s.object} to ${base}?`);
    else out.push(`What makes it fair to ask ${s.object} to ${base}?`);
    return out;
  }
  if (c.modal === 'would' && !c.negative) {
    // "Why would you book …" asks for the thinking; "Why would anyone agree to …" doubts the case for it.
    // A plain mistake ("send it to the wrong client") was not thought through: ask what led to it.
    if (/^(?:think|believe|expect|assume|imagine)$/.test(c.lemma)) out.push(`What makes ${s.object} ${base}?`);
    else if (you && MISTAKE.test(c.rest)) out.push(`What led you to ${base}?`);
    else if (s.kind === 'anyone') out.push(`What's the case for ${ger}?`);
    else if (you) out.push(`What's the thinking behind ${ger}?`);
    // "Why would the franchise agree to a rent review?" doubts a decision; others ask for the thinking.
    else if (DECISION.test(c.lemma)) out.push(`What's the case for ${withSubject(ger)}?`);
    else out.push(`What's the thinking behind ${withSubject(ger)}?`);
    return out;
  }

  if (c.negative) {
    const someone = s.kind === 'anyone' && c.modal ? { ...s, object: s.object.replace(/^any(one|body)?\b/i, (m) => (m.toLowerCase() === 'any' ? 'some' : 'someone')) } : s;
    // "Why couldn't the driver wait?", "Why wouldn't you tell us?": something that did not happen.
    if (c.modal === 'could' || c.modal === 'would' && /^(?:tell|mention|say|inform|warn|let|ask|call|reply|answer|explain)$/.test(c.lemma)) {
      out.push(`What got in the way of ${withSubject(ger).replace(/^someone\b/, 'anyone')}?`);
      return out;
    }
    if (c.modal === 'can' || c.modal === 'will' || c.modal === 'would' || c.modal === 'shall' || c.modal === 'may' || c.modal === 'might') {
      out.push(`What would it take${someone.kind === 'you' ? '' : ` for ${someone.object}`} to ${base}?`);
      return out;
    }
    if (s.kind === 'we' && c.tense === 'present' && !c.copula && !c.passive && !c.progressive) {
      // "Why don't we split the order?" is a suggestion.
      // A way forward: offered as a proposal, then as a question of how.
      out.push(`What if we ${base}?`, `How can we ${base}?`);
      return out;
    }
    if (c.tense === 'past') out.push(`What got in the way of ${withSubject(ger)}?`);
    // "Why hasn't anyone called since Monday?": what has been in the way all that time.
    else if (c.tense === 'perfect' && TIME_SPAN.test(c.rest)) out.push(`What's been getting in the way of ${withSubject(ger)}?`);
    else out.push(`What's getting in the way of ${withSubject(ger)}?`);
    return out;
  }

  if (c.modal === 'can' || c.modal === 'could') {
    // "How come the dealer down the road can fit it for half?" -> "How is the dealer down the road able to fit it for half?"
    const are = you || s.kind === 'we' || /^(?:they|these|those)$/i.test(s.text) || /[^s]s$/i.test(s.text.split(/\s+/).slice(-1)[0]!) && !/\bof\b/.test(s.text);
    const who = s.kind === 'we' ? s.text.replace(/^I$/, 'I') : s.text;
    out.push(`How ${who === 'I' ? 'am' : are ? 'are' : 'is'} ${who} able to ${base}?`);
    return out;
  }
  if (c.modal === 'might' || c.modal === 'may') {
    out.push(`What makes it necessary${forSubject} to ${base}?`);
    return out;
  }
  if (c.tense === 'perfect') {
    out.push(you || s.kind === 'we' ? `What's led ${s.object} to ${base}?` : `What's led to ${withSubject(ger)}?`);
    return out;
  }
  if (c.tense === 'past') {
    // What happened to the writer was not their choice: "What led to me still sitting in the waiting area?"
    if (c.passive || c.copula || s.kind === 'anyone' || s.kind === 'we' || /^(?:get|receive|have|miss|hear|see|win)$/.test(c.lemma)) out.push(`What led to ${s.object} ${ger}?`);
    else out.push(`What led ${s.object} to ${base}?`);
    return out;
  }
  // Present and future.
  if (c.lemma === 'refuse' && /^to\s/i.test(c.rest)) {
    const after = c.rest.split(/\s+/).slice(2).join(' ');
    const refused = gerundPhrase({ ...c, lemma: c.rest.split(/\s+/)[1]!.toLowerCase(), rest: after, restBase: after, restGerund: after, adverbs: '' });
    out.push(`What's getting in the way of ${withSubject(refused)}?`);
    return out;
  }
  if (c.lemma === 'wait' && (c.progressive || c.adverbs)) {
    out.push(`What's keeping ${s.object} waiting ${c.rest}?`);
    return out;
  }
  if ((c.lemma === 'need' || c.lemma === 'require') && !/^to\s/i.test(c.rest) && !c.progressive && !c.passive && c.tense === 'present') {
    // "Why do you need my passport to book a visit?" -> "What makes my passport necessary to book a visit?"
    const toVerb = /\sto\s+([a-z]+)/i.exec(c.rest);
    const at = [toVerb && isBaseVerbWord(toVerb[1]!) ? toVerb.index : -1, c.rest.search(/\s(?:when|if|after|before|since|because|while)\s|,/)].filter((x) => x > 0).sort((a, b) => a - b)[0] ?? -1;
    // "as well" and "too" go after "necessary": "What makes a copy of the certificate necessary as well?"
    const np = (at > 0 ? c.rest.slice(0, at) : c.rest).replace(/\s+(as well|too|also|again)$/i, '');
    const also = (at > 0 ? c.rest.slice(0, at) : c.rest).slice(np.length);
    // "a change of address requires three forms" -> "What makes three forms necessary for a change of address?"
    const who = you || s.kind === 'we' ? '' : ` for ${s.object}`;
    out.push(`What makes ${np} necessary${who}${also}${at > 0 ? c.rest.slice(at) : ''}?`);
    return out;
  }
  if ((c.lemma === 'have' || c.lemma === 'need') && /^to\s/i.test(c.rest)) {
    // "Why do we have to resubmit everything?" -> "What makes it necessary for us to resubmit everything?"
    out.push(`What makes it necessary${forSubject} ${c.rest}?`);
    return out;
  }
  // Things that happen to the subject ("the client getting the discount", "my payslip missing the leave").
  if (c.copula || c.passive || c.adverbs || /^(?:get|receive|have|miss|lack|lose|face|hear|see)$/.test(c.lemma) && c.progressive) {
    out.push(`What's behind ${s.object} ${ger}?`);
    return out;
  }
  if (s.kind === 'we') {
    // What happens to the writer is caused, not prompted ("What's causing us to keep getting the wrong sizes?").
    out.push(`What's causing ${s.object} to ${base}?`);
    return out;
  }
  out.push(s.person ? `What's prompting ${s.object} to ${base}?` : `What's causing ${s.object} to ${base}?`);
  return out;
}

// Decisions a writer doubts anyone would take ("Why would the franchise agree to …?").
const DECISION = /^(?:agree|accept|sign|pay|approve|vote|commit|buy|invest|choose|trust|believe|renew|hire|back|support|fund)$/;
// Staying a customer: "Why should I renew with you?" asks what would make it worth it.
const STAYING = /^(?:renew|stay|choose|recommend|buy|use|return|remain|upgrade|book|fly|shop|order)$/;
// A stretch of time in the question ("since Monday", "for three weeks"), which wants "has been".
const TIME_SPAN = /\b(?:since|for (?:\w+ )?(?:days|weeks|months|years|hours|ages|so long)|running|all (?:day|week|month|year)|so long|yet)\b/i;
// What the other side sends or says, which can be held up ("an update", "a reply").
const WORD_FROM_THEM = /^(?:an? |any )?(?:update|reply|response|answer|decision|news|word|feedback|confirmation|refund|payment|quote|invoice|callback|call|email|explanation|date|timeline|estimate)s?\b/i;
// Going over their head: a threat, whatever the wording around it.
const ESCALATION = /\b(?:ombudsman|court|small claims|lawyer|solicitor|legal|regulator|tribunal|trading standards|press|media|ceo|director|head office|escalate|report|sue|complain|elsewhere|(?:local )?(?:news)?papers?|journalists?|public(?:ly)?|reviews?|forums?|community page|facebook|twitter|instagram|tiktok|reddit|online)\b/i;
// A plain mistake, not a choice to ask the thinking behind.
const MISTAKE = /\b(?:wrong|by mistake|the incorrect|twice|again)\b/i;
// Words that judge the person rather than describe the situation.
const JUDGEMENT = /^((?:so|this|that|being so|being|always so|always|still so|still|such) )?(difficult|hard|slow|complicated|rude|unhelpful|unreasonable|incompetent|lazy|useless|hopeless|pathetic|rubbish|terrible|awful|stubborn|defensive|aggressive|hostile|dismissive|unprofessional|careless|sloppy|clueless|disorganised|disorganized|arrogant|obstinate|evasive|inflexible)\b/i;

function article(np: string): string {
  if (/^(?:the|a|an|any|my|our|your|their|his|her|its)\s/i.test(np) || /s$/i.test(np.split(/\s+/)[0]!)) return '';
  // Mass nouns take none: "having hot water", "holding up access".
  const head = np.split(/\s+(?:in|on|at|for|of|from|with|after|to|since|before|when)\s/i)[0]!.split(/\s+/).pop()!.toLowerCase();
  if (/^(?:water|power|heating|electricity|gas|wifi|internet|information|news|advice|money|access|equipment|furniture|feedback|progress|help|support|parking|signal|light|progress|word|light|heat|service|cover|insurance)$/.test(head)) return '';
  return /^[aeiou]/i.test(np) ? 'an ' : 'a ';
}

/** The writer's lowercase place, day and month names ("glasgow"), read from the sentence's own parse. */
function lowercaseNames(doc: Doc): Set<string> {
  return new Set(terms(doc).filter((t) => /^[a-z]/.test(t.text) && ['City', 'Country', 'Region', 'WeekDay', 'Month'].some((g) => t.tags.has(g))).map((t) => t.text));
}

function q(s: string, names: ReadonlySet<string>): string {
  let t = s.replace(/\s+/g, ' ').replace(/\s+([,?])/g, '$1').trim().replace(/[\s,;:]+\?$/, '?').replace(/\?+$/, '?');
  // A writer's lowercase "glasgow" is spelt with its capital in a suggestion.
  if (names.size) t = t.replace(/[a-z][\w'-]*/g, (w) => (names.has(w) ? w[0]!.toUpperCase() + w.slice(1) : w));
  // So is the letter that names a block, gate or room ("block c" -> "block C"); not "a" or "i", which are words.
  t = t.replace(/\b(block|room|gate|unit|flat|building|level|floor|platform|terminal|wing|row|section|zone|bay|hall|ward|stand|pier|lot)\s+([b-hj-z])\b(?!['’-])/gi, (_, place: string, letter: string) => `${place} ${letter.toUpperCase()}`);
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** The general questions that stand in when no frame fits; judged findings put them after the specific ones. */
export const GENERIC_WHY = ['What would need to be different for this to work?', 'How could we make this work for you?'];

/** What a generator gets: the sentence, its parse (made on demand) and the text a swap replaces. */
export interface GeneratorInput { sentence: string; doc: () => Doc; target: string }

// Nouns that name a fault in the reader ("Why the attitude?").
const JAB_NOUN = /^(?:attitude|tone|rudeness|nonsense|drama|excuses|runaround|games|silent treatment|cheek|audacity)\b/i;
// "Why not?", "Why the delay?", "Why not sign now?": shapes with no clause to read.
const WHY_NOT_VERB = /^(.*?)\bwhy\s+not\s+(?!\?|$)(.+?)[\s?!.]*$/i;
const WHY_NOUN = /^\s*(?:so\s+|but\s+|and\s+)?(?:why|y)\s+(?:on earth\s+|the hell\s+)?(?:still\s+)?(the|this|that|such|all|so much|this much|these|those|no|a|an)\s+(.+?)[\s?!.]*$/i;
const WHAT_POSSESSED = /^(.*?)\bwhat\s+(?:exactly\s+|on earth\s+)?(?:possessed|prompted)\s+(you|them|him|her|(?:the|your|our|their|this|that)\s+[\w' -]+?)\s+to\s+(.+?)[\s?!.]*$/i;

/** Rewrites a "why" demand (direct, "why not", "how come" or embedded) as How/What questions. */
function calibratedWhy({ sentence, doc }: GeneratorInput): string[] {
  // The first question only ("why no reply??? its been 10 days").
  let first = sentence.split(/(?<=[?!])\s+/)[0]!;
  // "I hope this is okay to ask, but why was I …": the lead-in is the writer's softener; the question starts at "why".
  const leadIn = /^([^?]*?),\s*(?:but|so)\s+(?=(?:why|how come)\b)/i.exec(first);
  if (leadIn && !/\b(?:why|how come)\b/i.test(leadIn[1]!)) first = first.slice(leadIn[0].length).replace(/^./, (m) => m.toUpperCase());
  const plain = withoutTail(calmPhrase(spellOut(first)));
  const out: string[] = [];
  const noun = WHY_NOUN.exec(plain);
  const notVerb = WHY_NOT_VERB.exec(plain);
  // "Why not?" answers a refusal; a bare "Why?", "Why though?", "Seriously, why would you?" asks for the thinking.
  if (/^\s*(?:so\s+|but\s+|and\s+)?(?:why|y)\s+not[\s?!.,]*(?:exactly|though)?[\s?!.]*$/i.test(plain)) return GENERIC_WHY;
  if (/^\s*(?:[\w']+,?\s+)?(?:so\s+|but\s+|and\s+)?(?:why+|y)(?:[\s,]+(?:though|exactly|genuinely|honestly|seriously|really|is that|was that|would you|would they|would he|would she|did you|do that|on earth))*[\s?!.,]*(?:(?:out of )?(?:interest|curiosity)|exactly|though|then)?[\s?!.]*$/i.test(plain)) return ["What's the thinking behind that?", ...GENERIC_WHY];
  const now = /^\s*(?:but\s+|so\s+|and\s+)?why\s+(now|me|us|this week|today)\b[,\s]*(.*?)[\s?!.]*$/i.exec(plain);
  if (now) {
    // "Why now, after eight years as a customer?" -> "What's changed now, after eight years as a customer?"
    const tail = now[2] ? `, ${now[2]}` : '';
    return [/^(?:me|us)$/i.test(now[1]!) ? `What makes this fall to ${now[1]!.toLowerCase()}${tail}?` : `What's changed ${now[1]!.toLowerCase()}${tail}?`, ...GENERIC_WHY];
  }
  // "Why don't you just admit you lost the parcel?" demands a confession; the calm question asks about the parcel.
  const confess = /\bwhy\s+(?:don't|do not|won't|will not|can't|cannot|not)\s+(?:you|they|he|she|your [\w-]+)\s+(?:just\s+|simply\s+)?(?:admit|own up|confess|come clean)\b(?:\s+(?:to|that|about))?\s+(.+)$/i.exec(plain);
  const confessed = confess ? topicOf(confess[1]!, { first: true, ownStays: true }) : null;
  if (confessed) return [`What's going on with ${confessed}?`, ...GENERIC_WHY];
  const late = notVerb && /\b(?:from the start|at the start|in the first place|earlier|sooner|before|at the time|back then)\b/i.test(notVerb[2]!);
  if (late) {
    // "Why not just say no from the start?" asks about what did not happen.
    const [verb, ...more] = notVerb![2]!.replace(/^(?:just|simply)\s+/i, '').split(/\s+/);
    out.push(`What got in the way of ${gerundOf(verb!.toLowerCase())} ${more.join(' ')}?`);
  } else if (notVerb && !/\b(?:is|are|was|were|do|does|did|can|could|will|would|has|have|should)$/i.test(notVerb[2]!.split(/\s+/)[0]!)) {
    out.push(`What would it take to ${notVerb[2]}?`, `What if we ${notVerb[2]}?`);
  } else if (noun && !verbBeforeClause(noun[2]!)) {
    const [det, np] = [noun[1]!.toLowerCase(), noun[2]!];
    if (det === 'no') out.push(`What's holding up ${article(np)}${np}?`);
    // "Why the attitude on the phone?" names a fault; ask what happened.
    else if (JAB_NOUN.test(np)) out.push(`What happened${np.replace(JAB_NOUN, '').replace(/^\s*/, ' ')}?`.replace(/ \?$/, '?'));
    else out.push(`What's behind ${det === 'a' || det === 'an' ? 'the' : det} ${np}?`, `What led to ${det === 'a' || det === 'an' ? 'the' : det} ${np}?`);
  } else {
    const possessed = WHAT_POSSESSED.exec(plain);
    if (possessed) {
      const c = readWhy(`Why did ${possessed[2]} ${possessed[3]}?`);
      if (c) out.push(`What was the thinking behind ${gerundPhrase(c)}?`);
    } else {
      const { main, second, keep } = splitSecond(spellOut(first));
      const c = readWhy(main);
      const also = second ? readWhy(second) : null;
      if (c) {
        // "Tom, why did you …" keeps its greeting: "Tom, what led you to …".
        const greeting = /^\s*((?:(?:hi|hello|hey|dear)\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?),\s*(?:so\s+|but\s+)?why\b/.exec(first);
        const named = greeting && !/^(?:why|how|what|so|but|and|ok|okay|well|look|listen|honestly|seriously|sorry|please|again|then|now|also|guys|precisely|exactly)$/i.test(greeting[1]!) ? greeting[1]! : '';
        const lead = [named, c.fronted].filter(Boolean).map((x) => `${x}, `).join('').replace(/^./, (m) => m.toUpperCase());
        let frames = framesFor(c).map((f) => (lead ? lead + f.charAt(0).toLowerCase() + f.slice(1) : f));
        // "… and nobody called me": the second complaint is asked about too.
        const then = also ? framesFor(also)[0] : undefined;
        if (then && frames[0]) frames = [`${frames[0].replace(/\?$/, '')}, and ${then.charAt(0).toLowerCase()}${then.slice(1)}`, ...frames];
        else if (keep && frames[0]) frames = [`${frames[0].replace(/\?$/, '')}, and ${keep}?`, ...frames];
        out.push(...frames);
      }
    }
  }
  const names = lowercaseNames(doc());
  const sound = out.map((s) => q(s, names)).filter((s) => s.length > 3 && !brokenShape(s));
  if (sound.length) return [...new Set(sound)];
  // No frame reads the clause ("Why the invoice say forty thousand when …", "Why wunna keep …"): ask
  // about what it names rather than a general question that may not fit the situation.
  const topic = topicOf(first, { first: true, ownStays: true });
  return topic ? [q(`What's going on with ${topic}?`, names), ...GENERIC_WHY] : GENERIC_WHY;
}

/** "the need for a third interview when the manager said yes": a verb before any "when" means a clause, not a noun phrase. */
function verbBeforeClause(rest: string): boolean {
  const head = rest.split(/\b(?:when|if|after|before|since|while|given|although|because)\b|,/i)[0]!;
  // The noun itself may read as a verb ("the delay", "the need"); only the words after it count.
  const ts = terms(parseWords(head));
  return ts.slice(1).some((t, k) => t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Participle') && ts[k]?.normal !== 'to');
}

// Past forms that cannot follow "to" ("What led the price to went up"); regular ones end in -ed.
const IRREGULAR_PAST = /^(?:went|got|was|were|did|made|took|gave|came|left|told|said|sent|paid|brought|bought|thought|knew|saw|kept|held|ran|wrote|chose|broke|spoke|forgot|lost|sold|built|began|became|drove|threw|grew|drew|fell|felt|meant|met|stood|understood|won|hung)$/i;
const PRONOUN_OR_PREPOSITION = /^(?:u|ur|i|we|he|she|they|from|with|of|in|on|at|by|about|into|during|without|than)$/i;

// -ing words that "being" may stand before: states, not verbs ("still being pending", "being missing").
const ING_STATES = /^(?:thing|nothing|something|everything|anything|pending|outstanding|missing|ongoing|lacking|remaining|wanting|existing)$/;

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
    if (a === 'being' && /ing$/.test(b) && !ING_STATES.test(b)) return true;
  }
  return false;
}


/** "THIS IS UNACCEPTABLE!!!" -> "This is unacceptable." Acronyms stay as they are. */
// Names keep their capital when a shouted sentence is calmed: "FRIDAY" is "Friday", not "friday".
const NAMES = /^(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|ENGLISH)$/;

function calmCase({ target }: GeneratorInput): string[] {
  // Acronyms stay ("CEO", "KPIs"); those that are also words ("IT", "AM") are lowered with the rest.
  const keep = (w: string) => w === 'I' || (isAcronym(w) && !SHOUTED_WORDS_TOO.has(w));
  const lower = target
    .replace(/[A-Za-z][A-Za-z']*/g, (w) => (keep(w) ? w : NAMES.test(w) ? w[0] + w.slice(1).toLowerCase() : w.toLowerCase()))
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
