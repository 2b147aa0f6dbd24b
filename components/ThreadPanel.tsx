// The "Thread" tab: the conversation being answered, oldest first — who wrote each message, how
// heated it was, its flags and, for theirs, what their "no" is about with the move that fits; the
// trend and who raised it; their concerns in their words; and openers for the reply that insert at
// the caret with one click. Everything here is rendered as text (Gmail enforces Trusted Types).
import type { Balcony, MessageSummary } from '../lib/coach/thread';
import type { NoReason } from '../lib/coach/types';
import type { ThreadView } from '../lib/mail/thread';
import type { PageMessage } from '../lib/mail/types';
import { t } from '../lib/i18n';
import { labelOf } from './categories';
import './ThreadPanel.css';

export type OpenerKind = 'label' | 'mirror' | 'audit' | 'question';

export interface ThreadPanelProps {
  thread: ThreadView | null;
  /** Openers cannot be inserted while an IME composition is in progress. */
  disabled?: boolean;
  onInsert(text: string, kind: OpenerKind): void;
}

/** The kind of "no", by name ("Price"), and what it means ("the money does not work for them yet"). */
export const noLabel = (reason: NoReason) => t(`no_${reason}`);
const noGist = (reason: NoReason) => t(`noGist_${reason}`);
const levelLabel = (level: MessageSummary['level']) => t(`level_${level}`);

const OPENER_KINDS: Array<{ kind: OpenerKind; key: 'label' | 'mirror' | 'accusationAudit' | 'question' }> = [
  { kind: 'label', key: 'label' },
  { kind: 'mirror', key: 'mirror' },
  { kind: 'audit', key: 'accusationAudit' },
  { kind: 'question', key: 'question' },
];

function author(m: MessageSummary, page: PageMessage | undefined): { who: string; role: 'me' | 'them' | 'unknown' } {
  if (m.mine === true) return { who: t('threadYou'), role: 'me' };
  const name = page?.from || m.from || t('threadUnknownSender');
  return { who: name, role: m.mine === false ? 'them' : 'unknown' };
}

function HeatMeter({ heat, level }: { heat: number; level: MessageSummary['level'] }) {
  const pct = Math.round(heat * 100);
  return (
    <span class={`bc-heat bc-heat-${level}`} title={t('threadTemperature', pct)}>
      <span class="bc-heat-bar" aria-hidden="true"><span class="bc-heat-fill" style={{ width: `${Math.max(6, pct)}%` }} /></span>
      <span class="bc-heat-label">{levelLabel(level)}</span>
    </span>
  );
}

