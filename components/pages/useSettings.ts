// Settings for an extension page: loaded once, kept in step with changes made elsewhere (another
// tab, the sidebar, another browser), and saved on every change.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { loadSettings, saveSettings, watchSettings, type Settings } from '../../lib/settings';

export function useSettings(): [Settings | null, (change: (s: Settings) => void) => Promise<void>] {
  const [settings, setState] = useState<Settings | null>(null);
  const latest = useRef<Settings | null>(null);
  const setSettings = (s: Settings) => { latest.current = s; setState(s); };
  useEffect(() => {
    let live = true;
    loadSettings().then((s) => { if (live && !latest.current) setSettings(s); }).catch(() => {});
    const stop = watchSettings((s) => { if (live) setSettings(s); });
    return () => { live = false; stop(); };
  }, []);
  const update = useCallback(async (change: (s: Settings) => void) => {
    const next = structuredClone(latest.current ?? (await loadSettings()));
    change(next);
    setSettings(next);
    await saveSettings(next);
  }, []);
  return [settings, update];
}

/** Follow the settings' theme on the page (`system` leaves it to the media query). */
export function useTheme(settings: Settings | null, root: HTMLElement = document.documentElement): void {
  useEffect(() => {
    if (!settings || settings.theme === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', settings.theme);
  }, [settings?.theme, root]);
}
