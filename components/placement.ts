// Where the sidebar goes: beside the draft's window when there is room (right, then left),
// otherwise docked to the viewport's edge. A window low on the screen (Gmail's pop-ups sit on the
// bottom edge) gets a panel whose bottom lines up with it and that grows upwards.
// Pure geometry, so it is unit-tested.

export interface Box { left: number; top: number; right: number; bottom: number }
export interface Placement {
  left: number;
  width: number;
  /** Exactly one of top / bottom is set (px from that edge of the viewport). */
  top?: number;
  bottom?: number;
  maxHeight: number;
  side: 'right' | 'left' | 'dock';
}

export const PANEL_WIDTH = 344;
const GAP = 12;
const MARGIN = 12;
/** Keep clear of the site's own top bar. */
const TOP_CLEAR = 64;
/** Below this much room under the window's top edge, the panel is bottom-aligned instead. */
const COMFORT = 520;

export function placePanel(anchor: Box | null, vw: number, vh: number, width = PANEL_WIDTH): Placement {
  const w = Math.max(200, Math.min(width, vw - 2 * MARGIN));
  const dock = (): Placement => ({ left: Math.round(vw - w - MARGIN), top: Math.min(TOP_CLEAR, MARGIN + Math.round(vh * 0.05)), width: w, maxHeight: Math.max(160, vh - Math.min(TOP_CLEAR, MARGIN + Math.round(vh * 0.05)) - MARGIN), side: 'dock' });
  if (!anchor) return dock();
  let left: number;
  let side: Placement['side'];
  if (vw - anchor.right >= w + GAP + MARGIN) { left = anchor.right + GAP; side = 'right'; }
  else if (anchor.left >= w + GAP + MARGIN) { left = anchor.left - GAP - w; side = 'left'; }
  else return dock();
  left = Math.round(left);
  const top = Math.max(anchor.top, MARGIN);
  if (vh - top - MARGIN >= COMFORT || vh - top - MARGIN >= vh - 2 * MARGIN - TOP_CLEAR) {
    return { left, top: Math.round(top), width: w, maxHeight: Math.round(vh - top - MARGIN), side };
  }
  const bottomEdge = Math.min(Math.max(anchor.bottom, top + 160), vh - MARGIN);
  return { left, bottom: Math.round(vh - bottomEdge), width: w, maxHeight: Math.round(Math.max(160, bottomEdge - TOP_CLEAR)), side };
}
