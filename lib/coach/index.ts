// The engine's public surface. Pure TypeScript: runs in the page, in tests and on the command line.
export { createCoach, analyze, type Coach, type AnalyzeOptions, type AnalysisJob } from './coach';
export { decodeNo } from './no';
export { readOwnNo, type OwnNo, type OwnNoSuggestion } from './own-no';
export { summarizeThread, messageHeat, type ThreadMessage, type ThreadSummary, type MessageSummary, type Openers } from './thread';
export { splitSentences, ownTextRanges, type Sentence } from './sentences';
export { clearParseCache } from './nlp';
export { ALL_RULES } from './rules';
export { TECHNIQUES } from './techniques';
export * from './types';
export { detectLanguage, looksEnglish, type DraftLanguage } from './language';
