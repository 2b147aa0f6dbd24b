// What a "no" is really about: cues for each reason, as data. A cue scores only inside a
// sentence that refuses (a negation, or a cue that refuses by itself, such as "deal-breaker").
// Cues are written in the rules' pattern language (lexicon.ts) and compiled by no.ts with
// `literalRegExp`, hyphenated words counting as whole words: "deal-breaker" also reads "deal breaker",
// and "low-cost" holds no "cost".
import type { NoReason } from '../types';

export interface NoCue {
  /** Literal patterns, any of which is the cue. */
  patterns: readonly string[];
  weight: number;
  /** The cue refuses by itself ("more than we can afford", "does the job"). */
  refuses?: boolean;
  /** Look-alikes blanked out before the cue is read ("doesn't work for us" is no "works for us"). */
  unless?: readonly string[];
}

/** Words that make a sentence a refusal. */
export const REFUSAL: readonly string[] = [
  "(not|no|never|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|shouldn't|wouldn't|couldn't)",
  '(unable|decline|declined|declining|doubt|unlikely|hesitant|reluctant|afraid|unfortunately|too)',
  'pass on', '(turn|turned) down', '(reject|rejected)', 'rather not', 'no longer', 'hold off', 'out of the question',
  '(impossible|unacceptable|problem|problems|issue|issues|concern|concerns|concerned|worried|worry)',
  '(skeptical|sceptical|cautious|wary|unconvinced|not sure|unsure|maybe|perhaps|doubtful)', 'sticking point',
  "(won't|doesn't|can't) work", '(bad|difficult|tough|hard)', 'would (need|require|want|prefer)', "'d (need|require|want|prefer)",
  'insist on', 'must have', 'only if', 'unless', 'as long as', 'can only', '(rule|rules) (it|this|us|that) out',
  '(beyond|stretch|frozen|freeze|booked)', "(didn't|did not) stick", '(has|have) to', '(must|but)', 'off the table',
  "(isn't|not) realistic", 'unrealistic', 'no deal', '(only|without|rather)',
];

/** Sentences that accept, thank or arrange, with no refusal in them: they hold no "no" to decode. */
export const ACCEPTING: readonly string[] = [
  '(thanks|thank you|great|sounds good)', 'works (well|fine)? for (us|me)', 'looking forward', '(happy|glad|love) to', "we'd love",
  '(excited|agreed|approved|confirmed|perfect|excellent|attached)', 'please find', "(here is|here's|see you|congratulations|welcome)",
];

