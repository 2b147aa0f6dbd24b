// One finding: what was flagged, why, the move behind it (expandable) and one-click rewrites.
import { Component } from 'preact';
import { useState } from 'preact/hooks';
import type { Finding } from '../lib/coach/types';
import { t } from '../lib/i18n';
import { labelOf } from './categories';
import './FindingCard.css';

export interface FindingCardProps {
  finding: Finding;
  /** Swaps are refused while the user is composing with an IME. */
  disabled?: boolean;
  onSwap(finding: Finding, suggestion: string): void;
  onHover?(finding: Finding | null): void;
  /** Hide this flag in this draft only. */
  onIgnoreOnce?(finding: Finding): void;
  /** Turn the rule off in the settings. */
  onDisableRule?(finding: Finding): void;
}

const MAX_SUGGESTIONS = 2;

/** The flagged words, with the ones the model weighed most marked (offsets are into the draft). */
function withWeighedWords(f: Finding) {
  if (!f.because?.length) return f.text;
  const parts = [];
  let at = 0;
  for (const b of f.because) {
    const s = b.start - f.start;
    const e = b.end - f.start;
    if (s < at || e > f.text.length) continue;
    if (s > at) parts.push(f.text.slice(at, s));
    parts.push(<mark key={s} class="bc-weighed">{f.text.slice(s, e)}</mark>);
    at = e;
  }
  parts.push(f.text.slice(at));
  return parts;
}

export function FindingCard({ finding, disabled, onSwap, onHover, onIgnoreOnce, onDisableRule }: FindingCardProps) {
  const [open, setOpen] = useState(false);
  const techId = `bc-tech-${finding.rule.replace(/[^a-z0-9-]/gi, '-')}-${finding.start}`;
  const suggestions = finding.suggestions.slice(0, MAX_SUGGESTIONS);
  return (
    <li class={`bc-card bc-cat-${finding.category}`} data-testid="finding" data-category={finding.category} data-rule={finding.rule} data-rule-group={finding.group}
      onMouseEnter={() => onHover?.(finding)} onMouseLeave={() => onHover?.(null)}>
      <div class="bc-card-head">
        <span class="bc-chip"><span class="bc-dot" aria-hidden="true" />{labelOf(finding.category)}</span>
        <span class="bc-technique-name">{finding.technique.name}</span>
      </div>
      <blockquote class="bc-quote" data-testid="finding-text">{withWeighedWords(finding)}</blockquote>
      <p class="bc-message" data-testid="finding-message">{finding.message}</p>
      {finding.because && finding.because.length > 0 && (
        <p class="bc-because" data-testid="finding-because">
          {t('flaggedFor')} {finding.because.map((b, i) => <span key={b.start}>{i > 0 ? ', ' : ''}<q>{b.text}</q></span>)}
        </p>
      )}
      {suggestions.length > 0 && (
        <div class="bc-swaps" role="group" aria-label={t('suggestedRewrites')}>
          {suggestions.map((s, i) => (
            <button key={s} type="button" class={i === 0 ? 'bc-swap bc-swap-best' : 'bc-swap'} data-testid="swap"
              disabled={disabled} title={t('swapTitle')}
              aria-label={t('swapLabel', finding.text, s)}
              onMouseDown={(e) => e.preventDefault() /* keep the caret and focus in the draft */}
              onClick={() => onSwap(finding, s)}>
              <span class="bc-swap-text">{s}</span>
              <span class="bc-swap-icon" aria-hidden="true">↵</span>
            </button>
          ))}
        </div>
      )}
      <div class="bc-card-foot">
        <button type="button" class="bc-more" aria-expanded={open} aria-controls={techId} data-testid="technique-toggle"
          onMouseDown={(e) => e.preventDefault()} onClick={() => setOpen(!open)}>
          <span class="bc-caret" aria-hidden="true">{open ? '▾' : '▸'}</span>
          {t('whyThisWorks')}
        </button>
        {finding.category !== 'strength' && (onIgnoreOnce || onDisableRule) && (
          <span class="bc-card-actions">
            {onIgnoreOnce && (
              <button type="button" class="bc-quiet-btn" data-testid="ignore-once" title={t('ignoreOnceTitle')}
                onMouseDown={(e) => e.preventDefault()} onClick={() => onIgnoreOnce(finding)}>{t('ignoreOnce')}</button>
            )}
            {onDisableRule && (
              <button type="button" class="bc-quiet-btn" data-testid="disable-rule" title={t('disableRuleTitle')}
                onMouseDown={(e) => e.preventDefault()} onClick={() => onDisableRule(finding)}>{t('disableRule')}</button>
            )}
          </span>
        )}
      </div>
      {open && (
        <div class="bc-technique" id={techId} data-testid="technique">
          <strong>{finding.technique.name}.</strong> {finding.technique.explanation}
          {finding.technique.source && <span class="bc-source"> — {finding.technique.source}</span>}
        </div>
      )}
    </li>
  );
}

/** A FindingCard drawn again only when its props change: each analysis sends every finding again,
 * and the controller keeps the objects of those that did not change, so most cards stay as they are. */
export class StillFindingCard extends Component<FindingCardProps> {
  override shouldComponentUpdate(next: FindingCardProps): boolean {
    const now = this.props as unknown as Record<string, unknown>;
    const then = next as unknown as Record<string, unknown>;
    const keys = new Set([...Object.keys(now), ...Object.keys(then)]);
    for (const k of keys) if (now[k] !== then[k]) return true;
    return false;
  }

  override render(props: FindingCardProps) {
    return <FindingCard {...props} />;
  }
}
