// Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com). Every selector
// the extension uses on Outlook is in this file, best first. Source: ../shared/docs/mail-dom.md
// §2.1 and §3.2. Outlook's class names are build hashes, so nothing here keys on a class.
// A candidate counts only if it is a multiline textbox inside a compose container and is not the
// Settings signature editor.
import type { DraftKind, PageMessage, PageThread, SiteAdapter } from './types';
import { emailIn, isForwardSubject, nameMatchesUser, parseMailDate, readBodyText } from './read';
import { byDocumentOrder, elementKey, elementOf, isEditable, outermostEditable, queryOrdered } from './dom-util';

export const OUTLOOK_SELECTORS = {
  body: [
    '[id^="editorParent_"] > [contenteditable="true"][role="textbox"]',
    '[contenteditable="true"][role="textbox"][aria-multiline="true"]',
    '[contenteditable="true"][role="textbox"][textprediction]',
    '[contenteditable="true"][aria-label^="Message body"]',
  ],
  /** Compose containers, best first (docked compose, pop-out, dialog, reading pane, main). */
  container: [
    '[id^="docking_InitVisiblePart"]',
    '[data-app-section="Form_Content"]',
    '[role="dialog"]',
    '#ReadingPaneContainerId',
    '[role="main"]',
  ],
  editorParent: '[id^="editorParent_"]',
  replyMarkers: '[id$="divRplyFwdMsg"], [id$="RplyFwdMsg"]',
  conversation: '[data-app-section="ConversationContainer"]',
  /** Subtrees never read nor changed. Received ids get prefixes (`x_`), so match by suffix. */
  exclude: ['[id$="Signature"]', '[id^="Signature"]', 'hr[tabindex="-1"]'],
  /** The start of the quoted history: it and everything after it at its level are skipped. */
  cut: ['[id$="appendonsend"]', '[id$="divRplyFwdMsg"]'],
  /** The subject by its English label; in other languages the last plain text input of the form (BRK 2026). */
  subject: ['input[aria-label="Add a subject"]'],
  /** Send: by its test id and split-button id, the English label last. */
  send: ['[data-testid="ComposeSendButton"]', '[id^="splitButton-"][id$="__primaryActionButton"]', 'button[aria-label="Send"]'],
  subjectFallback: 'input[type="text"][autocomplete="off"]',
  /** The Settings signature editor shares the body's markup; only its label tells (en, de, es/it, pt, nl). */
  signatureEditor: /^(?:Signature|Signatur|Firma|Assinatura|Handtekening)\b/i,
  /** The reading pane's conversation (mail-dom.md §2.2 and §6), for the thread view. */
  thread: {
    conversation: ['[data-app-section="ConversationContainer"]', '[data-app-section="ItemContainer"]', '#ReadingPaneContainerId'],
    from: '[id^="MSG_"][id$="_FROM"]',
    senderFallback: ['span[aria-label^="From:"]', 'span[data-lpc-hover-target-id]'],
    body: ['[role="document"] [id^="UniqueMessageBody"]', '[id^="UniqueMessageBody"]'],
    date: '[data-testid="SentReceivedSavedTime"]',
    subject: ['[role="heading"][id^="CONV_"][id$="_SUBJECT"]', 'span[id$="_SUBJECT"][role="heading"]', '#ReadingPaneContainerId div[role="heading"][aria-level="2"]'],
    conversationId: '#MailList [aria-selected="true"][data-convid]',
    currentUser: '[id^="primaryMailboxRoot"]',
    /** Received ids and classes get an `x_` prefix, so match by suffix or substring. */
    bodyExclude: ['[id$="Signature"]', '[id^="Signature"]', '[class*="gmail_quote"]', 'blockquote'],
    bodyCut: ['[id$="appendonsend"]', 'hr[tabindex="-1"]', '[id$="divRplyFwdMsg"]', '[id$="RplyFwdMsg"]'],
  },
} as const;

function containerOf(el: Element): Element | null {
  for (const sel of OUTLOOK_SELECTORS.container) {
    const c = el.closest(sel);
    if (c) return c;
  }
  return null;
}

function isBody(el: Element | null): el is HTMLElement {
  if (!el || el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return false;
  if (!isEditable(el) || el.getAttribute('contenteditable') === 'false') return false;
  if (el.getAttribute('aria-multiline') !== 'true') return false; // recipient wells are single-line
  if (OUTLOOK_SELECTORS.signatureEditor.test(el.getAttribute('aria-label') ?? '')) return false;
  if (!containerOf(el)) return false;
  const outer = el.parentElement?.closest('[contenteditable="true"]');
  return !outer;
}

function findBodies(doc: Document): HTMLElement[] {
  return (queryOrdered(doc, OUTLOOK_SELECTORS.body).filter(isBody) as HTMLElement[]).sort(byDocumentOrder);
}

function bodyFrom(node: EventTarget | null): HTMLElement | null {
  return outermostEditable(elementOf(node), isBody);
}

function composeRoot(body: HTMLElement): HTMLElement {
  const c = containerOf(body);
  // The reading pane and the main region are far larger than the draft: place beside the editor then.
  if (c instanceof HTMLElement && (c.matches('[id^="docking_InitVisiblePart"], [data-app-section="Form_Content"], [role="dialog"]'))) return c;
  return (body.closest(OUTLOOK_SELECTORS.editorParent) as HTMLElement | null) ?? body;
}

function draftKey(body: HTMLElement): string {
  const parent = body.closest(OUTLOOK_SELECTORS.editorParent);
  return `outlook:${parent?.id || elementKey('body', body)}`;
}

function subjectOf(container: Element | null): string {
  if (!container) return '';
  const labelled = container.querySelector<HTMLInputElement>(OUTLOOK_SELECTORS.subject.join(', '));
  return (labelled ?? [...container.querySelectorAll<HTMLInputElement>(OUTLOOK_SELECTORS.subjectFallback)].at(-1))?.value ?? '';
}

function draftKind(body: HTMLElement): DraftKind {
  const subject = subjectOf(containerOf(body));
  if (isForwardSubject(subject)) return 'forward';
  if (body.querySelector(OUTLOOK_SELECTORS.replyMarkers) || body.closest(OUTLOOK_SELECTORS.conversation)) return 'reply';
  return 'new';
}

function firstOf(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    const el = root.querySelector(sel);
    if (el) return el;
  }
  return null;
}

