// The collapsed sidebar: a small pill with the number of findings. Click or Alt+Shift+B opens it.
import { t } from '../lib/i18n';
import './Badge.css';

export interface BadgeProps {
  flags: number;
  strengths: number;
  tone: string;
  onOpen(): void;
}

export function Badge({ flags, strengths, tone, onOpen }: BadgeProps) {
  const label = strengths
    ? t(strengths === 1 ? 'badgeLabelStrength' : 'badgeLabelStrengths', String(flags), String(strengths))
    : t('badgeLabel', String(flags));
  return (
    <button type="button" class={`bc-badge bc-tone-${tone}`} data-testid="badge" aria-label={label} title={label}
      onMouseDown={(e) => e.preventDefault()} onClick={onOpen}>
      <span class="bc-badge-mark" aria-hidden="true" />
      <span class="bc-badge-count" data-testid="badge-count">{flags}</span>
    </button>
  );
}
