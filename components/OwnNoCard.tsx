// "Your no": when the draft refuses or pushes back, what the refusal does well and what it leaves
// out (which part doesn't work, a way forward), with one-click inserts that go in after the
// refusal. A clear "no" that does both gets a short strength note and nothing to insert.
import type { OwnNo } from '../lib/coach/own-no';
import { t } from '../lib/i18n';
import './OwnNoCard.css';

export interface OwnNoCardProps {
  ownNo: OwnNo;
  /** The draft has flags of its own (an ultimatum, a why-demand…): no praise for the refusal then. */
  flagged?: boolean;
  disabled?: boolean;
  onInsert?(text: string): void;
}

/** An insert's text with its slots ([…]) marked, so the writer sees what is theirs to fill. */
function withSlots(text: string) {
  return text.split(/(\[[^\]]+\])/).filter(Boolean).map((part, i) =>
    part.startsWith('[') ? <mark key={i} class="bc-slot">{part.slice(1, -1)}</mark> : part);
}

export function OwnNoCard({ ownNo, flagged, disabled, onInsert }: OwnNoCardProps) {
  const part = ownNo.part ?? '';
  const strong = ownNo.strong && !flagged;
  return (
    <section class={`bc-own-no${strong ? ' bc-own-no-strong' : ''}`} data-testid="own-no" data-part={part} data-door-open={String(ownNo.doorOpen)}
      role="note" aria-label={t('ownNoTitle')}>
      <h3 class="bc-own-no-title"><span class="bc-own-no-icon" aria-hidden="true" />{t('ownNoTitle')}</h3>
      {strong ? (
        <p class="bc-own-no-strength" data-testid="own-no-strength">{t('ownNoStrong', t(`ownNoPart_${part}`))}</p>
      ) : (
        <>
          <ul class="bc-own-no-checks">
            <li class={ownNo.part ? 'bc-ok' : 'bc-missing'}>{ownNo.part ? t('ownNoNames', t(`ownNoPart_${part}`)) : t('ownNoNamesNone')}</li>
            <li class={ownNo.doorOpen ? 'bc-ok' : 'bc-missing'}>{ownNo.doorOpen ? t('ownNoDoorOpen') : t('ownNoDoorShut')}</li>
          </ul>
          {ownNo.suggestions.length > 0 && onInsert && (
            <div class="bc-own-no-inserts" role="group" aria-label={t('ownNoInsertsLabel')}>
              {ownNo.suggestions.map((s) => (
                <button key={s.kind} type="button" class="bc-own-no-insert" data-testid="own-no-insert" data-kind={s.kind} disabled={disabled}
                  title={t('ownNoInsertTitle')} onMouseDown={(e) => e.preventDefault()} onClick={() => onInsert(s.text)}>
                  <span class="bc-own-no-kind">{t(`ownNoKind_${s.kind.replace('-', '_')}`)}</span>
                  <span class="bc-own-no-text">{withSlots(s.text)}</span>
                </button>
              ))}
            </div>
          )}
        </>
      )}
    </section>
  );
}
