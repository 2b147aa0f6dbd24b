// The background's jobs: when Balcony is installed or updated, bring stored settings to the
// current version (settings from an older version are migrated and written back); and open the
// options page when the sidebar's "Settings" link asks (a content script cannot). Everything else
// runs in the page. Also the service worker that tests find and reload.
import { browser } from 'wxt/browser';
import { loadSettings } from '@/lib/settings';
import { isOpenSettingsRequest } from '@/lib/messaging/settings-page';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void loadSettings().catch(() => {});
  });
  browser.runtime.onMessage.addListener((msg: unknown) => {
    if (!isOpenSettingsRequest(msg)) return undefined;
    return browser.runtime.openOptionsPage().then(() => true, () => false);
  });
});
