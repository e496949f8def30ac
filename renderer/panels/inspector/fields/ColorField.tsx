import { useEffect, useId, useRef, useState, type ReactElement, type ReactNode } from 'react';
import type { CommitHandler } from '../useInspectorEdits';
import { FieldRow } from './FieldRow';
import { opaquePart, parseColor, withPickedColor } from './parse';
import { useFieldDraft } from './useFieldDraft';

/**
 * A colour as `#rrggbb[aa]`: typed as hex (`#rgb` is expanded), or picked with the system
 * picker, which commits once when it closes (its alpha-less pick keeps the colour's alpha).
 */
export function ColorField({
  label,
  value,
  onCommit,
  disabled = false,
  hint,
  testId,
}: {
  label: string;
  value: string;
  onCommit: CommitHandler<string>;
  disabled?: boolean;
  hint?: ReactNode;
  testId?: string;
}): ReactElement {
  const id = useId();
  const field = useFieldDraft({
    value,
    format: (color) => color,
    parse: parseColor,
    onCommit,
    equals: (a, b) => a.toLowerCase() === b.toLowerCase(),
  });
  const [picking, setPicking] = useState<string | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const latest = useRef({ value, onCommit });
  latest.current = { value, onCommit };

  // React's onChange on a colour input fires while the picker is dragged; the native `change`
  // fires once when the choice is made: that is the commit.
  useEffect(() => {
    const input = picker.current;
    if (input === null) return;
    const onChange = () => {
      const { value: current, onCommit: commit } = latest.current;
      setPicking(null);
      const next = withPickedColor(current, input.value);
      if (next.toLowerCase() === current.toLowerCase()) return;
      setPickError(commit(next, 'own'));
    };
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, []);

  const error = field.error ?? pickError;
  return (
    <FieldRow label={label} htmlFor={id} error={error} errorId={field.errorId} hint={hint}>
      <span className="insp-swatch" style={{ background: picking ?? value }}>
        <input
          ref={picker}
          type="color"
          className="insp-swatch__picker"
          aria-label={`${label}: pick a colour`}
          value={opaquePart(picking ?? value)}
          disabled={disabled}
          onChange={(event) => setPicking(event.target.value)}
        />
      </span>
      <input
        id={id}
        className="input insp-input insp-input--color mono"
        type="text"
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        data-testid={testId}
        {...field.inputProps}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? field.errorId : undefined}
        onChange={(event) => {
          setPickError(null);
          field.inputProps.onChange(event);
        }}
      />
    </FieldRow>
  );
}
