import type { BlurStyle, MediaProbe, PixelBox } from '../../shared/model';
import {
  blurGrid,
  blurPadding,
  blurPatchBox,
  type BlurGrid,
  type BlurPlacement,
} from '../../shared/scene/blur-geometry';
import {
  fillCropBox,
  fitBackground,
  fitPlacement,
  orientBox,
  orientedPicture,
  type FitBackground,
  type OrientedPicture,
  type Size,
} from '../../shared/scene/reframe-geometry';
import type { SceneBlurRegion, SceneVideo } from '../../shared/scene/types';

/**
 * What the preview draws for the footage at one instant, in numbers: the export's crop, fit and
 * blur geometry (shared/scene) expressed for a <video> element. Browsers show a video upright
 * (rotation and mirroring from its display matrix applied) and at its displayed aspect, so the
 * element's pixels are the export's oriented pixels scaled by `videoWidth / picture.width`.
 */

export interface BlurPatch {
  regionId: string;
  style: BlurStyle;
  /** In the pixels of the picture the patch is drawn on (the frame, or the fitted picture). */
  box: PixelBox;
  grid: BlurGrid;
}

export type VideoDrawPlan =
  | {
      mode: 'fill';
      /** The part of the video element's picture that covers the whole frame. */
      sourceCrop: PixelBox;
      /** In frame pixels. */
      patches: BlurPatch[];
    }
  | {
      mode: 'fit';
      /** The whole picture lands here, in frame pixels. */
      placement: PixelBox;
      /** Behind it: a colour, or the blurred enlarged middle of the (already blurred) picture. */
      backdrop: { kind: 'color'; color: string } | { kind: 'blur'; background: FitBackground };
      /** In fitted-picture pixels (0..placement.width). */
      patches: BlurPatch[];
    };

function scaleBox(box: PixelBox, sx: number, sy: number): PixelBox {
  return { x: box.x * sx, y: box.y * sy, width: box.width * sx, height: box.height * sy };
}

function patchesFor(
  regions: readonly SceneBlurRegion[],
  picture: OrientedPicture,
  placement: BlurPlacement,
): BlurPatch[] {
  const patches: BlurPatch[] = [];
  for (const region of regions) {
    const box = blurPatchBox(orientBox(region.box, picture), blurPadding(region.source), placement);
    if (box === null) continue;
    patches.push({ regionId: region.id, style: region.style, box, grid: blurGrid(box) });
  }
  return patches;
}

/**
 * The draw plan for `video` (the scene's active clip) from a file with `probe`, shown by an
 * element whose picture is `element` pixels, in a `frame`. Null when there is no picture to
 * draw (no size in the probe, or the element has not decoded one yet).
 */
export function videoDrawPlan(
  video: SceneVideo,
  regions: readonly SceneBlurRegion[],
  probe: MediaProbe,
  element: Size,
  frame: Size,
): VideoDrawPlan | null {
  if (probe.width === undefined || probe.height === undefined) return null;
  if (!(element.width > 0 && element.height > 0)) return null;
  const picture = orientedPicture(probe, 'the clip');
  const toElementX = element.width / picture.width;
  const toElementY = element.height / picture.height;
  const own = regions.filter((region) => region.mediaId === video.mediaId);
  const { reframe } = video;
  if (reframe.mode === 'fill') {
    const crop = fillCropBox(picture, frame, reframe.focus);
    const placement: BlurPlacement = {
      scaleX: frame.width / crop.width,
      scaleY: frame.height / crop.height,
      offsetX: crop.x,
      offsetY: crop.y,
      target: frame,
      canLeaveTarget: true,
    };
    return {
      mode: 'fill',
      sourceCrop: scaleBox(crop, toElementX, toElementY),
      patches: patchesFor(own, picture, placement),
    };
  }
  const placed = fitPlacement(picture, frame);
  const placement: BlurPlacement = {
    scaleX: placed.width / picture.width,
    scaleY: placed.height / picture.height,
    offsetX: 0,
    offsetY: 0,
    target: { width: placed.width, height: placed.height },
    canLeaveTarget: false,
  };
  return {
    mode: 'fit',
    placement: placed,
    backdrop:
      reframe.mode === 'fit-color'
        ? { kind: 'color', color: reframe.color }
        : { kind: 'blur', background: fitBackground(placed, frame, reframe.blurStrength) },
    patches: patchesFor(own, picture, placement),
  };
}
