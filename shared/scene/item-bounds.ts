import { chipWithQrLayout } from './chip-qr';
import type { Scene, SceneCaption, SceneOverlay, SceneRect } from './types';

/**
 * Where the scene's editable items are, for picking and handles on the canvas: each item's box
 * in its own coordinates (around its anchor, before scale and rotation, as the Konva builder
 * lays it out) and the placement that puts it in the frame.
 */

export type EditableKind = 'overlay' | 'caption';

export interface EditableItem {
  kind: EditableKind;
  id: string;
  /** The anchor in frame pixels: an overlay's centre, a caption block's top-left. */
  x: number;
  y: number;
  scale: number;
  /** Degrees, clockwise, about the anchor. */
  rotation: number;
  /** The drawn box relative to the anchor, before scale and rotation. */
  box: SceneRect;
}

export interface Point {
  x: number;
  y: number;
}

function centred(width: number, height: number): SceneRect {
  return { x: -width / 2, y: -height / 2, width, height };
}

/** An overlay's drawn box around its anchor (the leader line of a callout is not part of it). */
export function overlayLocalBox(overlay: SceneOverlay): SceneRect {
  switch (overlay.kind) {
    case 'icon':
      return centred(overlay.sizePx, overlay.sizePx);
    case 'image':
      return centred(overlay.widthPx, overlay.heightPx);
    case 'shape': {
      const stroke = overlay.strokeWidthPx;
      if (overlay.shape === 'badge') {
        const side = Math.min(overlay.widthPx, overlay.heightPx) + stroke;
        return centred(side, side);
      }
      return centred(overlay.widthPx + stroke, overlay.heightPx + stroke);
    }
    case 'text': {
      const { text } = overlay;
      const pad = overlay.box?.paddingPx ?? 0;
      return {
        x: -text.widthPx / 2 + text.ink.x - pad,
        y: -text.heightPx / 2 + text.ink.y - pad,
        width: text.ink.width + 2 * pad,
        height: text.ink.height + 2 * pad,
      };
    }
    case 'callout':
    case 'citationChip': {
      const width = overlay.text.ink.width + 2 * overlay.paddingXPx;
      const height = overlay.text.ink.height + 2 * overlay.paddingYPx;
      if (overlay.kind === 'citationChip' && overlay.qr) {
        const layout = chipWithQrLayout(width, height, overlay.qr);
        return centred(layout.width, layout.height);
      }
      return centred(width, height);
    }
  }
}

/** A caption's drawn box relative to its block's top-left: the ink, grown by a backing box. */
export function captionLocalBox(caption: SceneCaption): SceneRect {
  const { ink } = caption.text;
  const pad = caption.box?.paddingPx ?? caption.outline?.widthPx ?? 0;
  return {
    x: ink.x - pad,
    y: ink.y - pad,
    width: ink.width + 2 * pad,
    height: ink.height + 2 * pad,
  };
}

/** Everything the canvas can pick at this scene, in stacking order (topmost last). */
export function editableItems(scene: Pick<Scene, 'overlays' | 'captions'>): EditableItem[] {
  const overlays = scene.overlays.map((overlay): EditableItem => ({
    kind: 'overlay',
    id: overlay.id,
    x: overlay.transform.x,
    y: overlay.transform.y,
    scale: overlay.transform.scale,
    rotation: overlay.transform.rotation,
    box: overlayLocalBox(overlay),
  }));
  const captions = scene.captions.map((caption): EditableItem => ({
    kind: 'caption',
    id: caption.cueId,
    x: caption.x,
    y: caption.y,
    scale: 1,
    rotation: 0,
    box: captionLocalBox(caption),
  }));
  return [...overlays, ...captions];
}

/** A point in the item's own coordinates to the frame. */
export function toFrame(item: EditableItem, local: Point): Point {
  const radians = (item.rotation * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const sx = local.x * item.scale;
  const sy = local.y * item.scale;
  return { x: item.x + sx * cos - sy * sin, y: item.y + sx * sin + sy * cos };
}

/** A frame point to the item's own coordinates (null when the item has no size). */
export function toLocal(item: EditableItem, point: Point): Point | null {
  if (item.scale === 0) return null;
  const radians = (-item.rotation * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const dx = point.x - item.x;
  const dy = point.y - item.y;
  return { x: (dx * cos - dy * sin) / item.scale, y: (dx * sin + dy * cos) / item.scale };
}

/** The box's corners in the frame, clockwise from its top-left. */
export function itemCorners(item: EditableItem): Point[] {
  const { x, y, width, height } = item.box;
  return [
    { x, y },
    { x: x + width, y },
    { x: x + width, y: y + height },
    { x, y: y + height },
  ].map((corner) => toFrame(item, corner));
}

/** The upright rectangle around the item as drawn (rotation included). */
export function itemBounds(item: EditableItem): SceneRect {
  const corners = itemCorners(item);
  const xs = corners.map((corner) => corner.x);
  const ys = corners.map((corner) => corner.y);
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  return { x: left, y: top, width: Math.max(...xs) - left, height: Math.max(...ys) - top };
}

/**
 * The topmost item under `point` (frame pixels), or null. `slopPx` widens every box by that many
 * frame pixels so thin items stay easy to grab.
 */
export function itemAt(
  items: readonly EditableItem[],
  point: Point,
  slopPx = 0,
): EditableItem | null {
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const item = items[index];
    if (item === undefined) continue;
    const local = toLocal(item, point);
    if (local === null) continue;
    const slop = slopPx / Math.max(item.scale, 1e-6);
    const { x, y, width, height } = item.box;
    if (
      local.x >= x - slop &&
      local.x <= x + width + slop &&
      local.y >= y - slop &&
      local.y <= y + height + slop
    ) {
      return item;
    }
  }
  return null;
}
