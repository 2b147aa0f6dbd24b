// The writer's own "no": refusals of each kind and their look-alikes, the doors a refusal can leave
// open, which part it names, and the inserts offered for what is missing. The examples are the
// project's own, written for these tests.
import { describe, expect, it } from 'vitest';
import { doorInWords, readOwnNo } from '../../lib/coach/own-no';

const refuses = (t: string) => readOwnNo(t) !== null;

describe('readOwnNo: does the draft refuse?', () => {
  it.each([
    'Thanks for the offer on the forklifts, but we won’t be going ahead this year.',
    'I’m afraid I can’t approve the overtime for the weekend crew.',
    'We’ve decided not to renew the cleaning contract when it ends in May.',
    'The new payment schedule doesn’t work for us.',
    'A 40% deposit up front is more than we can commit to.',
    'Sorry, I’ll have to pass on the panel this time.',
    'Honestly we don’t see the value in a second analytics tool.',
    'That’s not my call — the board decides on anything over €50k.',
    'Two days is too tight for us to reprint the brochures.',
  ])('refuses: %s', (t) => expect(refuses(t)).toBe(true));

  it.each([
    "I can't wait to see the new showroom!",
    'No problem at all, Tuesday at ten works for me.',
    "We can't thank you enough for stepping in last week.",
    'Happy to confirm the order; the signed form is attached.',
    'Could you tell me what the warranty covers before I decide?',
    'There is no reason to delay, so let’s start on Monday.',
    'How could I say no to a tour of the vineyard?',
    'We couldn’t possibly say no to free delivery.',
    'Nobody here would say no to an extra day off.',
    'Before I pass this to our accountant, could you confirm the VAT number?',
    'I have no objection to moving the call to Thursday.',
    'I don’t see any problem with the revised floor plan. See you then.',
    'Not one complaint from the crew all week.',
    'We won’t hesitate to use you again.',
    'The new fuel surcharge doesn’t affect orders already placed.',
    'Don’t worry, I won’t hold it against you.',
  ])('refuses nothing: %s', (t) => expect(refuses(t)).toBe(false));

  it.each([
    'I won’t hold the rate past Friday.',
    'We won’t say no to the pilot, but we can’t commit to the full rollout.',
    'I won’t be able to pass that discount on to you.',
  ])('still refuses beside those look-alikes: %s', (t) => expect(refuses(t)).toBe(true));

  it('reads only the writer\'s own text: a refusal in the quoted message below is theirs, not the writer\'s', () => {
    expect(readOwnNo('Sounds great, see you Friday.\n\nOn Mon, 2 Mar 2026, Ana wrote:\n> We can’t accept those terms.')).toBeNull();
  });
});

describe('readOwnNo: the door and the part', () => {
  it('an if–then trade opens the door and names the part', () => {
    const own = readOwnNo('We can’t go to £9,000 for the fit-out. If you can trim the lighting package to reach £7,500, we’re ready to sign this week.')!;
    expect(own.part).toBe('price');
    expect(own.doorOpen).toBe(true);
    expect(own.strong).toBe(true);
    expect(own.suggestions).toEqual([]);
  });

  it('an alternative, a smaller first step or an inviting question opens it too', () => {
    expect(readOwnNo('We can’t take all six sites at once. What we could do instead is start with the Leeds depot in March.')!.doorOpen).toBe(true);
    expect(readOwnNo('I’m not able to sign a two-year term. Would a twelve-month agreement with an option to extend work for you?')!.doorOpen).toBe(true);
  });

  it('a vague future or an offer to answer questions leaves it shut', () => {
    expect(readOwnNo('We won’t be renewing the maintenance plan. Let me know if you have any questions.')!.doorOpen).toBe(false);
    expect(readOwnNo('Thanks, but we’ll pass for now. Maybe in the future. Keep in touch!')!.doorOpen).toBe(false);
  });

  it('names timing and authority', () => {
    expect(readOwnNo('We can’t start the audit on the 3rd; our team is fully booked until the end of the month.')!.part).toBe('timing');
    expect(readOwnNo('I can’t sign off on the order myself. Anything over $20k needs approval from our finance director.')!.part).toBe('authority');
  });

  it('a bare "no" names no part', () => {
    expect(readOwnNo('Thanks for thinking of us, but we’ll pass.')!.part).toBeNull();
  });

  it('the phrasing\'s own door, before the learned reader weighs it', () => {
    expect(doorInWords('We can’t go to 40k. If you can do 35k, we can sign this week.')?.text).toMatch(/^If you can/);
    expect(doorInWords('We can’t go to 40k, and that is final.')).toBeNull();
  });

  it('the learned part head reads parts said in words no phrasing lists', () => {
    expect(readOwnNo('We already have a CRM our team likes, so switching is not something we want to do.')!.part).toBe('value');
    expect(readOwnNo('Legal has to sign off on any contract over a year, and I cannot get that before Friday, so please do not send it for signature yet.')!.part).toBe('authority');
  });

});

describe('readOwnNo: the inserts', () => {
  it('a closed "no" on price gets an if–then trade offering back what was refused, and a question', () => {
    const own = readOwnNo('Thanks for the quote, Jo. We can’t sign at that price.')!;
    expect(own.refusal.text).toBe('We can’t sign at that price.');
    expect(own.suggestions.map((s) => s.kind)).toEqual(['if-then', 'question']);
    expect(own.suggestions[0]!.text).toBe('If you can [bring the price closer to our budget], then we can sign it.');
    expect(own.suggestions[0]!.blanks).toEqual([{ start: 11, end: 49 }]);
    expect(own.suggestions[1]!.text).toMatch(/^What /);
  });

  it('a "no" that names no part also gets a sentence to name it, with the slots left visibly to fill', () => {
    const own = readOwnNo('Thanks, but I’ll pass on this one.')!;
    expect(own.suggestions.map((s) => s.kind)).toEqual(['part', 'if-then', 'question']);
    expect(own.suggestions[0]!.text).toBe("The [price / timing / terms] is what doesn't work for me: [what exactly].");
    expect(own.suggestions[1]!.text).toBe('If you can [what you could change], then I can [what we could do].');
  });

  it('an authority "no" does not offer to approve what the writer cannot approve', () => {
    const own = readOwnNo('I’m not able to approve the change order; our PMO has to sign it off.')!;
    expect(own.part).toBe('authority');
    expect(own.suggestions[0]!.text).toBe('If you can [send me a short summary], then I can take it to the person who decides.');
  });
});
