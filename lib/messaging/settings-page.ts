// The sidebar's "Settings" link: a content script cannot open the extension's options page itself,
// so it asks the background to. The message carries nothing else.
export const OPEN_SETTINGS = 'balcony:open-settings' as const;

export interface OpenSettingsRequest { type: typeof OPEN_SETTINGS }

export function isOpenSettingsRequest(m: unknown): m is OpenSettingsRequest {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === OPEN_SETTINGS;
}
