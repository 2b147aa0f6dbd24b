// @vitest-environment happy-dom
// The Gmail adapter on the hand-written page of the conversation parts no real capture shows yet
// (tests/fixtures/pages/hand-written/): the 2023-11 layout, "N older messages", hidden, collapsed and
// clipped messages, Outlook history behind Gmail's m_ id prefix, a placeholder body, the account button.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gmail } from '../../lib/mail/gmail';

const PAGE = 'tests/fixtures/pages/hand-written/gmail-thread-older-clipped.html';

describe('Gmail adapter: the rarer parts of a conversation', () => {
  it('reads every message in its state, the user from the account button, and only the sender\'s own words', () => {
    document.documentElement.innerHTML = readFileSync(PAGE, 'utf8').replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
    const t = gmail.readThread!(document)!;
    expect(t.key).toBe('gmail:18c0000000000001');
    expect(t.subject).toBe('Re: Delivery dates');
    expect(t.user).toEqual({ address: 'alex@example.com', name: 'Alex Example' });
    // The notice says 2 older messages and both are in the page: none is counted twice.
    expect(t.messages.map((m) => [m.state, m.from, m.mine, m.clipped])).toEqual([
      ['collapsed', 'Sam Placeholder', false, false],
      ['hidden', '', null, false],
      ['hidden', '', null, false],
      ['expanded', 'Sam Placeholder', false, false],
      ['expanded', 'Sam Placeholder', false, true],
    ]);
    expect(t.messages[3]!.dateText).toBe('Thu, Oct 8, 2026, 2:10 PM');
    // The quoted Outlook history after m_…appendonsend is not the sender's; the placeholder body is skipped.
    expect(t.messages[3]!.text).toBe('We can ship the first half on the 20th.');
    // The "[Message clipped]" notice is not part of the message.
    expect(t.messages[4]!.text).toBe('Here is the full schedule for the remaining orders.');
  });
});
