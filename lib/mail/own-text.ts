// The writer's own text in a mail body, decided in one place: what is skipped (quotes,
// signatures, controls, hidden parts) and where quoted history starts. The draft's text map,
// the thread reader and the opener's caret check all walk or test a body through this module,
// so they cannot disagree about what the writer wrote. No selectors here: the adapters pass
// theirs in, as arrays; each selector is tried on its own, so one the browser does not support
// cannot hide the others.

export interface OwnTextSelectors {
  /** Subtrees that are not the writer's words (quotes, signatures): skipped whole. */
  readonly exclude: readonly string[];
  /** Where quoted history starts: the first such element and everything after it in the body are skipped. */
  readonly cut: readonly string[];
  /** Elements whose parent is skipped (Gmail's "•••" toggle sits inside the trimmed block's wrapper). */
  readonly excludeParentOf?: readonly string[];
}

/** Elements that start and end a line. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
/** Elements whose text is never words anyone wrote. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'BUTTON', 'SVG', 'IMG']);

function queryEach(root: Element, selectors: readonly string[]): Element[] {
  const out: Element[] = [];
  for (const sel of selectors) {
    try { out.push(...root.querySelectorAll(sel)); } catch { /* unsupported selector: the others still apply */ }
  }
  return out;
}

/** A matcher for a list of selectors, each tried on its own: one this browser cannot parse is
 * dropped the first time it throws, and the others go on matching. */
function matcher(selectors: readonly string[]): (el: Element) => boolean {
  const live = [...selectors];
  return (el) => {
    for (let i = 0; i < live.length; i++) {
      try {
        if (el.matches(live[i]!)) return true;
      } catch {
        live.splice(i--, 1);
      }
    }
    return false;
  };
}

/** What is not the writer's own in one body, for a whole walk or test. Elements are matched as
 * the walk reaches them, so a long draft read only up to a limit is not searched to its end. */
export interface OwnTextScope {
  /** Is this element, with all it holds, left out? */
  skips(el: Element): boolean;
  /** Does quoted history start at this element (when the walk reaches it)? */
  isCut(el: Element): boolean;
  /** Is this node (a caret's container, a text node) inside the writer's own text? */
  contains(node: Node): boolean;
}

export function ownTextScope(body: Element, selectors: OwnTextSelectors): OwnTextScope {
  const excluded = matcher(selectors.exclude);
  const isCut = matcher(selectors.cut);
  // Parents of markers, found once (only the thread reader has markers, in short bodies).
  const markedParents = new Set<Element>();
  for (const el of queryEach(body, selectors.excludeParentOf ?? [])) if (el.parentElement && el.parentElement !== body) markedParents.add(el.parentElement);
  const skips = (el: Element): boolean => {
    if (SKIP.has(el.tagName.toUpperCase()) || markedParents.has(el) || excluded(el)) return true;
    return (el as HTMLElement).hidden === true || el.getAttribute('aria-hidden') === 'true';
  };
  const insideSkipped = (el: Element): boolean => {
    for (let up = el.parentElement; up && up !== body; up = up.parentElement) if (skips(up)) return true;
    return false;
  };
  return {
    skips,
    isCut,
    contains(node) {
      if (!body.contains(node)) return false;
      for (let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== body; el = el.parentElement) {
        if (skips(el)) return false;
      }
      // In or after a cut the walk would stop at: one not inside a skipped part (a quote's own
      // quoted history does not end the writer's text after the quote).
      for (const cut of queryEach(body, selectors.cut)) {
        const before = node === cut || node.compareDocumentPosition(cut) & 2 /* PRECEDING, or an ancestor */;
        if (before && !insideSkipped(cut)) return false;
      }
      return true;
    },
  };
}

/** What a walk over the own text reports, in document order. */
export interface OwnTextVisitor {
  text(node: Text): void;
  /** A `<br>`. */
  lineBreak(): void;
  /** A block element starts or ends here. */
  blockEdge(): void;
  /** Asked before each node: true ends the walk there. */
  done?(): boolean;
}

/** Visit the writer's own text in `body`: text nodes, line breaks and block edges, in order. */
export function walkOwnText(body: Element, selectors: OwnTextSelectors, visit: OwnTextVisitor): void {
  const scope = ownTextScope(body, selectors);
  let stopped = false;
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (visit.done?.()) { stopped = true; return; }
      if (child.nodeType === 3) { visit.text(child as Text); continue; }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (scope.isCut(el)) { stopped = true; return; }
      if (scope.skips(el)) continue;
      const tag = el.tagName.toUpperCase();
      if (tag === 'BR') { visit.lineBreak(); continue; }
      const block = BLOCK.has(tag);
      if (block) visit.blockEdge();
      walk(el);
      if (stopped) return;
      if (block) visit.blockEdge();
    }
  };
  walk(body);
}

/** Is a DOM position inside the writer's own text (not in a quote or signature, not after the history cut)? */
export function inOwnText(body: Element, node: Node, selectors: OwnTextSelectors): boolean {
  return ownTextScope(body, selectors).contains(node);
}
