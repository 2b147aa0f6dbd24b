// The draft's overall read: counts per category and a one-line verdict.
import type { Category } from '../lib/coach/types';
import { CATEGORY_ORDER, hintOf, labelOf, type Summary } from './categories';
import { t } from '../lib/i18n';
import './SummaryHeader.css';

export function SummaryHeader({ summary, pending }: { summary: Summary; pending?: boolean }) {
  const present = CATEGORY_ORDER.filter((c) => (summary.counts[c] ?? 0) > 0);
  return (
    <section class={`bc-summary bc-tone-${summary.tone}`} data-testid="summary" data-flags={summary.flags} data-strengths={summary.strengths} aria-live="polite">
      <p class="bc-verdict" data-testid="verdict">{summary.verdict}</p>
      {present.length > 0 && (
        <ul class="bc-counts">
          {present.map((c: Category) => (
            <li key={c} class={`bc-count bc-cat-${c}`} title={hintOf(c)} data-testid="count" data-category={c}>
              <span class="bc-count-n">{summary.counts[c]}</span> {labelOf(c)}
            </li>
          ))}
        </ul>
      )}
      {pending && <span class="bc-pending" aria-hidden="true" title={t('checking')} />}
    </section>
  );
}
