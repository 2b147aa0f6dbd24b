// What a "no" is really about: cues for each reason, as data. A cue scores only inside a
// sentence that refuses (a negation, or a cue that refuses by itself, such as "deal-breaker").
import type { NoReason } from '../types';

export interface NoCue {
  /** Regular expression source, matched case-insensitively on whole words. */
  pattern: string;
  weight: number;
  /** The cue refuses by itself ("more than we can afford", "does the job"). */
  refuses?: boolean;
}

/** Words that make a sentence a refusal. */
export const REFUSAL = String.raw`\b(?:not|no|never|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|shouldn't|wouldn't|couldn't|unable|decline|declined|declining|pass on|turn(?:ed)? down|reject(?:ed)?|doubt|unlikely|hesitant|reluctant|afraid|unfortunately|too|rather not|no longer|hold off|out of the question|impossible|unacceptable|problem|problems|issue|issues|concern|concerns|concerned|worried|worry|skeptical|sceptical|cautious|wary|unconvinced|hesitant|not sure|unsure|maybe|perhaps|doubtful|sticking point|won't work|doesn't work|can't work|bad|difficult|tough|hard|would need|'d need|would require|'d require|insist on|must have|only if|unless|as long as|'d want|would want|'d prefer|would prefer|can only|rules? (?:it|this|us|that) out|beyond|stretch|frozen|freeze|booked|didn't stick|did not stick|has to|have to|must|but|off the table|isn't realistic|not realistic|unrealistic|no deal|only|without|rather)\b`;

/** Sentences that accept, thank or arrange, with no refusal in them: they hold no "no" to decode. */
export const ACCEPTING = String.raw`\b(?:thanks|thank you|great|sounds good|works (?:well |fine )?for (?:us|me)|looking forward|happy to|glad to|love to|we'd love|excited|agreed|approved|confirmed|perfect|excellent|attached|please find|here is|here's|see you|congratulations|welcome)\b`;

