// Highlights for flagged spans that never touch the editor's DOM. Where the CSS Custom Highlight
// API exists, one `Highlight` per category is registered in `CSS.highlights` and styled with
// `::highlight(balcony-<category>)` from a stylesheet in the page. Elsewhere, boxes from
// `range.getClientRects()` are drawn in a fixed, click-through overlay outside the editor.

import { ALL_CATEGORIES, categoryInfo, type Category } from '../coach/categories';
import TOKENS_CSS from '../../components/tokens.css?raw';
import { liveRange, type RangePoints } from './text-map';

export const HIGHLIGHT_CATEGORIES = ALL_CATEGORIES;
export type HighlightCategory = Category;

/**
 * A category's colour as `[r, g, b]`, read from the UI's colour tokens (components/tokens.css, the
 * colours' one home): the light half of `--why: light-dark(#2a5bd7, …)`, since the marks sit on the
 * mail page's own (light) draft, outside the sidebar's theme.
 */
export function categoryRgb(category: Category, css: string = TOKENS_CSS): [number, number, number] {
  const token = categoryInfo(category).colour;
  const m = new RegExp(`${token}:\\s*light-dark\\(\\s*#([0-9a-f]{6})`, 'i').exec(css);
  if (!m) throw new Error(`Balcony: no colour for ${token} in tokens.css`);
  const n = parseInt(m[1]!, 16);
  return [n >> 16, (n >> 8) & 255, n & 255];
}

/** Calm, legible marks: a tint plus an underline in the category's colour. */
export const HIGHLIGHT_COLORS: Record<HighlightCategory, { tint: string; line: string }> = Object.fromEntries(
  ALL_CATEGORIES.map((c) => {
    const rgb = categoryRgb(c).join(', ');
    return [c, { tint: `rgba(${rgb}, 0.14)`, line: `rgb(${rgb})` }];
  }),
) as Record<HighlightCategory, { tint: string; line: string }>;

export interface HighlightItem {
  /** Where the mark goes (the highlighter makes the live Range, and only when a mark moved). */
  at: RangePoints;
  category: string;
}

/** Where to mark flagged spans of the draft's text (spans the map cannot place are left out). */
export function highlightItems(spans: readonly { start: number; end: number; category: string }[], map: { pointsFor(start: number, end: number): RangePoints | null }): HighlightItem[] {
  const items: HighlightItem[] = [];
  for (const f of spans) {
    const at = map.pointsFor(f.start, f.end);
    if (at) items.push({ at, category: f.category });
  }
  return items;
}

export interface Highlighter {
  readonly mode: 'css' | 'overlay';
  /** Replace the highlights of one owner (a draft). */
  set(owner: object, items: HighlightItem[]): void;
  /** Redraw after layout changes (only the overlay needs it). */
  refresh(): void;
  clear(owner: object): void;
  dispose(): void;
}

const NAME = (c: string) => `balcony-${c}`;

interface HighlightRegistryLike {
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}

function cssRegistry(win: Window): { registry: HighlightRegistryLike; Highlight: new (...r: Range[]) => Set<Range> } | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: new (...r: Range[]) => Set<Range> };
  if (w.CSS?.highlights && typeof w.Highlight === 'function') return { registry: w.CSS.highlights, Highlight: w.Highlight };
  return null;
}

/** A mark as the highlighter keeps it: a live Range, so it follows the text as the user types. */
interface Mark { range: Range; category: string }

export function createHighlighter(doc: Document, opts: { forceOverlay?: boolean } = {}): Highlighter {
  const win = doc.defaultView!;
  const api = opts.forceOverlay ? null : cssRegistry(win);
  const owners = new Map<object, Mark[]>();
  return api ? cssHighlighter(doc, api, owners) : overlayHighlighter(doc, owners);
}

const samePlace = (a: RangePoints, b: RangePoints) =>
  a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;

/**
 * An owner's new marks: a mark already there at the same place keeps its Range (so nothing is
 * repainted for it); a new one gets a live Range. A place the page no longer has is left out,
 * never thrown into the page.
 */
function marksFor(doc: Document, before: readonly Mark[], items: readonly HighlightItem[]): Mark[] {
  const out: Mark[] = [];
  for (const it of items) {
    const kept = before.find((m) => m.category === it.category && samePlace(m.range, it.at));
    if (kept) { out.push(kept); continue; }
    try { out.push({ range: liveRange(doc, it.at), category: it.category }); } catch { /* the text changed under it */ }
  }
  return out;
}

