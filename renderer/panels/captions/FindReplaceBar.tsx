import { useEffect, useRef, type ReactElement } from 'react';
import type { FindOptions } from '../../../shared/commands/caption-text';

export interface FindState extends FindOptions {
  replace: string;
}

export const EMPTY_FIND: FindState = {
  find: '',
  replace: '',
  caseSensitive: false,
  wholeWord: false,
};

/** Find and replace across every cue: literal text, match case, whole words, one undo step. */
export function FindReplaceBar({
  state,
  onChange,
  matchCount,
  cueCount,
  readOnly,
  onReplaceAll,
  onClose,
}: {
  state: FindState;
  onChange: (state: FindState) => void;
  matchCount: number;
  /** Cues with at least one match. */
  cueCount: number;
  readOnly: boolean;
  onReplaceAll: () => void;
  onClose: () => void;
}): ReactElement {
  const findRef = useRef<HTMLInputElement>(null);
  useEffect(() => findRef.current?.focus(), []);
  const summary =
    state.find === ''
      ? 'Type text to find'
      : matchCount === 0
        ? 'No matches'
        : `${matchCount} ${matchCount === 1 ? 'match' : 'matches'} in ${cueCount} ${cueCount === 1 ? 'caption' : 'captions'}`;
  return (
    <form
      className="cue-find"
      role="search"
      aria-label="Find and replace in captions"
      onSubmit={(event) => {
        event.preventDefault();
        if (matchCount > 0 && !readOnly) onReplaceAll();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <input
        ref={findRef}
        className="input cue-find__input"
        type="text"
        aria-label="Find"
        placeholder="Find"
        value={state.find}
        onChange={(event) => onChange({ ...state, find: event.target.value })}
      />
      <input
        className="input cue-find__input"
        type="text"
        aria-label="Replace with"
        placeholder="Replace with"
        value={state.replace}
        onChange={(event) => onChange({ ...state, replace: event.target.value })}
      />
      <div className="cue-find__options">
        <label>
          <input
            type="checkbox"
            checked={state.caseSensitive}
            onChange={(event) => onChange({ ...state, caseSensitive: event.target.checked })}
          />
          Match case
        </label>
        <label>
          <input
            type="checkbox"
            checked={state.wholeWord}
            onChange={(event) => onChange({ ...state, wholeWord: event.target.checked })}
          />
          Whole words
        </label>
      </div>
      <div className="cue-find__footer">
        <span className="cue-find__count" data-testid="caption-find-count" aria-live="polite">
          {summary}
        </span>
        <button type="submit" className="btn" disabled={readOnly || matchCount === 0}>
          Replace all
        </button>
      </div>
    </form>
  );
}
