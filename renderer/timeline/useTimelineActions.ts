import type { TrackItemKind } from '../../shared/commands';
import { invocation } from '../../shared/commands';
import type { EditorActionId } from '../../shared/editor/actions';
import { ID_PREFIX, newId } from '../../shared/model';
import type { ActionHandler } from '../editor/action-registry';
import { useActionHandlers } from '../editor/action-registry';
import type { EditorServices } from '../editor/editor-context';
import { snapToFrame } from './geometry';
import {
  deleteInvocations,
  duplicateInvocation,
  everyItem,
  rippleDeleteInvocations,
  splitInvocation,
  splitTargets,
  stepLabel,
} from './selection-edits';
import type { TimelineZoom } from './useTimelineZoom';

const PREFIX: Record<TrackItemKind, string> = {
  clip: ID_PREFIX.clip,
  audio: ID_PREFIX.audioClip,
  overlay: ID_PREFIX.overlay,
  caption: ID_PREFIX.cue,
};

const freshId = (kind: TrackItemKind) => newId(PREFIX[kind]);

/**
 * The timeline's actions (shared/editor/actions.ts), registered while it is mounted. Each reads
 * the document, selection and playhead as they are when it runs, and makes its change as one
 * dispatch (one undo step).
 */
export function useTimelineActions(
  services: EditorServices,
  zoom: TimelineZoom,
  toggleSnapping: () => void,
): Partial<Record<EditorActionId, ActionHandler>> {
  const { store, selection, clock } = services;
  const doc = () => store.getSnapshot().document;
  const writable = () => !store.getSnapshot().readOnly;
  const playhead = () => snapToFrame(clock.timeMs, doc().format.fps);
  const hasSelection = () => selection.getSnapshot().length > 0;
  const hasTrackItems = () => selection.getSnapshot().some((item) => item.kind !== 'marker');

  const handlers: Partial<Record<EditorActionId, ActionHandler>> = {
    'timeline.split': {
      enabled: () =>
        writable() && splitTargets(doc(), selection.getSnapshot(), playhead()).length > 0,
      run: () => {
        const split = splitInvocation(doc(), selection.getSnapshot(), playhead(), freshId);
        if (split) store.dispatch(split, 'Split at playhead');
      },
    },
    'timeline.addMarker': {
      enabled: writable,
      run: () => {
        const id = newId(ID_PREFIX.marker);
        const added = store.dispatch(
          invocation('marker.add', {
            id,
            time: playhead(),
            label: `Marker ${doc().markers.length + 1}`,
          }),
        );
        if (added) selection.select({ kind: 'marker', id });
      },
    },
    'edit.delete': {
      enabled: () => writable() && hasSelection(),
      run: () => {
        const items = selection.getSnapshot();
        store.dispatch(deleteInvocations(items), stepLabel('Delete', items));
      },
    },
    'edit.rippleDelete': {
      enabled: () => writable() && hasSelection(),
      run: () => {
        const items = selection.getSnapshot();
        store.dispatch(rippleDeleteInvocations(items), stepLabel('Ripple delete', items));
      },
    },
    'edit.duplicate': {
      enabled: () => writable() && hasTrackItems(),
      run: () => {
        const items = selection.getSnapshot();
        const duplicate = duplicateInvocation(items, freshId);
        if (duplicate && store.dispatch(duplicate.invocation, stepLabel('Duplicate', items))) {
          selection.set(duplicate.copies);
        }
      },
    },
    'edit.selectAll': { run: () => selection.set(everyItem(doc())) },
    'timeline.zoomIn': { run: zoom.zoomIn },
    'timeline.zoomOut': { run: zoom.zoomOut },
    'timeline.zoomToFit': { run: zoom.zoomToFit },
    'timeline.toggleSnapping': { run: toggleSnapping },
  };
  useActionHandlers(services.actions, handlers);
  return handlers;
}
