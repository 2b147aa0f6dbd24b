// The engine's requests and answers over a MessagePort: `serveEngine` on the engine's side (the
// engine frame), `engineOverPort` on the page's. Messages are plain data (structured clone); an
// answer names the request it answers. A request superseded by a newer one of its kind is
// forgotten on the page's side, as the service forgets it on its own.
import type { BalconyRequest, DraftRequest, DraftUpdate, EngineClient, OwnNoRequest, SendPauseRequest } from './engine';
import type { SendAdvice } from '../coach/send-pause';
import type { OwnNo } from '../coach/own-no';
import type { Balcony, ThreadMessage, ThreadSummary } from '../coach/thread';

export type EngineRequest =
  | { id: number; op: 'analyze'; request: DraftRequest }
  | { id: number; op: 'summarize'; messages: ThreadMessage[] }
  | { id: number; op: 'balcony'; request: BalconyRequest }
  | { id: number; op: 'ownNo'; request: OwnNoRequest }
  | { id: number; op: 'sendPause'; request: SendPauseRequest }
  | { op: 'forget'; key: string }
  | { op: 'preload' };

export type EngineAnswer =
  | { op: 'hello' }
  | { op: 'ready' }
  | { id: number; value: DraftUpdate | ThreadSummary | Balcony | OwnNo | SendAdvice | null };

/** The engine's side: answer the page's requests on `port` with `service`. */
export function serveEngine(port: MessagePort, service: EngineClient): void {
  const answer = (id: number) => (value: DraftUpdate | ThreadSummary | Balcony | OwnNo | SendAdvice | null) => port.postMessage({ id, value } satisfies EngineAnswer);
  port.onmessage = ({ data }: MessageEvent<EngineRequest>) => {
    switch (data?.op) {
      case 'analyze': service.analyze(data.request, answer(data.id)); break;
      case 'summarize': service.summarize(data.messages, answer(data.id)); break;
      case 'balcony': service.balcony(data.request, answer(data.id)); break;
      case 'ownNo': service.ownNo(data.request, answer(data.id)); break;
      case 'sendPause': service.sendPause(data.request, answer(data.id)); break;
      case 'forget': service.forget(data.key); break;
      case 'preload': service.preload(() => port.postMessage({ op: 'ready' } satisfies EngineAnswer)); break;
      default: break;
    }
  };
  port.postMessage({ op: 'hello' } satisfies EngineAnswer);
}

/** A request not answered in full yet: what to send again to another engine, and who waits for it. */
interface Pending {
  slot: string;
  send: (to: EngineClient) => void;
}

export interface PortEngine extends EngineClient {
  /** The other side said hello. */
  connected(): boolean;
  /** Give every request still waiting to `other` (the page's own engine, when the frame failed). */
  handOver(other: EngineClient): void;
}

/** The page's side: an EngineClient whose engine answers on `port`. `onHello` is called when it does. */
export function engineOverPort(port: MessagePort, onHello: () => void = () => {}): PortEngine {
  let hello = false;
  let loaded = false;
  let serial = 0;
  let handedTo: EngineClient | null = null;
  const waiting = new Map<number, { onAnswer: (v: never) => void; pending: Pending; final: (v: unknown) => boolean }>();
  const bySlot = new Map<string, number>();
  const readyWaiters: Array<() => void> = [];

  port.onmessage = ({ data }: MessageEvent<EngineAnswer>) => {
    if (!data) return;
    if ('op' in data) {
      if (data.op === 'hello') { hello = true; onHello(); }
      if (data.op === 'ready') { loaded = true; for (const fn of readyWaiters.splice(0)) fn(); }
      return;
    }
    const w = waiting.get(data.id);
    if (!w) return; // superseded, or handed over
    // An answer means the engine is there (it may have been loaded by the first request).
    loaded = true;
    if (w.final(data.value)) { waiting.delete(data.id); if (bySlot.get(w.pending.slot) === data.id) bySlot.delete(w.pending.slot); }
    w.onAnswer(data.value as never);
  };

  function request<T>(slot: string, message: (id: number) => EngineRequest, onAnswer: (v: T) => void, final: (v: unknown) => boolean, send: (to: EngineClient) => void) {
    if (handedTo) { send(handedTo); return; }
    const id = ++serial;
    const older = bySlot.get(slot);
    if (older !== undefined) waiting.delete(older);
    bySlot.set(slot, id);
    waiting.set(id, { onAnswer: onAnswer as (v: never) => void, pending: { slot, send }, final });
    port.postMessage(message(id));
  }

  return {
    connected: () => hello,
    ready: () => (handedTo ? handedTo.ready() : hello && loaded),
    preload(onReady) {
      if (handedTo) { handedTo.preload(onReady); return; }
      if (onReady) readyWaiters.push(onReady);
      port.postMessage({ op: 'preload' } satisfies EngineRequest);
    },
    analyze(req, onUpdate) {
      request<DraftUpdate>(`draft:${req.key}`, (id) => ({ id, op: 'analyze', request: req }), onUpdate, (v) => (v as DraftUpdate).done, (to) => to.analyze(req, onUpdate));
    },
    forget(key) {
      if (handedTo) { handedTo.forget(key); return; }
      const id = bySlot.get(`draft:${key}`);
      if (id !== undefined) { waiting.delete(id); bySlot.delete(`draft:${key}`); }
      port.postMessage({ op: 'forget', key } satisfies EngineRequest);
    },
    summarize(messages, done) {
      request<ThreadSummary>('thread', (id) => ({ id, op: 'summarize', messages }), done, () => true, (to) => to.summarize(messages, done));
    },
    balcony(req, done) {
      request<Balcony | null>('balcony', (id) => ({ id, op: 'balcony', request: req }), done, () => true, (to) => to.balcony(req, done));
    },
    ownNo(req, done) {
      request<OwnNo | null>('own-no', (id) => ({ id, op: 'ownNo', request: req }), done, () => true, (to) => to.ownNo(req, done));
    },
    sendPause(req, done) {
      request<SendAdvice | null>(`send-pause:${req.key}`, (id) => ({ id, op: 'sendPause', request: req }), done, () => true, (to) => to.sendPause(req, done));
    },
    handOver(other) {
      if (handedTo) return;
      handedTo = other;
      port.onmessage = null;
      port.close();
      const still = [...waiting.values()].map((w) => w.pending);
      waiting.clear();
      bySlot.clear();
      for (const p of still) p.send(other);
      for (const fn of readyWaiters.splice(0)) other.preload(fn);
    },
    dispose() {
      waiting.clear();
      bySlot.clear();
      port.onmessage = null;
      port.close();
      handedTo?.dispose();
    },
  };
}
