// Pieces the extension pages (options, popup, playground) share, so each is written once.
import type { ComponentChildren } from 'preact';

/** The logo, the page's title and its subtitle. */
export function PageBrand({ title, subtitle }: { title: string; subtitle: string }) {
  return (
    <div class="pg-brand">
      <img class="pg-logo" src="/icon/48.png" width="32" height="32" alt="" />
      <div>
        <h1 class="pg-title">{title}</h1>
        <p class="pg-sub">{subtitle}</p>
      </div>
    </div>
  );
}

export interface ChoiceRowProps<V extends string> {
  /** The radio group's name. */
  name: string;
  /** The prefix of each choice's `data-testid` (`theme` → `theme-dark`). */
  testId: string;
  /** An extra class for the row. */
  rowClass?: string;
  title: string;
  /** A line under the title; `descTestId` marks it for tests. */
  desc: ComponentChildren;
  descTestId?: string;
  choices: readonly V[];
  value: V;
  labelOf(choice: V): string;
  onChoose(choice: V): void;
}

/** A settings row with a segmented choice of one value (sensitivity, how the sidebar starts, theme). */
export function ChoiceRow<V extends string>({ name, testId, rowClass, title, desc, descTestId, choices, value, labelOf, onChoose }: ChoiceRowProps<V>) {
  const titleId = `l-${name}`;
  return (
    <div class={rowClass ? `pg-row ${rowClass}` : 'pg-row'}>
      <span class="pg-row-text">
        <span class="pg-row-title" id={titleId}>{title}</span>
        <span class="pg-row-desc" data-testid={descTestId}>{desc}</span>
      </span>
      <div class="pg-seg" role="radiogroup" aria-labelledby={titleId}>
        {choices.map((v) => (
          <label key={v}>
            <input type="radio" name={name} value={v} data-testid={`${testId}-${v}`} checked={value === v} onChange={() => onChoose(v)} />
            <span>{labelOf(v)}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
