// What the page side uses of the engine (compromise, the rules, the thread summary): most of the
// extension's code. The content script does not bundle it: it loads it on demand (see engine.ts).
export { createSlicedCoach } from './sliced-coach';
export { balconyFor, prepareMessage, readDraft, summarizeThread } from '../coach/thread';
