// The collapsed sidebar: a small pill with the number of findings. A click or the shortcut opens it.
import { t } from '../lib/i18n';
import { withShortcut } from './shortcut';
import './Badge.css';

export interface BadgeProps {
  flags: number;
  strengths: number;
  tone: string;
  /** The keys that open the coach ("" when unbound). */
  shortcut?: string;
  onOpen(): void;
}

export function Badge({ flags, strengths, tone, shortcut = '', onOpen }: BadgeProps) {
  const label = withShortcut(strengths
    ? t(strengths === 1 ? 'badgeLabelStrength' : 'badgeLabelStrengths', String(flags), String(strengths))
    : t('badgeLabel', String(flags)), shortcut);
  return (
    <button type="button" class={`bc-badge bc-tone-${tone}`} data-testid="badge" aria-label={label} title={label}
      onMouseDown={(e) => e.preventDefault()} onClick={onOpen}>
      <span class="bc-badge-mark" aria-hidden="true" />
      <span class="bc-badge-count" data-testid="badge-count">{flags}</span>
    </button>
  );
}
