import { useId, type ReactElement, type ReactNode } from 'react';
import type { CommitHandler } from '../useInspectorEdits';
import { FieldRow } from './FieldRow';
import { formatNumber, nudgeNumber, parseNumber, type NumberRules } from './parse';
import { useFieldDraft } from './useFieldDraft';

/**
 * A number typed in, checked against `rules` when committed (Enter or leaving the field);
 * Arrow Up/Down step by `step` (Shift ×10, Alt ×0.1).
 */
export function NumberField({
  label,
  value,
  rules = {},
  step = 1,
  onCommit,
  disabled = false,
  hint,
  testId,
}: {
  label: string;
  value: number;
  rules?: NumberRules;
  step?: number;
  onCommit: CommitHandler<number>;
  disabled?: boolean;
  hint?: ReactNode;
  testId?: string;
}): ReactElement {
  const id = useId();
  const field = useFieldDraft({
    value,
    format: (current) => formatNumber(current, rules.integer === true ? 0 : rules.decimals),
    parse: (text) => parseNumber(text, rules),
    onCommit,
    nudge: (current, direction, modifiers) =>
      nudgeNumber(current, direction, step, modifiers, rules),
  });
  return (
    <FieldRow label={label} htmlFor={id} error={field.error} errorId={field.errorId} hint={hint}>
      <input
        id={id}
        className="input insp-input insp-input--number"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        data-testid={testId}
        {...field.inputProps}
      />
      {rules.unit !== undefined ? <span className="insp-unit">{rules.unit}</span> : null}
    </FieldRow>
  );
}
