// The one message between extension pages and the content script: the popup asks an open mail tab
// how the coach is doing there. No text of any draft is ever sent, only counts.
import type { SiteId } from '../mail/types';
import { isMessageOf } from './message';

export const STATUS_REQUEST = 'balcony:status' as const;

export interface StatusRequest { type: typeof STATUS_REQUEST }

export interface TabStatus {
  site: SiteId;
  /** The coach runs on this site (the per-site setting is on). */
  enabled: boolean;
  /** Drafts open on the page. */
  drafts: number;
  /** Flags in the draft the sidebar follows. */
  flags: number;
}

export const isStatusRequest = (m: unknown): m is StatusRequest => isMessageOf(m, STATUS_REQUEST);
