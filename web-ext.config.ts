import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode must not try to open a browser on a headless machine.
export default defineWebExtConfig({ disabled: true });
