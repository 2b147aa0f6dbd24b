// Chromium traces of a page's main thread for the performance tests: each task's duration and
// how much of it ran the extension's own scripts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface Task { ms: number; extensionMs: number }

/**
 * A Chromium trace of the page's main thread (its own renderer's, not its out-of-process frames'): every task's duration, and how much of it ran the
 * extension's own scripts (JavaScript calls whose script is a chrome-extension:// file, forced
 * layouts inside them included).
 */
export async function traceTasks(page: Page): Promise<() => Promise<Task[]>> {
  const cdp = await page.context().newCDPSession(page);
  type Ev = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string; data?: { url?: string; frame?: string; frames?: Array<{ processId: number; isOutermostMainFrame?: boolean }> } } };
  const events: Ev[] = [];
  cdp.on('Tracing.dataCollected', (e) => { events.push(...(e.value as unknown as Ev[])); });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'], excludedCategories: ['*'] } });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
    // The page's own renderer only: the extension's frames (the engine frame) run in a process of
    // their own, whose time the page does not wait on.
    const started = events.find((e) => e.name === 'TracingStartedInBrowser');
    const pagePid = started?.args?.data?.frames?.find((f) => f.isOutermostMainFrame)?.processId;
    const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && (pagePid === undefined || e.pid === pagePid)).map((e) => `${e.pid}:${e.tid}`));
    const onMain = (e: Ev) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`);
    const tasks = events.filter((e) => onMain(e) && /(^|::)RunTask$/.test(e.name)).sort((a, b) => a.ts - b.ts);
    const ext = events.filter((e) => onMain(e) && (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && e.args?.data?.url?.startsWith('chrome-extension://'));
    return tasks.map((t) => {
      const end = t.ts + (t.dur ?? 0);
      // Outermost extension calls inside the task (nested ones are already counted).
      const inside = ext.filter((x) => x.ts >= t.ts && x.ts < end).sort((a, b) => a.ts - b.ts);
      let extensionMs = 0;
      let until = -1;
      for (const x of inside) {
        if (x.ts < until) continue;
        extensionMs += (x.dur ?? 0) / 1000;
        until = x.ts + (x.dur ?? 0);
      }
      return { ms: (t.dur ?? 0) / 1000, extensionMs };
    });
  };
}

/** A task the extension made long: its own scripts ran over 50 ms of it, or most of a task over 50 ms. */
export const causedByExtension = (t: Task): boolean => t.extensionMs > 50 || (t.ms > 50 && t.extensionMs > t.ms / 2);

/** Keep a test's measured figures in .ci-out/perf-e2e.json (merged by name), for the README. */
export function recordFigures(name: string, figures: Record<string, unknown>): void {
  const file = '.ci-out/perf-e2e.json';
  mkdirSync('.ci-out', { recursive: true });
  let all: Record<string, unknown> = {};
  try { all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>; } catch { /* first one */ }
  all[name] = { ...figures, at: new Date().toISOString() };
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}
