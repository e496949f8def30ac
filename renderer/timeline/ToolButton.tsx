import type { ReactElement } from 'react';
import type { EditorActionId } from '../../shared/editor/actions';
import { editorActionInfo } from '../../shared/editor/actions';
import { Tooltip } from '../app/ui/Tooltip';
import { shortcutLabel } from '../editor/shortcuts';
import { TimelineIcon, type TimelineIconName } from './timeline-icons';

export interface ToolbarAction {
  id: EditorActionId;
  icon: TimelineIconName;
  enabled: boolean;
}

/** An icon button that runs a catalogued action; its tooltip names the action and its key. */
export function ToolButton({
  action,
  run,
  pressed,
  isMac,
}: {
  action: ToolbarAction;
  run: (id: EditorActionId) => void;
  pressed?: boolean;
  isMac: boolean;
}): ReactElement {
  const label = editorActionInfo(action.id).label;
  const keys = shortcutLabel(action.id, isMac);
  return (
    <Tooltip label={keys ? `${label} (${keys})` : label}>
      {(describedBy) => (
        <button
          type="button"
          className="btn btn--ghost btn--icon tl-toolbar__button"
          aria-label={label}
          aria-describedby={describedBy}
          aria-pressed={pressed}
          data-action={action.id}
          disabled={!action.enabled}
          onClick={() => run(action.id)}
        >
          <TimelineIcon name={action.icon} />
        </button>
      )}
    </Tooltip>
  );
}
