// A long draft (a pasted document): while it is checked in slices, a progress bar; when it is longer
// than what the coach checks, a plain note saying how much was checked and that the rest was not.
import { t } from '../lib/i18n';
import './LongDraftNote.css';

export interface LongDraftNoteProps {
  /** Share of the draft checked so far (0..1) while a long draft is being checked, else null. */
  progress?: number | null;
  /** The draft is longer than what is checked: the words checked and their share of the draft. */
  capped?: { words: number; share: number } | null;
}

/** 16532 → "16,532" (cheap: this renders with every slice). */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

export function LongDraftNote({ progress, capped }: LongDraftNoteProps) {
  if (progress == null && !capped) return null;
  const pct = progress == null ? 0 : Math.min(99, Math.floor(progress * 100));
  return (
    <div class="bc-long">
      {progress != null && (
        <div class="bc-long-progress" data-testid="progress" role="progressbar" aria-label={t('longChecking')}
          aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
          <span class="bc-long-label">{t('longCheckingProgress', pct)}</span>
          <span class="bc-long-bar" aria-hidden="true"><span class="bc-long-fill" style={{ width: `${pct}%` }} /></span>
        </div>
      )}
      {capped && (
        <p class="bc-long-note" data-testid="cap-note" role="note">
          {t('longCapNote', thousands(capped.words), Math.max(1, Math.round(capped.share * 100)))}
        </p>
      )}
    </div>
  );
}
