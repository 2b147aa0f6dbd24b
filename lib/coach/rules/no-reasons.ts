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
export const REFUSAL = String.raw`\b(?:not|no|never|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|shouldn't|wouldn't|couldn't|unable|decline|declined|declining|pass on|turn(?:ed)? down|reject(?:ed)?|doubt|unlikely|hesitant|reluctant|afraid|unfortunately|too|rather not|no longer|hold off|out of the question|impossible)\b`;

export const NO_CUES: Record<NoReason, NoCue[]> = {
  price: [
    { pattern: String.raw`(?:can't|cannot|can not|couldn't|not) (?:really )?afford|more than (?:we|i) (?:can|could) (?:afford|pay|spend|justify)|out of (?:our|my) (?:price )?range|over (?:our|my|the) budget|beyond (?:our|my) (?:budget|means)|too (?:expensive|pricey|costly|steep|high)`, weight: 4, refuses: true },
    { pattern: String.raw`afford(?:able)?|budgets?|expensive|pricey|costly|overpriced`, weight: 3 },
    { pattern: String.raw`pric(?:e|es|ed|ing)|costs?|cheaper|discounts?|fees?|rates?|quotes?|money|funds|funding|spend(?:ing)?|dollars|euros|pounds|\$\s?\d[\d,.]*k?|\d[\d,.]*\s?(?:usd|eur|gbp)`, weight: 2 },
    { pattern: String.raw`too much|tight(?:er)? (?:this|next) (?:year|quarter)|savings`, weight: 1.5 },
  ],
  timing: [
    { pattern: String.raw`not (?:a |the )?(?:good|right|great|ideal) (?:time|moment)|bad (?:time|timing)|(?:too|a bit|bit) (?:soon|early|late)|hold off|not ready|on hold|put (?:this|it) on ice|revisit (?:this|it)?`, weight: 3.5, refuses: true },
    { pattern: String.raw`timing|timeline|time(?:frame)?|schedule|bandwidth|busy|swamped|stretched|freeze`, weight: 2 },
    { pattern: String.raw`(?:until|till|before|after) (?:the )?(?:holidays?|summer|new year|launch|migration|merger|audit|reorg|quarter|year[- ]end|end of (?:the )?(?:year|quarter|month)|(?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]))|next (?:week|month|quarter|year|fiscal(?: year)?|spring|summer|fall|autumn|winter|cycle)|later (?:this|next|in the)|in (?:a few|a couple of|two|three|six|some) (?:weeks|months)|down the (?:road|line)`, weight: 3 },
    { pattern: String.raw`right now|at the moment|at this (?:time|point|stage)|currently|this quarter|yet|later|wait|until`, weight: 1 },
  ],
  terms: [
    { pattern: String.raw`deal[- ]?breakers?|non[- ]starters?`, weight: 1, refuses: true },
    { pattern: String.raw`(?:auto(?:matic)?[- ]?)renew(?:al|als|s)?|renewals?|deposits?|up[- ]?front|prepay(?:ment)?|payment (?:terms|schedule)|net[- ]?\d{2}|clauses?|exclusiv(?:e|ity)|minimums?|minimum (?:order|commitment|term)|lock[- ]?in|locked in|liabilit(?:y|ies)|indemnit(?:y|ies)|penalt(?:y|ies)|cancellation|termination|notice period|(?:multi|\d+|one|two|three|five)[- ](?:year|month) (?:term|contract|commitment|deal)|sla|service levels?|warranty|warranties|non[- ]refundable|contract terms|terms and conditions`, weight: 3 },
    { pattern: String.raw`terms|conditions|commitments?|contracts?|agreements?|(?:can't|cannot|won't|will not|not able to) (?:agree|accept|sign|commit) to`, weight: 1.5 },
  ],
  value: [
    { pattern: String.raw`(?:don't|do not|can't|cannot|fail to|struggle to) (?:really )?see (?:the |a |any |much )?(?:need|value|point|benefit|difference|upside|case)|(?:no|little|don't have a|do not have a|don't|do not) (?:real )?(?:need|use) (?:for|to)|not (?:a|our) (?:priority|focus)|not (?:convinced|sold)|not worth|isn't worth|nice[- ]to[- ]have|(?:works|working|does|do) (?:fine|well|the job|just fine)|does what we need|meets our needs|good enough|(?:happy|satisfied|fine) with (?:what we have|our current|the current|our existing|how)|already (?:have|use|got)|not interested|doesn't (?:solve|address|fit our needs)|not (?:relevant|a fit|what we need)`, weight: 4, refuses: true },
    { pattern: String.raw`(?:current|existing|present) (?:solution|provider|vendor|supplier|system|setup|set-up|tool|tools|process|platform|partner|contract)|in[- ]house`, weight: 3, refuses: true },
    { pattern: String.raw`value|roi|return on investment|benefits?|worth|need|needs|useful|difference`, weight: 1.5 },
  ],
  authority: [
    { pattern: String.raw`not (?:my|our|up to me|up to us|entirely my) (?:call|decision|choice)|not up to (?:me|us)|(?:above|beyond) my (?:pay ?grade|authority|level)|out of my hands|my hands are tied|(?:global|corporate|company|group|head[- ]office|central|board|executive)[- ]?(?:level )?decisions?|decided (?:centrally|above|at (?:the )?(?:top|board))|(?:need|needs|require|requires|get|getting|without) (?:the )?(?:approval|sign[- ]?off|green light|buy[- ]in)|won't (?:get|be) approved|(?:policy|policies|rules|regulations|compliance) (?:doesn't|don't|do not|does not|won't|will not|wouldn't) (?:allow|permit|let)|not (?:allowed|permitted|authori[sz]ed)`, weight: 4, refuses: true },
    { pattern: String.raw`approv(?:al|e|ed)|sign[- ]?off|policy|policies|compliance|regulat(?:ion|ions|ory)|procurement|purchasing|legal|board|committee|leadership|management|headquarters|hq|head office|my (?:manager|boss|director|vp|team lead|supervisor|partners?)|(?:our|the) (?:cfo|ceo|cto|coo|vp|director|owner|owners|partners|finance team|legal team|procurement team)`, weight: 2.5 },
    { pattern: String.raw`check with|run (?:it|this) (?:by|past)|ask (?:my|our)|talk to (?:my|our)|escalate (?:it|this) internally`, weight: 2 },
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
