import { describe, expect, it } from 'vitest';
import { BADGE_SIZE, placePanel, PANEL_WIDTH } from '../../components/placement';

describe('placePanel', () => {
  it('goes right of the draft when there is room', () => {
    const p = placePanel({ left: 100, top: 100, right: 700, bottom: 600 }, 1400, 900);
    expect(p).toMatchObject({ side: 'right', left: 712, top: 100, width: PANEL_WIDTH });
  });

  it('goes left of a pop-up on the bottom-right edge, bottom-aligned and growing upwards', () => {
    const p = placePanel({ left: 860, top: 480, right: 1380, bottom: 900 }, 1400, 900);
    expect(p.side).toBe('left');
    expect(p.left + p.width).toBe(848);
    expect(p.bottom).toBe(12);
    expect(p.top).toBeUndefined();
  });

  it('does not cover another open draft: it moves beside the whole group', () => {
    const a = { left: 744, top: 400, right: 1264, bottom: 900 };
    const b = { left: 1280, top: 400, right: 1800, bottom: 900 };
    const pa = placePanel(a, 1800, 900, PANEL_WIDTH, [b]);
    expect(pa.side).toBe('left');
    const pb = placePanel(b, 1800, 900, PANEL_WIDTH, [a]);
    expect(pb.side).toBe('left');
    expect(pb.left + pb.width).toBeLessThanOrEqual(a.left);
  });

  it('goes above a low pop-up in a narrow window rather than over it', () => {
    const p = placePanel({ left: 224, top: 440, right: 744, bottom: 860 }, 760, 860);
    expect(p.side).toBe('above');
    expect(p.bottom).toBe(860 - 440 + 12);
    expect(p.maxHeight).toBeGreaterThanOrEqual(220);
  });

  it('docks to the edge in a narrow window', () => {
    const p = placePanel({ left: 0, top: 60, right: 700, bottom: 700 }, 720, 800);
    expect(p.side).toBe('dock');
    expect(p.left + p.width).toBe(708);
  });

  it('a reply with no room beside its conversation waits as a badge by the window, clear of the message it answers', () => {
    // An inline reply inside the last message's card; the card and the one above span the column.
    const reply = { left: 264, top: 640, right: 1024, bottom: 850 };
    const card = { left: 264, top: 560, right: 1240, bottom: 900 };
    const above = { left: 264, top: 340, right: 1240, bottom: 530 };
    const p = placePanel(reply, 1280, 800, PANEL_WIDTH, [card, above], false);
    expect(p.side).toBe('badge');
    const badge = { left: p.left, top: p.top!, right: p.left + BADGE_SIZE.width, bottom: p.top! + BADGE_SIZE.height };
    const hits = (a: typeof badge, b: typeof badge) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    expect(hits(badge, reply)).toBe(false);
    expect(hits(badge, above)).toBe(false);
    expect(badge.bottom).toBeLessThanOrEqual(800); // by the part of the reply on screen
    expect(badge.top).toBeGreaterThan(reply.top); // never above the reply, where the answered message is
    // Asked for, the panel opens over the page.
    expect(placePanel(reply, 1280, 800, PANEL_WIDTH, [card, above], true).side).not.toBe('badge');
  });

  it('a compose window that fills the screen (a pop-out) gets its badge in the bottom corner of the editor, not a panel over the draft', () => {
    const popout = { left: 0, top: 0, right: 900, bottom: 720 };
    const editor = { left: 16, top: 96, right: 884, bottom: 640 };
    const p = placePanel(popout, 900, 720, PANEL_WIDTH, [], false, editor);
    expect(p.side).toBe('badge');
    expect(p.left + BADGE_SIZE.width).toBeLessThanOrEqual(editor.right);
    expect(p.left).toBeGreaterThan(editor.right - BADGE_SIZE.width - 20);
    expect(p.top! + BADGE_SIZE.height).toBeLessThanOrEqual(editor.bottom);
    // An editor running below the fold: the corner of its visible part.
    const tall = placePanel(popout, 900, 720, PANEL_WIDTH, [], false, { ...editor, bottom: 2000 });
    expect(tall.top! + BADGE_SIZE.height).toBeLessThanOrEqual(720);
    // Without the editor known, or once asked for, the panel docks over the page as before.
    expect(placePanel(popout, 900, 720, PANEL_WIDTH, [], false).side).toBe('dock');
    expect(placePanel(popout, 900, 720, PANEL_WIDTH, [], true, editor).side).toBe('dock');
  });

  it('with room beside the conversation, the panel goes there and never becomes a badge', () => {
    const reply = { left: 264, top: 640, right: 1024, bottom: 850 };
    const card = { left: 264, top: 560, right: 1240, bottom: 900 };
    const p = placePanel(reply, 1920, 1080, PANEL_WIDTH, [card], false);
    expect(p.side).toBe('right');
    expect(p.left).toBeGreaterThanOrEqual(1240);
  });
});
