// The "Thread" tab: the conversation being answered, oldest first — who wrote each message, how
// heated it was, its flags and, for theirs, what their "no" is about with the move that fits; the
// trend and who raised it; their concerns in their words; and openers for the reply that insert at
// the caret with one click. Everything here is rendered as text (Gmail enforces Trusted Types).
import type { Balcony, MessageSummary } from '../lib/coach/thread';
import type { NoReason } from '../lib/coach/types';
import type { ThreadView } from '../lib/mail/thread';
import type { PageMessage } from '../lib/mail/types';
import { labelOf } from './categories';
import './ThreadPanel.css';

export type OpenerKind = 'label' | 'mirror' | 'audit' | 'question';

export interface ThreadPanelProps {
  thread: ThreadView | null;
  /** Openers cannot be inserted while an IME composition is in progress. */
  disabled?: boolean;
  onInsert(text: string, kind: OpenerKind): void;
}

export const NO_LABEL: Record<NoReason, string> = {
  price: 'Price',
  timing: 'Timing',
  terms: 'Terms',
  value: 'Value',
  authority: 'Authority',
};

const NO_GIST: Record<NoReason, string> = {
  price: 'the money does not work for them yet',
  timing: 'now is not the right time for them',
  terms: 'a term or condition is in the way',
  value: 'they do not yet see why it is worth it',
  authority: 'they need someone else to say yes',
};

const LEVEL_LABEL = { calm: 'Calm', warm: 'Warm', heated: 'Heated' } as const;

const OPENER_KINDS: Array<{ kind: OpenerKind; key: 'label' | 'mirror' | 'accusationAudit' | 'question'; name: string; hint: string }> = [
  { kind: 'label', key: 'label', name: 'Label', hint: 'Name what they feel or worry about, so they feel heard.' },
  { kind: 'mirror', key: 'mirror', name: 'Mirror', hint: 'Repeat their own key words as a question: they will say more.' },
  { kind: 'audit', key: 'accusationAudit', name: 'Accusation audit', hint: 'Say the worst they may think of you before they do.' },
  { kind: 'question', key: 'question', name: 'Calibrated question', hint: 'A How/What question that fits their "no" and invites a solution.' },
];

function author(m: MessageSummary, page: PageMessage | undefined): { who: string; role: 'me' | 'them' | 'unknown' } {
  if (m.mine === true) return { who: 'You', role: 'me' };
  const name = page?.from || m.from || 'Unknown sender';
  return { who: name, role: m.mine === false ? 'them' : 'unknown' };
}

