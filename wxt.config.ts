import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Thin config: the product's manifest asks only for `storage` and the mail hosts.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // The shortcut is the browser's, so it can be rebound (chrome://extensions/shortcuts, or
    // about:addons → Manage Extension Shortcuts) and is never a key the mail site reads. Not
    // Alt+Shift+B, the old in-page key: that is Chrome's "focus the bookmarks bar", so Chrome would
    // not bind it.
    commands: {
      'toggle-coach': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandToggle__' },
    },
    // No remote code, ever: the extension's pages run only their own packaged scripts. (The content
    // script lives under the page's policy; tests/e2e/package.e2e.test.ts checks what it could fetch.)
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    // The engine runs in a hidden frame (engine-frame.html) the content script puts in the mail page,
    // or, where that frame cannot run, in the page itself (engine.js); only the mail pages may load them.
    web_accessible_resources: [{
      resources: ['engine-frame.html', 'engine.js'],
      matches: ['https://mail.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
      ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
    }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140: the first desktop release (and ESR) that knows data_collection_permissions; 142 on Android.
            gecko: {
              id: 'balcony@balcony-coach.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // The Firefox sources zip: what a reviewer needs to rebuild, and nothing else.
  zip: {
    excludeSources: [
      'tests/**', 'docs/screenshots/**', 'docs/examples/**', '.ci/**', '.ci-out/**', '.output/**', '.wxt/**',
      '**/*.pem', '**/*.key', '**/*.crx', '**/*.xpi', '**/.env*', '**/*.log',
    ],
  },
});
