// Where the sidebar goes: beside the draft's window when there is room (right, then left),
// without covering the other open drafts or, for a reply, the messages it answers; then above or
// below the window. Where none of that fits, it waits as a small badge by the window until the
// writer asks for it (`mayCover`), and only then docks to the viewport's edge over the page. When the
// window fills the screen (a pop-out or full-page compose) the badge sits in the editor's bottom
// corner, as Grammarly's and LanguageTool's do, since there is nowhere beside it. A window
// low on the screen (Gmail's pop-ups sit on the bottom edge) gets a panel whose bottom lines up
// with it and that grows upwards. Pure geometry, so it is unit-tested.

export interface Box { left: number; top: number; right: number; bottom: number }
export interface Placement {
  left: number;
  width: number;
  /** Exactly one of top / bottom is set (px from that edge of the viewport). */
  top?: number;
  bottom?: number;
  maxHeight: number;
  side: 'right' | 'left' | 'above' | 'below' | 'dock' | 'badge';
}

/** The collapsed badge's size, for placing it by the window (components/Badge.css). */
export const BADGE_SIZE = { width: 60, height: 34 };

export const PANEL_WIDTH = 344;
export const MIN_PANEL_WIDTH = 288;
const GAP = 12;
const MARGIN = 12;
/** Keep clear of the site's own top bar. */
const TOP_CLEAR = 64;
/** Below this much room under the window's top edge, the panel is bottom-aligned instead. */
const COMFORT = 520;
/** The least height worth placing the panel above or below a window in a narrow viewport. */
const MIN_STACKED = 220;

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const union = (a: Box, b: Box): Box => ({ left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) });

export function placePanel(anchor: Box | null, vw: number, vh: number, width = PANEL_WIDTH, obstacles: readonly Box[] = [], mayCover = true, editor: Box | null = null): Placement {
  const dockWidth = Math.max(200, Math.min(width, vw - 2 * MARGIN));
  const dockTop = Math.min(TOP_CLEAR, MARGIN + Math.round(vh * 0.05));
  const dock = (): Placement => ({ left: Math.round(vw - dockWidth - MARGIN), top: dockTop, width: dockWidth, maxHeight: Math.max(160, vh - dockTop - MARGIN), side: 'dock' });
  if (!anchor) return dock();

  // Try right then left of the draft; a side that would cover another draft widens the anchor
  // to include that draft and is tried again, so the panel ends up beside the whole group.
  let zone = anchor;
  for (let round = 0; round <= obstacles.length; round++) {
    let blocked: Box | null = null;
    for (const side of ['right', 'left'] as const) {
      const room = side === 'right' ? vw - zone.right - GAP - MARGIN : zone.left - GAP - MARGIN;
      if (room < MIN_PANEL_WIDTH) continue;
      const w = Math.min(width, room);
      const left = side === 'right' ? zone.right + GAP : zone.left - GAP - w;
      const box: Box = { left, right: left + w, top: zone.top, bottom: zone.bottom };
      const hit = obstacles.find((o) => overlaps(box, o));
      if (hit) { blocked ??= hit; continue; }
      return vertical(Math.round(left), Math.round(w), side, anchor, vh);
    }
    if (!blocked) break;
    zone = union(zone, blocked);
  }
  // Narrow window: above or below the draft's window rather than over it.
  const w = dockWidth;
  const left = Math.round(Math.max(MARGIN, Math.min(anchor.right - w, vw - w - MARGIN)));
  const above = anchor.top - GAP - TOP_CLEAR;
  const below = vh - anchor.bottom - GAP - MARGIN;
  const clear = (b: Box) => !overlaps(b, anchor) && !obstacles.some((o) => overlaps(b, o));
  if (above >= MIN_STACKED && above >= below && (mayCover || clear({ left, right: left + w, top: TOP_CLEAR, bottom: anchor.top - GAP }))) return { left, width: w, bottom: Math.round(vh - anchor.top + GAP), maxHeight: Math.round(above), side: 'above' };
  if (below >= MIN_STACKED && (mayCover || clear({ left, right: left + w, top: anchor.bottom + GAP, bottom: vh - MARGIN }))) return { left, width: w, top: Math.round(anchor.bottom + GAP), maxHeight: Math.round(below), side: 'below' };
  if (mayCover) return dock();
  return badgeBy(anchor, vw, vh, obstacles) ?? (editor && badgeInside(editor, vw, vh, obstacles)) ?? dock();
}

