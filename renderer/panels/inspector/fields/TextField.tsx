import { useId, type ReactElement, type ReactNode } from 'react';
import type { CommitHandler } from '../useInspectorEdits';
import { FieldRow } from './FieldRow';
import type { Parsed } from './parse';
import { useFieldDraft } from './useFieldDraft';

const asIs = (text: string): Parsed<string> => ({ ok: true, value: text });

/**
 * Text committed on Enter or when the field is left (one undo step per commit). Multiline
 * fields take Shift+Enter for a line break. `validate` refuses (or normalises) the text.
 */
export function TextField({
  label,
  value,
  onCommit,
  validate = asIs,
  multiline = false,
  disabled = false,
  placeholder,
  hint,
  testId,
}: {
  label: string;
  value: string;
  onCommit: CommitHandler<string>;
  validate?: (text: string) => Parsed<string>;
  multiline?: boolean;
  disabled?: boolean;
  placeholder?: string;
  hint?: ReactNode;
  testId?: string;
}): ReactElement {
  const id = useId();
  const field = useFieldDraft({
    value,
    format: (text) => text,
    parse: validate,
    onCommit,
    multiline,
  });
  const shared = {
    id,
    disabled,
    placeholder,
    spellCheck: multiline,
    'data-testid': testId,
    ...field.inputProps,
  };
  return (
    <FieldRow label={label} htmlFor={id} error={field.error} errorId={field.errorId} hint={hint}>
      {multiline ? (
        <textarea className="input insp-input insp-textarea" rows={3} {...shared} />
      ) : (
        <input className="input insp-input" type="text" autoComplete="off" {...shared} />
      )}
    </FieldRow>
  );
}
