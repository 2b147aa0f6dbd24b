// A label with the shortcut's keys after it, when the shortcut is bound ("Collapse (Alt+Shift+K)").
import { t } from '../lib/i18n';

export function withShortcut(label: string, shortcut: string | undefined): string {
  return shortcut ? t('withShortcut', label, shortcut) : label;
}
