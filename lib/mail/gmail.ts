// Gmail (mail.google.com). Every selector the extension uses on Gmail is in this file, best first.
// Source: ../shared/docs/mail-dom.md §1.1 and §3.2 (attribute-based first, Gmail's obfuscated
// classes only as the last fallback). A candidate counts only if its compose root holds the
// per-draft hidden inputs: that rules out the hidden plain-text textarea, the Settings signature
// editor and Chat inputs, which also carry `g_editable`.
import type { DraftKind, PageMessage, PageThread, SiteAdapter } from './types';
import { emailIn, isForwardSubject, nameMatchesUser, parseMailDate, readBodyText } from './read';
import { byDocumentOrder, elementKey, elementOf, isEditable, outermostEditable, queryOrdered } from './dom-util';

export const GMAIL_SELECTORS = {
  body: [
    'div[g_editable="true"][contenteditable="true"][role="textbox"]',
    '.Ap [g_editable="true"]',
    'div.M9 div[contenteditable="true"][role="textbox"][aria-multiline="true"]',
    'div[aria-label="Message Body"][contenteditable="true"]',
    'div.M9 .Am.Al.editable[contenteditable="true"]',
  ],
  /** The compose root of every variant (mole, full screen, inline, pop-out). */
  root: 'div.M9',
  /** Hidden inputs that prove a compose root. */
  ids: 'input[name="draft"], input[name="composeid"]',
  draftId: 'input[name="draft"]',
  composeId: 'input[name="composeid"]',
  repliedMessage: 'input[name="rm"]',
  subject: ['input[name="subjectbox"]', 'input[name="subject"]'],
  /**
   * Send, never "More send options" beside it (also `T-I-atl`): `aoO` marks Send in every capture
   * seen; then by its place in the send row; the English tooltip last.
   */
  send: ['.btC [role="button"].aoO', '[role="button"].T-I.aoO', '.btC [role="button"].T-I-atl:not([aria-haspopup])', 'div[role="button"][data-tooltip^="Send"]'],
  /** The window to place the sidebar beside, best first. */
  window: ['[role="dialog"]', '.ip', '.AO', '[role="main"]'],
  exclude: [
    '.gmail_quote',
    '.gmail_quote_container',
    '.gmail_attr',
    'blockquote.gmail_quote',
    '.gmail_signature',
    '.gmail_signature_prefix',
    '[data-smartmail="gmail_signature"]',
    '.gmail_extra',
  ],
  /** Nothing in a Gmail body cuts off everything after it; quotes and signatures are subtrees. */
  cut: [] as string[],
  /** The conversation view (mail-dom.md §1.2 and §6), for the thread view. */
  thread: {
    root: ['[role="main"] .g.id .a98.iY', '[role="main"] .g.id table.Bs > tr', 'div.iY', '[role="main"]'],
    subject: ['h2.hP', 'h2[data-thread-perm-id]', 'h2[data-legacy-thread-id]'],
    threadId: ['[data-thread-perm-id]', '[data-legacy-thread-id]'],
    items: 'div[role="list"] > div[role="listitem"]',
    message: 'div.adn[data-message-id]',
    /** Header only in the page. */
    collapsed: '.kv',
    /** Behind "N older messages" (the `.adv` notice). */
    hidden: '.kQ, .kx',
    olderNotice: '.adv',
    sender: ['span.gD[email]', 'h3 span[email]', 'span[email][name]'],
    date: ['span.g3[title]', '.ads .gK .g3', 'span[tabindex="-1"][alt]'],
    body: ['.ii.gt > .a3s:not(.undefined)', '.ii.gt .a3s:not(.undefined)', '.a3s.aiL:not(.undefined)', '.a3s.aXjCH:not(.undefined)'],
    /** Not the sender's own words: quoted history, trimmed blocks, the clipped notice, signatures. */
    bodyExclude: ['[class*="gmail_quote"]', '.adL', '.adm', '.iX', '.gmail_signature', '.gmail_signature_prefix', '[data-smartmail="gmail_signature"]', 'blockquote', '[id$="Signature"]'],
    /** The "•••" toggle: its wrapper holds the trimmed content. */
    bodyExcludeParentOf: ['.adm'],
    /** Outlook-style history inside a received body (ids get Gmail's `m_` prefix). */
    bodyCut: ['[id$="appendonsend"]', '[id$="divRplyFwdMsg"]'],
    clipped: '.iX a[href*="view=lg"]',
    /** The compose window inside a message (an inline reply) is not part of the message. */
    compose: '.ip, div.M9',
    /**
     * The account button carries "Google Account: Name (address)", in the interface's language: found
     * by its sign-out link first (any language), by the English label only as a fallback.
     */
    account: ['a[href*="SignOutOptions"][aria-label]', 'a[aria-label^="Google Account"]'],
    /** The sender as Gmail shows the user in collapsed headers (English; other languages are told by the address). */
    meName: /^me$/i,
  },
} as const;

