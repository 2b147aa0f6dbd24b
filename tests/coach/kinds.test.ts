// Sentences written for this test, one or two per kind of language each category covers, worded
// differently from the rules' own examples: a check that the rules generalise to the kind, and that
// look-alikes stay quiet.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/coach';

const CASES: Array<[string, string[]]> = [
  ["Why haven't you answered my last three emails?", ['why']],
  ['Why would we pay more for the same service?', ['why']],
  ["Why is it so hard to get a straight answer from your team?", ['why']],
  ['Could you explain why the refund was denied?', ['why']],
  ["I still don't see why you need another two weeks.", ['why']],
  ['Why on earth did you send it to the client?', ['why']],
  ['Why are we only hearing about this now?', ['why']],
  ["Why shouldn't we just cancel the contract?", ['why']],
  ["Tell me why I should keep working with you.", ['why']],
  ["That was never our responsibility.", ['defensive']],
  ["Per my previous email, the price includes shipping.", ['defensive']],
  ["We did exactly what the contract says.", ['defensive']],
  ["If you had read the proposal, you would know this.", ['defensive']],
  ["The delay was caused by your team, not ours.", ['defensive']],
  ["You misread the invoice.", ['defensive']],
  ["I already sent you the file twice.", ['defensive']],
  ["With all due respect, that's not how it works.", ['defensive']],
  ["You were told about this in March.", ['defensive']],
  ["We are not to blame for the customs hold-up.", ['defensive']],
  ["Frankly, you have no idea what you're talking about.", ['ego']],
  ["If this isn't fixed by Monday, we'll cancel the contract.", ['ego']],
  ["I'm the one paying the bills here.", ['ego']],
  ["Great, another missed deadline.", ['ego']],
  ["That's the most ridiculous offer I've ever seen.", ['ego']],
  ["Nobody in their right mind would accept these terms.", ['ego']],
  ["We don't negotiate on price, period.", ['ego']],
  ["Let me put this in terms you'll understand.", ['ego']],
  ["I WANT THIS RESOLVED TODAY.", ['ego']],
  ["Honestly, a child could have done a better job.", ['ego']],
  ["Oh sure, because that worked so well last time.", ['ego']],
  ["Whatever, it's your call.", ['withdrawal']],
  ["Forget the whole thing.", ['withdrawal']],
  ["I'm not going to discuss this any further.", ['withdrawal']],
  ["We'll just find another supplier.", ['withdrawal']],
  ["Do what you like, I'm out.", ['withdrawal']],
  ["There's nothing more to talk about.", ['withdrawal']],
  ["It's pointless to keep going back and forth.", ['withdrawal']],
  ["Never mind, it doesn't matter anymore.", ['withdrawal']],
  // clean look-alikes
  ["This is why we recommend the annual plan.", []],
  ["I understand why the team is cautious.", []],
  ["The error was in the spreadsheet formula, and it's fixed now.", []],
  ["We regret that we can't attend the summit.", []],
  ["Please see my previous email for the agenda.", []],
  ["As discussed, I'll send the revised draft tomorrow.", []],
  ["Fine print aside, the offer looks good.", []],
  ["The final version is attached.", []],
  ["Great work on the launch, everyone!", []],
  ["It doesn't matter which room we use.", []],
  ["Forget about the old login; use the new portal.", []],
  ["We have other options for the venue, such as the hotel.", []],
  ["Never mind the typo in my last note.", []],
  ["Could you explain how the discount is calculated?", []],
  ["Our lawyer will review the draft this week.", []],
  ["Let's not rush this decision.", []],
  ["You should have received the contract by now.", []],
  ["I'm done with the first draft.", []],
  ["Is this the final offer, or is there room to move?", []],
  ["Seriously, thank you for stepping in.", []],
  ["Whatever time suits you is fine.", []],
  ["Why don't you take Friday off? You've earned it.", []],
];

describe('kinds of language', () => {
  it.each(CASES)('%s -> %j', (sentence, want) => {
    const got = new Set(analyze(sentence).filter((f) => f.category !== 'strength').map((f) => f.category));
    if (want.length === 0) expect([...got]).toEqual([]);
    else for (const c of want) expect([...got]).toContain(c);
  });
});