/** The mailbox owner from the folder tree (§9): an address, or a display name. */
function outlookUser(doc: Document): { address: string | null; name: string | null } | null {
  const el = doc.querySelector(OUTLOOK_SELECTORS.thread.currentUser);
  if (!el) return null;
  const values = [el.getAttribute('title'), el.getAttribute('data-folder-name')].filter((v): v is string => !!v && !!v.trim());
  const address = values.map(emailIn).find(Boolean) ?? null;
  const name = values.find((v) => !emailIn(v))?.trim() ?? null;
  return address || name ? { address, name } : null;
}

/** The message around a sender element: its largest ancestor inside the conversation holding no other sender. */
function messageOf(from: Element, conversation: Element): Element {
  let el = from;
  while (el.parentElement && el.parentElement !== conversation && el.parentElement.querySelectorAll(OUTLOOK_SELECTORS.thread.from).length === 1) el = el.parentElement;
  return el;
}

/** Each message of the conversation, found by its sender. */
const messagesIn = (conversation: Element): Element[] => [...conversation.querySelectorAll(OUTLOOK_SELECTORS.thread.from)].map((f) => messageOf(f, conversation));

function threadMessages(doc: Document): Element[] {
  const conversation = firstOf(doc, OUTLOOK_SELECTORS.thread.conversation);
  return conversation ? messagesIn(conversation) : [];
}

function readThread(doc: Document): PageThread | null {
  const T = OUTLOOK_SELECTORS.thread;
  const conversation = firstOf(doc, T.conversation);
  if (!conversation) return null;
  const user = outlookUser(doc);
  const dayFirst = !/^en-US|^en$/i.test(doc.documentElement.lang || (doc.defaultView?.navigator.language ?? 'en-US'));
  const containers = messagesIn(conversation);
  // A lone message view may show a body without a sender element.
  for (const b of conversation.querySelectorAll(T.body[1]!)) if (!containers.some((c) => c.contains(b))) containers.push(b);
  containers.sort(byDocumentOrder);
  const messages: PageMessage[] = containers.map((c) => {
    const fromEl = c.querySelector(T.from) ?? firstOf(c, T.senderFallback);
    const label = fromEl?.getAttribute('aria-label') ?? '';
    const shown = (label ? label.replace(/^[^:]{1,14}:\s*/, '') : fromEl?.textContent ?? '').trim();
    const address = emailIn(label) ?? emailIn(fromEl?.getAttribute('title')) ?? emailIn(fromEl?.textContent);
    const name = shown.replace(/\s*<[^>]*>\s*$/, '').trim() || address || '';
    const body = firstOf(c, T.body);
    const dateText = c.querySelector(T.date)?.textContent?.trim() ?? '';
    let mine: boolean | null = null;
    if (user) {
      if (address && user.address) mine = address === user.address;
      // Same-organisation senders show only a name: it is the user's on a name match, and not
      // the user's only when the user's own name is known to differ.
      else if (name) mine = nameMatchesUser(name, user) ? true : user.name ? false : null;
    }
    return {
      from: name,
      address,
      date: parseMailDate(dateText, new Date(), dayFirst, doc.documentElement.lang) ?? undefined,
      dateText,
      text: body ? readBodyText(body, { exclude: T.bodyExclude, cut: T.bodyCut }) : '',
      mine: fromEl ? mine : null,
      state: body ? 'expanded' : 'collapsed',
      clipped: false,
    };
  });
  if (!messages.length) return null;
  const id = doc.querySelector(T.conversationId)?.getAttribute('data-convid');
  const subject = firstOf(doc, T.subject)?.textContent?.trim() ?? '';
  return { key: `outlook:${id || doc.location?.pathname || subject}`, subject, messages, user };
}

export const outlook: SiteAdapter = {
  site: 'outlook',
  hosts: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'],
  bodySelectors: OUTLOOK_SELECTORS.body,
  ownText: { exclude: OUTLOOK_SELECTORS.exclude, cut: OUTLOOK_SELECTORS.cut },
  isBody,
  findBodies,
  bodyFrom,
  composeRoot,
  draftKey,
  draftKind,
  readThread,
  threadMessages,
  sendSelectors: OUTLOOK_SELECTORS.send,
};
