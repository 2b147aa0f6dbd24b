// The sidebar's "Settings" link: a content script cannot open the extension's options page itself,
// so it asks the background to. The message carries nothing else.
import { isMessageOf } from './message';

export const OPEN_SETTINGS = 'balcony:open-settings' as const;

export interface OpenSettingsRequest { type: typeof OPEN_SETTINGS }

export const isOpenSettingsRequest = (m: unknown): m is OpenSettingsRequest => isMessageOf(m, OPEN_SETTINGS);
