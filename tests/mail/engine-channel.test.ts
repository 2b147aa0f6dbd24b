// @vitest-environment happy-dom
// The engine frame's protocol, over a real MessageChannel: the service answered through the port
// says exactly what the service in this thread says; newer requests supersede older ones; and a
// frame that never answers hands its waiting requests to the page's own engine.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as api from '../../lib/coach/engine';
import { bundledEngine, engineService, engineSource, type DraftUpdate, type Engine, type EngineClient } from '../../lib/mail/engine';
import { engineOverPort, serveEngine } from '../../lib/mail/engine-channel';
import { ENGINE_FRAME_ATTR, framedEngine } from '../../lib/mail/engine-frame';
import { draft } from '../bench/drafts';

const tick = (fn: () => void) => setTimeout(fn, 0);
const opened: EngineClient[] = [];
afterEach(() => { for (const e of opened.splice(0)) e.dispose(); document.body.innerHTML = ''; });

function overPort(source = bundledEngine(api)) {
  const channel = new MessageChannel();
  serveEngine(channel.port2, engineService(source, tick));
  const client = engineOverPort(channel.port1);
  opened.push(client);
  return client;
}

function freshFindings(text: string) {
  const job = api.createSlicedCoach({ sensitivity: 'balanced' }).start(text);
  job.run(() => true);
  return job.findings();
}

/** Every update of one analysis, until the last. */
function analyse(e: EngineClient, key: string, text: string): Promise<DraftUpdate[]> {
  return new Promise((resolve) => {
    const seen: DraftUpdate[] = [];
    e.analyze({ key, text, options: { sensitivity: 'balanced' } }, (u) => { seen.push(u); if (u.done) resolve(seen); });
  });
}

describe('the engine over a port', () => {
  it('answers a draft, a long draft in slices, a thread and the balcony exactly as the engine does', async () => {
    const e = overPort();
    const short = "Why can't you deliver by Friday? Take it or leave it.";
    const [first] = await analyse(e, 'a', short);
    expect(first!.done).toBe(true);
    expect(first!.findings).toEqual(freshFindings(short));
    // A long draft: progress first (nothing read yet), then all of it, as a fresh coach finds it.
    const long = draft(2000);
    const updates = await analyse(e, 'b', long);
    expect(updates[0]).toEqual({ done: false, progress: 0 });
    expect(updates.length).toBeGreaterThan(1);
    expect(updates.at(-1)!.findings).toEqual(freshFindings(long));
    const messages = [
      { id: '0', from: 'Dana', text: 'We cannot go below the list price this quarter.', mine: false },
      { id: '1', from: 'Me', text: 'Thanks Dana, I understand.', mine: true },
    ];
    const summary = await new Promise((r) => e.summarize(messages, r));
    expect(summary).toEqual(api.summarizeThread(messages));
    const heated = 'This is RIDICULOUS!!! You NEVER listen and you ALWAYS lie.';
    await analyse(e, 'heated', heated);
    const b = await new Promise((r) => e.balcony({ key: 'heated', flags: {}, answered: null, concern: null }, r));
    expect(b).toEqual(api.balconyFor(api.readDraft(heated, {}), null, null));
    expect(e.ready()).toBe(true);
  });

  it('a newer request for the same draft supersedes the older: only the newest is answered', async () => {
    const e = overPort();
    const older = vi.fn();
    e.analyze({ key: 'a', text: draft(2000), options: {} }, older);
    const newest = await analyse(e, 'a', 'Why is this late again?');
    expect(newest.at(-1)!.findings!.map((f) => f.category)).toEqual(['why']);
    await new Promise((r) => setTimeout(r, 50));
    expect(older.mock.calls.every(([u]) => !(u as DraftUpdate).done)).toBe(true);
  });

  it('loads the engine when asked to preload, and says when it is there', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const e = overPort(engineSource(async () => { await gate; return api as Engine; }));
    const ready = vi.fn();
    e.preload(ready);
    await new Promise((r) => setTimeout(r, 30));
    expect(ready).not.toHaveBeenCalled();
    expect(e.ready()).toBe(false);
    release();
    await vi.waitFor(() => expect(ready).toHaveBeenCalledTimes(1));
    expect(e.ready()).toBe(true);
  });
});

describe('the engine frame', () => {
  it('a frame that never says hello is given up: the page runs the engine itself, and the waiting request is answered', async () => {
    const fallback = vi.fn(() => engineService(bundledEngine(api), tick));
    const e = framedEngine(document, { fallback, helloWithin: 60, src: 'about:blank' });
    opened.push(e);
    const answer = analyse(e, 'a', 'Why is this late again?');
    expect(document.querySelector(`iframe[${ENGINE_FRAME_ATTR}]`)).not.toBeNull();
    expect(e.where()).toBe('none');
    const updates = await answer;
    expect(updates.at(-1)!.findings!.map((f) => f.category)).toEqual(['why']);
    expect(e.where()).toBe('page');
    expect(fallback).toHaveBeenCalledTimes(1);
    // The silent frame is gone from the page.
    expect(document.querySelector(`iframe[${ENGINE_FRAME_ATTR}]`)).toBeNull();
  });
});