export const NO_CUES: Record<NoReason, NoCue[]> = {
  price: [
    { pattern: String.raw`(?:can't|cannot|can not|couldn't|not) (?:really )?afford|more than (?:we|i) (?:can|could) (?:afford|pay|spend|justify)|out of (?:our|my) (?:price )?range|over (?:our|my|the) budget|beyond (?:our|my) (?:budget|means)|too (?:expensive|pricey|costly|steep)`, weight: 4, refuses: true },
    { pattern: String.raw`(?:far |way |much )?too high`, weight: 2, refuses: true },
    { pattern: String.raw`afford(?:able)?|budgets?|expensive|pricey|costly|overpriced`, weight: 3 },
    { pattern: String.raw`pric(?:e|es|ed|ing)|costs?|cheaper|discounts?|fees?|rates?|quotes?|money|funds|funding|spend(?:ing)?|dollars|euros|pounds|\$\s?\d[\d,.]*k?|\d[\d,.]*\s?(?:usd|eur|gbp)`, weight: 2 },
    { pattern: String.raw`too much|tight(?:er)? (?:this|next) (?:year|quarter)|savings`, weight: 1.5 },
    { pattern: String.raw`(?:the )?numbers (?:don't|do not|won't|just don't) (?:work|add up)|(?:higher|steeper|pricier) than (?:what )?(?:we|our|the other|other|your competitors?)|(?:double|twice|triple) what|(?:don't|do not) have the (?:money|budget|funds|cash)|(?:finances|funds|cash(?: ?flow)?|wallet) (?:won't|will not|can't|cannot|don't|do not) (?:stretch|cover|allow)`, weight: 4, refuses: true },
    { pattern: String.raw`(?:price|prices|rate|rates|fee|fees|cost|costs) (?:go|goes|going|will go|are going) up|(?:price|rate|fee) (?:rise|increase|hike)s?|(?:increase|increases|increased|rise|rises) (?:by|of) \d|\d+ ?% (?:increase|rise|more|higher|up)|can't hold the (?:old |current )?(?:price|rate)`, weight: 3 },
    { pattern: String.raw`finances|financial|cash(?: ?flow)?|quoted|paying|pay|cheaper|competitor's|other vendor|budgeted|margins?|spending`, weight: 1.5 },
    { pattern: String.raw`(?:well |way |far )?above what (?:we(?:'ve| have)?|i) (?:budgeted|planned|expected)|priced for|at that (?:price|number|rate|figure)|\d+ ?% (?:less|cheaper|lower)|for (?:a lot |much |far )?less|(?:per|a) (?:seat|user|licen[cs]e|head|month)|[£€$]\s?\d|if it were (?:half|cheaper|lower)|anything over`, weight: 3, refuses: true },
    { pattern: String.raw`(?:expecting|expected|hoping for|thinking of) (?:something )?(?:closer to|nearer|around|more like)|(?:half|a third|a fraction) (?:of )?(?:that|the price|what you)|(?:eat|eats|kill|kills|wipe out|wipes out) (?:our|the|my) (?:whole |entire )?(?:margin|margins|profit|budget)|(?:well |way |far )?beyond what (?:we|i) (?:budgeted|planned|expected|can pay)|(?:hard|tough) sell|price point`, weight: 3.5, refuses: true },
  ],
  timing: [
    { pattern: String.raw`not (?:a |the )?(?:good|right|great|ideal) (?:time|moment)|bad (?:time|timing)|(?:too|a bit|bit) (?:soon|early|late)|hold off|not ready|on hold|put (?:this|it) on ice|revisit (?:this|it)?`, weight: 3.5, refuses: true },
    { pattern: String.raw`timing|timeline|timeframe|schedule|bandwidth|busy|swamped|stretched|freeze`, weight: 2 },
    { pattern: String.raw`(?:until|till|before|after) (?:the )?(?:holidays?|summer|new year|launch|migration|merger|audit|reorg|quarter|year[- ]end|end of (?:the )?(?:year|quarter|month)|(?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]))|next (?:week|month|quarter|year|fiscal(?: year)?|spring|summer|fall|autumn|winter|cycle)|later (?:this|next|in the)|in (?:a few|a couple of|two|three|six|some) (?:weeks|months)|down the (?:road|line)`, weight: 3 },
    { pattern: String.raw`right now|at the moment|at this (?:time|point|stage)|currently|this quarter|yet|later|wait|until`, weight: 1 },
    { pattern: String.raw`(?:talk|speak|chat|reconnect|touch base|circle back|check back|get back to (?:you|this)|reach out|pick (?:this|it) up) (?:again )?(?:in|after|next|once|later)|(?:need|want|would like) (?:more|some) time|think (?:it|this) over|sleep on it|(?:maybe|perhaps|possibly) (?:next|later|in|after|once)|not in a position to (?:decide|commit|move|sign|proceed)|in the middle of`, weight: 3.5, refuses: true },
    { pattern: String.raw`once (?:the|our|we|things)`, weight: 1.5 },
    { pattern: String.raw`(?:ping|try|call|email|contact|remind|nudge) (?:me|us) (?:again )?(?:in|after|next|once|when)|(?:get|come) back to (?:me|us) (?:in|after|next|once|when|later)|(?:plate|hands) (?:is|are) full|(?:not|aren't|are not) taking on (?:anything|any(?:thing)?|new)|wait and see|(?:park|shelve|pause) (?:this|it)|on hold|when (?:i'm|i am|we're|we are) back|too much going on|try (?:me|us) (?:in|after|next)`, weight: 3.5, refuses: true },
    { pattern: String.raw`fully booked|booked up|at capacity|no capacity|stretched thin|(?:full|busy) plate|too much on (?:our|my) plate|(?:spending|hiring|budget) freeze|frozen (?:all )?(?:new )?(?:spending|budgets?|projects?)`, weight: 3.5, refuses: true },
    { pattern: String.raw`reorg|re-?organi[sz]ation|restructuring|migration|transition|merger|audit|busy season|peak season|next year|next month|next quarter`, weight: 2 },
    { pattern: String.raw`january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|spring|summer|autumn|fall|winter`, weight: 1 },
  ],
  terms: [
    { pattern: String.raw`deal[- ]?breakers?|non[- ]starters?`, weight: 1, refuses: true },
    { pattern: String.raw`(?:auto(?:matic)?[- ]?)renew(?:al|als|s)?|renewals?|deposits?|up[- ]?front|prepay(?:ment)?|payment (?:terms|schedule)|net[- ]?\d{2}|clauses?|exclusiv(?:e|ity)|minimums?|minimum (?:order|commitment|term)|lock[- ]?in|locked in|liabilit(?:y|ies)|indemnit(?:y|ies)|penalt(?:y|ies)|cancellation|termination|notice period|(?:multi|\d+|one|two|three|five)[- ](?:year|month) (?:term|contract|commitment|deal)|sla|service levels?|warranty|warranties|non[- ]refundable|contract terms|terms and conditions`, weight: 3 },
    { pattern: String.raw`terms|conditions|commitments?|contracts?|agreements?|(?:can't|cannot|won't|will not|not able to) (?:agree|accept|sign|commit) to`, weight: 1.5 },
    { pattern: String.raw`(?:automatic|annual|yearly) (?:price )?(?:increases?|escalations?|uplifts?|indexation)|(?:our|your|their) (?:own )?(?:standard )?terms|standard terms|(?:annually|yearly|quarterly) in advance|in advance|minimum order|minimum of \d+|right to terminate|price (?:increases?|escalations?) (?:every|each|per) year|\d+[- ]day (?:payment )?terms|notice period|exclusivity (?:requirement|clause|term)`, weight: 4 },
    { pattern: String.raw`right to (?:cancel|terminate|exit)|cancel at any time|(?:liability|indemnity) cap|section \d+|clause \d+|(?:too long|too short|too rigid|too strict) (?:a )?(?:term|commitment|contract|notice)|full amount|in full|lump sum|installments?|instalments?|schedule`, weight: 3 },
  ],
  value: [
    { pattern: String.raw`(?:don't|do not|can't|cannot|fail to|struggle to) (?:really )?see (?:the |a |any |much )?(?:need|value|point|benefit|difference|upside|case)|(?:no|little|don't have a|do not have a|don't|do not) (?:real )?(?:need|use) (?:for|to)|not (?:a|our) (?:priority|focus)|not (?:convinced|sold)|not worth|isn't worth|nice[- ]to[- ]have|does what we need|meets our needs|good enough|(?:happy|satisfied|fine) with (?:what we have|our current|the current|our existing|how)|already (?:have|use|got|pay for) (?:a|an|one|something|our own|a solution|a tool|a vendor|a supplier|a provider|a system|a platform|a partner|that|this|it covered)|not interested|doesn't (?:solve|address|fit our needs)|not (?:relevant|a fit|what we need)`, weight: 4, refuses: true },
    { pattern: String.raw`(?:works|working|does|do) (?:fine|well|the job|just fine)|(?:works|work) for us`, weight: 3 },
    { pattern: String.raw`(?:current|existing|present) (?:solution|provider|vendor|supplier|system|setup|set-up|tool|tools|process|platform|partner|contract)|in[- ]house`, weight: 3, refuses: true },
    { pattern: String.raw`value|roi|return on investment|benefits?|worth|need|needs|useful|difference`, weight: 1.5 },
    { pattern: String.raw`(?:don't|do not|can't|cannot|fail to) see how (?:this|it|that) (?:would|will|could|might)? ?(?:help|improve|benefit|change|fit|matter)|what (?:this|it) adds|what (?:problem|problems) (?:it|this) solves|(?:nobody|no one) (?:used|uses|would use|will use) it|(?:we'd|we would|we) only use (?:about |around )?(?:\d+ ?%|a fraction|a few)|save us (?:any )?time|(?:manage|managed|do|doing) (?:perfectly |just |quite )?(?:well|fine) without|(?:customers|users|clients|staff) (?:wouldn't|would not|won't|will not|would never) (?:notice|care|use)|never needed|already get (?:this|it|that)|(?:get|got) (?:this|it) (?:for )?free|tried (?:something|this|it|that) (?:like (?:this|it|that) |similar )?before|(?:didn't|did not|never) (?:stick|catch on|take off|work out for us)|no (?:urgency|rush|pressing need) to (?:change|switch|move)|not (?:something|anything) we need`, weight: 4, refuses: true },
    { pattern: String.raw`(?:solves?|address(?:es)?|fix(?:es)?) a problem (?:we|that we) (?:actually |really )?have|(?:don't|do not|can't|cannot) see what (?:it|this) (?:adds|brings|offers|does)|(?:users|team|people|customers|staff|employees|colleagues) (?:would|will) (?:not |never )?(?:use|adopt|want|need|like) (?:it|this)|(?:built|build|have|made) (?:something|our own|one) (?:similar|like (?:it|this|that))|(?:we're|we are|team is|i'm|i am|they're|they are) (?:perfectly |quite |pretty )?(?:happy|fine|satisfied|comfortable|ok|okay) (?:with|using)`, weight: 4, refuses: true },
  ],
  authority: [
    { pattern: String.raw`not (?:my|our|up to me|up to us|entirely my) (?:call|decision|choice)|not up to (?:me|us)|(?:above|beyond) my (?:pay ?grade|authority|level)|out of my hands|my hands are tied|(?:global|corporate|company|group|head[- ]office|central|board|executive)[- ]?(?:level )?decisions?|decided (?:centrally|above|at (?:the )?(?:top|board))|(?:need|needs|require|requires|get|getting|without) (?:the |\w+ )?(?:approval|sign[- ]?off|green light|buy[- ]in)|won't (?:get|be) approved|(?:policy|policies|rules|regulations|compliance) (?:doesn't|don't|do not|does not|won't|will not|wouldn't) (?:allow|permit|let)|not (?:allowed|permitted|authori[sz]ed)`, weight: 4, refuses: true },
    { pattern: String.raw`approv(?:al|e|ed)|sign[- ]?off|policy|policies|compliance|regulat(?:ion|ions|ory)|procurement|purchasing|legal|board|committee|leadership|management|headquarters|hq|head office|my (?:manager|boss|director|vp|team lead|supervisor|partners?)|(?:our|the) (?:cfo|ceo|cto|coo|vp|director|owner|owners|partners|finance team|legal team|procurement team)`, weight: 2.5 },
    { pattern: String.raw`check with|run (?:it|this) (?:by|past)|ask (?:my|our)|talk to (?:my|our)|escalate (?:it|this) internally`, weight: 2 },
    { pattern: String.raw`(?:has|have|needs?|must) to (?:approve|sign off|ok|okay|green-?light|vet)|(?:not|isn't|is not|i'm not|i am not) (?:the|a) decision[- ]?maker|decision[- ]?makers?|(?:legal|procurement|finance|compliance|the board|my manager|my boss|head office|hq) (?:needs?|has|have|must) to (?:review|approve|sign|check|see|look at)|(?:landlord|owners?|partners?|board|boss|manager|council|bank|lender|insurer|head office|hq|committee) (?:has|have|needs?|must) to (?:agree|approve|sign|consent|ok)|(?:final|the) (?:call|say|decision) (?:is|lies|rests|sits) with|(?:decide|decides) (?:these|this|such) (?:things )?together|(?:done|decided|handled|bought|purchased) centrally|policy to|(?:sets|controls|owns) the (?:supplier|vendor|approved) list|(?:has|have|gets?) the final (?:say|word|call)|(?:must|have to|need to|required to) (?:tender|go to tender|run a tender|get three quotes|go through procurement)|(?:without|need|needs|require|requires) (?:my|our|the) (?:director|manager|boss|cfo|ceo|board|partners?|vp)'?s? (?:approval|sign-?off|ok|okay|blessing)|policy (?:says|states|requires)`, weight: 4, refuses: true },
    { pattern: String.raw`(?:have|need|would have) to (?:run (?:it|this) by|check with|ask|clear (?:it|this) with|get (?:it|this) past|get approval from)|makes? (?:these|those|the|this) (?:calls?|decisions?)|(?:boss|manager|director|cfo|ceo|board|committee|legal|procurement|finance|leadership) (?:said no|says no|rejected|turned (?:it|this) down|won't (?:approve|sign|agree|allow)|will not (?:approve|sign|agree|allow)|vetoed|declined)`, weight: 4, refuses: true },
  ],
};

export const NEXT_MOVES: Record<NoReason, string> = {
  price:
    'Talk total cost, not price, or trade: "If you can commit to a longer term, then we can adjust the price." Ask what budget range would work.',
  timing:
    'Offer a phased plan or another timeline: "What if we started small now and did the rest after your busy period?" Ask when the right time would be.',
  terms:
    'Make a conditional offer or split the cost: "If we changed this term, would the rest work for you?" Ask which term is the sticking point.',
  value:
    'Ask about their current situation before selling: "How are you handling this today, and what would you want to be better?"',
  authority:
    'Help them sell it inside: ask "What will your decision-maker need to see to say yes?" and send a short summary they can forward.',
};
