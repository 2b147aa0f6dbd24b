// The pages every selector group in gmail.ts and outlook.ts was checked against, and what the group
// finds on each, the way Refined GitHub pairs each selector with the pages it must match.
// tests/mail/checked-against.test.ts loads each page and fails when a group finds anything else.
//
// A `capture` is a sanitised real page in tests/fixtures/pages/ (where it came from: SOURCES.md there).
// A `handWritten` page is the project's own, written from ../shared/docs/mail-dom.md: a group with
// only hand-written pages has no real evidence yet, and says so here. Only tests import this file.
import type { GMAIL_SELECTORS } from './gmail';
import type { OUTLOOK_SELECTORS } from './outlook';

/** Every group of a selector object as a dotted path ('body', 'thread.sender'); patterns that are not selectors are left out. */
export type SelectorGroup<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | readonly string[]
    ? `${P}${K}`
    : T[K] extends RegExp ? never : SelectorGroup<T[K], `${P}${K}.`>;
}[keyof T & string];

export interface Finds {
  /**
   * What the group finds on the page (all its alternatives together), in document order, each
   * element as `tag#id[name=…]`, else `tag.class.class`, else `tag[role=…]`; `… ×n` for n alike in a row.
   */
  finds: readonly string[];
  /** For a list of alternatives: which ones (0 = best) find something on this page. */
  alternatives?: readonly number[];
  /** Look only inside this element (a draft's own body, one message), not the whole page. */
  within?: string;
}

export type PageCheck = Finds & ({ capture: string } | { handWritten: string });

export type CheckedAgainst<T> = Record<SelectorGroup<T>, readonly PageCheck[]>;

const GMAIL_COMPOSE_2020 = 'tests/fixtures/pages/gmail-compose-popup-2020-10.html';
const GMAIL_REPLY = 'tests/e2e/fixtures/gmail-reply.html';
const GMAIL_THREAD = 'tests/e2e/fixtures/gmail-thread.html';
const GMAIL_THREAD_OLDER = 'tests/fixtures/pages/hand-written/gmail-thread-older-clipped.html';
const GMAIL_POPOUT = 'tests/e2e/fixtures/gmail-popout.html';
const GMAIL_FULLSCREEN = 'tests/e2e/fixtures/gmail-fullscreen.html';
const GMAIL_REPLY_BODY = '[id=":r1"]';
const GMAIL_THREAD_LAST_BODY = '[data-message-id="#msg-f:1810000000000000004"] .a3s';

