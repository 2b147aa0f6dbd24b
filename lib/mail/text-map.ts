// The draft's plain text and a map back to the DOM. A TreeWalker visits the body's text nodes in
// order, skipping excluded subtrees (quotes, signatures) and everything after a "cut" element
// (Outlook's quoted history). Block boundaries and <br> become "\n"; those newlines belong to no
// node. Non-breaking spaces read as spaces (same length), so offsets stay 1:1 with the DOM.

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in `text`. */
  start: number;
  length: number;
}

export interface TextMap {
  readonly body: HTMLElement;
  readonly text: string;
  readonly segments: readonly TextSegment[];
  /** A DOM range for text offsets `start..end`, or null if they fall outside the mapped text. */
  rangeFor(start: number, end: number): Range | null;
  /** The text offset of a DOM position (e.g. the caret), or null if it is outside the mapped text. */
  offsetOf(node: Node, offset: number): number | null;
  /** The walk stopped at `limit`: the text is the start of the draft's text. */
  readonly truncated: boolean;
}

export interface TextMapOptions {
  /** Subtrees to skip entirely (matched with `Element.matches`). */
  exclude?: string;
  /** Elements that end the own text: skip them and all their following siblings. */
  cut?: string;
  /** Stop once the text is at least this long (a pasted document: only its start is analysed). */
  limit?: number;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT']);

export function normalizeText(s: string): string {
  return s.replace(/\u00a0/g, ' ');
}

function safeMatches(el: Element, selector: string | undefined): boolean {
  if (!selector) return false;
  try { return el.matches(selector); } catch { return false; }
}

export function buildTextMap(body: HTMLElement, options: TextMapOptions = {}): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let lastChar = '';
  const push = (s: string) => {
    if (!s) return;
    parts.push(s);
    length += s.length;
    lastChar = s[s.length - 1] ?? '';
  };
  const newline = () => { if (length > 0 && lastChar !== '\n') push('\n'); };

  // Elements whose following siblings are cut off, found once.
  const cutAfter = new Set<Element>();
  if (options.cut) {
    try { for (const el of body.querySelectorAll(options.cut)) cutAfter.add(el); } catch { /* bad selector */ }
  }
  const isCut = (el: Element): boolean => {
    if (cutAfter.size === 0) return false;
    for (let sib: Element | null = el; sib; sib = sib.previousElementSibling) if (cutAfter.has(sib)) return true;
    return false;
  };

  const limit = options.limit ?? Infinity;
  let truncated = false;
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (length >= limit) { truncated = true; return; }
      if (child.nodeType === 3) {
        const t = child as Text;
        const data = t.data;
        if (data.length === 0) continue;
        segments.push({ node: t, start: length, length: data.length });
        push(normalizeText(data));
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (SKIP.has(el.tagName)) continue;
        if (isCut(el)) return; // this and every following sibling
        if (safeMatches(el, options.exclude)) continue;
        if (el.tagName === 'BR') { push('\n'); continue; }
        const block = BLOCK.has(el.tagName);
        if (block) newline();
        walk(el);
        if (block) newline();
      }
    }
  };
  walk(body);
  const text = parts.join('');

  function locate(offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
    // Binary search for the segment that holds the offset.
    let lo = 0;
    let hi = segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segments[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset > s.start + s.length) lo = mid + 1;
      else {
        // On a boundary between two adjacent segments, a start prefers the next node.
        const next = segments[mid + 1];
        const prev = segments[mid - 1];
        if (!preferEnd && next && offset === s.start + s.length && next.start === offset) return { node: next.node, offset: 0 };
        if (preferEnd && prev && offset === s.start && prev.start + prev.length === offset) return { node: prev.node, offset: prev.length };
        return { node: s.node, offset: offset - s.start };
      }
    }
    // The offset sits on a virtual newline: a start moves to the next node, an end to the previous one.
    if (preferEnd) {
      const prev = segments[Math.min(lo, segments.length) - 1];
      return prev ? { node: prev.node, offset: prev.length } : null;
    }
    const next = segments[lo];
    return next ? { node: next.node, offset: 0 } : null;
  }

  return {
    body,
    text,
    segments,
    truncated,
    rangeFor(start, end) {
      if (start < 0 || end < start || end > text.length) return null;
      const a = locate(start, false);
      const b = start === end ? a : locate(end, true);
      if (!a || !b) return null;
      const range = body.ownerDocument.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      return range;
    },
    offsetOf(node, offset) {
      if (node.nodeType === 3) {
        const seg = segments.find((s) => s.node === node);
        return seg ? seg.start + Math.min(offset, seg.length) : null;
      }
      if (!body.contains(node)) return null;
      // An element position: the text offset of the first mapped text at or after it.
      const child = node.childNodes[offset] ?? null;
      for (const s of segments) {
        if (child) {
          const pos = child.compareDocumentPosition(s.node);
          if (child === s.node || pos & 16 /* CONTAINED_BY */ || pos & 4 /* FOLLOWING */) return s.start;
        } else {
          const pos = node.compareDocumentPosition(s.node);
          if (pos & 4 && !(pos & 16)) return s.start;
        }
      }
      return text.length;
    },
  };
}
