// The background's one job: when Balcony is installed or updated, bring stored settings to the
// current version (settings from an older version are migrated and written back). Everything else
// runs in the page. Also the service worker that tests find and reload.
import { browser } from 'wxt/browser';
import { loadSettings } from '@/lib/settings';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void loadSettings().catch(() => {});
  });
});
