// Shapes shared by the page side. No UI and no rules live in lib/mail/.

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
  /** Subtrees inside a body that are never read nor changed (quotes, signatures). */
  readonly excludeSelector: string;
  /** Elements that end the writer's own text: they and all their following siblings are skipped. */
  readonly cutSelector: string;
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
}
