// The engine as the page side gets it: passed in, never imported, so that the content script stays
// small. The content script passes `packagedEngine()`, which imports the packaged engine.js the
// first time a draft or a thread needs it (pages where nobody writes never load or compile it);
// tests and the extension's own pages pass `bundledEngine(api)` with the API they import.
import { browser } from 'wxt/browser';
import type * as EngineApi from '../coach/engine';

export type Engine = typeof EngineApi;

/** The engine once it is there, and a way to get it. */
export interface EngineSource {
  /** The engine if it is loaded, else null (then call `load`). */
  now(): Engine | null;
  /** Loads it once and shares it; after a failure the next call tries again. */
  load(): Promise<Engine>;
}

export function engineSource(loader: () => Promise<Engine>): EngineSource {
  let engine: Engine | null = null;
  let loading: Promise<Engine> | null = null;
  return {
    now: () => engine,
    load() {
      if (engine) return Promise.resolve(engine);
      loading ??= loader().then((e) => (engine = e), (err: unknown) => { loading = null; throw err; });
      return loading;
    },
  };
}

/** An engine bundled with the code that uses it: there from the start. */
export function bundledEngine(api: Engine): EngineSource {
  return { now: () => api, load: () => Promise.resolve(api) };
}

/**
 * The packaged engine.js (entrypoints/engine.ts), a file of the extension itself (web-accessible to
 * the mail hosts only, at a per-session address), imported on first use.
 */
export function packagedEngine(): EngineSource {
  return engineSource(async () => {
    await import(/* @vite-ignore */ browser.runtime.getURL('/engine.js'));
    const engine = (globalThis as { __balconyEngine?: Engine }).__balconyEngine;
    if (!engine) throw new Error('Balcony: the engine did not load');
    return engine;
  });
}
