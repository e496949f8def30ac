import { useId, type ReactElement, type ReactNode } from 'react';
import type { CommitHandler } from '../useInspectorEdits';
import { FieldRow } from './FieldRow';
import { formatTimecode, nudgeTimecode, parseTimecode } from './parse';
import { useFieldDraft } from './useFieldDraft';

/**
 * A time in milliseconds shown and typed as `mm:ss.ff` on the project's frame grid (or typed
 * as `1.5s` / `1500ms`); Arrow Up/Down step one frame (Shift: ten).
 */
export function TimecodeField({
  label,
  valueMs,
  fps,
  min,
  max,
  onCommit,
  disabled = false,
  hint,
  testId,
}: {
  label: string;
  valueMs: number;
  fps: number;
  min?: number;
  max?: number;
  onCommit: CommitHandler<number>;
  disabled?: boolean;
  hint?: ReactNode;
  testId?: string;
}): ReactElement {
  const id = useId();
  const rules = {
    fps,
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
  };
  const field = useFieldDraft({
    value: valueMs,
    format: (ms) => formatTimecode(ms, fps),
    parse: (text) => parseTimecode(text, rules),
    onCommit,
    nudge: (ms, direction, modifiers) => nudgeTimecode(ms, direction, modifiers, rules),
  });
  return (
    <FieldRow label={label} htmlFor={id} error={field.error} errorId={field.errorId} hint={hint}>
      <input
        id={id}
        className="input insp-input insp-input--timecode mono"
        type="text"
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        data-testid={testId}
        {...field.inputProps}
      />
    </FieldRow>
  );
}
