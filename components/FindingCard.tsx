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
  /** This kind was set aside again and again ("Ignore once" five times in 30 days): offer to quiet it. */
  quietOffer?: boolean;
  /** Make the coach gentler overall (the offer's other choice; absent when it is gentle already). */
  onBeGentler?(): void;
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

export function FindingCard({ finding, disabled, onSwap, onHover, onIgnoreOnce, onDisableRule, quietOffer, onBeGentler }: FindingCardProps) {
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
      {quietOffer && onDisableRule && (
        <p class="bc-quiet-offer" data-testid="quiet-offer">
          {t('quietOffer')}{' '}
          <button type="button" class="bc-link-inline" data-testid="quiet-offer-off" onMouseDown={(e) => e.preventDefault()} onClick={() => onDisableRule(finding)}>{t('quietOfferOff')}</button>
          {onBeGentler && <>{' '}{t('quietOfferOr')}{' '}<button type="button" class="bc-link-inline" data-testid="quiet-offer-gentler" onMouseDown={(e) => e.preventDefault()} onClick={onBeGentler}>{t('quietOfferGentler')}</button></>}
        </p>
      )}
      {open && (
        <div class="bc-technique" id={techId} data-testid="technique">
          <strong>{finding.technique.name}.</strong> {finding.technique.explanation}
          {finding.technique.source && <span class="bc-source"> — {finding.technique.source}</span>}
        </div>
      )}
    </li>
  );
}

/** What a card shows of a finding: everything but where it sits in the draft (the words the model
 * weighed are kept relative to the span). Typing above a finding moves it without changing it. */
const shownAs = new WeakMap<Finding, string>();
function shown(f: Finding): string {
  let key = shownAs.get(f);
  if (key === undefined) {
    // What the card prints (a technique's explanation and source follow from its name).
    const because = f.because?.map((b) => `${b.start - f.start}:${b.end - f.start}:${b.text}`).join('\u0001') ?? '';
    key = [f.rule, f.category, f.text, f.message, f.technique.name, ...f.suggestions.slice(0, MAX_SUGGESTIONS), because].join('\u0002');
    shownAs.set(f, key);
  }
  return key;
}

/**
 * A FindingCard drawn again only when what it shows changes: each analysis sends every finding
 * again, most of them the same words at the same or a shifted place. Its handlers pass the finding
 * as it is now (Preact keeps the newest props even when it skips drawing), so a swap always goes
 * to the current offsets.
 */
export class StillFindingCard extends Component<FindingCardProps> {
  override shouldComponentUpdate(next: FindingCardProps): boolean {
    const now = this.props;
    return now.disabled !== next.disabled || now.onSwap !== next.onSwap || now.onHover !== next.onHover
      || now.onIgnoreOnce !== next.onIgnoreOnce || now.onDisableRule !== next.onDisableRule
      || now.quietOffer !== next.quietOffer || now.onBeGentler !== next.onBeGentler
      || (now.finding !== next.finding && shown(now.finding) !== shown(next.finding));
  }

  private readonly swap = (_: Finding, suggestion: string) => this.props.onSwap(this.props.finding, suggestion);
  private readonly hover = (f: Finding | null) => this.props.onHover?.(f ? this.props.finding : null);
  private readonly ignoreOnce = () => this.props.onIgnoreOnce?.(this.props.finding);
  private readonly disableRule = () => this.props.onDisableRule?.(this.props.finding);

  override render(props: FindingCardProps) {
    return (
      <FindingCard finding={props.finding} disabled={props.disabled} onSwap={this.swap}
        onHover={props.onHover ? this.hover : undefined}
        onIgnoreOnce={props.onIgnoreOnce ? this.ignoreOnce : undefined}
        onDisableRule={props.onDisableRule ? this.disableRule : undefined}
        quietOffer={props.quietOffer} onBeGentler={props.onBeGentler} />
    );
  }
}
