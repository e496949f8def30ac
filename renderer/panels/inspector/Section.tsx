import type { ReactElement, ReactNode } from 'react';
import type { Easing } from '../../../shared/model';
import type { SelectOption } from './fields';

/** A titled group of fields. */
export function Section({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}): ReactElement {
  return (
    <section className="insp-section" aria-label={title}>
      <header className="insp-section__header">
        <h4 className="insp-section__title">{title}</h4>
        {actions ? <div className="insp-section__actions">{actions}</div> : null}
      </header>
      <div className="insp-section__body">{children}</div>
    </section>
  );
}

/** A value shown but not edited here. */
export function ReadRow({ label, children }: { label: string; children: ReactNode }): ReactElement {
  return (
    <div className="insp-field insp-field--read">
      <span className="insp-field__label">{label}</span>
      <div className="insp-field__control insp-field__value">{children}</div>
    </div>
  );
}

export const EASING_OPTIONS: readonly SelectOption<Easing>[] = [
  { value: 'linear', label: 'Linear' },
  { value: 'easeIn', label: 'Ease in' },
  { value: 'easeOut', label: 'Ease out' },
  { value: 'easeInOut', label: 'Ease in and out' },
  { value: 'hold', label: 'Hold' },
];