function HeatMeter({ heat, level }: { heat: number; level: MessageSummary['level'] }) {
  const pct = Math.round(heat * 100);
  return (
    <span class={`bc-heat bc-heat-${level}`} title={`Temperature ${pct} / 100`}>
      <span class="bc-heat-bar" aria-hidden="true"><span class="bc-heat-fill" style={{ width: `${Math.max(6, pct)}%` }} /></span>
      <span class="bc-heat-label">{LEVEL_LABEL[level]}</span>
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
        <span class="bc-avatar" aria-hidden="true">{role === 'me' ? 'Y' : (who.trim()[0] ?? '?').toUpperCase()}</span>
        <span class="bc-msg-who" data-testid="thread-author" title={page?.address ?? undefined}>{who}</span>
        {role === 'unknown' && <span class="bc-msg-tag" title="The page did not say who you are">sender</span>}
        {page?.dateText && <span class="bc-msg-date" title={page.dateText}>{shortDate(page)}</span>}
      </div>
      {unread ? (
        <p class="bc-msg-note">{page?.state === 'hidden' ? 'Hidden behind “older messages”: not read.' : 'Collapsed, with no text in the page: not read.'}</p>
      ) : (
        <>
          <div class="bc-msg-read">
            <HeatMeter heat={m.heat} level={m.level} />
            {m.heatCues.length > 0 && <span class="bc-msg-cues">{m.heatCues.join(', ')}</span>}
          </div>
          {m.flags.length > 0 && (
            <ul class="bc-msg-flags" aria-label="Flags">
              {m.flags.map((f) => <li key={f} class={`bc-mini bc-cat-${f}`}>{labelOf(f)}</li>)}
            </ul>
          )}
          {m.no && (
            <div class="bc-no bc-no-compact" data-testid="thread-no" data-reason={m.no.reason}>
              <div class="bc-no-head">
                <span class="bc-no-kicker">Their “no”</span>
                <span class="bc-no-reason">{NO_LABEL[m.no.reason]}</span>
                <span class="bc-no-gist-inline">{NO_GIST[m.no.reason]}</span>
                <span class="bc-no-conf" title="How sure the decoder is">{Math.round(m.no.confidence * 100)}%</span>
              </div>
            </div>
          )}
          {page?.clipped && <p class="bc-msg-note">The site clipped this message: only its first part was read.</p>}
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
  const who = m.mine === false && page?.from ? page.from.split(/\s+/)[0] : 'Their';
  return (
    <section class="bc-nocard" data-testid="their-no" data-reason={m.no.reason} aria-label="Their no, decoded">
      <div class="bc-no-head">
        <span class="bc-no-kicker">{who === 'Their' ? 'Their' : `${who}’s`} “no”</span>
        <span class="bc-no-reason">{NO_LABEL[m.no.reason]}</span>
        <span class="bc-no-conf" title="How sure the decoder is">{Math.round(m.no.confidence * 100)}% sure</span>
      </div>
      <p class="bc-no-gist">{cap(NO_GIST[m.no.reason])}.</p>
      {m.noSentence && <blockquote class="bc-no-quote">{clip(m.noSentence, 160)}</blockquote>}
      <p class="bc-no-move" data-testid="next-move"><strong>Next move.</strong> {m.no.nextMove}</p>
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
  const label = summary.trend === 'escalating' ? 'Escalating' : summary.trend === 'cooling' ? 'Cooling down' : 'Steady';
  const readable = summary.messages.filter((m) => m.readable);
  const raised = summary.raisedBy === 'me' ? 'You raised the temperature.' : summary.raisedBy === 'them' ? 'They raised the temperature.'
    : readable.length > 1 && summary.trend === 'steady' ? 'Nobody raised the temperature.' : null;
  return (
    <section class={`bc-trend bc-trend-${summary.trend}`} data-testid="thread-trend" data-trend={summary.trend} data-raised-by={summary.raisedBy ?? ''}>
      <div class="bc-trend-text">
        <span class="bc-trend-label"><span class="bc-trend-icon" aria-hidden="true">{summary.trend === 'escalating' ? '↗' : summary.trend === 'cooling' ? '↘' : '→'}</span>{label}</span>
        {raised && <span class="bc-trend-who" data-testid="raised-by">{raised}</span>}
      </div>
      {readable.length > 1 && (
        <div class="bc-spark" aria-hidden="true">
          {readable.map((m, i) => (
            <span key={i} class={`bc-spark-bar bc-heat-${m.level}`} title={`${m.mine === true ? 'You' : 'Them'}: ${LEVEL_LABEL[m.level].toLowerCase()}`}
              style={{ height: `${Math.round(5 + m.heat * 19)}px` }} />
          ))}
        </div>
      )}
    </section>
  );
}

export function ThreadPanel({ thread, disabled, onInsert }: ThreadPanelProps) {
  if (!thread) {
    return <p class="bc-empty" data-testid="thread-empty">No conversation is open on this page, so there is nothing to read yet.</p>;
  }
  const { summary, ordered } = thread;
  const theirs = summary.messages.filter((m) => m.mine !== true && m.readable);
  const notes: string[] = [];
  if (summary.unreadable) {
    const one = summary.unreadable === 1;
    notes.push(`${summary.unreadable} of ${summary.messages.length} messages ${one ? 'is' : 'are'} collapsed, with no text in the page, so ${one ? 'it was' : 'they were'} not read. Open ${one ? 'it' : 'them'} to include ${one ? 'it' : 'them'}.`);
  }
  if (!thread.userKnown) notes.push('The page does not say which account is yours, so no message is marked as yours.');
  if (summary.orderedBy === 'given' && summary.messages.length > 1) notes.push('The dates could not be read, so the messages are in the order the page shows them.');
  const openers = OPENER_KINDS.map((o) => ({ ...o, text: summary.openers[o.key] })).filter((o) => o.text);
  const answered = summary.answering != null ? summary.messages[summary.answering] : undefined;
  return (
    <div class="bc-thread" data-testid="thread">
      <Trend thread={thread} />
      {notes.map((n) => <p key={n} class="bc-thread-note" data-testid="thread-note">{n}</p>)}
      {answered?.no && <NoCard m={answered} page={ordered[summary.answering!]} />}
      {openers.length > 0 && (
        <section aria-label="Openers for your reply">
          <h3 class="bc-section">Open your reply with</h3>
          <ul class="bc-openers">
            {openers.map((o) => (
              <li key={o.kind}>
                <button type="button" class="bc-opener" data-testid="opener" data-kind={o.kind} disabled={disabled}
                  title={`${o.hint} Click to insert at the caret.`}
                  aria-label={`Insert ${o.name.toLowerCase()}: “${o.text}”`}
                  onMouseDown={(e) => e.preventDefault() /* keep the caret in the draft */}
                  onClick={() => onInsert(o.text, o.kind)}>
                  <span class="bc-opener-kind">{o.name}</span>
                  <span class="bc-opener-text">{o.text}</span>
                  <span class="bc-opener-icon" aria-hidden="true">+</span>
                </button>
              </li>
            ))}
          </ul>
          {theirs.length > 0 && <p class="bc-hint-line">One click inserts it at the caret; Ctrl+Z takes it out again.</p>}
        </section>
      )}
      <h3 class="bc-section">Messages, oldest first</h3>
      <ol class="bc-msgs" data-testid="thread-messages">
        {summary.messages.map((m, i) => <MessageCard key={m.id ?? i} m={m} page={ordered[i]} index={i} />)}
      </ol>
      {summary.concerns.length > 0 && (
        <section aria-label="What they care about">
          <h3 class="bc-section">What they care about</h3>
          <ul class="bc-concerns" data-testid="thread-concerns">
            {summary.concerns.map((c) => <li key={c} class="bc-concern">{c}</li>)}
          </ul>
        </section>
      )}
    </div>
  );
}