export const GMAIL_CHECKED_AGAINST: CheckedAgainst<typeof GMAIL_SELECTORS> = {
  body: [
    { capture: GMAIL_COMPOSE_2020, finds: ['div#:8o'], alternatives: [0, 1, 2, 3, 4] },
    { handWritten: GMAIL_REPLY, finds: ['div#:r1'], alternatives: [0, 1, 2, 3, 4] },
  ],
  root: [
    { capture: GMAIL_COMPOSE_2020, finds: ['div.M9'] },
    { handWritten: GMAIL_REPLY, finds: ['div.M9'] },
    { handWritten: GMAIL_POPOUT, finds: ['div.M9'] },
    { handWritten: GMAIL_FULLSCREEN, finds: ['div.M9'] },
  ],
  ids: [
    { capture: GMAIL_COMPOSE_2020, finds: ['input[name=composeid]', 'input#:87[name=draft]'] },
    { handWritten: GMAIL_REPLY, finds: ['input[name=composeid]', 'input[name=draft]'] },
  ],
  draftId: [{ capture: GMAIL_COMPOSE_2020, finds: ['input#:87[name=draft]'] }],
  composeId: [{ capture: GMAIL_COMPOSE_2020, finds: ['input[name=composeid]'] }],
  repliedMessage: [
    { capture: GMAIL_COMPOSE_2020, finds: ['input#:8b[name=rm]'] },
    { handWritten: GMAIL_REPLY, finds: ['input[name=rm]'] },
  ],
  subject: [{ capture: GMAIL_COMPOSE_2020, finds: ['input#:7j[name=subjectbox]', 'input#:84[name=subject]'], alternatives: [0, 1] }],
  send: [{ capture: GMAIL_COMPOSE_2020, finds: ['div#:79'], alternatives: [0, 1, 2, 3] }],
  window: [
    { capture: GMAIL_COMPOSE_2020, finds: ['div.nH.Hd'], alternatives: [0] },
    { handWritten: GMAIL_REPLY, finds: ['div.list', 'div.AO', 'div.ip.adB'], alternatives: [1, 2, 3] },
    { handWritten: GMAIL_POPOUT, finds: ['div.popout'], alternatives: [3] },
    { handWritten: GMAIL_FULLSCREEN, finds: ['div.main', 'div.nH.Hd.fullscreen'], alternatives: [0, 3] },
  ],
  exclude: [
    {
      handWritten: GMAIL_REPLY,
      within: GMAIL_REPLY_BODY,
      finds: ['span.gmail_signature_prefix', 'div.gmail_signature', 'div.gmail_quote.gmail_quote_container', 'div.gmail_attr', 'blockquote.gmail_quote'],
      alternatives: [0, 1, 2, 3, 4, 5, 6],
    },
  ],
  cut: [],
  'thread.root': [
    { handWritten: GMAIL_THREAD, finds: ['div.list'], alternatives: [3] },
    { handWritten: GMAIL_THREAD_OLDER, finds: ['div[role=main]', 'div.a98.iY'], alternatives: [0, 2, 3] },
  ],
  'thread.subject': [
    { handWritten: GMAIL_THREAD, finds: ['h2.hP'], alternatives: [0, 1] },
    { handWritten: GMAIL_THREAD_OLDER, finds: ['h2.hP'], alternatives: [0, 2] },
  ],
  'thread.threadId': [
    { handWritten: GMAIL_THREAD, finds: ['h2.hP'], alternatives: [0] },
    { handWritten: GMAIL_THREAD_OLDER, finds: ['h2.hP'], alternatives: [1] },
  ],
  'thread.items': [
    { handWritten: GMAIL_THREAD, finds: ['div[role=listitem] ×4'] },
    { handWritten: GMAIL_THREAD_OLDER, finds: ['div[role=listitem]', 'div.kQ ×2', 'div[role=listitem] ×2'] },
  ],
  'thread.message': [
    { handWritten: GMAIL_THREAD, finds: ['div.adn.h7 ×3'] },
    { handWritten: GMAIL_THREAD_OLDER, finds: ['div.adn.ads ×2'] },
  ],
  'thread.collapsed': [{ handWritten: GMAIL_THREAD, finds: ['div.kv'] }],
  'thread.hidden': [{ handWritten: GMAIL_THREAD_OLDER, finds: ['div.kQ ×2'] }],
  'thread.olderNotice': [{ handWritten: GMAIL_THREAD_OLDER, finds: ['div.adv'] }],
  'thread.sender': [
    { handWritten: GMAIL_THREAD, finds: ['span.gD ×4'], alternatives: [0, 1, 2] },
    { handWritten: GMAIL_THREAD_OLDER, finds: ['span.gD ×3'], alternatives: [0, 1, 2] },
  ],
  'thread.date': [
    { handWritten: GMAIL_THREAD, finds: ['span.g3 ×4'], alternatives: [0] },
    { handWritten: GMAIL_THREAD_OLDER, finds: ['span.g3 ×3'], alternatives: [0, 1, 2] },
  ],
  'thread.body': [
    { handWritten: GMAIL_THREAD, finds: ['div.a3s.aiL ×3'], alternatives: [0, 1, 2] },
    { handWritten: GMAIL_THREAD_OLDER, finds: ['div.a3s.aXjCH', 'div.a3s.aiL'], alternatives: [0, 1, 2, 3] },
  ],
  'thread.bodyExclude': [
    { handWritten: GMAIL_THREAD, within: GMAIL_THREAD_LAST_BODY, finds: ['div.adm', 'div.adL', 'div.gmail_quote.gmail_quote_container', 'blockquote.gmail_quote'], alternatives: [0, 1, 2, 7] },
    { handWritten: GMAIL_THREAD_OLDER, finds: ['div.iX'], alternatives: [3] },
  ],
  'thread.bodyExcludeParentOf': [{ handWritten: GMAIL_THREAD, finds: ['div.adm'] }],
  'thread.bodyCut': [{ handWritten: GMAIL_THREAD_OLDER, finds: ['div#m_-4401appendonsend', 'div#m_-4401divRplyFwdMsg'], alternatives: [0, 1] }],
  'thread.clipped': [{ handWritten: GMAIL_THREAD_OLDER, finds: ['a'] }],
  'thread.compose': [
    { capture: GMAIL_COMPOSE_2020, finds: ['div.M9'] },
    { handWritten: GMAIL_THREAD, finds: ['div.ip.adB', 'div.M9'] },
  ],
  'thread.account': [{ handWritten: GMAIL_THREAD_OLDER, finds: ['a.gb_A'], alternatives: [0, 1] }],
};

// No real capture of Outlook on the web has been found under a licence this repository can keep
// (mail-dom.md §7): every Outlook group is checked against hand-written pages only.
const OUTLOOK_NEW = 'tests/e2e/fixtures/outlook-new.html';
const OUTLOOK_REPLY = 'tests/e2e/fixtures/outlook-reply.html';
const OUTLOOK_THREAD = 'tests/e2e/fixtures/outlook-thread.html';
const OUTLOOK_POPOUT = 'tests/e2e/fixtures/outlook-popout.html';
const OUTLOOK_NEW_BODY = '#editorParent_1';
const OUTLOOK_REPLY_BODY = '#editorParent_2';
const OUTLOOK_RECEIVED_BODY = '#UniqueMessageBody_4';

