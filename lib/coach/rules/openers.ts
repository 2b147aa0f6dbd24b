// The thread view's openers and "go to the balcony" advice, as data. `{concern}` is filled with
// the other side's main concern in their own words ("the 50% deposit") and `{is}` agrees with it;
// a template's concern form is used only when a concern that fits the decoded "no" was found
// (CONCERN_FITS), else its `plain` form. The mirror is not a template: it is their own last words.
import type { NoReason } from '../types';

export interface OpenerTemplate {
  /** Uses `{concern}`. */
  withConcern: string;
  /** Used when no concern related to the "no" was found in their words. */
  plain: string;
}

/** What a concern about each kind of "no" is called (head words of their noun phrases). */
export const CONCERN_HEADS: Record<NoReason, RegExp> = {
  price: /\b(?:price|prices|pricing|cost|costs|rate|rates|fee|fees|budget|budgets|quote|increase|rise|discount|invoice|spend|amount|figure|figures|margin|margins|surcharge)\b/i,
  timing: /\b(?:timeline|timelines|timing|deadline|deadlines|date|dates|schedule|delivery|deliveries|launch|shipment|start|rollout|migration|freeze|quarter|holidays?|window|lead time)\b/i,
  terms: /\b(?:deposit|upfront|up-front|prepayment|advance|renewal|minimum|minimums|contract|term|terms|clause|clauses|payment|payments|liability|exclusivity|notice|commitment|sla|warranty|penalty|penalties|quantities|quantity|order|orders|lock-in|conditions|cancellation|termination|volume|volumes)\b/i,
  value: /\b(?:solution|system|tool|provider|vendor|supplier|platform|process|value|benefit|benefits|need|setup|product|service)\b/i,
  authority: /\b(?:decision|approval|sign-off|signoff|policy|policies|board|manager|procurement|leadership|management|committee|headquarters|head office|legal|compliance|cfo|ceo|director)\b/i,
};

/**
 * Which of their concerns may fill a reason's templates: "the delivery timeline" suits a timing
 * label, "the ERP migration" (what the timing depends on) does not. No entry: only the plain form.
 */
export const CONCERN_FITS: Partial<Record<NoReason | 'heated' | 'none', RegExp>> = {
  price: CONCERN_HEADS.price,
  timing: /\b(?:timeline|timelines|timing|deadline|deadlines|dates?|schedule|delivery|deliveries|launch|shipment|rollout|lead time|start date)\b/i,
  terms: CONCERN_HEADS.terms,
  authority: /\bdecision\b/i,
  heated: /./,
  none: /./,
};

/** `{concern}` is their words; `{is}` agrees with it ("the minimums are"). */
export interface ReasonOpeners { label: OpenerTemplate; audit: OpenerTemplate; question: OpenerTemplate }

export const OPENERS: Record<NoReason | 'heated' | 'none', ReasonOpeners> = {
  price: {
    label: { withConcern: 'It sounds like {concern} {is} the real sticking point.', plain: 'It sounds like the price is the real sticking point.' },
    audit: { withConcern: "You may feel we're being unreasonable about {concern}.", plain: "You may feel we're being unreasonable about the price." },
    question: { withConcern: 'What would need to be true for {concern} to work for you?', plain: 'What would need to be true for the numbers to work for you?' },
  },
  timing: {
    label: { withConcern: 'It sounds like {concern} {is} the main worry.', plain: 'It sounds like the timing is the main worry right now.' },
    audit: { withConcern: "You may feel we've been pushing you on {concern}.", plain: "You may feel we're rushing you." },
    question: { withConcern: 'What would {concern} need to look like to work for you?', plain: 'What would a timeline that works for you look like?' },
  },
  terms: {
    label: { withConcern: 'It sounds like {concern} {is} the sticking point.', plain: 'It sounds like the terms are the sticking point.' },
    audit: { withConcern: "You may feel we've been inflexible on {concern}.", plain: "You may feel we've been inflexible on the terms." },
    question: { withConcern: 'How could we change {concern} so it works for you?', plain: 'Which term would need to change for the rest to work for you?' },
  },
  value: {
    label: { withConcern: '', plain: "It sounds like what you have today works well enough, and you're not yet convinced a change is worth it." },
    audit: { withConcern: '', plain: "You may feel we're pushing something you don't need." },
    question: { withConcern: '', plain: 'How are you handling this today, and what would you want to be better?' },
  },
  authority: {
    label: { withConcern: "It sounds like this is {concern}, and not yours alone to make.", plain: "It sounds like this isn't a decision you can make on your own." },
    audit: { withConcern: '', plain: "You may feel we're putting you in a difficult spot with the people who decide." },
    question: { withConcern: '', plain: 'What will the people signing off need to see to say yes?' },
  },
  /** No refusal, but their message is heated: name the feeling first. */
  heated: {
    label: { withConcern: "It sounds like you're really frustrated with {concern}.", plain: "It sounds like you're really frustrated with how this has gone." },
    audit: { withConcern: "You may feel we've let you down on {concern}.", plain: "You may feel we've let you down." },
    question: { withConcern: 'What would put {concern} right for you?', plain: 'What would put this right for you?' },
  },
  none: {
    label: { withConcern: 'It sounds like {concern} {is} what matters most to you here.', plain: 'It sounds like this matters a lot to you.' },
    audit: { withConcern: "You may feel we haven't really listened to you about {concern}.", plain: "You may feel we haven't really listened to your concerns." },
    question: { withConcern: "What's the biggest obstacle on your side with {concern}?", plain: "What's the biggest obstacle on your side right now?" },
  },
};

/** The if–then trade to plan during the pause, by the kind of "no". */
export const TRADES: Record<NoReason | 'none', string> = {
  price: '"If you can commit to a longer term or a larger volume, then we can look at the price."',
  timing: '"If we start with a small first phase now, then the rest can wait until you are ready."',
  terms: '"If we change this term, then could the rest of the agreement stand as it is?"',
  value: '"If a short trial shows a clear gain, then we talk about the full rollout."',
  authority: '"If I send you a one-page summary, then could you take it to the people who decide?"',
  none: '"If you can give us X, then we can give you Y."',
};

export const BALCONY = {
  title: 'Go to the balcony',
  heatedDraft: 'This draft reads heated. Pause before you send it: a reply written in the heat of the moment is rarely the one you would choose tomorrow.',
  heatedReply: 'Their message was heated, and your reply answers heat with heat. Pause before you send it, so the exchange cools down instead of escalating.',
  nameIssue: 'Name the real issue',
  planTrade: 'Plan the if–then trade',
  walkAway: 'Know your walk-away',
  walkAwayText: 'Decide what you will do if there is no agreement (your best alternative), so this email does not have to win the argument.',
} as const;
