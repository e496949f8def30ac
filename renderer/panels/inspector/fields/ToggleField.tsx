import { useId, useState, type ReactElement } from 'react';
import type { CommitHandler } from '../useInspectorEdits';
import { FieldRow } from './FieldRow';

/** An on/off property (mute, arrow head); each change is one undo step. */
export function ToggleField({
  label,
  checked,
  onCommit,
  disabled = false,
  testId,
}: {
  label: string;
  checked: boolean;
  onCommit: CommitHandler<boolean>;
  disabled?: boolean;
  testId?: string;
}): ReactElement {
  const id = useId();
  const errorId = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <FieldRow label={label} htmlFor={id} error={error} errorId={errorId}>
      <input
        id={id}
        className="insp-checkbox"
        type="checkbox"
        checked={checked}
        disabled={disabled}
        data-testid={testId}
        aria-describedby={error !== null ? errorId : undefined}
        onChange={(event) => setError(onCommit(event.target.checked, 'own'))}
      />
    </FieldRow>
  );
}