export const OUTLOOK_CHECKED_AGAINST: CheckedAgainst<typeof OUTLOOK_SELECTORS> = {
  body: [
    { handWritten: OUTLOOK_NEW, finds: ['div.dFCbN.k1Ttj.dPKNh.DziEn'], alternatives: [0, 1, 2, 3] },
    { handWritten: OUTLOOK_REPLY, finds: ['div[role=textbox]'], alternatives: [0, 1, 2, 3] },
  ],
  container: [
    { handWritten: OUTLOOK_NEW, finds: ['div.o-pane', 'div#docking_InitVisiblePart_0'], alternatives: [0, 4] },
    { handWritten: OUTLOOK_REPLY, finds: ['div#ReadingPaneContainerId'], alternatives: [3, 4] },
    { handWritten: OUTLOOK_POPOUT, finds: ['div.o-popout'], alternatives: [1] },
  ],
  editorParent: [
    { handWritten: OUTLOOK_NEW, finds: ['div#editorParent_1'] },
    { handWritten: OUTLOOK_REPLY, finds: ['div#editorParent_2'] },
  ],
  replyMarkers: [{ handWritten: OUTLOOK_REPLY, within: OUTLOOK_REPLY_BODY, finds: ['div#divRplyFwdMsg'] }],
  conversation: [{ handWritten: OUTLOOK_REPLY, finds: ['div[data-app-section=ConversationContainer]'] }],
  exclude: [
    { handWritten: OUTLOOK_NEW, within: OUTLOOK_NEW_BODY, finds: ['div#Signature'], alternatives: [0, 1] },
    { handWritten: OUTLOOK_REPLY, within: OUTLOOK_REPLY_BODY, finds: ['div#Signature', 'hr'], alternatives: [0, 1, 2] },
  ],
  cut: [{ handWritten: OUTLOOK_REPLY, within: OUTLOOK_REPLY_BODY, finds: ['div#appendonsend', 'div#divRplyFwdMsg'], alternatives: [0, 1] }],
  subject: [{ handWritten: OUTLOOK_NEW, finds: ['input[aria-label=Add a subject]'] }],
  send: [
    { handWritten: OUTLOOK_NEW, finds: ['div.o-send'], alternatives: [0] },
    { handWritten: OUTLOOK_REPLY, finds: ['div.o-send'], alternatives: [0] },
  ],
  subjectFallback: [
    { handWritten: OUTLOOK_NEW, finds: ['input[aria-label=Add a subject]'] },
    { handWritten: OUTLOOK_POPOUT, finds: ['input[aria-label=Add a subject]'] },
  ],
  'thread.conversation': [
    { handWritten: OUTLOOK_REPLY, finds: ['div#ReadingPaneContainerId', 'div[data-app-section=ConversationContainer]'], alternatives: [0, 2] },
    { handWritten: OUTLOOK_THREAD, finds: ['div#ReadingPaneContainerId', 'div[data-app-section=ConversationContainer]'], alternatives: [0, 2] },
  ],
  'thread.from': [
    { handWritten: OUTLOOK_REPLY, finds: ['div#MSG_0_FROM'] },
    { handWritten: OUTLOOK_THREAD, finds: ['span#MSG_4_FROM', 'span#MSG_3_FROM', 'span#MSG_2_FROM', 'span#MSG_1_FROM'] },
  ],
  'thread.senderFallback': [{ handWritten: OUTLOOK_THREAD, finds: ['span#MSG_4_FROM', 'span#MSG_3_FROM', 'span#MSG_2_FROM', 'span#MSG_1_FROM'], alternatives: [0] }],
  'thread.body': [
    { handWritten: OUTLOOK_REPLY, finds: ['div#UniqueMessageBody_1'], alternatives: [0, 1] },
    { handWritten: OUTLOOK_THREAD, finds: ['div#UniqueMessageBody_4', 'div#UniqueMessageBody_3', 'div#UniqueMessageBody_1'], alternatives: [0, 1] },
  ],
  'thread.date': [{ handWritten: OUTLOOK_THREAD, finds: ['span.o-date ×4'] }],
  'thread.subject': [{ handWritten: OUTLOOK_THREAD, finds: ['div#CONV_AAQkADc3_SUBJECT'], alternatives: [0, 2] }],
  'thread.conversationId': [{ handWritten: OUTLOOK_THREAD, finds: ['div.item'] }],
  'thread.currentUser': [{ handWritten: OUTLOOK_THREAD, finds: ['div#primaryMailboxRoot_a1b2'] }],
  'thread.bodyExclude': [{ handWritten: OUTLOOK_THREAD, within: OUTLOOK_RECEIVED_BODY, finds: ['div#x_Signature'], alternatives: [0] }],
  'thread.bodyCut': [
    { handWritten: OUTLOOK_THREAD, within: OUTLOOK_RECEIVED_BODY, finds: ['div#x_appendonsend', 'hr', 'div#x_divRplyFwdMsg'], alternatives: [0, 1, 2, 3] },
  ],
};
