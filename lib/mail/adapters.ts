// Picks the site adapter for a page.
import type { SiteAdapter } from './types';
import { gmail } from './gmail';
import { outlook } from './outlook';

export const ADAPTERS: readonly SiteAdapter[] = [gmail, outlook];

/** The content script's match patterns: exactly the adapters' hosts. */
export const MAIL_MATCHES = ADAPTERS.flatMap((a) => a.hosts.map((h) => `https://${h}/*`));

export function adapterForHost(hostname: string): SiteAdapter | null {
  return ADAPTERS.find((a) => a.hosts.includes(hostname)) ?? null;
}