function cssHighlighter(
  doc: Document,
  api: NonNullable<ReturnType<typeof cssRegistry>>,
  owners: Map<object, Mark[]>,
): Highlighter {
  const style = doc.createElement('style');
  style.setAttribute('data-balcony', 'highlights');
  style.textContent = HIGHLIGHT_CATEGORIES.map((c) => {
    const { tint, line } = HIGHLIGHT_COLORS[c];
    return `::highlight(${NAME(c)}){background-color:${tint};text-decoration:underline 2px ${line};text-underline-offset:3px;}`;
  }).join('\n');
  (doc.head ?? doc.documentElement).append(style);
  const highlights = new Map<string, Set<Range>>();
  for (const c of HIGHLIGHT_CATEGORIES) {
    const h = new api.Highlight();
    highlights.set(c, h);
    api.registry.set(NAME(c), h);
  }
  // A category's highlight is touched only when its marks changed: each change repaints the draft,
  // and most analyses while typing find the same spans again (the old live ranges followed the edit).
  // What each highlight holds, kept here: the page's Highlight is not iterated (Firefox's content
  // scripts see it through an Xray wrapper, which cannot iterate).
  const held = new Map<string, Range[]>();
  const rebuild = () => {
    const wanted = new Map<string, Range[]>(HIGHLIGHT_CATEGORIES.map((c) => [c, []]));
    for (const marks of owners.values()) for (const m of marks) wanted.get(m.category)?.push(m.range);
    for (const [c, h] of highlights) {
      const next = wanted.get(c) ?? [];
      const now = held.get(c) ?? [];
      if (now.length === next.length && now.every((r, i) => r === next[i])) continue;
      h.clear();
      for (const r of next) h.add(r);
      held.set(c, next);
    }
  };
  return {
    mode: 'css',
    set(owner, items) { owners.set(owner, marksFor(doc, owners.get(owner) ?? [], items)); rebuild(); },
    refresh() {},
    clear(owner) { owners.delete(owner); rebuild(); },
    dispose() {
      owners.clear();
      for (const c of HIGHLIGHT_CATEGORIES) api.registry.delete(NAME(c));
      style.remove();
    },
  };
}

function overlayHighlighter(doc: Document, owners: Map<object, Mark[]>): Highlighter {
  const layer = doc.createElement('balcony-highlights');
  Object.assign(layer.style, { position: 'fixed', inset: '0', pointerEvents: 'none', zIndex: '2147482000', contain: 'strict' });
  layer.setAttribute('aria-hidden', 'true');
  doc.documentElement.append(layer);
  let frame = 0;
  const draw = () => {
    frame = 0;
    layer.replaceChildren();
    for (const items of owners.values()) {
      for (const it of items) {
        const colors = HIGHLIGHT_COLORS[it.category as HighlightCategory] ?? HIGHLIGHT_COLORS.why;
        for (const r of Array.from(it.range.getClientRects?.() ?? [])) {
          if (r.width === 0 || r.height === 0) continue;
          const box = doc.createElement('div');
          Object.assign(box.style, {
            position: 'fixed',
            left: `${r.left}px`,
            top: `${r.top}px`,
            width: `${r.width}px`,
            height: `${r.height}px`,
            background: colors.tint,
            borderBottom: `2px solid ${colors.line}`,
            boxSizing: 'border-box',
          });
          box.dataset.category = it.category;
          layer.append(box);
        }
      }
    }
  };
  const schedule = () => {
    if (frame) return;
    const raf = doc.defaultView?.requestAnimationFrame;
    frame = raf ? raf(draw) : (draw(), 0);
  };
  const onMove = () => schedule();
  doc.defaultView?.addEventListener('scroll', onMove, { capture: true, passive: true });
  doc.defaultView?.addEventListener('resize', onMove, { passive: true });
  return {
    mode: 'overlay',
    set(owner, items) { owners.set(owner, marksFor(doc, owners.get(owner) ?? [], items)); schedule(); },
    refresh: schedule,
    clear(owner) { owners.delete(owner); schedule(); },
    dispose() {
      owners.clear();
      doc.defaultView?.removeEventListener('scroll', onMove, { capture: true });
      doc.defaultView?.removeEventListener('resize', onMove);
      layer.remove();
    },
  };
}
