import { useId, useState, type ReactElement, type ReactNode } from 'react';
import type { CommitHandler } from '../useInspectorEdits';
import { FieldRow } from './FieldRow';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

/** A choice from a fixed list; picking one commits it (one undo step). */
export function SelectField<V extends string>({
  label,
  value,
  options,
  onCommit,
  disabled = false,
  hint,
  testId,
}: {
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  onCommit: CommitHandler<V>;
  disabled?: boolean;
  hint?: ReactNode;
  testId?: string;
}): ReactElement {
  const id = useId();
  const errorId = useId();
  const [error, setError] = useState<string | null>(null);
  const known = options.some((option) => option.value === value);
  return (
    <FieldRow label={label} htmlFor={id} error={error} errorId={errorId} hint={hint}>
      <select
        id={id}
        className="input insp-select"
        value={value}
        disabled={disabled}
        data-testid={testId}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? errorId : undefined}
        onChange={(event) => {
          const picked = options.find((option) => option.value === event.target.value);
          if (picked === undefined || picked.value === value) return;
          setError(onCommit(picked.value, 'own'));
        }}
      >
        {known ? null : <option value={value}>{value}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldRow>
  );
}
