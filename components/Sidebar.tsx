// The coach panel beside a draft: header with tabs and collapse, the draft's overall read,
// the findings (flags first, then strengths), and the sidebar's own "undo last swap".
import { useState } from 'preact/hooks';
import type { Finding } from '../lib/coach/types';
import type { Balcony } from '../lib/coach/thread';
import type { ThreadView } from '../lib/mail/thread';
import { StillFindingCard } from './FindingCard';
import { LongDraftNote } from './LongDraftNote';
import { BalconyNote, ThreadPanel, type OpenerKind } from './ThreadPanel';
import { OwnNoCard } from './OwnNoCard';
import type { OwnNo } from '../lib/coach/own-no';
import { CATEGORY_ORDER, summarize } from './categories';
import { SummaryHeader } from './SummaryHeader';
import { t } from '../lib/i18n';
import { shortcutKeys } from '../lib/messaging/coach-toggle';
import { withShortcut } from './shortcut';
import './tokens.css';
import './Sidebar.css';

export interface SidebarProps {
  findings: readonly Finding[];
  pending?: boolean;
  composing?: boolean;
  notice?: string | null;
  undoable?: number;
  site?: string;
  kind?: string;
  onSwap(finding: Finding, suggestion: string): void;
  onUndo(): void;
  onCollapse(): void;
  onHover?(finding: Finding | null): void;
  onIgnoreOnce?(finding: Finding): void;
  onDisableRule?(finding: Finding): void;
  /** Open the extension's options page. */
  onOpenSettings?(): void;
  /** A long draft: the share checked so far while it is checked in slices. */
  progress?: number | null;
  /** The draft is longer than what is checked: how much was. */
  capped?: { words: number; share: number } | null;
  /** The conversation the draft answers: with `showThread`, a "Thread" tab shows it. */
  thread?: ThreadView | null;
  showThread?: boolean;
  /** "Go to the balcony" advice for the draft, when it is heated or answers heat with heat. */
  balcony?: Balcony | null;
  /** The draft read as the writer's own refusal. */
  ownNo?: OwnNo | null;
  /** Insert text after the refusal (a part named, an if–then trade, a question). */
  onOwnNoInsert?(text: string): void;
  /** Rule groups set aside again and again: their cards offer to quiet them. */
  quietOffers?: readonly string[];
  onBeGentler?(): void;
  /** Insert an opener at the caret in the draft. */
  onInsert?(text: string, kind: OpenerKind): void;
  /** The tab to open first. */
  initialTab?: 'draft' | 'thread';
  /** The keys of the browser's shortcut that shows or hides the coach ("" when unbound). */
  shortcut?: string;
}

const rank = (f: Finding) => CATEGORY_ORDER.indexOf(f.category);

/** Card keys that survive typing elsewhere in the draft (offsets shift; the rule and words do not),
 * so a keystroke re-renders the cards instead of rebuilding every one below the caret. */
function cardKeys(): (f: Finding) => string {
  const seen = new Map<string, number>();
  return (f) => {
    const k = `${f.rule}:${f.text}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return `${k}#${n}`;
  };
}

