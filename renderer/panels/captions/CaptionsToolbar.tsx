import type { MouseEvent, ReactElement, ReactNode } from 'react';
import type { CaptionCue } from '../../../shared/model';
import { Icon } from '../../app/ui/icons';
import type { CueEdge } from './useCaptionCommands';

// Buttons keep the focus where it is, so the text being edited keeps its cursor for Split.
const keepFocus = (event: MouseEvent) => event.preventDefault();

function ToolButton({
  label,
  title,
  disabled,
  onClick,
  children,
}: {
  label: string;
  title: string;
  disabled: boolean;
  onClick: () => void;
  children: ReactNode;
}): ReactElement {
  return (
    <button
      type="button"
      className="btn btn--ghost captions-toolbar__button"
      aria-label={label}
      title={title}
      disabled={disabled}
      onMouseDown={keepFocus}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** Add, split, merge, nudge and find, acting on the cue being edited or else the selected one. */
export function CaptionsToolbar({
  readOnly,
  target,
  editing,
  findOpen,
  onAdd,
  onSplit,
  onMerge,
  onNudge,
  onToggleFind,
}: {
  readOnly: boolean;
  target: CaptionCue | undefined;
  editing: boolean;
  findOpen: boolean;
  onAdd: () => void;
  onSplit: () => void;
  onMerge: () => void;
  onNudge: (edge: CueEdge, frames: number) => void;
  onToggleFind: () => void;
}): ReactElement {
  const noCue = readOnly || target === undefined;
  const nudge = (edge: CueEdge, frames: number, label: string, key: string, text: string) => (
    <ToolButton
      label={label}
      title={`${label} (${key})`}
      disabled={noCue}
      onClick={() => onNudge(edge, frames)}
    >
      {text}
    </ToolButton>
  );
  return (
    <div className="captions-toolbar" role="toolbar" aria-label="Caption tools">
      <div className="captions-toolbar__row">
        <ToolButton
          label="Add caption at playhead"
          title="Add a caption at the playhead (Shift+C)"
          disabled={readOnly}
          onClick={onAdd}
        >
          <Icon name="plus" size={14} /> Add
        </ToolButton>
        <ToolButton
          label="Split caption at text cursor"
          title={
            editing
              ? 'Split at the text cursor (Ctrl/Cmd+Enter)'
              : 'Edit a caption and put the text cursor where it should split'
          }
          disabled={readOnly || !editing}
          onClick={onSplit}
        >
          Split
        </ToolButton>
        <ToolButton
          label="Merge caption with next"
          title="Merge with the next caption (Shift+M)"
          disabled={noCue}
          onClick={onMerge}
        >
          Merge
        </ToolButton>
        <button
          type="button"
          className="btn btn--ghost captions-toolbar__button"
          aria-pressed={findOpen}
          title="Find and replace in every caption"
          onClick={onToggleFind}
        >
          Find
        </button>
      </div>
      <div className="captions-toolbar__row captions-toolbar__nudge">
        <span className="captions-toolbar__label">In</span>
        {nudge('start', -1, 'Nudge start a frame earlier', 'Alt+←', '−1f')}
        {nudge('start', 1, 'Nudge start a frame later', 'Alt+→', '+1f')}
        <span className="captions-toolbar__label">Out</span>
        {nudge('end', -1, 'Nudge end a frame earlier', 'Alt+Shift+←', '−1f')}
        {nudge('end', 1, 'Nudge end a frame later', 'Alt+Shift+→', '+1f')}
      </div>
    </div>
  );
}