function MessageCard({ m, page, index }: { m: MessageSummary; page: PageMessage | undefined; index: number }) {
  const { who, role } = author(m, page);
  const unread = !m.readable;
  return (
    <li class={`bc-msg bc-msg-${role}${unread ? ' bc-msg-unread' : ''}`} data-testid="thread-message" data-index={index}
      data-mine={String(m.mine === true)} data-author={role} data-heat={String(m.heat)} data-readable={String(m.readable)}
      {...(m.no ? { 'data-no-reason': m.no.reason } : {})}>
      <div class="bc-msg-head">
        <span class="bc-avatar" aria-hidden="true">{role === 'me' ? t('threadYouInitial') : (who.trim()[0] ?? '?').toUpperCase()}</span>
        <span class="bc-msg-who" data-testid="thread-author" title={page?.address ?? undefined}>{who}</span>
        {role === 'unknown' && <span class="bc-msg-tag" title={t('threadSenderTagTitle')}>{t('threadSenderTag')}</span>}
        {page?.dateText && <span class="bc-msg-date" title={page.dateText}>{shortDate(page)}</span>}
      </div>
      {unread ? (
        <p class="bc-msg-note">{page?.state === 'hidden' ? t('threadHidden') : t('threadCollapsed')}</p>
      ) : (
        <>
          <div class="bc-msg-read">
            <HeatMeter heat={m.heat} level={m.level} />
            {m.heatCues.length > 0 && <span class="bc-msg-cues">{m.heatCues.join(', ')}</span>}
          </div>
          {m.flags.length > 0 && (
            <ul class="bc-msg-flags" aria-label={t('threadFlags')}>
              {m.flags.map((f) => <li key={f} class={`bc-mini bc-cat-${f}`}>{labelOf(f)}</li>)}
            </ul>
          )}
          {m.no && (
            <div class="bc-no bc-no-compact" data-testid="thread-no" data-reason={m.no.reason}>
              <div class="bc-no-head">
                <span class="bc-no-kicker">{t('threadTheirNo')}</span>
                <span class="bc-no-reason">{noLabel(m.no.reason)}</span>
                <span class="bc-no-gist-inline">{noGist(m.no.reason)}</span>
                <span class="bc-no-conf" title={t('threadDecoderSure')}>{Math.round(m.no.confidence * 100)}%</span>
              </div>
            </div>
          )}
          {page?.clipped && <p class="bc-msg-note">{t('threadClipped')}</p>}
        </>
      )}
    </li>
  );
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).replace(/\s+\S*$/, '')}…` : s);

/** A short date: read from the page's own string when it could be parsed, else that string as is. */
function shortDate(page: PageMessage): string {
  if (page.date) {
    const d = new Date(page.date);
    if (!Number.isNaN(d.getTime())) {
      const sameYear = d.getFullYear() === new Date().getFullYear();
      return d.toLocaleString(undefined, { month: 'short', day: 'numeric', ...(sameYear ? {} : { year: 'numeric' }), hour: 'numeric', minute: '2-digit' });
    }
  }
  return page.dateText;
}

/** Their latest "no", decoded: what it is about, in their words, and the move that fits. */
function NoCard({ m, page }: { m: MessageSummary; page: PageMessage | undefined }) {
  if (!m.no) return null;
  const who = m.mine === false && page?.from ? page.from.split(/\s+/)[0] : null;
  return (
    <section class="bc-nocard" data-testid="their-no" data-reason={m.no.reason} aria-label={t('threadTheirNoLabel')}>
      <div class="bc-no-head">
        <span class="bc-no-kicker">{who ? t('threadNamedNo', who) : t('threadTheirNo')}</span>
        <span class="bc-no-reason">{noLabel(m.no.reason)}</span>
        <span class="bc-no-conf" title={t('threadDecoderSure')}>{t('confidence', Math.round(m.no.confidence * 100))}</span>
      </div>
      <p class="bc-no-gist">{cap(noGist(m.no.reason))}.</p>
      {m.noSentence && <blockquote class="bc-no-quote">{clip(m.noSentence, 160)}</blockquote>}
      <p class="bc-no-move" data-testid="next-move"><strong>{t('threadNextMove')}</strong> {m.no.nextMove}</p>
    </section>
  );
}

export function BalconyNote({ balcony }: { balcony: Balcony }) {
  return (
    <section class="bc-balcony" data-testid="balcony" data-reason={balcony.reason} role="note" aria-label={balcony.title}>
      <h3 class="bc-balcony-title"><span class="bc-balcony-icon" aria-hidden="true" />{balcony.title}</h3>
      <p class="bc-balcony-msg">{balcony.message}</p>
      <ol class="bc-balcony-steps">
        {balcony.steps.map((s) => (
          <li key={s.title}><strong>{s.title}.</strong> {s.text}</li>
        ))}
      </ol>
    </section>
  );
}

function Trend({ thread }: { thread: ThreadView }) {
  const { summary } = thread;
  const label = t(`trend_${summary.trend}`);
  const readable = summary.messages.filter((m) => m.readable);
  const raised = summary.raisedBy ? t(`raisedBy_${summary.raisedBy}`)
    : readable.length > 1 && summary.trend === 'steady' ? t('raisedBy_nobody') : null;
  return (
    <section class={`bc-trend bc-trend-${summary.trend}`} data-testid="thread-trend" data-trend={summary.trend} data-raised-by={summary.raisedBy ?? ''}>
      <div class="bc-trend-text">
        <span class="bc-trend-label"><span class="bc-trend-icon" aria-hidden="true">{summary.trend === 'escalating' ? '↗' : summary.trend === 'cooling' ? '↘' : '→'}</span>{label}</span>
        {raised && <span class="bc-trend-who" data-testid="raised-by">{raised}</span>}
      </div>
      {readable.length > 1 && (
        <div class="bc-spark" aria-hidden="true">
          {readable.map((m, i) => (
            <span key={i} class={`bc-spark-bar bc-heat-${m.level}`} title={t(m.mine === true ? 'sparkMine' : 'sparkTheirs', levelLabel(m.level).toLowerCase())}
              style={{ height: `${Math.round(5 + m.heat * 19)}px` }} />
          ))}
        </div>
      )}
    </section>
  );
}

export function ThreadPanel({ thread, disabled, onInsert }: ThreadPanelProps) {
  if (!thread) {
    return <p class="bc-empty" data-testid="thread-empty">{t('threadEmpty')}</p>;
  }
  const { summary, ordered } = thread;
  const theirs = summary.messages.filter((m) => m.mine !== true && m.readable);
  const notes: string[] = [];
  if (summary.unreadable) {
    notes.push(t(summary.unreadable === 1 ? 'threadUnreadableOne' : 'threadUnreadableMany', summary.unreadable, summary.messages.length));
  }
  if (!thread.userKnown) notes.push(t('threadUserUnknown'));
  if (summary.orderedBy === 'given' && summary.messages.length > 1) notes.push(t('threadUndated'));
  const openers = OPENER_KINDS.map((o) => ({ ...o, name: t(`openerName_${o.kind}`), hint: t(`openerHint_${o.kind}`), text: summary.openers[o.key] })).filter((o) => o.text);
  const answered = summary.answering != null ? summary.messages[summary.answering] : undefined;
  return (
    <div class="bc-thread" data-testid="thread">
      <Trend thread={thread} />
      {notes.map((n) => <p key={n} class="bc-thread-note" data-testid="thread-note">{n}</p>)}
      {answered?.no && <NoCard m={answered} page={ordered[summary.answering!]} />}
      {openers.length > 0 && (
        <section aria-label={t('threadOpenersLabel')}>
          <h3 class="bc-section">{t('threadOpenersTitle')}</h3>
          <ul class="bc-openers">
            {openers.map((o) => (
              <li key={o.kind}>
                <button type="button" class="bc-opener" data-testid="opener" data-kind={o.kind} disabled={disabled}
                  title={t('threadOpenerTitle', o.hint)}
                  onMouseDown={(e) => e.preventDefault() /* keep the caret in the draft */}
                  onClick={() => onInsert(o.text, o.kind)}>
                  <span class="bc-opener-kind">{o.name}</span>
                  <span class="bc-opener-text">{o.text}</span>
                  <span class="bc-opener-icon" aria-hidden="true">+</span>
                </button>
              </li>
            ))}
          </ul>
          {theirs.length > 0 && <p class="bc-hint-line">{t('threadOpenersHint')}</p>}
        </section>
      )}
      <h3 class="bc-section">{t('threadMessages')}</h3>
      <ol class="bc-msgs" data-testid="thread-messages">
        {summary.messages.map((m, i) => <MessageCard key={m.id ?? i} m={m} page={ordered[i]} index={i} />)}
      </ol>
      {summary.concerns.length > 0 && (
        <section aria-label={t('threadConcerns')}>
          <h3 class="bc-section">{t('threadConcerns')}</h3>
          <ul class="bc-concerns" data-testid="thread-concerns">
            {summary.concerns.map((c) => <li key={c} class="bc-concern">{c}</li>)}
          </ul>
        </section>
      )}
    </div>
  );
}
