// Wires the page-side controller to the UI: follows the focused draft, places the panel beside
// it, remembers "collapsed" in extension storage, and toggles on the browser's keyboard shortcut.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Controller, CoachState, NoticeCode } from '../lib/mail/controller';
import { balconyForDraft, type ThreadView, type ThreadWatcher } from '../lib/mail/thread';
import type { Balcony } from '../lib/coach/thread';
import type { OwnNo } from '../lib/coach/own-no';
import { SendPausePrompt } from './SendPause';
import type { Finding } from '../lib/coach/types';
import { t } from '../lib/i18n';
import type { SidebarStart } from '../lib/settings/schema';
import { Badge } from './Badge';
import { summarize } from './categories';
import { placePanel, type Box, type Placement } from './placement';
import { Sidebar } from './Sidebar';
import './tokens.css';
import './CoachApp.css';

export const COLLAPSED_KEY = 'balcony.sidebarCollapsed';

export type CoachAppController = Pick<Controller, 'getState' | 'subscribe' | 'swap' | 'undoLast' | 'anchor' | 'focusDraft'> & Partial<Pick<Controller, 'sendAnyway' | 'takeAMinute'>> & Partial<Pick<Controller, 'obstacles' | 'editor' | 'ignoreOnce' | 'insert' | 'insertAfter' | 'engine'>>;

export interface CoachAppProps {
  controller: CoachAppController;
  /** The window to listen on for layout changes (the page's). */
  win?: Window;
  /** How the sidebar starts on a new page (settings); 'remember' uses the last state. */
  sidebarStart?: SidebarStart;
  /** "Don't flag this kind again": turn the finding's rule off in the settings. */
  onDisableRule?(finding: Finding): void;
  /** Open the extension's options page (the sidebar's "Settings" link). */
  onOpenSettings?(): void;
  /** The conversation on the page, for the Thread tab of reply drafts. */
  thread?: Pick<ThreadWatcher, 'get' | 'subscribe'> | null;
  /** The browser's keyboard shortcut (manifest `commands`): calls back on each press; returns the unsubscribe. */
  onToggleShortcut?(toggle: () => void): () => void;
  /** The keys the shortcut is bound to, as the browser writes them ("" when unbound). */
  shortcut?: string;
  /** "Don't ask again" in the pause before Send: turn the pause off in the settings. */
  onStopAskingAtSend?(): void;
  /** Rule groups set aside again and again (the insights say so): their cards offer to quiet them. */
  quietOffers?: readonly string[];
  onBeGentler?(): void;
}

/** The controller says what happened as a code; the words are the UI's (public/_locales). */
const NOTICE_MESSAGES: Record<NoticeCode, string> = {
  'composing-swap': 'noticeComposingSwap',
  stale: 'noticeStale',
  'swap-failed': 'noticeSwapFailed',
  'composing-insert': 'noticeComposingInsert',
  'insert-failed': 'noticeInsertFailed',
  'composing-undo': 'noticeComposingUndo',
  'undo-stale': 'noticeUndoStale',
};

export function noticeText(code: NoticeCode | null | undefined): string | null {
  return code ? t(NOTICE_MESSAGES[code]) : null;
}

/** An element's box on the screen, or null when it is not laid out. */
function boxOf(el: Element | null | undefined): Box | null {
  const r = el?.getBoundingClientRect();
  return r && r.width > 0 ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
}

