import { useCallback, type DragEvent, type RefObject } from 'react';
import type { CanvasEditing } from '../../canvas/useCanvasGestures';
import { dispatchGesture } from '../../canvas/useCanvasGestures';
import type { FrameFit } from '../../canvas/fit';
import { addIconPlan, framePointAt, iconDragData, isIconDrag } from './icon-drop';

export interface IconDropHandlers {
  onDragOver: (event: DragEvent<HTMLElement>) => void;
  onDrop: (event: DragEvent<HTMLElement>) => void;
}

/**
 * Dropping a library icon on the canvas: it is added at the playhead, centred where it was
 * dropped (one undo step), and selected. Drops outside the frame or on a read-only project are
 * refused (the cursor shows it while dragging).
 */
export function useIconDrop(
  boxRef: RefObject<HTMLElement | null>,
  fit: FrameFit,
  playheadMs: number,
  editing: CanvasEditing | undefined,
): IconDropHandlers {
  const pointOf = useCallback(
    (event: DragEvent<HTMLElement>) => {
      const box = boxRef.current?.getBoundingClientRect();
      if (box === undefined || editing === undefined) return undefined;
      const { format } = editing.store.getSnapshot().document;
      return framePointAt(event.clientX - box.left, event.clientY - box.top, fit, format);
    },
    [boxRef, fit, editing],
  );

  const onDragOver = useCallback(
    (event: DragEvent<HTMLElement>) => {
      if (!isIconDrag(event.dataTransfer) || editing === undefined || editing.readOnly) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = pointOf(event) === undefined ? 'none' : 'copy';
    },
    [editing, pointOf],
  );

  const onDrop = useCallback(
    (event: DragEvent<HTMLElement>) => {
      const iconId = iconDragData(event.dataTransfer);
      if (iconId === undefined || editing === undefined || editing.readOnly) return;
      event.preventDefault();
      const at = pointOf(event);
      if (at === undefined) return;
      const plan = addIconPlan(editing.store.getSnapshot().document, iconId, playheadMs, at);
      if (dispatchGesture(editing.store, [plan.invocation], 'Add icon')) {
        editing.selection.select({ kind: 'overlay', id: plan.id });
      }
    },
    [editing, playheadMs, pointOf],
  );

  return { onDragOver, onDrop };
}
