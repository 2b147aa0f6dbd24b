// Gmail (mail.google.com). Every selector the extension uses on Gmail is in this file, best first.
// Source: ../shared/docs/mail-dom.md §1.1 and §3.2 (attribute-based first, Gmail's obfuscated
// classes only as the last fallback). A candidate counts only if its compose root holds the
// per-draft hidden inputs: that rules out the hidden plain-text textarea, the Settings signature
// editor and Chat inputs, which also carry `g_editable`.
import type { DraftKind, SiteAdapter } from './types';
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
  if (/^\s*fw(d)?:/i.test(subject)) return 'forward';
  if (rm || body.closest('.ip, .AO')) return 'reply';
  return 'new';
}

export const gmail: SiteAdapter = {
  site: 'gmail',
  hosts: ['mail.google.com'],
  bodySelectors: GMAIL_SELECTORS.body,
  excludeSelector: GMAIL_SELECTORS.exclude.join(', '),
  cutSelector: GMAIL_SELECTORS.cut.join(', '),
  isBody,
  findBodies,
  bodyFrom,
  composeRoot,
  draftKey,
  draftKind,
};
