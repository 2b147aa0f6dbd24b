// Small DOM helpers shared by the adapters.

/** querySelectorAll over several selectors in order, keeping the first occurrence of each element. */
export function queryOrdered(root: ParentNode, selectors: readonly string[]): Element[] {
  const seen = new Set<Element>();
  const out: Element[] = [];
  for (const sel of selectors) {
    let found: NodeListOf<Element>;
    try {
      found = root.querySelectorAll(sel);
    } catch {
      continue; // a selector the engine does not support must not break the others
    }
    for (const el of found) if (!seen.has(el)) { seen.add(el); out.push(el); }
  }
  return out;
}

/** The element itself if it is one, else its parent element. */
export function elementOf(node: EventTarget | null): Element | null {
  if (!node || typeof (node as Node).nodeType !== 'number') return null;
  const n = node as Node;
  return n.nodeType === 1 ? (n as Element) : n.parentElement;
}

export function isEditable(el: Element): el is HTMLElement {
  const h = el as HTMLElement;
  if (h.isContentEditable) return true;
  // happy-dom/jsdom do not compute isContentEditable; read the attribute chain instead.
  const attr = el.closest('[contenteditable]')?.getAttribute('contenteditable');
  return attr === '' || attr === 'true' || attr === 'plaintext-only';
}

/** Document order comparison for a stable sort. */
export function byDocumentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1;
}

let anonymous = 0;
const anonymousKeys = new WeakMap<Element, string>();
/** A per-element key for drafts that carry no id of their own. */
export function elementKey(prefix: string, el: Element): string {
  let k = anonymousKeys.get(el);
  if (!k) { k = `${prefix}-${++anonymous}`; anonymousKeys.set(el, k); }
  return k;
}

/** From a node inside an editor, the outermost `contenteditable="true"` ancestor, if it passes `accept`. */
export function outermostEditable(el: Element | null, accept: (el: Element) => el is HTMLElement): HTMLElement | null {
  let cur = el?.closest('[contenteditable="true"]') ?? null;
  if (!cur) return null;
  for (let up = cur.parentElement?.closest('[contenteditable="true"]'); up; up = up.parentElement?.closest('[contenteditable="true"]')) cur = up;
  return accept(cur) ? cur : null;
}
