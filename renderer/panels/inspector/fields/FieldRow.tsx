import type { ReactElement, ReactNode } from 'react';

/**
 * One labelled inspector field: label, control and, when a value was refused, the reason
 * (linked to the control through aria-describedby).
 */
export function FieldRow({
  label,
  htmlFor,
  error,
  errorId,
  hint,
  children,
}: {
  label: string;
  htmlFor?: string;
  error?: string | null;
  errorId?: string;
  hint?: ReactNode;
  children: ReactNode;
}): ReactElement {
  return (
    <div className="insp-field" data-invalid={error ? 'true' : undefined}>
      {htmlFor === undefined ? (
        <span className="insp-field__label">{label}</span>
      ) : (
        <label className="insp-field__label" htmlFor={htmlFor}>
          {label}
        </label>
      )}
      <div className="insp-field__control">{children}</div>
      {error ? (
        <p id={errorId} className="insp-field__error">
          {error}
        </p>
      ) : null}
      {hint ? <p className="insp-field__hint">{hint}</p> : null}
    </div>
  );
}
