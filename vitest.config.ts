import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit and component tests. End-to-end tests in a real browser have their own config.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
    setupFiles: ['tests/setup-i18n.ts'],
    // The page's highlights read the category colours from this stylesheet (lib/mail/highlight.ts).
    css: { include: [/components\/tokens\.css/] },
  },
});
