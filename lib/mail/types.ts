// Shapes shared by the page side. No UI and no rules live in lib/mail/.
import type { OwnTextSelectors } from './own-text';

export type SiteId = 'gmail' | 'outlook';
export type DraftKind = 'new' | 'reply' | 'forward';

/**
 * One adapter per site. Selectors live in the adapter's own file, ordered best-first, and every
 * candidate is validated by its compose container before it is used.
 */
export interface SiteAdapter {
  readonly site: SiteId;
  readonly hosts: readonly string[];
  /** Body-editor candidates, best first. */
  readonly bodySelectors: readonly string[];
  /** What in a compose body is the writer's own text: the subtrees never read nor changed (quotes,
   * signatures) and where quoted history starts, as selector arrays tried one by one. */
  readonly ownText: OwnTextSelectors;
  /** Is this element a compose body editor (validated by its container)? */
  isBody(el: Element | null): el is HTMLElement;
  /** Every valid compose body in the document, in document order, without duplicates. */
  findBodies(doc: Document): HTMLElement[];
  /** The compose body that contains this node (for focus events), if any. */
  bodyFrom(node: EventTarget | null): HTMLElement | null;
  /** The element to place the sidebar beside: the compose window, or the body itself. */
  composeRoot(body: HTMLElement): HTMLElement;
  /** A stable key for per-draft state. */
  draftKey(body: HTMLElement): string;
  draftKind(body: HTMLElement): DraftKind;
  /** The conversation open on the page (for the thread view), or null when there is none. */
  readThread?(doc: Document): PageThread | null;
  /** The elements of the conversation's messages on the page (a reply's sidebar must not cover them). */
  threadMessages?(doc: Document): Element[];
  /** The site's own Send control, best first (the nearest one to a draft is that draft's). */
  readonly sendSelectors: readonly string[];
}

/** One message of the open conversation, as the page shows it. */
export interface PageMessage {
  /** The sender's display name (or address when no name is shown); '' when the page shows none. */
  from: string;
  /** The sender's address when the page shows one. */
  address: string | null;
  /** ISO date when the page's date could be read, else undefined. */
  date?: string;
  /** The date as the page shows it. */
  dateText: string;
  /** The message's own words (no quoted history, trimmed blocks or signature); '' when no body is in the page. */
  text: string;
  /** The user's message (true/false on evidence), or null when that could not be told. */
  mine: boolean | null;
  /** 'collapsed': only a header is in the page; 'hidden': behind "N older messages". */
  state: 'expanded' | 'collapsed' | 'hidden';
  /** The site clipped a long body ("[Message clipped]"): only part of it was read. */
  clipped: boolean;
}

/** The conversation on the page, read for the thread view. */
export interface PageThread {
  /** Stable per conversation (thread id when the page has one). */
  key: string;
  subject: string;
  /** In page order. */
  messages: PageMessage[];
  /** Who the user is, when the page says so (§9 of mail-dom.md); null when unknown. */
  user: { address: string | null; name: string | null } | null;
}
