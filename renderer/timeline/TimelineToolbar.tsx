import type { ReactElement } from 'react';
import type { EditorActionId } from '../../shared/editor/actions';
import { isMacPlatform } from '../editor/shortcuts';
import { ToolButton, type ToolbarAction } from './ToolButton';
import type { TimelineZoom } from './useTimelineZoom';
import { ZoomControl } from './ZoomControl';

/**
 * Above the tracks: the edit buttons (split, delete, ripple delete, duplicate, marker), the
 * snapping toggle, and the zoom control (out, slider, in, fit). Buttons run the same catalogued
 * actions as the keys and menus.
 */
export function TimelineToolbar({
  edits,
  snapping,
  zoom,
  run,
}: {
  edits: readonly ToolbarAction[];
  snapping: boolean;
  zoom: TimelineZoom;
  run: (id: EditorActionId) => void;
}): ReactElement {
  const isMac = isMacPlatform(globalThis.navigator);
  const snapAction: ToolbarAction = {
    id: 'timeline.toggleSnapping',
    icon: 'magnet',
    enabled: true,
  };
  return (
    <div className="tl-toolbar" role="toolbar" aria-label="Timeline tools">
      <div className="tl-toolbar__group">
        {edits.map((action) => (
          <ToolButton key={action.id} action={action} run={run} isMac={isMac} />
        ))}
        <span className="tl-toolbar__divider" aria-hidden="true" />
        <ToolButton action={snapAction} run={run} pressed={snapping} isMac={isMac} />
      </div>
      <ZoomControl zoom={zoom} run={run} isMac={isMac} />
    </div>
  );
}