function isBody(el: Element | null): el is HTMLElement {
  if (!el || el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return false;
  if (!isEditable(el) || el.getAttribute('contenteditable') === 'false') return false;
  const root = el.closest(GMAIL_SELECTORS.root);
  if (!root || !root.querySelector(GMAIL_SELECTORS.ids)) return false;
  // The body is the outermost editable inside its root, never a node nested in it.
  const outer = el.parentElement?.closest('[contenteditable="true"]');
  return !(outer && root.contains(outer));
}

function findBodies(doc: Document): HTMLElement[] {
  const found = queryOrdered(doc, GMAIL_SELECTORS.body).filter(isBody) as HTMLElement[];
  return found.sort(byDocumentOrder);
}

function bodyFrom(node: EventTarget | null): HTMLElement | null {
  return outermostEditable(elementOf(node), isBody);
}

function composeRoot(body: HTMLElement): HTMLElement {
  for (const sel of GMAIL_SELECTORS.window) {
    const w = body.closest(sel);
    if (w instanceof HTMLElement) return w;
  }
  return (body.closest(GMAIL_SELECTORS.root) as HTMLElement | null) ?? body;
}

function draftKey(body: HTMLElement): string {
  const root = body.closest(GMAIL_SELECTORS.root);
  const draft = root?.querySelector<HTMLInputElement>(GMAIL_SELECTORS.draftId)?.value;
  if (draft) return `gmail:${draft}`;
  const compose = root?.querySelector<HTMLInputElement>(GMAIL_SELECTORS.composeId)?.value;
  // composeid alone repeats across windows ("1"); pair it with the element identity.
  return `gmail:${compose ? `compose-${compose}:` : ''}${elementKey('body', body)}`;
}

function draftKind(body: HTMLElement): DraftKind {
  const root = body.closest(GMAIL_SELECTORS.root);
  const rm = root?.querySelector<HTMLInputElement>(GMAIL_SELECTORS.repliedMessage)?.value;
  const subject = root?.querySelector<HTMLInputElement>(GMAIL_SELECTORS.subject.join(', '))?.value ?? '';
  if (isForwardSubject(subject)) return 'forward';
  if (rm || body.closest('.ip, .AO')) return 'reply';
  return 'new';
}

function firstIn(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    try {
      const el = root.querySelector(sel);
      if (el) return el;
    } catch { /* unsupported selector */ }
  }
  return null;
}

