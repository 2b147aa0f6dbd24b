// The playground: paste a draft (and, optionally, the message being answered) and get the same
// coaching as in the mail sidebar, with the same settings. Useful without a mail account, for
// trying rules and for screenshots. Nothing leaves the page.
import { useMemo, useRef, useState } from 'preact/hooks';
import { createCoach } from '../../lib/coach/coach';
import { detectLanguage } from '../../lib/coach/language';
import { decodeNo } from '../../lib/coach/no';
import { summarizeThread } from '../../lib/coach/thread';
import type { Finding } from '../../lib/coach/types';
import { t } from '../../lib/i18n';
import { defaultSettings, toCoachOptions } from '../../lib/settings';
import { ignoreKey } from '../../lib/mail/controller';
import { Badge } from '../Badge';
import { summarize } from '../categories';
import { Sidebar } from '../Sidebar';
import { useSettings, useTheme } from '../pages/useSettings';
import { PageBrand } from '../pages/PageParts';
import '../pages/pages.css';
import './PlaygroundApp.css';

export const EXAMPLE = {
  theirs: "Hi Alex,\nThanks for the proposal. Unfortunately we can't commit to the Q3 rollout at this price — it's well over what we budgeted, and I'd need sign-off from our CFO for anything above that.\nDana",
  mine: "Hi Dana,\nWhy can't you find the budget? As I said before, the price is fair. Take it or leave it.\nIt sounds like the budget is the main worry.\nAlex",
};

interface Swap { before: string; after: string }

export function PlaygroundApp({ initial }: { initial?: { theirs?: string; mine?: string } }) {
  const [settings, update] = useSettings();
  useTheme(settings);
  const [theirs, setTheirs] = useState(initial?.theirs ?? '');
  const [mine, setMine] = useState(initial?.mine ?? '');
  const [collapsed, setCollapsed] = useState(false);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [history, setHistory] = useState<Swap[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const draftRef = useRef<HTMLTextAreaElement>(null);

  const options = toCoachOptions(settings ?? defaultSettings());
  const coach = useMemo(() => createCoach(options), [JSON.stringify(options)]);
  const language = detectLanguage(mine);
  const all = useMemo(() => (language === 'other' ? [] : coach.analyze(mine)), [coach, mine, language]);
  const findings = all.filter((f) => !ignored.includes(ignoreKey(f)));
  const no = useMemo(() => (theirs.trim() ? decodeNo(theirs) : null), [theirs]);
  const openers = useMemo(() => (theirs.trim() ? summarizeThread([{ from: 'them', text: theirs, mine: false }]).openers : null), [theirs]);

  const setDraft = (text: string) => { setMine(text); setNotice(null); };
  const onSwap = (f: Finding, suggestion: string) => {
    if (mine.slice(f.start, f.end) !== f.text) { setNotice(t('playgroundStale')); return; }
    const next = mine.slice(0, f.start) + suggestion + mine.slice(f.end);
    setHistory([...history, { before: mine, after: next }]);
    setDraft(next);
  };
  const onUndo = () => {
    const last = history.at(-1);
    if (!last) return;
    setHistory(history.slice(0, -1));
    if (last.after === mine) setDraft(last.before);
  };
  const insertOpener = (text: string) => {
    const el = draftRef.current;
    const at = el ? el.selectionStart : 0;
    setDraft(mine.slice(0, at) + text + (mine.slice(at).startsWith(' ') || !mine.slice(at) ? '' : ' ') + mine.slice(at));
  };

  const summary = summarize(findings);
  const languageNotice = language === 'other' ? t('notEnglish') : null;
  return (
    <main class="pl-page">
      <header class="pl-head">
        <PageBrand title={t('playgroundTitle')} subtitle={t('playgroundSubtitle')} />
        <div class="pl-head-actions">
          <button type="button" class="pg-btn" data-testid="example" onClick={() => { setTheirs(EXAMPLE.theirs); setDraft(EXAMPLE.mine); setHistory([]); setIgnored([]); }}>{t('playgroundExample')}</button>
          <a class="pg-btn" href="/options.html" target="_blank">{t('popupSettings')}</a>
        </div>
      </header>
      <div class="pl-grid">
        <div class="pl-inputs">
          <section class="pg-card pl-mine">
            <label class="pl-label" for="pl-mine">{t('playgroundMine')}</label>
            <textarea id="pl-mine" ref={draftRef} class="pl-text" data-testid="draft" rows={9} value={mine}
              placeholder={t('playgroundMinePlaceholder')} onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)} />
            <p class="pl-foot pg-muted">{t('playgroundPrivacy')}</p>
          </section>
          <section class="pg-card pl-theirs">
            <label class="pl-label" for="pl-theirs">{t('playgroundTheirs')} <span class="pg-muted">{t('optional')}</span></label>
            <textarea id="pl-theirs" class="pl-text pl-text-small" data-testid="theirs" rows={5} value={theirs}
              placeholder={t('playgroundTheirsPlaceholder')} onInput={(e) => setTheirs((e.currentTarget as HTMLTextAreaElement).value)} />
            {no && (
              <div class="pl-no" data-testid="no-decoded" data-no-reason={no.reason}>
                <div class="pl-no-head">
                  <span class="pl-no-kicker">{t('playgroundNoKicker')}</span>
                  <strong>{t(`no_${no.reason}`)}</strong>
                  <span class="pg-muted">{t('confidence', String(Math.round(no.confidence * 100)))}</span>
                </div>
                <p>{no.nextMove}</p>
              </div>
            )}
            {openers && (
              <div class="pl-openers">
                <span class="pl-no-kicker">{t('playgroundOpeners')}</span>
                <ul>
                  {([['label', openers.label], ['mirror', openers.mirror], ['audit', openers.accusationAudit], ['question', openers.question]] as const)
                    .filter(([, text]) => !!text)
                    .map(([kind, text]) => (
                      <li key={kind}>
                        <button type="button" class="pl-opener" data-testid="opener" data-kind={kind} title={t('playgroundInsert')} onClick={() => insertOpener(text)}>
                          <span class="pl-opener-kind">{t(`opener_${kind}`)}</span>
                          <span>{text}</span>
                        </button>
                      </li>
                    ))}
                </ul>
              </div>
            )}
          </section>
        </div>
        <div class="pl-coach" data-testid="coach">
          {!mine.trim() ? (
            <div class="pg-card pl-empty">{t('playgroundEmpty')}</div>
          ) : collapsed ? (
            <Badge flags={summary.flags} strengths={summary.strengths} tone={summary.tone} onOpen={() => setCollapsed(false)} />
          ) : (
            <Sidebar
              findings={findings}
              notice={languageNotice ?? notice}
              undoable={history.length}
              kind={theirs.trim() ? 'reply' : 'new'}
              onSwap={onSwap}
              onUndo={onUndo}
              onCollapse={() => setCollapsed(true)}
              onIgnoreOnce={(f) => setIgnored([...ignored, ignoreKey(f)])}
              onDisableRule={(f) => void update((s) => { s.disabledRules = [...new Set([...s.disabledRules, f.group])]; })}
            />
          )}
          {settings && (
            <p class="pl-settings pg-muted" data-testid="settings-summary">
              {t('playgroundUsing', t(`sensitivity_${settings.sensitivity}`), String(options.categories?.length ?? 0))}
            </p>
          )}
        </div>
      </div>
    </main>
  );
}
