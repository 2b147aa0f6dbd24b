// A breath before Send: a calm prompt beside the draft when Send was pressed on a clearly heated
// draft. It says what the heat is, and offers "Send anyway" (the site's own Send, once) and "Take a
// minute" (back to the draft with the findings open). "Don't ask again" turns the pause off.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SendPause } from '../lib/coach/send-pause';
import { FLAG_CATEGORIES } from '../lib/coach/categories';
import { t } from '../lib/i18n';
import { labelOf } from './categories';
import './SendPause.css';

export interface SendPausePromptProps {
  pause: SendPause;
  /** Where to sit: by the Send control that was pressed (above it, else below), else by the draft's window. */
  at: { left: number; top: number; right: number; bottom: number } | null;
  anchor: { left: number; top: number; right: number; bottom: number } | null;
  win: Window;
  onSendAnyway(): void;
  onTakeAMinute(): void;
  onStopAsking?(): void;
}

/** What the heat is, in a few words: the kinds of flags and what carries the heat. */
function heatSummary(pause: SendPause): string {
  const kinds = FLAG_CATEGORIES.filter((c) => pause.flags[c]).map((c) => `${pause.flags[c]} ${labelOf(c).toLowerCase()}`);
  const cues = pause.cues.map((c) => t(`heatCue_${c.replace(/[^a-z]/gi, '_')}`) || c).filter(Boolean);
  return [...kinds, ...cues].join(', ');
}

/** The prompt's height, roughly, for choosing above or below the Send control. */
const PROMPT_HEIGHT = 190;

export function SendPausePrompt({ pause, at, anchor, win, onSendAnyway, onTakeAMinute, onStopAsking }: SendPausePromptProps) {
  const [stopAsking, setStopAsking] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  // The prompt takes the keyboard focus, so Enter or Esc answers it; Esc takes a minute.
  useEffect(() => { first.current?.focus({ preventScroll: true }); }, []);
  const width = Math.min(360, win.innerWidth - 24);
  const clampLeft = (x: number) => Math.max(12, Math.min(x, win.innerWidth - width - 12));
  // Above the Send control, as a popover on it; below it when there is no room above.
  const place = at
    ? at.top >= PROMPT_HEIGHT + 20
      ? { left: clampLeft(at.left), bottom: win.innerHeight - at.top + 8 }
      : { left: clampLeft(at.left), top: Math.min(at.bottom + 8, win.innerHeight - PROMPT_HEIGHT - 12) }
    : { left: anchor ? clampLeft(anchor.left + 16) : win.innerWidth - width - 12, bottom: anchor ? Math.max(12, win.innerHeight - Math.min(anchor.bottom, win.innerHeight) + 64) : 12 };
  const style = { width: `${width}px`, left: `${place.left}px`, ...('top' in place ? { top: `${place.top}px` } : { bottom: `${place.bottom}px` }) };
  const choose = (fn: () => void) => () => { if (stopAsking) onStopAsking?.(); fn(); };
  const summary = heatSummary(pause);
  return (
    <section class="bc-send-pause" data-testid="send-pause" role="alertdialog" aria-modal="false" aria-labelledby="bc-send-pause-title" aria-describedby="bc-send-pause-msg"
      style={style}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); choose(onTakeAMinute)(); } }}>
      <h3 id="bc-send-pause-title" class="bc-send-pause-title"><span class="bc-send-pause-icon" aria-hidden="true" />{t('sendPauseTitle')}</h3>
      <p id="bc-send-pause-msg" class="bc-send-pause-msg">{t('sendPauseMessage')}{summary ? <span class="bc-send-pause-why"> {t('sendPauseWhy', summary)}</span> : null}</p>
      <div class="bc-send-pause-actions">
        <button ref={first} type="button" class="bc-send-pause-btn bc-send-pause-primary" data-testid="take-a-minute" onClick={choose(onTakeAMinute)}>{t('takeAMinute')}</button>
        <button type="button" class="bc-send-pause-btn bc-send-pause-quiet" data-testid="send-anyway" onClick={choose(onSendAnyway)}>{t('sendAnyway')}</button>
      </div>
      {onStopAsking && (
        <label class="bc-send-pause-stop">
          <input type="checkbox" data-testid="send-pause-stop" checked={stopAsking} onChange={(e) => setStopAsking((e.currentTarget as HTMLInputElement).checked)} />
          {t('sendPauseStop')}
        </label>
      )}
    </section>
  );
}