/** The user, from the window title ("… - address - Gmail") or the account button (§9). */
function gmailUser(doc: Document): { address: string | null; name: string | null } | null {
  const T = GMAIL_SELECTORS.thread;
  const fromTitle = /([^\s<>()]+@[^\s<>()]+)\s+-\s+Gmail\s*$/.exec(doc.title)?.[1];
  if (fromTitle) return { address: fromTitle.toLowerCase(), name: null };
  const label = firstIn(doc, T.account)?.getAttribute('aria-label') ?? '';
  const address = emailIn(label);
  if (!address) return null;
  const name = /:\s*([^()]+?)\s*\(/.exec(label)?.[1] ?? null;
  return { address, name };
}

/** The conversation's root and its message items (the thread view reads them; a reply's sidebar keeps off them). */
function threadItems(doc: Document): { root: Element | null; items: Element[] } {
  const root = firstIn(doc, GMAIL_SELECTORS.thread.root) ?? doc.body;
  return { root, items: root ? [...root.querySelectorAll(GMAIL_SELECTORS.thread.items)] : [] };
}

const threadMessages = (doc: Document): Element[] => threadItems(doc).items;

function readThread(doc: Document): PageThread | null {
  const T = GMAIL_SELECTORS.thread;
  const { root, items } = threadItems(doc);
  if (!root || !items.length) return null;
  const user = gmailUser(doc);
  const messages: PageMessage[] = [];
  for (const item of items) {
    const inCompose = (el: Element) => !!el.closest(T.compose) && !item.matches(T.compose);
    const pick = (sels: readonly string[]) => {
      for (const sel of sels) {
        for (const el of item.querySelectorAll(sel)) if (!inCompose(el)) return el;
      }
      return null;
    };
    const message = item.querySelector(T.message);
    const hidden = item.matches(T.hidden) || !!item.querySelector(T.hidden);
    const senderEl = pick(T.sender);
    const address = senderEl?.getAttribute('email')?.toLowerCase() ?? null;
    const shown = senderEl?.textContent?.trim() ?? '';
    const name = senderEl?.getAttribute('name')?.trim() || shown || address || '';
    const dateEl = pick(T.date);
    const dateText = dateEl?.getAttribute('title') || dateEl?.getAttribute('alt') || dateEl?.textContent?.trim() || '';
    const body = message ? pick(T.body) : null;
    const text = body ? readBodyText(body, { exclude: T.bodyExclude, cut: T.bodyCut, excludeParentOf: T.bodyExcludeParentOf }) : '';
    let mine: boolean | null = null;
    if (address && user?.address) mine = address === user.address;
    if (T.meName.test(shown)) mine = true; // Gmail calls the user "me"
    else if (mine === null && user && name && nameMatchesUser(name, user)) mine = true;
    else if (mine === null && user?.address && address) mine = false;
    const date = parseMailDate(dateText, new Date(), false, doc.documentElement.lang) ?? undefined;
    messages.push({
      from: name,
      address,
      date,
      dateText,
      text,
      mine: senderEl ? mine : null,
      state: body ? 'expanded' : hidden || !senderEl ? 'hidden' : 'collapsed',
      clipped: !!body && !!item.querySelector(T.clipped),
    });
  }
  // "N older messages" without items for them: count them as hidden, with nothing else known.
  const older = root.querySelector(T.olderNotice);
  const shownHidden = messages.filter((m) => m.state === 'hidden').length;
  const n = Number(/\d+/.exec(older?.textContent ?? '')?.[0] ?? 0);
  for (let k = shownHidden; k < n; k++) messages.splice(1, 0, { from: '', address: null, dateText: '', text: '', mine: null, state: 'hidden', clipped: false });
  const id = firstIn(root, T.threadId) ?? firstIn(doc, T.threadId);
  const key = id?.getAttribute('data-thread-perm-id') || id?.getAttribute('data-legacy-thread-id') || doc.location?.hash || 'gmail';
  return { key: `gmail:${key}`, subject: firstIn(root, T.subject)?.textContent?.trim() ?? firstIn(doc, T.subject)?.textContent?.trim() ?? '', messages, user };
}

export const gmail: SiteAdapter = {
  site: 'gmail',
  hosts: ['mail.google.com'],
  bodySelectors: GMAIL_SELECTORS.body,
  ownText: { exclude: GMAIL_SELECTORS.exclude, cut: GMAIL_SELECTORS.cut },
  isBody,
  findBodies,
  bodyFrom,
  composeRoot,
  draftKey,
  draftKind,
  readThread,
  threadMessages,
  sendSelectors: GMAIL_SELECTORS.send,
};
