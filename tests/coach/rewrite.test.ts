// Calibrated rewrites are built from the sentence: they keep its object, time and names.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/coach';
import { brokenShape } from '../../lib/coach/rewrite';

const rewrites = (s: string) => analyze(s).filter((f) => f.category === 'why').flatMap((f) => f.suggestions);

describe('calibrated rewrites of "why"', () => {
  it.each([
    ["Why can't you deliver by Friday?", 'What would it take to deliver by Friday?'],
    ["Why didn't you send the revised quote?", 'What got in the way of sending the revised quote?'],
    ['Why not?', 'What would need to be different for this to work?'],
    ["Why won't Priya sign the lease before June?", 'What would it take for Priya to sign the lease before June?'],
    ['Why did you move the launch to October?', 'What led you to move the launch to October?'],
    ["I'd like to know why you cancelled the Berlin workshop.", 'What led you to cancel the Berlin workshop?'],
    ['Why not split the shipment into two batches?', 'What if we split the shipment into two batches?'],
    ["Why don't we split the order into two deliveries?", 'How can we split the order into two deliveries?'],
    ['How come the samples never arrived?', 'What got in the way of the samples arriving?'],
    ['Why was the contract terminated early?', 'What led to the contract being terminated early?'],
    ["Why haven't you paid the March invoice?", "What's getting in the way of paying the March invoice?"],
    ["Why hasn't anyone from finance called since Monday?", "What's been getting in the way of anyone from finance calling since Monday?"],
    ['Why did the courier leave the parcel outside and nobody rang the bell?', 'What led the courier to leave the parcel outside, and what got in the way of anyone ringing the bell?'],
    ["Why couldn't the driver have waited five minutes?", 'What got in the way of the driver waiting five minutes?'],
    ['Why would we pay for the extra visit when your engineer missed the fault?', 'What makes it fair to ask us to pay for the extra visit when your engineer missed the fault?'],
    ["Why shouldn't I report this to the regulator?", 'What would it take to resolve this between us?'],
    ['Why the sudden change of plan?', "What's behind the sudden change of plan?"],
    // A refusal stays a refusal: never "What led us to accept …".
    ['Why would we accept a 20% surcharge on the Lyon route?', 'What would make it worthwhile for us to accept a 20% surcharge on the Lyon route?'],
    ['Why would I renew with you?', 'What would make it worthwhile for me to renew with you?'],
    // A participle the same as its base ("come", "become", "run"), but not a noun ("the print run").
    ["Why hasn't the plumber come back?", "What's getting in the way of the plumber coming back?"],
    ['Why has the rent become so high?', "What's led to the rent becoming so high?"],
    // A softener before "but why" is the writer's lead-in; the question starts at "why".
    ['I hope you don’t mind me asking, but why was my shift moved to Sunday?', 'What led to my shift being moved to Sunday?'],
    // Exasperation, insults and threats are not carried into the calm question.
    ["Why, for heaven's sake, can't the garage call before they start?", 'What would it take for the garage to call before they start?'],
    ['Why am I paying extra for a window seat when there are no windows, genius?', "What's causing me to pay extra for a window seat when there are no windows?"],
    ["Why are you ignoring my calls, given I'm about to post the whole story on Facebook?", "What's prompting you to ignore my calls?"],
    ["Why did you bill me twice, and I'll be reporting this to trading standards if it isn't fixed?", 'What led you to bill me twice?'],
    // Texting with no punctuation at all: the second sentence run on after the question is left out.
    ['why wasnt i told the class was moved i waited an hour outside', 'What got in the way of me being told the class was moved?'],
    ['why is the lift in block d still broken its been two weeks', "What's behind the lift in block D still being broken?"],
    // A state in -ing after "being" is not a broken shape ("still being pending").
    ['Why is my refund still pending?', "What's behind my refund still being pending?"],
    ['why did you tell me i was late when i wasnt', "What led you to tell me I was late when I wasn't?"],
    // A fronted aside with commas of its own ends at the comma before the question's verb.
    ['Why, after two visits, a phone call and a written complaint, is the boiler still not fixed?', "After two visits, a phone call and a written complaint, what's getting in the way of the boiler being fixed?"],
    ['Why is the pool shut on a bank holiday, of all the days to shut it?', "What's behind the pool being shut on a bank holiday?"],
    ["Why have you gone quiet now that you've been paid?", "What's led you to go quiet?"],
    // A threat to go public or go elsewhere is asked about as a settlement, not kept.
    ["Why shouldn't I take my custom to another garage?", 'What would make it unnecessary for me to take my custom to another garage?'],
    ["Why shouldn't we post these photos on the residents' forum?", 'What would it take to resolve this between us?'],
    ["Tell me why I shouldn't move our account elsewhere.", 'What would it take to resolve this between us?'],
    // "instead of arguing with me": the dig after the request goes.
    ["Why can't the lab just redo the test instead of arguing with me about the sample?", 'What would it take for the lab to redo the test?'],
    // Scare quotes on an adverb or on the words before a noun go; a quoted status stays quoted.
    ['Why has the app "mysteriously" logged me out again?', "What's led to the app mysteriously logging me out again?"],
    ['Why is the boiler broken a week after your two "quick" checks?', "What's behind the boiler being broken a week after your two quick checks?"],
    ['Why is my claim still marked "in progress" after nine weeks?', `What's behind my claim still being marked "in progress" after nine weeks?`],
    // A sarcastic second question after the comma goes.
    ["Why does the express lane take forty minutes, is express a joke now?", "What's causing the express lane to take forty minutes?"],
    // A demand for a confession asks about the thing instead.
    ["Why don't you just admit you lost the contract?", "What's going on with the contract?"],
    // No frame reads the clause (dialect or learner word order): ask about the first thing it names,
    // the writer's own staying theirs, a place passed over.
    ['Why the quote say twelve hundred when your man tell me nine?', "What's going on with the quote?"],
    ['Why until now my parcel still not reach, can check?', "What's going on with my parcel?"],
    ['Why nobody at the warehouse counted the boxes before the van left?', "What's going on with the boxes?"],
  ])('%s -> %s', (question, expected) => {
    expect(rewrites(question)).toContain(expected);
  });

  it('always offers How/What questions that keep the content words', () => {
    for (const [q, keep] of [
      ['Why are the pallets still in Rotterdam?', ['pallets', 'Rotterdam']],
      ["Why couldn't your team fix the login bug on Monday?", ['fix', 'login bug', 'Monday']],
      ['Can you explain why you rejected the second proposal?', ['reject', 'second proposal']],
      ["I don't understand why you won't extend the warranty.", ['extend', 'warranty']],
    ] as const) {
      const s = rewrites(q);
      expect(s.length, q).toBeGreaterThan(0);
      expect(s.every((x) => /^(How|What)\b/.test(x)), q).toBe(true);
      expect(s.some((x) => keep.every((k) => x.includes(k))), `${q} -> ${JSON.stringify(s)}`).toBe(true);
    }
  });

  it('keeps punctuation that leads a word in the rest of the question', () => {
    expect(rewrites('Why can\'t you send "the final file" (v2)?')).toContain('What would it take to send "the final file" (v2)?');
    expect(rewrites("Why can't you send the (revised) quote today?")).toContain('What would it take to send the (revised) quote today?');
  });

  it('replaces exactly the question it rewrites', () => {
    const t = 'Thanks for the call. Why not sign the contract now? Best, Ana';
    const f = analyze(t).find((x) => x.category === 'why')!;
    expect(t.slice(0, f.start) + f.suggestions[0] + t.slice(f.end)).toBe('Thanks for the call. What would it take to sign the contract now? Best, Ana');
  });
});

