// The content script's engine: the packaged engine.js (entrypoints/engine.ts), imported the first
// time a draft or a thread needs it, so pages where nobody writes never load or compile it. It is a
// file of the extension itself (web-accessible to the mail hosts only, at a per-session address).
import { browser } from 'wxt/browser';
import type { Engine } from './engine-load';

export type { Engine };

export const preloaded: Engine | null = null;

export async function load(): Promise<Engine> {
  await import(/* @vite-ignore */ browser.runtime.getURL('/engine.js'));
  const engine = (globalThis as { __balconyEngine?: Engine }).__balconyEngine;
  if (!engine) throw new Error('Balcony: the engine did not load');
  return engine;
}
