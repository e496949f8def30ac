import { fillCropBox, fillCropSize, type PictureShape, type Size } from './reframe-geometry';

/**
 * The fill reframe's focus point as something to drag on the canvas. Dragging pans the picture
 * under the fixed frame, like sliding a photo behind a window: moving the pointer right shows
 * more of the picture's left, so the focus moves left. The focus stays where it still moves
 * the crop (half a crop from the picture's edges).
 */

function clamp(value: number, low: number, high: number): number {
  return low > high ? 0.5 : Math.min(high, Math.max(low, value));
}

/** The focus range along each axis where the crop still moves; [0.5, 0.5] where it cannot. */
export function focusRange(
  picture: PictureShape,
  frame: Size,
): { x: [number, number]; y: [number, number] } {
  const crop = fillCropSize(picture, frame);
  const halfX = crop.width / 2 / picture.width;
  const halfY = crop.height / 2 / picture.height;
  return { x: [halfX, 1 - halfX], y: [halfY, 1 - halfY] };
}

/** The focus after dragging the picture by (dx, dy) frame pixels, from `focus` at the start. */
export function pannedFocus(
  picture: PictureShape,
  frame: Size,
  focus: { x: number; y: number },
  delta: { dx: number; dy: number },
): { x: number; y: number } {
  const crop = fillCropSize(picture, frame);
  const range = focusRange(picture, frame);
  // One frame pixel covers crop/frame picture pixels along each axis.
  const x =
    crop.moves === 'x'
      ? clamp(
          focus.x - (delta.dx * crop.width) / frame.width / picture.width,
          range.x[0],
          range.x[1],
        )
      : focus.x;
  const y =
    crop.moves === 'y'
      ? clamp(
          focus.y - (delta.dy * crop.height) / frame.height / picture.height,
          range.y[0],
          range.y[1],
        )
      : focus.y;
  return { x, y };
}

/** Where the focus point shows in the frame (frame pixels): the crop centre, or off it at an edge. */
export function focusOnFrame(
  picture: PictureShape,
  frame: Size,
  focus: { x: number; y: number },
): { x: number; y: number } {
  const crop = fillCropBox(picture, frame, focus);
  return {
    x: ((focus.x * picture.width - crop.x) / crop.width) * frame.width,
    y: ((focus.y * picture.height - crop.y) / crop.height) * frame.height,
  };
}
