// The toolbar popup: is Balcony active on this tab and, if not, why; a one-click on/off for this
// site; links to the settings and the playground.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { adapterForHost } from '../../lib/mail/adapters';
import type { SiteId } from '../../lib/mail/types';
import { STATUS_REQUEST, type TabStatus } from '../../lib/messaging/status';
import { t } from '../../lib/i18n';
import { useSettings, useTheme } from '../pages/useSettings';
import '../pages/pages.css';
import './PopupApp.css';

export interface TabInfo {
  /** null: not a supported mail site (or the browser did not tell us the address). */
  site: SiteId | null;
  /** What the content script said; null when it did not answer (not loaded in this tab). */
  status: TabStatus | null;
}

function siteOf(url: string | undefined): SiteId | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? adapterForHost(u.hostname)?.site ?? null : null;
  } catch {
    return null;
  }
}

/**
 * The active tab (or the tab with `tabId`, when the popup is opened as a page to describe another
 * tab): its site from the address where the browser shows it, else from the content script.
 */
export async function readActiveTab(tabId?: number): Promise<TabInfo> {
  const tab = tabId != null ? await browser.tabs.get(tabId) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  let status: TabStatus | null = null;
  if (tab?.id != null) {
    try {
      status = (await browser.tabs.sendMessage(tab.id, { type: STATUS_REQUEST })) as TabStatus | null ?? null;
    } catch {
      status = null; // no content script in this tab
    }
  }
  return { site: status?.site ?? siteOf(tab?.url), status };
}

export function PopupApp({ readTab = () => readActiveTab() }: { readTab?: () => Promise<TabInfo> }) {
  const [settings, update] = useSettings();
  useTheme(settings);
  const [tab, setTab] = useState<TabInfo | null>(null);
  useEffect(() => { readTab().then(setTab, () => setTab({ site: null, status: null })); }, [readTab]);

  const openOptions = (e: Event) => { e.preventDefault(); void browser.runtime.openOptionsPage(); window.close(); };
  const openPlayground = (e: Event) => {
    e.preventDefault();
    void browser.tabs.create({ url: browser.runtime.getURL('/playground.html') });
    window.close();
  };  const openInsights = (e: Event) => {
    e.preventDefault();
    void browser.tabs.create({ url: browser.runtime.getURL('/insights.html') });
    window.close();
  };

  let state: 'loading' | 'unsupported' | 'off' | 'reload' | 'on' = 'loading';
  if (settings && tab) {
    if (!tab.site) state = 'unsupported';
    else if (!settings.sites[tab.site]) state = 'off';
    else if (!tab.status) state = 'reload';
    else state = 'on';
  }
  const siteName = tab?.site ? t(`site_${tab.site}`) : '';
  const detail = state === 'on' && tab?.status
    ? (tab.status.drafts === 0 ? t('popupOnNoDraft') : tab.status.flags === 0 ? t('popupOnClear') : t('popupOnFlags', String(tab.status.flags)))
    : state === 'off' ? t('popupOffDetail', siteName)
    : state === 'reload' ? t('popupReloadDetail')
    : state === 'unsupported' ? t('popupUnsupportedDetail')
    : '';

  return (
    <main class="pp" data-testid="popup" data-state={state} aria-busy={state === 'loading'}>
      <header class="pp-head">
        <div class="pg-brand">
          <img class="pg-logo" src="/icon/48.png" width="22" height="22" alt="" />
          <span class="pp-name">{t('extShortName')}</span>
        </div>
        <span class={`pp-pill pp-pill-${state}`} data-testid="popup-state">{state === 'loading' ? '…' : t(`popupPill_${state}`)}</span>
      </header>
      <section class="pp-body">
        <h1 class="pp-title" data-testid="popup-title">
          {state === 'loading' ? t('popupLoading')
            : state === 'unsupported' ? t('popupUnsupported')
            : state === 'off' ? t('popupOff', siteName)
            : state === 'reload' ? t('popupReload', siteName)
            : t('popupOn', siteName)}
        </h1>
        {detail && <p class="pp-detail" data-testid="popup-detail">{detail}</p>}
        {settings && tab?.site && (
          <label class="pp-toggle">
            <span>{t('popupSiteToggle', siteName)}</span>
            <input type="checkbox" role="switch" class="pg-switch" data-testid="site-toggle" checked={settings.sites[tab.site]}
              onChange={(e) => { const on = (e.currentTarget as HTMLInputElement).checked; const site = tab.site!; void update((n) => { n.sites[site] = on; }); }} />
          </label>
        )}
      </section>
      <nav class="pp-links">
        <a href="/options.html" data-testid="open-options" onClick={openOptions}>{t('popupSettings')}</a>
        <a href="/playground.html" data-testid="open-playground" onClick={openPlayground}>{t('popupPlayground')}</a>
        <a href="/insights.html" data-testid="open-insights" onClick={openInsights}>{t('popupInsights')}</a>
      </nav>
      <p class="pp-privacy">{t('popupPrivacy')}</p>
    </main>
  );
}
