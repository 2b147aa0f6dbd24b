// The draft's plain text and a map back to the DOM. The walk over the writer's own text (what is
// skipped, where quoted history starts) is own-text.ts's; this file keeps the offsets. Block
// boundaries and <br> become "\n"; those newlines belong to no node. Non-breaking spaces read as
// spaces (same length), so offsets stay 1:1 with the DOM.
import { walkOwnText, type OwnTextSelectors } from './own-text';

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in `text`. */
  start: number;
  length: number;
}

/** Where a range starts and ends in the DOM (the shape of a StaticRange). */
export interface RangePoints {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
}

/** A live Range at `p`. */
export function liveRange(doc: Document, p: RangePoints): Range {
  const range = doc.createRange();
  range.setStart(p.startContainer, p.startOffset);
  range.setEnd(p.endContainer, p.endOffset);
  return range;
}

export interface TextMap {
  readonly body: HTMLElement;
  readonly text: string;
  readonly segments: readonly TextSegment[];
  /** A DOM range for text offsets `start..end`, or null if they fall outside the mapped text. */
  rangeFor(start: number, end: number): Range | null;
  /** The same place as `rangeFor` gives, without making a live Range (the browser updates every
   * live Range on every edit of the page until it is collected). */
  pointsFor(start: number, end: number): RangePoints | null;
  /** The text offset of a DOM position (e.g. the caret), or null if it is outside the mapped text. */
  offsetOf(node: Node, offset: number): number | null;
  /** The walk stopped at `limit`: the text is the start of the draft's text. */
  readonly truncated: boolean;
}

export interface TextMapOptions extends Partial<OwnTextSelectors> {
  /** Stop once the text is at least this long (a pasted document: only its start is analysed). */
  limit?: number;
}

export function normalizeText(s: string): string {
  return s.replace(/\u00a0/g, ' ');
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
  const limit = options.limit ?? Infinity;
  let truncated = false;
  walkOwnText(body, { exclude: options.exclude ?? [], cut: options.cut ?? [], excludeParentOf: options.excludeParentOf }, {
    text(t) {
      if (t.data.length === 0) return;
      segments.push({ node: t, start: length, length: t.data.length });
      push(normalizeText(t.data));
    },
    lineBreak: () => push('\n'),
    blockEdge() { if (length > 0 && lastChar !== '\n') push('\n'); },
    done() {
      if (length >= limit) truncated = true;
      return truncated;
    },
  });
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

  function pointsFor(start: number, end: number): RangePoints | null {
    if (start < 0 || end < start || end > text.length) return null;
    const a = locate(start, false);
    const b = start === end ? a : locate(end, true);
    if (!a || !b) return null;
    return { startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset };
  }

  return {
    body,
    text,
    segments,
    truncated,
    pointsFor,
    rangeFor(start, end) {
      const at = pointsFor(start, end);
      return at ? liveRange(body.ownerDocument, at) : null;
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
