// The engine, loaded once and shared. Bundled code has it from the start; the content script loads
// it the first time it is needed (engine-load.ts / engine-load.remote.ts).
import { load, preloaded, type Engine } from './engine-load';

export type { Engine };

let engine: Engine | null = preloaded;
let loading: Promise<Engine> | null = null;

/** The engine if it is loaded, else null (then call `loadEngine`). */
export function engineNow(): Engine | null {
  return engine;
}

export function loadEngine(): Promise<Engine> {
  if (engine) return Promise.resolve(engine);
  loading ??= load().then((e) => (engine = e), (err: unknown) => { loading = null; throw err; });
  return loading;
}
