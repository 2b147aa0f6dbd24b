// Typing in a long draft stays smooth. On a 2,000-word Gmail draft (the benchmark's generated
// text), keystrokes are typed into the middle of the draft at a brisk typing pace, in rounds that
// alternate with the baseline page, while the page
// records long tasks (PerformanceObserver) and Chromium's own main-thread counters (CDP
// Performance.getMetrics). The same typing on the same page at an address the extension does not
// run on gives the baseline. Asserted: no long task over 50 ms while typing with the extension.
// Printed: keystroke → sidebar update latency, and main-thread time per keystroke.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, launch, SIDEBAR, type Harness } from './harness';
import { draft, PLAIN_SENTENCE } from '../bench/drafts';
import { causedByExtension, recordFigures, traceTasks, type Task } from './trace';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  // The same page, with the same headers as the mail pages get (harness.ts), at an address without the extension: the baseline.
  await h.context.route(/^https:\/\/baseline\.test\//, (r) => r.fulfill({
    status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': "require-trusted-types-for 'script'" }, body: fixture('gmail-new.html'),
  }));
});
afterAll(async () => { await h?.close(); });
afterEach(() => { expect(h.errors).toEqual([]); });

const BODY = '[g_editable="true"][role="textbox"]';
const TEXT = draft(2000);
const TYPED = ' The crates are ready. Take it or leave it. The rest ships later. Fine, forget it.';
const KEY_DELAY = 60; // ms between keys: about 100 words a minute

/** Put the generated draft into the compose body, as Gmail's DOM holds it: one <div> per line. */
async function fill(page: Page, text: string): Promise<void> {
  await page.evaluate(({ sel, text }) => {
    const body = document.querySelector(sel) as HTMLElement;
    const lines = text.split('\n').map((l) => {
      const div = document.createElement('div');
      if (l) div.textContent = l;
      else div.append(document.createElement('br'));
      return div;
    });
    body.replaceChildren(...lines);
    body.focus();
    body.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, { sel: BODY, text });
}

/** Caret at the end of `sentence` inside the body. */
async function caretAfter(page: Page, sentence: string): Promise<void> {
  await page.evaluate(({ sel, sentence }) => {
    const body = document.querySelector(sel) as HTMLElement;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const i = n.data.indexOf(sentence);
      if (i < 0) continue;
      body.focus();
      const r = document.createRange();
      r.setStart(n, i + sentence.length);
      r.collapse(true);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      return;
    }
    throw new Error(`"${sentence}" not in the draft`);
  }, { sel: BODY, sentence });
}

/** Start recording in the page: long tasks, key times, and (with the extension) sidebar updates. */
async function record(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Rec = { longTasks: Array<{ start: number; duration: number }>; keys: number[]; updates: Array<{ at: number; findings: number }> };
    const rec: Rec = { longTasks: [], keys: [], updates: [] };
    (window as unknown as { __rec: Rec }).__rec = rec;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    addEventListener('keydown', () => rec.keys.push(performance.now()), true);
    const root = document.querySelector('balcony-sidebar')?.shadowRoot;
    if (!root) return;
    let last = root.querySelectorAll('[data-testid="finding"]').length;
    new MutationObserver(() => {
      const n = root.querySelectorAll('[data-testid="finding"]').length;
      if (n !== last) { last = n; rec.updates.push({ at: performance.now(), findings: n }); }
    }).observe(root, { subtree: true, childList: true, characterData: true });
  });
}

/** Chromium's cumulative main-thread counters for the page (seconds), from one CDP session. */
async function counters(page: Page): Promise<() => Promise<Record<string, number>>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map((m: { name: string; value: number }) => [m.name, m.value]));
  };
}

interface Run { keys: number; taskMs: number; scriptMs: number; longTasks: Array<{ start: number; duration: number }>; latencies: number[]; tasks: Task[] }

