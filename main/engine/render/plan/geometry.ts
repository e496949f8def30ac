/**
 * Pure geometry of the reframe: how a source picture (as decoded, then turned upright) lands in
 * the vertical frame, and where a box given in the source's own pixels ends up. It lives in
 * shared/scene so the canvas preview crops and places footage with the very same numbers; video.ts
 * and privacy.ts turn them into filters.
 */
export {
  GeometryError,
  centredAspectWindow,
  evenClampedValue,
  evenFloor,
  evenRound,
  fillCropOffset,
  fillCropSize,
  fitBackground,
  fitBlurSigmaPx,
  fitPlacement,
  fitSize,
  orientBox,
  orientedPicture,
  type FitBackground,
  type OrientedPicture,
  type Size,
} from '../../../../shared/scene/reframe-geometry';
