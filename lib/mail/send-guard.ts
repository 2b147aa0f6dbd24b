// A breath before Send, on the page side: the site's Send (its button, or Ctrl/Cmd+Enter in the
// draft) is held back once for a draft the coach asks to pause, while the sidebar shows the prompt.
// "Send anyway" then presses the site's own Send, as a click would, exactly once.
//
// It never loses or blocks a send:
// - it holds a send only when the prompt has been shown (`onPause` says so), never otherwise;
// - pressing Send again while the prompt is up sends (the writer has decided);
// - any error of its own lets the send through;
// - disposed (the extension reloaded, updated or switched off), it holds nothing: Send is the site's.
// The listeners are on the window, in the capture phase, so they run before the site's own.

export interface SendGuardOptions {
  win: Window;
  /** The site's Send controls, best first. */
  sendSelectors: readonly string[];
  /** The drafts open now (their bodies). */
  bodies(): HTMLElement[];
  /** Whether this draft pauses at Send now (the latest advice, read synchronously). */
  shouldPause(body: HTMLElement): boolean;
  /** Show the prompt for this draft; false when it cannot be shown (then the send goes ahead). */
  onPause(body: HTMLElement): boolean;
  /** The prompt is gone because the send went ahead (pressed again, or sent anyway). */
  onResolved?(body: HTMLElement): void;
  /** A send went ahead for this draft (a press of Send let through, Ctrl+Enter, or "Send anyway"). */
  onSend?(body: HTMLElement): void;
}

export interface SendGuard {
  /** The draft whose send is held, with the prompt up, or null. */
  held(): HTMLElement | null;
  /** The Send control of the held draft (the prompt sits by it), or null. */
  heldControl(): HTMLElement | null;
  /** Press the site's Send for the held draft, once; false when its Send control is gone. */
  sendAnyway(): boolean;
  /** Drop the held send without sending ("Take a minute"). */
  release(): void;
  dispose(): void;
}

/** The pointer and mouse events of one press of a button, in the order a browser fires them. */
const PRESS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;
const PRESS_START = new Set(['pointerdown', 'mousedown']);
/** How long after a held press its remaining events (up, click) are held too (ms). */
const PRESS_TAIL_MS = 1500;

