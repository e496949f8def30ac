import { useEffect, useRef, useState, type ReactElement, type RefObject } from 'react';
import { cueTextError } from './cue-edits';

/**
 * The inline text editor of one cue. Enter (or leaving the field) saves, Shift+Enter starts a
 * new line, Escape puts the old text back, Ctrl/Cmd+Enter splits at the cursor.
 */
export function CueTextEditor({
  text,
  label,
  textareaRef,
  onCommit,
  onCancel,
  onSplit,
}: {
  text: string;
  label: string;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  /** Called with changed, valid text only. */
  onCommit: (text: string) => void;
  /** Leaves editing without a change. */
  onCancel: () => void;
  onSplit: (draft: string, offset: number) => void;
}): ReactElement {
  const [draft, setDraft] = useState(text);
  const [error, setError] = useState<string | null>(null);
  // Escape and Enter end editing before the blur that follows them: that blur must not save.
  const done = useRef(false);

  useEffect(() => {
    const field = textareaRef.current;
    if (field === null) return;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }, [textareaRef]);

  const finish = (value: string): void => {
    if (done.current) return;
    if (value === text) {
      done.current = true;
      onCancel();
      return;
    }
    const problem = cueTextError(value);
    if (problem !== null) {
      setError(problem);
      return;
    }
    done.current = true;
    onCommit(value);
  };

  const errorId = `${label.replace(/\W+/g, '-')}-error`;
  return (
    <div className="cue-editor">
      <textarea
        ref={textareaRef}
        className="cue-editor__field"
        aria-label={label}
        aria-invalid={error !== null}
        aria-describedby={error === null ? undefined : errorId}
        data-testid="caption-cue-editor"
        value={draft}
        rows={Math.min(4, Math.max(2, draft.split('\n').length))}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            done.current = true;
            onCancel();
          } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            done.current = true;
            onSplit(event.currentTarget.value, event.currentTarget.selectionStart);
          } else if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            finish(event.currentTarget.value);
          }
        }}
        onBlur={(event) => finish(event.currentTarget.value)}
      />
      {error === null ? null : (
        <p className="cue-editor__error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
