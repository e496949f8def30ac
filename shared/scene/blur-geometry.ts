import type { PixelBox } from '../model/privacy';
import { evenCeil, evenClampedValue, type Size } from './reframe-geometry';

/**
 * Where and how coarsely a privacy blur is drawn, shared by the export's ffmpeg plan and the
 * canvas preview so both hide the same pixels.
 */

/** Margin around detected faces: detectors box the face, not hair, ears or a turned cheek. */
export const FACE_BLUR_PADDING = 0.15;

/** Added on every side of a blur box, as a fraction of its size: faces padded, regions exact. */
export function blurPadding(source: 'manual' | 'face'): number {
  return source === 'face' ? FACE_BLUR_PADDING : 0;
}

/** How oriented source pixels land on the picture a blur is drawn on. */
export interface BlurPlacement {
  scaleX: number;
  scaleY: number;
  /** Oriented-pixel offsets subtracted before scaling: the fill crop's x/y (0 for fit). */
  offsetX: number;
  offsetY: number;
  /** The picture the blur is drawn on: the frame (fill) or the fitted picture (fit modes). */
  target: Size;
  /** True when a box can leave the target entirely (the fill crop moves past it). */
  canLeaveTarget: boolean;
}

/**
 * The patch the export blurs for `box` (oriented pixels) at one instant, in target pixels: the
 * padded box scaled, with even sides no larger than the target, centred on the box's centre and
 * clamped inside the target at even offsets. Null when the box is entirely off the target.
 */
export function blurPatchBox(
  box: PixelBox,
  padding: number,
  placement: BlurPlacement,
): PixelBox | null {
  const { scaleX, scaleY, target } = placement;
  const pad = 1 + 2 * padding;
  const width = Math.min(evenCeil(box.width * scaleX * pad), 2 * Math.floor(target.width / 2));
  const height = Math.min(evenCeil(box.height * scaleY * pad), 2 * Math.floor(target.height / 2));
  if (width <= 0 || height <= 0) return null;
  const centreX = (box.x + box.width / 2 - placement.offsetX) * scaleX;
  const centreY = (box.y + box.height / 2 - placement.offsetY) * scaleY;
  if (placement.canLeaveTarget) {
    const onX = Math.abs(centreX - target.width / 2) < (target.width + width) / 2;
    const onY = Math.abs(centreY - target.height / 2) < (target.height + height) / 2;
    if (!onX || !onY) return null;
  }
  return {
    x: evenClampedValue(centreX - width / 2, target.width - width),
    y: evenClampedValue(centreY - height / 2, target.height - height),
    width,
    height,
  };
}

/**
 * How coarsely a patch is averaged: cells of at least 8 px and about a tenth of the patch, so a
 * face keeps ~10x10 values, too few to identify anyone. `columns` x `rows` is the size the patch
 * is shrunk to; a gaussian blur then softens the enlarged cells by `softenSigmaPx`.
 */
export interface BlurGrid {
  cellPx: number;
  columns: number;
  rows: number;
  softenSigmaPx: number;
}

export function blurGrid(size: Size): BlurGrid {
  const cellPx = Math.max(8, Math.ceil(Math.max(size.width, size.height) / 10));
  return {
    cellPx,
    columns: Math.max(2, Math.round(size.width / cellPx)),
    rows: Math.max(2, Math.round(size.height / cellPx)),
    softenSigmaPx: cellPx / 2,
  };
}
