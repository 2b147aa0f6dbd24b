// Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com). Every selector
// the extension uses on Outlook is in this file, best first. Source: ../shared/docs/mail-dom.md
// §2.1 and §3.2. Outlook's class names are build hashes, so nothing here keys on a class.
// A candidate counts only if it is a multiline textbox inside a compose container and is not the
// Settings signature editor.
import type { DraftKind, SiteAdapter } from './types';
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
  subject: ['input[aria-label="Add a subject"]'],
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
  if (/^Signature/i.test(el.getAttribute('aria-label') ?? '')) return false;
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

function draftKind(body: HTMLElement): DraftKind {
  const subject = containerOf(body)?.querySelector<HTMLInputElement>(OUTLOOK_SELECTORS.subject.join(', '))?.value ?? '';
  if (/^\s*fw(d)?:/i.test(subject)) return 'forward';
  if (body.querySelector(OUTLOOK_SELECTORS.replyMarkers) || body.closest(OUTLOOK_SELECTORS.conversation)) return 'reply';
  return 'new';
}

export const outlook: SiteAdapter = {
  site: 'outlook',
  hosts: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'],
  bodySelectors: OUTLOOK_SELECTORS.body,
  excludeSelector: OUTLOOK_SELECTORS.exclude.join(', '),
  cutSelector: OUTLOOK_SELECTORS.cut.join(', '),
  isBody,
  findBodies,
  bodyFrom,
  composeRoot,
  draftKey,
  draftKind,
};