export function Sidebar(props: SidebarProps) {
  const { findings, pending, composing, notice, undoable = 0, balcony } = props;
  const [chosen, setChosen] = useState<'draft' | 'thread'>(props.initialTab ?? 'draft');
  const tab = props.showThread ? chosen : 'draft';
  const onTabKey = (e: KeyboardEvent) => {
    if (!props.showThread || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
    e.preventDefault();
    const next = tab === 'draft' ? 'thread' : 'draft';
    setChosen(next);
    ((e.currentTarget as HTMLElement).querySelector(`[data-tab="${next}"]`) as HTMLElement | null)?.focus();
  };
  const summary = summarize(findings);
  // Text order within each group keeps the list stable while typing.
  const flags = findings.filter((f) => f.category !== 'strength');
  const strengths = findings.filter((f) => f.category === 'strength');
  const flagKey = cardKeys();
  const strengthKey = cardKeys();
  const kindLabel = props.kind === 'reply' ? t('tabReply') : props.kind === 'forward' ? t('tabForward') : t('tabNew');
  return (
    <aside class="bc-panel" data-testid="sidebar" aria-label={t('sidebarLabel')} data-site={props.site}>
      <header class="bc-head">
        <div class="bc-brand">
          <span class="bc-mark" aria-hidden="true" />
          <span class="bc-name">{t('extShortName')}</span>
        </div>
        <nav class="bc-tabs" role="tablist" aria-label={t('tabsLabel')} onKeyDown={onTabKey}>
          <button type="button" role="tab" aria-selected={tab === 'draft'} class="bc-tab" data-testid="draft-tab" data-tab="draft"
            tabIndex={tab === 'draft' ? 0 : -1} onMouseDown={(e) => e.preventDefault()} onClick={() => setChosen('draft')}>
            {kindLabel}
          </button>
          {props.showThread && (
            <button type="button" role="tab" aria-selected={tab === 'thread'} class="bc-tab" data-testid="thread-tab" data-tab="thread"
              tabIndex={tab === 'thread' ? 0 : -1} onMouseDown={(e) => e.preventDefault()} onClick={() => setChosen('thread')}>
              {t('tabThread')}{props.thread?.summary.trend === 'escalating' ? <span class="bc-tab-dot" aria-label={t('escalatingLabel')} /> : null}
            </button>
          )}
        </nav>
        <button type="button" class="bc-icon-btn" data-testid="collapse" aria-label={withShortcut(t('collapseLabel'), props.shortcut)}
          title={withShortcut(t('collapseTitle'), props.shortcut)} onMouseDown={(e) => e.preventDefault()} onClick={props.onCollapse}>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><path d="M3 7h8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" /></svg>
        </button>
      </header>
      {tab === 'draft' && <SummaryHeader summary={summary} pending={pending} />}
      {(notice || composing) && (
        <p class="bc-notice" role="status" data-testid="notice">{composing ? t('composingNotice') : notice}</p>
      )}
      <LongDraftNote progress={props.progress} capped={props.capped} />
      {tab === 'thread' ? (
        <div class="bc-body" role="tabpanel" aria-label={t('tabThread')}>
          {balcony && <BalconyNote balcony={balcony} />}
          <ThreadPanel thread={props.thread ?? null} disabled={composing} onInsert={(text, kind) => props.onInsert?.(text, kind)} />
        </div>
      ) : (
      <div class="bc-body">
        {balcony && <BalconyNote balcony={balcony} />}
        {props.ownNo && <OwnNoCard ownNo={props.ownNo} flagged={flags.length > 0} disabled={composing} onInsert={props.onOwnNoInsert} />}
        {flags.length > 0 && (
          <ul class="bc-list" data-testid="flags" aria-label={t('toReconsider')}>
            {[...flags].sort((a, b) => a.start - b.start || rank(a) - rank(b)).map((f) => (
              <StillFindingCard key={flagKey(f)} finding={f} disabled={composing} onSwap={props.onSwap} onHover={props.onHover}
                onIgnoreOnce={props.onIgnoreOnce} onDisableRule={props.onDisableRule}
                quietOffer={props.quietOffers?.includes(f.group)} onBeGentler={props.onBeGentler} />
            ))}
          </ul>
        )}
        {flags.length === 0 && (
          <p class="bc-empty">{strengths.length ? t('emptyWithStrengths') : t('emptySoFar')}</p>
        )}
        {strengths.length > 0 && (
          <>
            <h3 class="bc-section">{t('whatIsWorking')}</h3>
            <ul class="bc-list" data-testid="strengths" aria-label={t('whatIsWorking')}>
              {strengths.map((f) => (
                <StillFindingCard key={strengthKey(f)} finding={f} onSwap={props.onSwap} onHover={props.onHover} />
              ))}
            </ul>
          </>
        )}
      </div>
      )}
      <footer class="bc-foot">
        <button type="button" class="bc-link-btn" data-testid="undo-swap" disabled={undoable === 0}
          onMouseDown={(e) => e.preventDefault()} onClick={props.onUndo}>
          ↶ {t('undoLastSwap')}
        </button>
        {props.onOpenSettings && (
          <button type="button" class="bc-link-btn" data-testid="open-settings"
            onMouseDown={(e) => e.preventDefault()} onClick={props.onOpenSettings}>
            {t('openSettings')}
          </button>
        )}
        {!!props.shortcut && (
          <span class="bc-hint" title={t('shortcutHint')} data-testid="shortcut">
            {shortcutKeys(props.shortcut).map((k) => <kbd key={k}>{k}</kbd>)}
          </span>
        )}
      </footer>
    </aside>
  );
}