export function createSendGuard(opts: SendGuardOptions): SendGuard {
  const { win } = opts;
  const doc = win.document;
  let held: { body: HTMLElement; control: HTMLElement | null } | null = null;
  /** The rest of a held press (up, click) on this control is held too. */
  let tail: { control: HTMLElement; until: number } | null = null;
  /** A press let through (Send pressed again with the prompt up): the rest of it passes too. */
  let passing: { control: HTMLElement; until: number; counted?: boolean } | null = null;
  /** Our own press of Send, let through. */
  let pressing = false;
  let disposed = false;

  const isSend = (el: Element) => opts.sendSelectors.some((sel) => { try { return el.matches(sel); } catch { return false; } });

  /** The Send control an event's target is in. */
  function sendControlOf(target: EventTarget | null): HTMLElement | null {
    for (let el = target instanceof Element ? target : null; el && el !== doc.body; el = el.parentElement) {
      if (el instanceof HTMLElement && isSend(el)) return el;
    }
    return null;
  }

  /** The draft a Send control belongs to: the open draft in the nearest ancestor holding one. */
  function bodyOfControl(control: HTMLElement): HTMLElement | null {
    const bodies = opts.bodies();
    for (let el = control.parentElement; el; el = el.parentElement) {
      const inside = bodies.filter((b) => el!.contains(b));
      if (inside.length === 1) return inside[0]!;
      if (inside.length > 1) return null;
    }
    return null;
  }

  /** The Send control of a draft: the first one in the nearest ancestor that holds any. */
  function controlOfBody(body: HTMLElement): HTMLElement | null {
    for (let el = body.parentElement; el; el = el.parentElement) {
      for (const sel of opts.sendSelectors) {
        let found: HTMLElement | null = null;
        try { found = el.querySelector<HTMLElement>(sel); } catch { /* unsupported selector */ }
        if (found) return found;
      }
    }
    return null;
  }

  const bodyOf = (target: EventTarget | null): HTMLElement | null => {
    const el = target instanceof Node ? target : null;
    return el ? opts.bodies().find((b) => b.contains(el)) ?? null : null;
  };

  const hold = (e: Event) => { e.preventDefault(); e.stopImmediatePropagation(); };
  /** A press of `control` let through to the site: its draft was sent. */
  const sent = (control: HTMLElement) => { const body = bodyOfControl(control); if (body) opts.onSend?.(body); };

  /** A send is starting for `body`: hold it (true) if the prompt shows, else let it go. */
  function startOf(body: HTMLElement, control: HTMLElement | null): boolean {
    if (held?.body === body) {
      // Send again with the prompt up: the writer has decided. It goes.
      held = null;
      opts.onResolved?.(body);
      return false;
    }
    if (!opts.shouldPause(body) || !opts.onPause(body)) return false;
    held = { body, control };
    return true;
  }

  function onPress(e: Event) {
    if (disposed || pressing) return;
    try {
      const control = sendControlOf(e.target);
      if (!control) return;
      if (passing && passing.control === control && Date.now() < passing.until) {
        if (e.type === 'click') { if (!passing.counted) sent(control); passing = null; }
        return;
      }
      if (tail && tail.control === control && Date.now() < tail.until) {
        hold(e);
        if (e.type === 'click') tail = null;
        return;
      }
      // A press starts with pointerdown/mousedown; a click alone is a keyboard or scripted press.
      if (!PRESS_START.has(e.type) && e.type !== 'click') return;
      const body = bodyOfControl(control);
      if (!body) return;
      if (!startOf(body, control)) {
        if (e.type !== 'click') passing = { control, until: Date.now() + PRESS_TAIL_MS };
        else opts.onSend?.(body);
        return;
      }
      hold(e);
      if (e.type !== 'click') tail = { control, until: Date.now() + PRESS_TAIL_MS };
    } catch {
      // Never block a send because of a fault of ours.
    }
  }

  function onKey(e: KeyboardEvent) {
    if (disposed || pressing) return;
    try {
      const shortcut = e.key === 'Enter' && (e.ctrlKey || e.metaKey);
      // Enter and Space typed in the draft are no press of Send: no walk up the page for them.
      const inEditor = e.target instanceof HTMLElement && e.target.isContentEditable;
      const control = !shortcut && !inEditor && (e.key === 'Enter' || e.key === ' ') ? sendControlOf(e.target) : null;
      if (!shortcut && !control) return;
      if (e.type === 'keyup') { if (control && tail?.control === control) { hold(e); tail = null; } return; }
      const body = control ? bodyOfControl(control) : bodyOf(e.target);
      if (!body) return;
      if (!startOf(body, control)) {
        opts.onSend?.(body);
        // A key on a button may be followed by the click the browser makes of it: that is the same send.
        if (control) passing = { control, until: Date.now() + PRESS_TAIL_MS, counted: true };
        return;
      }
      hold(e);
      if (control) tail = { control, until: Date.now() + PRESS_TAIL_MS };
    } catch {
      // As above: a fault of ours lets the send through.
    }
  }

  for (const type of PRESS) win.addEventListener(type, onPress, true);
  win.addEventListener('keydown', onKey, true);
  win.addEventListener('keyup', onKey, true);

  return {
    held: () => held?.body ?? null,
    heldControl: () => (held ? (held.control?.isConnected ? held.control : controlOfBody(held.body)) : null),
    sendAnyway() {
      if (!held) return false;
      const { body } = held;
      const control = held.control?.isConnected ? held.control : controlOfBody(body);
      held = null;
      tail = null;
      if (!control) return false;
      // The site's own Send, pressed as a pointer press would: every event of one click, once.
      pressing = true;
      try {
        const r = control.getBoundingClientRect();
        const at = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 };
        for (const type of PRESS) {
          const down = type === 'pointerdown' || type === 'mousedown';
          const init = { bubbles: true, cancelable: true, composed: true, view: win, button: 0, buttons: down ? 1 : 0, ...at };
          const { PointerEvent: Pointer, MouseEvent: Mouse } = win as unknown as { PointerEvent?: typeof PointerEvent; MouseEvent: typeof MouseEvent };
          control.dispatchEvent(type.startsWith('pointer') && Pointer ? new Pointer(type, { ...init, pointerType: 'mouse', isPrimary: true }) : new Mouse(type, init));
        }
      } finally {
        pressing = false;
      }
      opts.onResolved?.(body);
      opts.onSend?.(body);
      return true;
    },
    release() {
      held = null;
      tail = null;
    },
    dispose() {
      disposed = true;
      held = null;
      for (const type of PRESS) win.removeEventListener(type, onPress, true);
      win.removeEventListener('keydown', onKey, true);
      win.removeEventListener('keyup', onKey, true);
    },
  };
}