export const NO_CUES: Record<NoReason, NoCue[]> = {
  price: [
    { weight: 4, refuses: true, patterns: [
      "(can't|cannot|can not|couldn't|not) really? afford",
      'more than #WeI (can|could) (afford|pay|spend|justify)',
      'out of (our|my) price? range',
      'over (our|my|the) budget',
      'beyond (our|my) (budget|means)',
      'too (expensive|pricey|costly|steep)',
    ] },
    { patterns: ['(far|way|much)? too high'], weight: 2, refuses: true },
    { patterns: ['(afford|affordable|budget|budgets|expensive|pricey|costly|overpriced)'], weight: 3 },
    { weight: 2, patterns: [
      '({price}|cost|costs|cheaper|discount|discounts|fee|fees|rate|rates|quote|quotes)',
      '(money|funds|funding|spend|spending|dollars|euros|pounds)',
      '#Money',
    ] },
    { patterns: ['too much', '(tight|tighter) (this|next) (year|quarter)', 'savings'], weight: 1.5 },
    { weight: 4, refuses: true, patterns: [
      "the? numbers (don't|do not|won't|just don't) (work|add up)",
      '(higher|steeper|pricier) than what? (we|our|the other|other|your competitor|your competitors)',
      '(double|twice|triple) what',
      "(don't|do not) have the (money|budget|funds|cash)",
      "(finances|funds|cash|cash flow|cashflow|wallet) (won't|will not|can't|cannot|don't|do not) (stretch|cover|allow)",
    ] },
    { weight: 3, patterns: [
      '(price|prices|rate|rates|fee|fees|cost|costs) (go|goes|going|will go|are going) up',
      '(price|rate|fee) (rise|rises|increase|increases|hike|hikes)',
      '(increase|increases|increased|rise|rises) (by|of) #NumericValue',
      '#Percent (increase|rise|more|higher|up)',
      "can't hold the (old|current)? (price|rate)",
    ] },
    { weight: 4, refuses: true, patterns: [
      '(estimate|quote|cost|price|repair|fee|bill) (is|was|comes to) (more|higher) than (the|it|what)',
      'priced (above|out of|beyond)',
      'above what (a|an|we|our|i) .{0,5} (can|could) (carry|afford|justify|stretch to)',
    ] },
    { weight: 1.5, patterns: [
      '(finances|financial|cash|cash flow|cashflow|quoted|paying|pay|cheaper|competitor\'s|other vendor|budgeted|margin|margins|spending)',
    ] },
    { weight: 3, refuses: true, patterns: [
      "(well|way|far)? above what (we|we've|we have|i) (budgeted|planned|expected)",
      'priced for',
      'at that (price|number|rate|figure)',
      '#Percent (less|cheaper|lower)',
      'for (a lot|much|far)? less',
      '(per|a) (seat|user|licence|license|head|month)',
      // No bare amount here: a sum of money alone ("We're good with $48K") is no refusal.
      'if it were (half|cheaper|lower)',
      'anything over',
    ] },
    { weight: 3.5, refuses: true, patterns: [
      '(expecting|expected|hoping for|thinking of) something? (closer to|nearer|around|more like)',
      '(half|a third|a fraction) of? (that|the price|what you)',
      '(eat|eats|kill|kills|wipe out|wipes out) (our|the|my) (whole|entire)? (margin|margins|profit|budget)',
      '(well|way|far)? beyond what #WeI (budgeted|planned|expected|can pay)',
      '(hard|tough) sell',
      'price point',
    ] },
  ],
  timing: [
    { weight: 3.5, refuses: true, patterns: [
      'not (a|the)? (good|right|great|ideal) (time|moment)',
      'bad (time|timing)',
      '(too|a bit|bit) (soon|early|late)',
      '(hold off|not ready|on hold)',
      'put (this|it) on ice',
      'revisit (this|it)',
    ] },
    { patterns: ['(timing|timeline|timeframe|schedule|bandwidth|busy|swamped|stretched|freeze)'], weight: 2 },
    { weight: 3, patterns: [
      '(until|till|before|after) the? (holiday|holidays|summer|new year|launch|migration|merger|audit|reorg|quarter|year-end|#Month|q1|q2|q3|q4)',
      '(until|till|before|after) the? end of the? (year|quarter|month)',
      'next (week|month|quarter|year|fiscal|fiscal year|spring|summer|fall|autumn|winter|cycle)',
      'later (this|next|in the)',
      'in (a few|a couple of|two|three|six|some) (weeks|months)',
      'down the (road|line)',
    ] },
    { patterns: ['(right now|at the moment|currently|this quarter|yet|later|wait|until)', 'at this (time|point|stage)'], weight: 1 },
    { weight: 3.5, refuses: true, patterns: [
      '(talk|speak|chat|reconnect|touch base|circle back|check back|get back to you|get back to this|reach out|pick this up|pick it up) again? (in|after|next|once|later)',
      '(need|want|would like) (more|some) time',
      '(think it over|think this over|sleep on it)',
      '(maybe|perhaps|possibly) (next|later|in|after|once)',
      'not in a position to (decide|commit|move|sign|proceed)',
      'in the middle of',
    ] },
    { patterns: ['once (the|our|we|things)'], weight: 1.5 },
    { weight: 3.5, refuses: true, patterns: [
      '(ping|try|call|email|contact|remind|nudge) (me|us) again? (in|after|next|once|when)',
      '(get|come) back to (me|us) (in|after|next|once|when|later)',
      '(plate|hands) (is|are) full',
      "(not|aren't|are not) taking on (anything|any|new)",
      'wait and see',
      '(park|shelve|pause) (this|it)',
      'on hold',
      "when (i'm|i am|we're|we are) back",
      'too much going on',
      'try (me|us) (in|after|next)',
    ] },
    { weight: 3.5, refuses: true, patterns: [
      '(fully booked|booked up|at capacity|no capacity|stretched thin)',
      '(full|busy) plate',
      'too much on (our|my) plate',
      '(spending|hiring|budget) freeze',
      'frozen all? new? (spending|budget|budgets|project|projects)',
    ] },
    { weight: 3.5, refuses: true, patterns: [
      '(until|till|before) after? the? (#DayNumber|next|end of|spring|summer|autumn|fall|winter|school holidays|holidays|new year|storm|audit|launch)',
      '(at the earliest|backed up)',
      'booked (solid|up)',
      "(not able|unable|can't|cannot) to? (take on|start|look at|visit|fit) .{0,8} (before|until)",
    ] },
    { weight: 2, patterns: [
      '(reorg|reorganisation|reorganization|re-organisation|re-organization|restructuring|migration|transition|merger|audit)',
      '(busy season|peak season|next year|next month|next quarter)',
    ] },
    { patterns: ['(#Month|q1|q2|q3|q4|spring|summer|autumn|fall|winter)'], weight: 1 },
  ],
  terms: [
    { patterns: ['(deal-breaker|deal-breakers|dealbreaker|dealbreakers|non-starter|non-starters)'], weight: 1, refuses: true },
    { weight: 3, patterns: [
      '(auto-renew|auto-renews|auto-renewal|auto-renewals|autorenew|autorenews|autorenewal|autorenewals)',
      'automatic (renew|renews|renewal|renewals)',
      '(renewal|renewals|deposit|deposits|up-front|upfront|prepay|prepayment)',
      'payment (terms|schedule)',
      '(net-#NumericValue|net15|net30|net45|net60|net90)',
      '(clause|clauses|exclusive|exclusivity|minimum|minimums)',
      'minimum (order|commitment|term)',
      '(lock-in|lockin|locked in|liability|liabilities|indemnity|indemnities|penalty|penalties|cancellation|termination|notice period)',
      '(multi-year|multi-month|#NumericValue-year|#NumericValue-month|one-year|one-month|two-year|two-month|three-year|three-month|five-year|five-month) (term|contract|commitment|deal)',
      '(sla|service level|service levels|warranty|warranties|non-refundable|contract terms|terms and conditions)',
    ] },
    { weight: 1.5, patterns: [
      '(terms|conditions|commitment|commitments|contract|contracts|agreement|agreements)',
      "(can't|cannot|won't|will not|not able to) (agree|accept|sign|commit) to",
    ] },
    { weight: 4, patterns: [
      '(automatic|annual|yearly) price? (increase|increases|escalation|escalations|uplift|uplifts|indexation)',
      '(our|your|their) own? standard? terms',
      'standard terms',
      '(annually|yearly|quarterly) in advance',
      '(in advance|minimum order|right to terminate|notice period)',
      'minimum of #NumericValue',
      'price (increase|increases|escalation|escalations) (every|each|per) year',
      '#NumericValue-day payment? terms',
      'exclusivity (requirement|clause|term)',
    ] },
    { weight: 3.5, refuses: true, patterns: [
      'unlimited (revisions|changes|rounds|support)',
      '.? (round|rounds) (is|are) (our|the) (maximum|limit)',
      '(signed|written)? fee? agreement (in place|first|before)',
      'without a (signed|written)? fee? (contract|agreement)',
      '(renew|renews) automatically',
      '(waive|waiving) (any|all|future)* (claims|rights)',
      'non-refundable deposit',
    ] },
    { weight: 3, patterns: [
      'right to (cancel|terminate|exit)',
      'cancel at any time',
      '(liability|indemnity) cap',
      '(section|clause) #NumericValue',
      '(too long|too short|too rigid|too strict) a? (term|commitment|contract|notice)',
      '(full amount|in full|lump sum|installment|installments|instalment|instalments|schedule)',
    ] },
  ],
  value: [
    { weight: 4, refuses: true, patterns: [
      "(don't|do not|can't|cannot|fail to|struggle to) really? see (the|a|any|much)? (need|value|point|benefit|difference|upside|case)",
      "(no|little|don't have a|do not have a|don't|do not) real? (need|use) (for|to)",
      'not (a|our) (priority|focus)',
      'not (convinced|sold)',
      "(not worth|isn't worth|nice-to-have|does what we need|meets our needs|good enough)",
      '(happy|satisfied|fine) with (what we have|our current|the current|our existing|how)',
      'already (have|use|got|pay for) (a|an|one|something|our own|a solution|a tool|a vendor|a supplier|a provider|a system|a platform|a partner|that|this|it covered)',
      'not interested',
      "doesn't (solve|address|fit our needs)",
      'not (relevant|a fit|what we need)',
    ] },
    {
      patterns: ['(works|working|does|do) (fine|well|the job|just fine)', '(works|work) for us'],
      unless: ['#Negation (works|working|does|do) (fine|well|the job|just fine)', '#Negation (works|work) for us'],
      weight: 3,
    },
    { weight: 3, refuses: true, patterns: [
      '(current|existing|present) (solution|provider|vendor|supplier|system|setup|set-up|tool|tools|process|platform|partner|contract)',
      'in-house',
    ] },
    { patterns: ['(value|roi|return on investment|benefit|benefits|worth|useful|difference)'], weight: 1.5 },
    { weight: 4, refuses: true, patterns: [
      "(don't|do not|can't|cannot|fail to) see how (this|it|that) (would|will|could|might)? (help|improve|benefit|change|fit|matter)",
      'what (this|it) adds',
      'what (problem|problems) (it|this) solves',
      '(nobody|no one) (used|uses|would use|will use) it',
      "(we'd|we would|we) only use (about|around)? (#Percent|a fraction|a few)",
      'save us any? time',
      '(manage|managed|do|doing) (perfectly|just|quite)? (well|fine) without',
      "(customers|users|clients|staff) (wouldn't|would not|won't|will not|would never) (notice|care|use)",
      'never needed',
      'already get (this|it|that)',
      '(get|got) (this|it) for? free',
      'tried (something|this|it|that) (like this|like it|like that|similar)? before',
      "(didn't|did not|never) (stick|catch on|take off|work out for us)",
      'no (urgency|rush|pressing need) to (change|switch|move)',
      'not (something|anything) we need',
    ] },
    { weight: 3.5, refuses: true, patterns: [
      "(not|n't|isn't|doesn't seem|don't think it's|don't think it is|hardly) (really|quite|entirely)? worth (it|the|paying|upgrading|the money)",
      '(see|find) (much|any|the|enough|real)? value in',
      'get (enough|much|anything) out of',
      '(enough|much|any|real) benefit',
      '(persuade|persuaded) (us|me)',
      "(doesn't|don't|didn't) match what #WeI (asked|need|wanted)",
      'more than #WeI need',
      'stick with',
      "(doesn't|does not) do (much|anything) (that|our|more)",
      '(our|the) current one',
      "don't think (our|the|my) .? (would|will)",
    ] },
    { weight: 4, refuses: true, patterns: [
      '(solve|solves|address|addresses|fix|fixes) a problem (we|that we) (actually|really)? have',
      "(don't|do not|can't|cannot) see what (it|this) (adds|brings|offers|does)",
      '(users|team|people|customers|staff|employees|colleagues) (would|will) (not|never)? (use|adopt|want|need|like) (it|this)',
      '(built|build|have|made) (something|our own|one) (similar|like it|like this|like that)',
      "(we're|we are|team is|i'm|i am|they're|they are) (perfectly|quite|pretty)? (happy|fine|satisfied|comfortable|ok|okay) (with|using)",
    ] },
  ],
  authority: [
    { weight: 4, refuses: true, patterns: [
      'not (my|our|up to me|up to us|entirely my) (call|decision|choice)',
      'not up to (me|us)',
      '(above|beyond) my (pay grade|paygrade|authority|level)',
      '(out of my hands|my hands are tied)',
      '(global|corporate|company|group|head-office|central|board|executive) (decision|decisions)',
      '(global-level|corporate-level|company-level|group-level|head-office-level|central-level|board-level|executive-level) (decision|decisions)',
      'decided (centrally|above)',
      'decided at the? (top|board)',
      '(need|needs|require|requires|get|getting|without) .{0,3} (approval|sign-off|signoff|green light|buy-in)',
      "won't (get|be) approved",
      "(policy|policies|rules|regulations|compliance) (doesn't|don't|do not|does not|won't|will not|wouldn't) (allow|permit|let)",
      'not (allowed|permitted|authorised|authorized)',
    ] },
    { weight: 2.5, patterns: [
      '(approval|approve|approved|sign-off|signoff|policy|policies|compliance|regulation|regulations|regulatory|procurement|purchasing)',
      '(legal|board|committee|leadership|management|headquarters|hq|head office)',
      'my (manager|boss|director|vp|team lead|supervisor|partner|partners)',
      '(our|the) (cfo|ceo|cto|coo|vp|director|owner|owners|partners|finance team|legal team|procurement team)',
    ] },
    {
      patterns: ['check with', 'run (it|this) (by|past)', 'ask (my|our)', 'talk to (my|our)', 'escalate (it|this) internally'],
      weight: 2,
    },
    { weight: 4, refuses: true, patterns: [
      "(can't|cannot|not able to|unable to) (sign|commit|agree|extend|approve|authorise|authorize|decide|offer) .{0,5} (myself|without her|without him|without them|without my|without our|without the)",
      '({authorise}|{authorize}|authorisation|authorization)',
      "(they|she|he|they'll|she'll|he'll) will? (decide|decides)",
      '(are|is) (paying|paying,) so',
      '(approve|approves) (all|any|every)',
      '(procurement|legal|finance|hr|purchasing|head office|the office manager) (handles|manages|owns|controls|approves) (all|every|any)',
      '(has|have|get|gets) the? final (say|word|call)',
    ] },
    { weight: 4, refuses: true, patterns: [
      '(has|have|need|needs|must) to (approve|sign off|ok|okay|green-light|greenlight|vet)',
      "(not|isn't|is not|i'm not|i am not) (the|a) (decision-maker|decisionmaker)",
      '(decision-maker|decision-makers|decisionmaker|decisionmakers)',
      '(legal|procurement|finance|compliance|the board|my manager|my boss|head office|hq) (need|needs|has|have|must) to (review|approve|sign|check|see|look at)',
      '(landlord|owner|owners|partner|partners|board|boss|manager|council|bank|lender|insurer|head office|hq|committee) (has|have|need|needs|must) to (agree|approve|sign|consent|ok)',
      '(final|the) (call|say|decision) (is|lies|rests|sits) with',
      '(decide|decides) (these|this|such) things? together',
      '(done|decided|handled|bought|purchased) centrally',
      'policy to',
      '(sets|controls|owns) the (supplier|vendor|approved) list',
      '(must|have to|need to|required to) (tender|go to tender|run a tender|get three quotes|go through procurement)',
      '(has|have|get|gets) the final (say|word|call)',
      "(without|need|needs|require|requires) (my|our|the) (director|director's|directors|manager|manager's|managers|boss|boss's|cfo|cfo's|ceo|ceo's|board|board's|boards|partner|partner's|partners|partners'|vp|vp's) (approval|sign-off|signoff|ok|okay|blessing)",
      'policy (says|states|requires)',
    ] },
    { weight: 4, refuses: true, patterns: [
      '(have|need|would have) to (run it by|run this by|check with|ask|clear it with|clear this with|get it past|get this past|get approval from)',
      '(make|makes) (these|those|the|this) (call|calls|decision|decisions)',
      '(boss|manager|director|cfo|ceo|board|committee|legal|procurement|finance|leadership) (said no|says no|rejected|turned it down|turned this down|vetoed|declined)',
      "(boss|manager|director|cfo|ceo|board|committee|legal|procurement|finance|leadership) (won't|will not) (approve|sign|agree|allow)",
    ] },
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