/** The badge in the bottom corner of the editor's visible part (right, else left), clear of what it must not cover. */
function badgeInside(editor: Box, vw: number, vh: number, obstacles: readonly Box[]): Placement | null {
  const { width: bw, height: bh } = BADGE_SIZE;
  const inset = 8;
  const visible: Box = { left: Math.max(editor.left, 0), top: Math.max(editor.top, 0), right: Math.min(editor.right, vw), bottom: Math.min(editor.bottom, vh) };
  if (visible.right - visible.left < bw + 2 * inset || visible.bottom - visible.top < bh + 2 * inset) return null;
  const inside = (o: Box) => o.left <= editor.left && o.right >= editor.right && o.top <= editor.top && o.bottom >= editor.bottom;
  const blocking = obstacles.filter((o) => !inside(o));
  const top = visible.bottom - inset - bh;
  for (const left of [visible.right - inset - bw, visible.left + inset]) {
    const b: Box = { left, top, right: left + bw, bottom: top + bh };
    if (blocking.some((o) => overlaps(b, o))) continue;
    return { left: Math.round(left), top: Math.round(top), width: bw, maxHeight: bh, side: 'badge' };
  }
  return null;
}

/**
 * A place for the badge by the window, clear of it and of what the panel must not cover (the
 * obstacles that hold the window itself, such as the message a reply sits in, are not in the way).
 */
function badgeBy(anchor: Box, vw: number, vh: number, obstacles: readonly Box[]): Placement | null {
  const { width: bw, height: bh } = BADGE_SIZE;
  const inside = (o: Box) => o.left <= anchor.left && o.right >= anchor.right && o.top <= anchor.top && o.bottom >= anchor.bottom;
  const blocking = obstacles.filter((o) => !inside(o));
  // By the part of the window on screen (a reply box may run below the fold); above the window
  // only when nothing holds it, since above a reply is the message it answers.
  const bottom = Math.min(anchor.bottom, vh - MARGIN);
  const spots = [
    { left: anchor.right + 8, top: bottom - bh },
    { left: anchor.left - 8 - bw, top: bottom - bh },
    { left: anchor.right - bw, top: anchor.bottom + 8 },
    ...(blocking.length === obstacles.length ? [{ left: anchor.right - bw, top: anchor.top - 8 - bh }] : []),
  ];
  for (const s of spots) {
    const b: Box = { left: s.left, top: s.top, right: s.left + bw, bottom: s.top + bh };
    if (b.left < MARGIN / 2 || b.top < MARGIN / 2 || b.right > vw - MARGIN / 2 || b.bottom > vh - MARGIN / 2) continue;
    if (overlaps(b, anchor) || blocking.some((o) => overlaps(b, o))) continue;
    return { left: Math.round(b.left), top: Math.round(b.top), width: bw, maxHeight: bh, side: 'badge' };
  }
  return null;
}

function vertical(left: number, width: number, side: 'right' | 'left', anchor: Box, vh: number): Placement {
  const top = Math.max(anchor.top, MARGIN);
  const below = vh - top - MARGIN;
  if (below >= COMFORT || below >= vh - 2 * MARGIN - TOP_CLEAR) return { left, top: Math.round(top), width, maxHeight: Math.round(below), side };
  const bottomEdge = Math.min(Math.max(anchor.bottom, top + 160), vh - MARGIN);
  return { left, bottom: Math.round(vh - bottomEdge), width, maxHeight: Math.round(Math.max(160, bottomEdge - TOP_CLEAR)), side };
}
