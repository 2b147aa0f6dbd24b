// Where the engine comes from. Here: bundled with the code that imports it (tests, the command
// line, the extension's own pages). The content script's build swaps this module for
// engine-load.remote.ts (wxt.config.ts), which loads the packaged engine.js on demand.
import * as api from './engine-api';

export type Engine = typeof api;

/** The engine, when it is there from the start. */
export const preloaded: Engine | null = api;

export const load = async (): Promise<Engine> => api;
