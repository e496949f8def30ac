import {
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
} from 'react';
import type { CommitHandler } from '../useInspectorEdits';
import type { Parsed } from './parse';

export interface Modifiers {
  shiftKey: boolean;
  altKey: boolean;
}

export interface FieldDraftOptions<T> {
  value: T;
  format: (value: T) => string;
  parse: (text: string) => Parsed<T>;
  onCommit: CommitHandler<T>;
  /** Arrow Up/Down step the value (committing at once) when given. */
  nudge?: (value: T, direction: 1 | -1, modifiers: Modifiers) => T;
  /** Enter inserts a line break with Shift (text areas); plain Enter commits. */
  multiline?: boolean;
  equals?: (a: T, b: T) => boolean;
}

type Element = HTMLInputElement | HTMLTextAreaElement;

/** Closes an open undo step (nudges in a field) when the field is left; the inspector provides it. */
export const CloseStepContext = createContext<() => void>(() => undefined);

/**
 * A field's text while it is edited, and its commit rules: the document value shows until
 * the person types; Enter or leaving the field parses and commits (one undo step), Escape
 * puts the document value back. A value that does not parse, or that the command refuses,
 * leaves the document as it was and shows why (aria-invalid plus the message); after leaving
 * the field the document value shows again, with the message kept until the next edit.
 * Arrow nudges commit at once and merge into one undo step until the field is left.
 */
export function useFieldDraft<T>(options: FieldDraftOptions<T>) {
  const { value, format, parse, onCommit, nudge, multiline = false } = options;
  const equals = options.equals ?? Object.is;
  const [draft, setDraftState] = useState<string | null>(null);
  // Mirrors `draft` without waiting for a render, for the commit when the field goes away.
  const draftNow = useRef<string | null>(null);
  const setDraft = (next: string | null) => {
    draftNow.current = next;
    setDraftState(next);
  };
  const [error, setError] = useState<string | null>(null);
  const nudging = useRef(false);
  const closeStep = useContext(CloseStepContext);
  const errorId = useId();
  const shown = format(value);

  const commit = (text: string | null, leaving: boolean) => {
    if (text === null || text === shown) {
      setDraft(null);
      return;
    }
    const parsed = parse(text);
    const refusal = parsed.ok
      ? equals(parsed.value, value)
        ? null
        : onCommit(parsed.value, 'own')
      : parsed.message;
    setError(refusal);
    // A refused value stays in the field while it has focus, so it can be corrected; it is
    // not committed again if the field goes away.
    if (refusal === null || leaving) setDraft(null);
    else draftNow.current = null;
  };

  const step = (direction: 1 | -1, modifiers: Modifiers) => {
    if (nudge === undefined) return;
    const parsed = draft === null ? null : parse(draft);
    const base = parsed?.ok === true ? parsed.value : value;
    const next = nudge(base, direction, modifiers);
    if (equals(next, value)) {
      setDraft(null);
      return;
    }
    const refusal = onCommit(next, nudging.current ? 'continue' : 'open');
    // Only a nudge that made a step opens one for the next nudges to merge into.
    if (refusal === null) nudging.current = true;
    setError(refusal);
    setDraft(null);
  };

  const endNudging = () => {
    if (!nudging.current) return;
    nudging.current = false;
    closeStep();
  };

  // A field can vanish while typed in (the selection changed under it, which removes the field
  // before any blur): what was typed is committed rather than lost.
  const pending = useRef<() => void>(() => undefined);
  pending.current = () => {
    const text = draftNow.current;
    if (text !== null && text !== shown) commit(text, true);
  };
  useEffect(() => () => pending.current(), []);

  return {
    text: draft ?? shown,
    error,
    errorId,
    editing: draft !== null,
    inputProps: {
      value: draft ?? shown,
      'aria-invalid': error !== null,
      'aria-describedby': error !== null ? errorId : undefined,
      onChange: (event: ChangeEvent<Element>) => {
        setDraft(event.target.value);
        setError(null);
      },
      onBlur: () => {
        commit(draft, true);
        endNudging();
      },
      onKeyDown: (event: KeyboardEvent<Element>) => {
        if (event.key === 'Enter' && !(multiline && event.shiftKey)) {
          event.preventDefault();
          event.stopPropagation();
          commit(draft, false);
        } else if (event.key === 'Escape') {
          event.stopPropagation();
          setDraft(null);
          setError(null);
        } else if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && nudge !== undefined) {
          event.preventDefault();
          event.stopPropagation();
          step(event.key === 'ArrowUp' ? 1 : -1, event);
        }
      },
    },
  };
}
