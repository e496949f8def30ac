import { newId, type ProjectDocument } from '../../../shared/model';
import { invocation, type CommandInvocation } from '../../../shared/commands';
import { newIconOverlay } from '../../../shared/overlays/icon-overlay';

/** The drag payload type of a library icon (the overlay id, e.g. "outline/body/lungs"). */
export const ICON_DRAG_TYPE = 'application/x-medclip-icon';

export function setIconDragData(transfer: DataTransfer, iconId: string): void {
  transfer.setData(ICON_DRAG_TYPE, iconId);
  transfer.setData('text/plain', iconId);
  transfer.effectAllowed = 'copy';
}

/** Whether a drag carries a library icon (its data can only be read on drop). */
export function isIconDrag(transfer: DataTransfer | null): boolean {
  return transfer !== null && Array.from(transfer.types).includes(ICON_DRAG_TYPE);
}

export function iconDragData(transfer: DataTransfer | null): string | undefined {
  const id = transfer?.getData(ICON_DRAG_TYPE) ?? '';
  return id === '' ? undefined : id;
}

/** Where the frame sits in the stage box: offset in CSS pixels and CSS pixels per frame pixel. */
export interface FramePlacement {
  x: number;
  y: number;
  scale: number;
}

/**
 * A point in the stage box (CSS pixels from its top-left) as fractions of the frame, or
 * undefined when it falls outside the frame.
 */
export function framePointAt(
  pointX: number,
  pointY: number,
  frame: FramePlacement,
  format: { width: number; height: number },
): { x: number; y: number } | undefined {
  if (frame.scale <= 0) return undefined;
  const x = (pointX - frame.x) / frame.scale / format.width;
  const y = (pointY - frame.y) / frame.scale / format.height;
  if (x < 0 || x > 1 || y < 0 || y > 1) return undefined;
  return { x, y };
}

export interface IconAddPlan {
  id: string;
  invocation: CommandInvocation;
}

/** Adding a library icon at the playhead (optionally centred on a dropped point), as one step. */
export function addIconPlan(
  doc: ProjectDocument,
  iconId: string,
  atMs: number,
  at?: { x: number; y: number },
  id: string = newId('ovl'),
): IconAddPlan {
  const overlay = newIconOverlay(doc, {
    id,
    iconId,
    start: atMs,
    ...(at === undefined ? {} : { x: at.x, y: at.y }),
  });
  return { id, invocation: invocation('overlay.add', { overlay }) };
}
