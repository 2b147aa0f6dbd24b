import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Thin config: the product's manifest asks only for `storage` and the mail hosts.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Balcony',
    description: 'A coach for hard conversations by email: calmer words, better questions, on your device.',
    permissions: ['storage'],
  },
});