export function CoachApp({ controller, win = window, sidebarStart = 'remember', onDisableRule, onOpenSettings, thread, onToggleShortcut, shortcut = '', onStopAskingAtSend, quietOffers, onBeGentler }: CoachAppProps) {
  const [state, setState] = useState<CoachState>(controller.getState());
  const [collapsed, setCollapsed] = useState(false);
  const [place, setPlace] = useState<Placement | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const focusPanel = useRef(false);
  // Where the panel has no room beside the draft it waits as a badge by it; asked for (a click on
  // the badge, the shortcut), it opens over the page until the draft changes.
  const [asked, setAsked] = useState(false);
  const askedRef = useRef(false);
  askedRef.current = asked;
  /** Whether the badge shows (collapsed, or waiting for room): the shortcut then opens the panel. */
  const badgeShown = useRef(false);

  useEffect(() => controller.subscribe(setState), [controller]);
  const [threadView, setThreadView] = useState<ThreadView | null>(thread?.get() ?? null);
  useEffect(() => {
    setThreadView(thread?.get() ?? null);
    return thread?.subscribe(setThreadView);
  }, [thread]);

  // Collapsed is remembered across pages and sessions, unless the settings say how to start.
  useEffect(() => {
    if (sidebarStart !== 'remember') { setCollapsed(sidebarStart === 'collapsed'); return; }
    let live = true;
    browser.storage.local.get(COLLAPSED_KEY).then((r) => { if (live) setCollapsed(r[COLLAPSED_KEY] === true); }).catch(() => {});
    return () => { live = false; };
  }, [sidebarStart]);

  const setAndStore = useCallback((next: boolean) => {
    setCollapsed(next);
    browser.storage.local.set({ [COLLAPSED_KEY]: next }).catch(() => {});
  }, []);
  /** The writer asks for the panel (badge or shortcut): it opens, over the page if there is no room. */
  const open = useCallback(() => { setAsked(true); setAndStore(false); }, [setAndStore]);

  const active = state.active;
  // The writer's own "no", read in the same idle moment as the balcony advice (below), for its draft.
  const [ownNoRead, setOwnNoRead] = useState<{ key: string; value: OwnNo | null } | null>(null);
  const ownNo = ownNoRead && ownNoRead.key === active?.key ? ownNoRead.value : null;
  const notEnglish = active?.language === 'other';
  // A reply shows the Thread tab when the page holds the conversation; the panel opens for it
  // once the other side has a readable message (their "no" and the openers are worth seeing).
  const showThread = !!active && active.kind !== 'new' && !!threadView;
  const threadWorthShowing = showThread && threadView!.summary.messages.some((m) => m.readable && m.mine !== true);
  const visible = !!active && (active.findings.length > 0 || active.seenFindings || notEnglish || threadWorthShowing || active.progress != null || !!active.capped || !!ownNo);
  // "Go to the balcony" is judged off the typing path, in an idle moment after each analysis; and
  // not while a long draft is still being checked in slices (it would re-read the draft each time).
  const [balcony, setBalcony] = useState<Balcony | null>(null);
  const draftText = active?.text ?? '';
  const draftKey = active?.key;
  const draftFindings = active?.findings;
  const settled = active?.progress == null;
  useEffect(() => {
    let live = true;
    const engine = controller.engine;
    const run = () => {
      if (!draftFindings || !settled || !engine || !draftKey || !draftText.trim()) { setBalcony(null); setOwnNoRead(null); return; }
      balconyForDraft(engine, showThread ? threadView : null, draftKey, draftFindings, (b) => { if (live) setBalcony(b); });
      engine.ownNo({ key: draftKey }, (o) => { if (live) setOwnNoRead({ key: draftKey, value: o }); });
    };
    const w = win as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };
    if (w.requestIdleCallback && w.cancelIdleCallback) {
      const id = w.requestIdleCallback(run, { timeout: 500 });
      return () => { live = false; w.cancelIdleCallback!(id); };
    }
    const id = win.setTimeout(run, 50);
    return () => { live = false; win.clearTimeout(id); };
  }, [controller, draftKey, draftText, draftFindings, settled, showThread, threadView, win]);

  // Keep the panel beside the draft as windows open, move and scroll.
  const relayout = useCallback(() => {
    const box = boxOf(controller.anchor());
    const obstacles = (controller.obstacles?.() ?? [])
      .map((el) => el.getBoundingClientRect())
      .filter((o) => o.width > 0 && o.height > 0)
      .map((o) => ({ left: o.left, top: o.top, right: o.right, bottom: o.bottom }));
    const next = placePanel(box, win.innerWidth, win.innerHeight, undefined, obstacles, askedRef.current, boxOf(controller.editor?.()));
    setPlace((p) => (p && p.left === next.left && p.top === next.top && p.bottom === next.bottom && p.width === next.width && p.maxHeight === next.maxHeight ? p : next));
  }, [controller, win]);
  useEffect(() => { if (asked) relayout(); }, [asked, relayout]);
  const activeKey = state.active?.key;
  useEffect(() => { setAsked(false); }, [activeKey]);

  // Placing the panel reads the page's layout. When the panel appears that is read at once (it must
  // not flash in the wrong place); after that, in the next frame, when the browser lays the page out
  // anyway, not in the middle of a task where typing has just changed it (a second layout).
  useLayoutEffect(() => { if (visible) relayout(); }, [visible, relayout]);
  useEffect(() => {
    if (!visible) return;
    const id = win.requestAnimationFrame(relayout);
    return () => win.cancelAnimationFrame(id);
  }, [visible, state, relayout, win]);
  useEffect(() => {
    if (!visible) return;
    let frame = 0;
    const on = () => { if (!frame) frame = win.requestAnimationFrame(() => { frame = 0; relayout(); }); };
    win.addEventListener('resize', on, { passive: true });
    win.addEventListener('scroll', on, { capture: true, passive: true });
    const id = win.setInterval(on, 700); // compose windows move without scroll or resize
    return () => {
      win.removeEventListener('resize', on);
      win.removeEventListener('scroll', on, { capture: true });
      win.clearInterval(id);
      if (frame) win.cancelAnimationFrame(frame);
    };
  }, [visible, relayout, win]);

  // The shortcut toggles while a draft is coached; opening moves focus into the panel, closing back to the draft.
  useEffect(() => onToggleShortcut?.(() => {
    if (!controller.getState().active) return;
    if (badgeShown.current) { focusPanel.current = true; open(); return; }
    setAndStore(true);
    controller.focusDraft();
  }), [controller, onToggleShortcut, open, setAndStore]);

  // After opening with the keyboard, move focus into the panel so its buttons are reachable.
  const placedSide = place?.side;
  useEffect(() => {
    if (!focusPanel.current || collapsed || placedSide === 'badge' || !placedSide) return;
    focusPanel.current = false;
    const root = rootRef.current;
    const el = root?.querySelector<HTMLElement>('[data-testid="swap"]:not([disabled])') ?? root?.querySelector<HTMLElement>('[data-testid="collapse"]');
    el?.focus();
  }, [collapsed, visible, placedSide]);

  // The same handlers on every render, so finding cards that did not change are not drawn again.
  const onSwap = useCallback((f: Finding, s: string) => { controller.swap(f, s); }, [controller]);
  const onOwnNoInsert = useCallback((text: string) => { if (ownNo) controller.insertAfter?.(ownNo.refusal, text); }, [controller, ownNo]);
  const onIgnoreOnce = useCallback((f: Finding) => { controller.ignoreOnce?.(f); }, [controller]);

  // The pause before Send shows whatever the panel is doing (open, a badge, or not shown at all).
  const pause = state.pause ?? null;
  const pausePrompt = pause && controller.sendAnyway && controller.takeAMinute ? (
    <SendPausePrompt key={pause.key} pause={pause} at={pause.at} anchor={boxOf(controller.anchor())} win={win}
      onSendAnyway={() => controller.sendAnyway!()}
      onTakeAMinute={() => { controller.takeAMinute!(); open(); }}
      onStopAsking={onStopAskingAtSend} />
  ) : null;
  if (!visible || !active || !place) return pausePrompt;
  const summary = summarize(active.findings);
  const waiting = place.side === 'badge';
  badgeShown.current = collapsed || waiting;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') { e.preventDefault(); controller.focusDraft(); }
  };
  // Collapsed, the badge keeps to the edge nearest the draft.
  const vertical = place.top != null ? { top: `${place.top}px` } : { bottom: `${place.bottom}px` };
  const style = waiting
    ? { left: `${place.left}px`, top: `${place.top}px`, width: 'auto' }
    : collapsed && place.side !== 'right' && place.side !== 'below'
      ? { right: `${Math.max(0, win.innerWidth - place.left - place.width)}px`, ...vertical }
      : { left: `${place.left}px`, ...vertical, width: collapsed ? 'auto' : `${place.width}px`, maxHeight: `${place.maxHeight}px` };
  return (
    <>
    <div ref={rootRef} class={`bc-root bc-side-${place.side}${collapsed || waiting ? ' bc-collapsed' : ''}`} style={style}
      data-testid="coach" data-collapsed={String(collapsed)} data-waiting={String(waiting)} data-draft={active.key} onKeyDown={onKeyDown}>
      {collapsed || waiting ? (
        <Badge flags={summary.flags} strengths={summary.strengths} tone={summary.tone} shortcut={shortcut}
          onOpen={open} />
      ) : (
        <Sidebar
          findings={active.findings}
          pending={active.pending}
          composing={active.composing}
          notice={notEnglish ? t('notEnglish') : noticeText(active.notice)}
          undoable={active.undoable}
          site={state.site}
          kind={active.kind}
          onSwap={onSwap}
          onUndo={() => controller.undoLast()}
          onCollapse={() => { setAndStore(true); controller.focusDraft(); }}
          onIgnoreOnce={controller.ignoreOnce ? onIgnoreOnce : undefined}
          onDisableRule={onDisableRule}
          onOpenSettings={onOpenSettings}
          progress={active.progress}
          capped={active.capped}
          thread={showThread ? threadView : null}
          showThread={showThread}
          balcony={balcony}
          ownNo={ownNo}
          quietOffers={quietOffers}
          onBeGentler={onBeGentler}
          onOwnNoInsert={controller.insertAfter ? onOwnNoInsert : undefined}
          onInsert={controller.insert ? (text) => controller.insert!(text) : undefined}
          shortcut={shortcut}
        />
      )}
    </div>
    {pausePrompt}
    </>
  );
}
