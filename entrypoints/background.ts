// The background's jobs: when Balcony is installed or updated, bring stored settings to the
// current version (settings from an older version are migrated and written back); open the
// options page when the sidebar's "Settings" link asks (a content script cannot); pass the
// browser's keyboard shortcut to the tab, and say which keys it is bound to. Everything else runs
// in the page. It is also the one writer of the insights (counts only), and the service worker that
// tests find and reload.
import { browser } from 'wxt/browser';
import { loadSettings } from '@/lib/settings';
import { isOpenSettingsRequest } from '@/lib/messaging/settings-page';
import { isShortcutRequest, TOGGLE_COACH, TOGGLE_COMMAND, type ToggleCoachMessage } from '@/lib/messaging/coach-toggle';
import { isRecordInsights } from '@/lib/messaging/insights';
import { recordInsights } from '@/lib/insights/store';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void loadSettings().catch(() => {});
  });
  browser.runtime.onMessage.addListener((msg: unknown) => {
    if (isOpenSettingsRequest(msg)) return browser.runtime.openOptionsPage().then(() => true, () => false);
    // The insights' one writer: counts from every mail tab, one change at a time.
    if (isRecordInsights(msg)) return recordInsights(msg.day, msg.events).then(() => true, () => false);
    if (isShortcutRequest(msg)) return browser.commands.getAll().then((all) => all.find((c) => c.name === TOGGLE_COMMAND)?.shortcut ?? '', () => '');
    return undefined;
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_COMMAND) return;
    // The tab the keys were pressed in; a tab without the coach (no mail page) has no one to answer.
    const sent = (id: number) => browser.tabs.sendMessage(id, { type: TOGGLE_COACH } satisfies ToggleCoachMessage).catch(() => {});
    if (tab?.id !== undefined) void sent(tab.id);
    else void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => (t?.id !== undefined ? sent(t.id) : undefined));
  });
});
