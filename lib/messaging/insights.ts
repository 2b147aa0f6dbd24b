// The page side's insight events go to the background, the one writer of the insights store (two
// mail tabs writing at once would lose counts). Events carry counts' names only: see lib/insights.
import { isMessageOf } from './message';
import type { InsightEvent } from '../insights/schema';

export const RECORD_INSIGHTS = 'balcony:record-insights' as const;

export interface RecordInsightsMessage { type: typeof RECORD_INSIGHTS; day: string; events: InsightEvent[] }

export const isRecordInsights = (m: unknown): m is RecordInsightsMessage =>
  isMessageOf(m, RECORD_INSIGHTS) && typeof (m as RecordInsightsMessage).day === 'string' && Array.isArray((m as RecordInsightsMessage).events);