describe('suggestions for the other categories', () => {
  it('offer a phrase swap that fits the sentence around it', () => {
    const t = 'As I mentioned before, the deadline is fixed.';
    const f = analyze(t).find((x) => x.category === 'defensive')!;
    expect(f.text).toBe('As I mentioned before');
    expect(f.suggestions[0]).toBe('To recap');
    const g = analyze('As I said before, our launch date is fixed.').find((x) => x.category === 'defensive')!;
    expect(g.text).toBe('As I said before');
  });

  it('calm a shouted sentence without losing its words', () => {
    const f = analyze('THIS IS THE THIRD LATE DELIVERY, WHY IS IT STILL NOT FIXED???').find((x) => x.group === 'ego.shouting')!;
    expect(f.suggestions[0]).toBe('This is the third late delivery, why is it still not fixed?');
  });

  it('always include a calibrated question for a whole-sentence swap', () => {
    for (const s of ['This is non-negotiable.', "That's not my fault.", "Let's not waste any more time on this.", "You'll regret this."]) {
      const f = analyze(s).find((x) => x.category !== 'strength')!;
      expect(f.suggestions.some((x) => /^(How|What)\b/.test(x)), s).toBe(true);
    }
  });
});

describe('broken shapes', () => {
  it.each([
    ['What led the quote to went up overnight?', true],
    ['What led nobody to from the depot returned the call?', true],
    ["What's behind you being refusing the refund?", true],
    ["What's behind us being being charged twice?", true],
    ['What led you to u book the wrong date?', true],
    ['What led you to move the launch to October?', false],
    ['What would it take to get the crates to Leeds by 4?', false],
    ["What's behind the office being open only from 10 to 4?", false],
    ['What led to the contract being terminated early?', false],
  ])('%s: broken %s', (question, broken) => {
    expect(brokenShape(question)).toBe(broken);
  });

  it('a rewrite that would come out broken gives way to a sound question', () => {
    for (const q of ['Why is the invoice showing a balance we never owed?', 'Why has nobody from the warehouse returned my calls?']) {
      for (const s of rewrites(q)) expect(brokenShape(s), s).toBe(false);
      expect(rewrites(q).length).toBeGreaterThan(0);
    }
  });
});
