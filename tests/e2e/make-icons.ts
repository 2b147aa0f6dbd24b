// Draws the extension's icons (public/icon/<size>.png) and the store's promo tile with headless
// Chromium, from one SVG: a balcony rail in front of a rising sun. Run: `npx tsx tests/e2e/make-icons.ts`.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { CHROMIUM } from './harness';

const svg = (size: number) => {
  // Fewer, thicker balusters at small sizes so the shape survives 16 px.
  const small = size <= 32;
  const bars = small ? [0.3, 0.5, 0.7] : [0.26, 0.38, 0.5, 0.62, 0.74];
  const stroke = small ? 0.085 : 0.06;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 1 1">
  <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#4a8386"/><stop offset="1" stop-color="#2f5a5d"/></linearGradient></defs>
  <rect x="0.02" y="0.02" width="0.96" height="0.96" rx="0.22" fill="url(#g)"/>
  <circle cx="0.5" cy="${small ? 0.5 : 0.52}" r="${small ? 0.24 : 0.22}" fill="#f4c77b"/>
  <g stroke="#fbf7ef" stroke-width="${stroke}" stroke-linecap="round">
    <line x1="0.18" y1="0.6" x2="0.82" y2="0.6"/>
    ${bars.map((x) => `<line x1="${x}" y1="0.6" x2="${x}" y2="0.8"/>`).join('')}
    <line x1="0.16" y1="0.8" x2="0.84" y2="0.8"/>
  </g>
</svg>`;
};

mkdirSync('public/icon', { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg(size)}</body></html>`);
  await page.locator('svg').screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  console.log(`public/icon/${size}.png`);
}
await browser.close();