async function typeAndMeasure(page: Page): Promise<Run> {
  await record(page);
  const metrics = await counters(page);
  const stopTrace = await traceTasks(page);
  const before = await metrics();
  await page.keyboard.type(TYPED, { delay: KEY_DELAY });
  // Let the last debounced analysis run.
  await page.waitForTimeout(1200);
  const after = await metrics();
  const tasks = await stopTrace();
  const rec = await page.evaluate(() => (window as unknown as { __rec: { longTasks: Array<{ start: number; duration: number }>; keys: number[]; updates: Array<{ at: number; findings: number }> } }).__rec);
  // Each sidebar update against the keystroke that came just before it.
  const latencies = rec.updates.map((u) => u.at - Math.max(...rec.keys.filter((k) => k <= u.at)));
  return {
    keys: rec.keys.length,
    taskMs: (after.TaskDuration! - before.TaskDuration!) * 1000,
    scriptMs: (after.ScriptDuration! - before.ScriptDuration!) * 1000,
    longTasks: rec.longTasks,
    latencies,
    tasks,
  };
}

const f1 = (x: number) => x.toFixed(1);
const top = (ts: Task[]) => [...ts].sort((a, b) => b.ms - a.ms).slice(0, 5).map((t) => `${f1(t.ms)}${t.extensionMs ? ` (extension ${f1(t.extensionMs)})` : ''}`).join(', ');
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN; };

/** Sum of runs (keys, times, tasks) typed in several rounds. */
function total(runs: Run[]): Run {
  return {
    keys: runs.reduce((x, r) => x + r.keys, 0),
    taskMs: runs.reduce((x, r) => x + r.taskMs, 0),
    scriptMs: runs.reduce((x, r) => x + r.scriptMs, 0),
    longTasks: runs.flatMap((r) => r.longTasks),
    latencies: runs.flatMap((r) => r.latencies),
    tasks: runs.flatMap((r) => r.tasks),
  };
}

/** Rounds of typing, the baseline page and the extension's in turn: the machine's speed drifts by
 * more than the difference measured, so the two are compared round by round. */
const ROUNDS = 3;

