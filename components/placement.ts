// Where the sidebar goes: beside the draft's window when there is room (right, then left),
// otherwise docked to the viewport's edge. Pure geometry, so it is unit-tested.

export interface Box { left: number; top: number; right: number; bottom: number }
export interface Placement {
  left: number;
  top: number;
  width: number;
  maxHeight: number;
  side: 'right' | 'left' | 'dock';
}

export const PANEL_WIDTH = 344;
const GAP = 12;
const MARGIN = 12;
const MIN_HEIGHT = 240;

export function placePanel(anchor: Box | null, vw: number, vh: number, width = PANEL_WIDTH): Placement {
  const w = Math.max(200, Math.min(width, vw - 2 * MARGIN));
  const dockTop = MARGIN + 56; // clear the site's own top bar
  if (!anchor) return { left: vw - w - MARGIN, top: dockTop, width: w, maxHeight: Math.max(MIN_HEIGHT, vh - dockTop - MARGIN), side: 'dock' };
  const top = Math.round(Math.min(Math.max(anchor.top, MARGIN), Math.max(MARGIN, vh - MARGIN - MIN_HEIGHT)));
  const maxHeight = Math.max(160, vh - top - MARGIN);
  if (vw - anchor.right >= w + GAP + MARGIN) return { left: Math.round(anchor.right + GAP), top, width: w, maxHeight, side: 'right' };
  if (anchor.left >= w + GAP + MARGIN) return { left: Math.round(anchor.left - GAP - w), top, width: w, maxHeight, side: 'left' };
  return { left: Math.round(vw - w - MARGIN), top: dockTop, width: w, maxHeight: Math.max(160, vh - dockTop - MARGIN), side: 'dock' };
}
