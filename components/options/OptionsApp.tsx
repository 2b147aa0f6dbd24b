// The options page: where and what Balcony coaches, single rules, phrases never to flag, display,
// and export/import of settings. Every change is saved at once (storage.sync) and open mail tabs
// apply it without reloading.
import { useMemo, useRef, useState } from 'preact/hooks';
import { currentDisabled, RULE_GROUPS } from '../../lib/coach/rules';
import { isFlagExample, readExample } from '../../lib/coach/rules/types';
import type { Category } from '../../lib/coach/types';
import { categoryInfo } from '../../lib/coach/categories';
import { t } from '../../lib/i18n';
import {
  defaultSettings, exportSettings, importSettings, LIMITS, saveSettings, SENSITIVITY_LEVELS, SETTING_CATEGORIES,
  SIDEBAR_START, SITES, THEMES, type ImportError, type Settings,
} from '../../lib/settings';
import { useSettings, useTheme } from '../pages/useSettings';
import { ChoiceRow, PageBrand } from '../pages/PageParts';
import '../pages/pages.css';
import './OptionsApp.css';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

export function importErrorText(e: ImportError): string {
  return t(`importError_${e.code.replace(/-/g, '_')}`, e.detail ?? '');
}

export function OptionsApp() {
  const [settings, update] = useSettings();
  useTheme(settings);
  const [notice, setNotice] = useState<Notice>(null);
  const [phrase, setPhrase] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  const rulesByCategory = useMemo(() => SETTING_CATEGORIES.map((c) => ({ c, rules: RULE_GROUPS.filter((g) => g.category === c).map((g) => ({ id: g.id, title: g.title, example: firstExample(g) })) })), []);

  if (!settings) return <main class="op-page" aria-busy="true" />;
  const s = settings;
  const disabled = new Set(currentDisabled(s.disabledRules));

  const addPhrase = (e: Event) => {
    e.preventDefault();
    const p = phrase.replace(/\s+/g, ' ').trim();
    if (!p) return;
    if (p.length > LIMITS.phraseLength) { setNotice({ kind: 'error', text: t('phraseTooLong', String(LIMITS.phraseLength)) }); return; }
    if (s.ignoredPhrases.length >= LIMITS.phrases) { setNotice({ kind: 'error', text: t('phraseLimit', String(LIMITS.phrases)) }); return; }
    setPhrase('');
    if (s.ignoredPhrases.some((x) => x.toLowerCase() === p.toLowerCase())) return;
    void update((n) => { n.ignoredPhrases.push(p); });
  };

  const onExport = () => {
    const blob = new Blob([exportSettings(s)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'balcony-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const r = importSettings(await file.text());
    if (!r.ok) { setNotice({ kind: 'error', text: t('importFailed', file.name, importErrorText(r.error)) }); return; }
    await saveSettings(r.settings);
    setNotice({ kind: 'ok', text: t('importDone', file.name) });
  };

  const onReset = async () => {
    if (!confirm(t('resetConfirm'))) return;
    await saveSettings(defaultSettings());
    setNotice({ kind: 'ok', text: t('resetDone') });
  };

  const toggleRule = (id: string, on: boolean) => update((n) => {
    // Settings written before a group was split name its old id; they are brought up to date first.
    const now = currentDisabled(n.disabledRules);
    n.disabledRules = on ? now.filter((r) => r !== id) : [...new Set([...now, id])];
  });

  return (
    <main class="op-page">
      <header class="op-head">
        <PageBrand title={t('optionsTitle')} subtitle={t('optionsSubtitle')} />
        <span class="op-head-links">
          <a class="pg-btn" href="/insights.html" target="_blank" data-testid="open-insights">{t('openInsights')}</a>
          <a class="pg-btn" href="/playground.html" target="_blank" data-testid="open-playground">{t('openPlayground')}</a>
        </span>
      </header>

      <section class="pg-card" aria-labelledby="h-sites">
        <h2 id="h-sites">{t('sectionSites')}</h2>
        <p class="pg-lead">{t('sectionSitesLead')}</p>
        {SITES.map((site) => (
          <label class="pg-row" key={site}>
            <span class="pg-row-text">
              <span class="pg-row-title">{t(`site_${site}`)}</span>
              <span class="pg-row-desc">{t(`site_${site}_hosts`)}</span>
            </span>
            <input type="checkbox" role="switch" class="pg-switch" data-testid={`site-toggle-${site}`} checked={s.sites[site]}
              onChange={(e) => update((n) => { n.sites[site] = (e.currentTarget as HTMLInputElement).checked; })} />
          </label>
        ))}
      </section>

      <section class="pg-card" aria-labelledby="h-what">
        <h2 id="h-what">{t('sectionWhat')}</h2>
        <p class="pg-lead">{t('sectionWhatLead')}</p>
        {SETTING_CATEGORIES.map((c: Category) => (
          <label class={`pg-row cat-${c}`} key={c}>
            <span class="pg-row-text">
              <span class="pg-row-title"><span class="pg-dot" aria-hidden="true" />{t(categoryInfo(c).setting)}</span>
              <span class="pg-row-desc">{t(categoryInfo(c).settingHint)}</span>
            </span>
            <input type="checkbox" role="switch" class="pg-switch" data-testid="category-toggle" data-category={c} checked={s.categories[c]}
              onChange={(e) => update((n) => { n.categories[c] = (e.currentTarget as HTMLInputElement).checked; })} />
          </label>
        ))}
        <ChoiceRow name="sensitivity" testId="sensitivity" rowClass="op-sensitivity" title={t('sensitivity')}
          desc={t(`sensitivity_${s.sensitivity}_desc`)} descTestId="sensitivity-desc" choices={SENSITIVITY_LEVELS} value={s.sensitivity}
          labelOf={(lv) => t(`sensitivity_${lv}`)} onChoose={(lv) => update((n) => { n.sensitivity = lv; })} />
      </section>

      <section class="pg-card" aria-labelledby="h-rules">
        <h2 id="h-rules">{t('sectionRules')}</h2>
        <p class="pg-lead">{t('sectionRulesLead')}</p>
        {rulesByCategory.map(({ c, rules }) => {
          const off = rules.filter((r) => disabled.has(r.id)).length;
          return (
            <details class={`op-rules cat-${c}`} key={c} open={off > 0} data-testid="rule-group" data-category={c}>
              <summary>
                <span class="pg-dot" aria-hidden="true" />
                <span class="op-rules-name">{t(categoryInfo(c).setting)}</span>
                <span class="op-rules-count">{off ? t('rulesOffCount', String(rules.length - off), String(rules.length)) : t('rulesCount', String(rules.length))}</span>
              </summary>
              <ul>
                {rules.map((r) => (
                  <li key={r.id}>
                    <label class="op-rule">
                      <span class="op-rule-text">
                        <span class="op-rule-msg">{r.title}</span>
                        {r.example && <span class="op-rule-ex">“{r.example}”</span>}
                      </span>
                      <input type="checkbox" role="switch" class="pg-switch" data-testid="rule-toggle" data-rule={r.id}
                        aria-label={r.title} checked={!disabled.has(r.id)}
                        onChange={(e) => toggleRule(r.id, (e.currentTarget as HTMLInputElement).checked)} />
                    </label>
                  </li>
                ))}
              </ul>
            </details>
          );
        })}
      </section>

      <section class="pg-card" aria-labelledby="h-phrases">
        <h2 id="h-phrases">{t('sectionPhrases')}</h2>
        <p class="pg-lead">{t('sectionPhrasesLead')}</p>
        <form class="op-phrase-form" onSubmit={addPhrase}>
          <input class="pg-input" data-testid="phrase-input" value={phrase} maxLength={LIMITS.phraseLength}
            placeholder={t('phrasePlaceholder')} aria-label={t('phrasePlaceholder')}
            onInput={(e) => setPhrase((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit" class="pg-btn" data-testid="phrase-add">{t('phraseAdd')}</button>
        </form>
        {s.ignoredPhrases.length > 0 ? (
          <ul class="op-chips" data-testid="phrases">
            {s.ignoredPhrases.map((p) => (
              <li key={p} class="op-chip" data-testid="phrase">
                <span>{p}</span>
                <button type="button" aria-label={t('phraseRemove', p)} title={t('phraseRemove', p)}
                  onClick={() => update((n) => { n.ignoredPhrases = n.ignoredPhrases.filter((x) => x !== p); })}>×</button>
              </li>
            ))}
          </ul>
        ) : <p class="op-empty">{t('phrasesEmpty')}</p>}
      </section>

      <section class="pg-card" aria-labelledby="h-display">
        <h2 id="h-display">{t('sectionDisplay')}</h2>
        <label class="pg-row">
          <span class="pg-row-text">
            <span class="pg-row-title">{t('highlights')}</span>
            <span class="pg-row-desc">{t('highlightsDesc')}</span>
          </span>
          <input type="checkbox" role="switch" class="pg-switch" data-testid="highlights-toggle" checked={s.highlights}
            onChange={(e) => update((n) => { n.highlights = (e.currentTarget as HTMLInputElement).checked; })} />
        </label>
        <p class="pg-row-desc" data-testid="insights-note">{t('insightsOptionsNote')}</p>
        <label class="pg-row">
          <span class="pg-row-text">
            <span class="pg-row-title">{t('sendPause')}</span>
            <span class="pg-row-desc">{t('sendPauseDesc')}</span>
          </span>
          <input type="checkbox" role="switch" class="pg-switch" data-testid="send-pause-toggle" checked={s.sendPause}
            onChange={(e) => update((n) => { n.sendPause = (e.currentTarget as HTMLInputElement).checked; })} />
        </label>
        <ChoiceRow name="sidebarStart" testId="sidebar-start" title={t('sidebarStart')} desc={t('sidebarStartDesc')}
          choices={SIDEBAR_START} value={s.sidebarStart} labelOf={(v) => t(`sidebarStart_${v}`)}
          onChoose={(v) => update((n) => { n.sidebarStart = v; })} />
        <ChoiceRow name="theme" testId="theme" title={t('theme')} desc={t('themeDesc')}
          choices={THEMES} value={s.theme} labelOf={(v) => t(`theme_${v}`)}
          onChoose={(v) => update((n) => { n.theme = v; })} />
      </section>

      <section class="pg-card" aria-labelledby="h-backup">
        <h2 id="h-backup">{t('sectionBackup')}</h2>
        <p class="pg-lead">{t('sectionBackupLead')}</p>
        <div class="op-actions">
          <button type="button" class="pg-btn" data-testid="export" onClick={onExport}>{t('exportButton')}</button>
          <button type="button" class="pg-btn" data-testid="import" onClick={() => fileRef.current?.click()}>{t('importButton')}</button>
          <input ref={fileRef} type="file" accept="application/json,.json" hidden data-testid="import-input" onChange={onImport} />
          <span class="op-spacer" />
          <button type="button" class="pg-btn pg-btn-danger" data-testid="reset" onClick={onReset}>{t('resetButton')}</button>
        </div>
        {notice && (
          <p class={`pg-alert pg-alert-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}
            data-testid={notice.kind === 'error' ? 'import-error' : 'import-ok'}>{notice.text}</p>
        )}
      </section>

      <footer class="op-foot">{t('privacyNote')}</footer>
    </main>
  );
}

/** A group's first flag example, as a writer would type it. */
function firstExample(g: (typeof RULE_GROUPS)[number]): string | undefined {
  const e = g.rules.flatMap((r) => r.examples).find(isFlagExample);
  return e ? readExample(e).sentence : undefined;
}