describe('performance in the page', () => {
  it('typing in a 2,000-word draft: no long task over 50 ms; latency and main-thread time per keystroke printed', async () => {
    // Baseline: the same page and typing where the extension does not run.
    const base = await h.context.newPage();
    await base.goto('https://baseline.test/mail/');
    // The same steps as with the extension, the click too: where the mouse rests changes what
    // the browser does on every keystroke (hover hit tests).
    await base.click(BODY);
    await fill(base, TEXT);

    const page = await h.open('https://mail.google.com/mail/u/0/#inbox?compose=perf', fixture('gmail-new.html'));
    await page.click(BODY);
    const stopFirstTrace = await traceTasks(page);
    const loadStarted = Date.now();
    await fill(page, TEXT);
    // The first look at the draft (a cold analysis, in slices) ends with its findings listed.
    await page.locator(`${SIDEBAR} [data-testid="finding"]`).first().waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator(`${SIDEBAR} [data-testid="progress"], ${SIDEBAR} .bc-pending`).count(), { timeout: 30_000 }).toBe(0);
    const firstLook = Date.now() - loadStarted;
    // The first look includes loading the engine (in its own frame, off this page's thread) and a cold analysis.
    const firstTasks = await stopFirstTrace();
    const firstOwn = [...firstTasks].sort((a, b) => b.extensionMs - a.extensionMs).slice(0, 3);
    const findingsBefore = await page.locator(`${SIDEBAR} [data-testid="finding"]`).count();

    const baseRuns: Run[] = [];
    const extRuns: Run[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await base.bringToFront();
      await caretAfter(base, PLAIN_SENTENCE);
      baseRuns.push(await typeAndMeasure(base));
      await page.bringToFront();
      await caretAfter(page, PLAIN_SENTENCE);
      extRuns.push(await typeAndMeasure(page));
    }
    await base.close();
    const b = total(baseRuns);
    const e = total(extRuns);
    const findingsAfter = await page.locator(`${SIDEBAR} [data-testid="finding"]`).count();

    const perKey = (r: Run, x: number) => x / Math.max(1, r.keys);
    const shares = extRuns.map((r, i) => perKey(r, r.taskMs) - perKey(baseRuns[i]!, baseRuns[i]!.taskMs));
    const longest = (r: Run) => Math.max(0, ...r.longTasks.map((t) => t.duration));
    console.log([
      `[perf] 2,000-word draft (${TEXT.length} chars), ${ROUNDS} rounds of ${TYPED.length} keystrokes at ${KEY_DELAY} ms, the baseline page and the extension's in turn`,
      `[perf] first look at the pasted draft (cold analysis in the engine frame, until findings settle): ${firstLook} ms; findings ${findingsBefore} → ${findingsAfter}`,
      `[perf] first look, the extension's longest tasks in the page: ${firstOwn.map((t) => `${f1(t.ms)} (extension ${f1(t.extensionMs)})`).join(', ')} ms (the engine loads in its own frame)`,
      `[perf] keystroke → sidebar update: median ${Math.round(median(e.latencies))} ms over ${e.latencies.length} updates (includes the 250 ms debounce)`,
      `[perf] main-thread time per keystroke: with the extension ${f1(perKey(e, e.taskMs))} ms (its scripts ${f1(perKey(e, e.scriptMs))} ms); baseline ${f1(perKey(b, b.taskMs))} ms; extension's share by round ${shares.map(f1).join(', ')} ms, median ${f1(median(shares))} ms`,
      `[perf] long tasks (> 50 ms) while typing: with the extension ${e.longTasks.length} (longest ${f1(longest(e))} ms); baseline ${b.longTasks.length} (longest ${f1(longest(b))} ms)`,
      `[perf] longest main-thread tasks while typing (trace): with the extension ${top(e.tasks)} ms; baseline ${top(b.tasks)} ms`,
      `[perf] tasks over 16 ms: ${e.tasks.filter((t) => t.ms > 16).length} with the extension vs ${b.tasks.filter((t) => t.ms > 16).length} baseline; the extension's longest own stretch in one task: ${f1(Math.max(0, ...e.tasks.map((t) => t.extensionMs)))} ms`,
    ].join('\n'));

    recordFigures('typing-2000-words', {
      chars: TEXT.length, keystrokes: e.keys, keyDelayMs: KEY_DELAY, firstLookMs: firstLook,
      sidebarUpdateLatencyMs: e.latencies.map(Math.round), debounceMs: 250,
      rounds: ROUNDS,
      mainThreadPerKeystrokeMs: { withExtension: perKey(e, e.taskMs), baseline: perKey(b, b.taskMs), extensionShareByRound: shares, extensionShare: median(shares), scriptWithExtension: perKey(e, e.scriptMs) },
      longTasksOver50: { withExtension: e.longTasks.length, baseline: b.longTasks.length },
      longestTaskMs: { withExtension: Math.max(0, ...e.tasks.map((t) => t.ms)), baseline: Math.max(0, ...b.tasks.map((t) => t.ms)) },
      extensionLongestStretchMs: Math.max(0, ...e.tasks.map((t) => t.extensionMs)),
      firstLookLongestExtensionTaskMs: firstOwn[0]?.extensionMs ?? 0,
    });
    expect(e.keys).toBe(TYPED.length * ROUNDS);
    expect(findingsAfter).toBeGreaterThan(findingsBefore); // the typed ultimatum and withdrawal were found
    expect(e.latencies.length).toBeGreaterThan(0);
    // The trace saw the extension at work (else the attribution below would prove nothing).
    expect(e.tasks.some((t) => t.extensionMs > 0)).toBe(true);
    // The requirement: no long task over 50 ms caused by the extension while typing. (A long task
    // the machine causes, as the baseline shows now and then on a busy machine, does not count.)
    expect(e.tasks.filter(causedByExtension)).toEqual([]);
    await page.close();
  }, 150_000);
});
