import { memo, type ReactElement, type RefObject } from 'react';
import type { CaptionProblem } from '../../../shared/captions/checks';
import type { CaptionCue } from '../../../shared/model';
import { formatFrameTimecode } from '../../canvas/timecode';
import { PROBLEM_LABELS } from './caption-problems';
import { CueTextEditor } from './CueTextEditor';

export interface CueRowHandlers {
  onSelect: (cue: CaptionCue) => void;
  onStartEdit: (cue: CaptionCue) => void;
  onCommitText: (cue: CaptionCue, text: string) => void;
  onCancelEdit: () => void;
  onSplit: (cue: CaptionCue, draft: string, offset: number) => void;
  onProblem: (problem: CaptionProblem) => void;
}

/** One cue in the captions list: its time range, text (or the inline editor) and problems. */
export const CueRow = memo(function CueRow({
  cue,
  index,
  fps,
  selected,
  active,
  editing,
  matches,
  problems,
  readOnly,
  textareaRef,
  handlers,
}: {
  cue: CaptionCue;
  index: number;
  fps: number;
  selected: boolean;
  /** Under the playhead. */
  active: boolean;
  editing: boolean;
  /** Find matches in this cue's text (0 when the find bar is closed or empty). */
  matches: number;
  problems: readonly CaptionProblem[];
  readOnly: boolean;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  handlers: CueRowHandlers;
}): ReactElement {
  const timing = `${formatFrameTimecode(cue.start, fps)} – ${formatFrameTimecode(cue.end, fps)}`;
  return (
    <li
      className="cue-row"
      data-testid="caption-cue"
      data-id={cue.id}
      data-start-ms={cue.start}
      data-end-ms={cue.end}
      data-selected={selected}
      data-active={active}
      data-editing={editing}
      data-matches={matches}
      data-problems={problems.map((problem) => problem.type).join(' ')}
    >
      {editing ? (
        <div className="cue-row__main">
          <span className="cue-row__time">{timing}</span>
          <CueTextEditor
            text={cue.text}
            label={`Caption ${index + 1} text`}
            textareaRef={textareaRef}
            onCommit={(text) => handlers.onCommitText(cue, text)}
            onCancel={handlers.onCancelEdit}
            onSplit={(draft, offset) => handlers.onSplit(cue, draft, offset)}
          />
        </div>
      ) : (
        <button
          type="button"
          className="cue-row__main"
          aria-pressed={selected}
          aria-label={`Caption ${index + 1}, ${timing}: ${cue.text}`}
          title={
            readOnly ? undefined : 'Click to go to this caption; double-click or Enter to edit'
          }
          onClick={() => handlers.onSelect(cue)}
          onDoubleClick={() => {
            if (!readOnly) handlers.onStartEdit(cue);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !readOnly && selected) {
              event.preventDefault();
              handlers.onStartEdit(cue);
            }
          }}
        >
          <span className="cue-row__time">
            {timing}
            {matches > 0 ? <span className="cue-row__matches">{matches} found</span> : null}
          </span>
          <span className="cue-row__text">{cue.text}</span>
        </button>
      )}
      {problems.length > 0 ? (
        <div className="cue-row__problems">
          {problems.map((problem, at) => (
            <button
              key={`${problem.type}-${at}`}
              type="button"
              className="cue-badge"
              data-testid="caption-problem-badge"
              data-problem-type={problem.type}
              title={problem.message}
              onClick={() => handlers.onProblem(problem)}
            >
              {PROBLEM_LABELS[problem.type]}
            </button>
          ))}
        </div>
      ) : null}
    </li>
  );
});
