import type { PixelBox } from '../model/privacy';
import type { MediaProbe } from '../model/probe';

/**
 * Pure geometry of the reframe, shared by the export's ffmpeg plan and the canvas preview: how a
 * source picture (as decoded, then turned upright) lands in the vertical frame, and where a box
 * given in the source's own pixels ends up. Every rounding here is the export's rounding, so the
 * preview crops and places the picture on exactly the pixels the exported video shows.
 */

export interface Size {
  width: number;
  height: number;
}

/** The picture after our orientation filters (rotate, then mirror), in pixels. */
export interface OrientedPicture extends Size {
  /**
   * How wide one pixel shows relative to its height (the sample aspect ratio as the picture
   * stands after rotation). 1 for nearly all footage.
   */
  pixelAspect: number;
  /** The coded size and orientation, for mapping boxes given in coded pixels. */
  codedWidth: number;
  codedHeight: number;
  rotation: MediaProbe['rotation'];
  mirrored: boolean;
}

/** What the crop and fit sizes depend on: the oriented size and how wide a pixel shows. */
export type PictureShape = Pick<OrientedPicture, 'width' | 'height' | 'pixelAspect'>;

export class GeometryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GeometryError';
  }
}

export function orientedPicture(probe: MediaProbe, label: string): OrientedPicture {
  const { width, height } = probe;
  if (width === undefined || height === undefined) {
    throw new GeometryError(`${label} has no picture size in its probe`);
  }
  const quarterTurned = probe.rotation === 90 || probe.rotation === 270;
  const orientedWidth = quarterTurned ? height : width;
  const orientedHeight = quarterTurned ? width : height;
  const shownWidth = probe.displayWidth ?? orientedWidth;
  const shownHeight = probe.displayHeight ?? orientedHeight;
  return {
    width: orientedWidth,
    height: orientedHeight,
    pixelAspect: shownWidth / orientedWidth / (shownHeight / orientedHeight),
    codedWidth: width,
    codedHeight: height,
    rotation: probe.rotation,
    mirrored: probe.mirrored,
  };
}

/** A box in coded pixels to the same box in oriented pixels (rotation, then mirror). */
export function orientBox(box: PixelBox, picture: OrientedPicture): PixelBox {
  const { codedWidth: cw, codedHeight: ch } = picture;
  let turned: PixelBox;
  switch (picture.rotation) {
    case 0:
      turned = box;
      break;
    case 90: // transpose=clock: the left column becomes the top row.
      turned = { x: ch - (box.y + box.height), y: box.x, width: box.height, height: box.width };
      break;
    case 180:
      turned = {
        x: cw - (box.x + box.width),
        y: ch - (box.y + box.height),
        width: box.width,
        height: box.height,
      };
      break;
    case 270: // transpose=cclock: the left column becomes the bottom row.
      turned = { x: box.y, y: cw - (box.x + box.width), width: box.height, height: box.width };
      break;
  }
  if (!picture.mirrored) return turned;
  return { ...turned, x: picture.width - (turned.x + turned.width) };
}

/** Largest even integer not above `value`, and at least 2. */
export function evenFloor(value: number): number {
  return Math.max(2, 2 * Math.floor(value / 2));
}

/** Nearest even integer, at least 2. */
export function evenRound(value: number): number {
  return Math.max(2, 2 * Math.round(value / 2));
}

/** Smallest even integer not below `value`, and at least 2. */
export function evenCeil(value: number): number {
  return Math.max(2, 2 * Math.ceil(value / 2));
}

/**
 * `value` clamped to 0..max and rounded down to even: the number the export's `evenClamped`
 * expression (plan/expr.ts) computes per frame for crop and overlay positions.
 */
export function evenClampedValue(value: number, max: number): number {
  return 2 * Math.floor(Math.min(Math.max(value, 0), Math.max(0, max)) / 2);
}

/**
 * The fill crop: the largest window of the frame's aspect inside the oriented picture, in
 * oriented pixels (even, so 4:2:0 chroma stays aligned). `moves` says along which axis the
 * focus point can slide it.
 */
export function fillCropSize(
  picture: PictureShape,
  frame: Size,
): Size & { moves: 'x' | 'y' | 'none' } {
  const frameAspect = frame.width / frame.height;
  const pictureAspect = (picture.width * picture.pixelAspect) / picture.height;
  if (pictureAspect > frameAspect) {
    const width = Math.min(
      evenFloor((picture.height * frameAspect) / picture.pixelAspect),
      picture.width,
    );
    return { width, height: evenFloor(picture.height), moves: 'x' };
  }
  const height = Math.min(
    evenFloor((picture.width * picture.pixelAspect) / frameAspect),
    picture.height,
  );
  const width = evenFloor(picture.width);
  return { width, height, moves: height < picture.height ? 'y' : 'none' };
}

/**
 * Where the fill crop starts along one axis, in oriented pixels, for a focus centre `centrePx`:
 * centred on it, kept inside the picture, even.
 */
export function fillCropOffset(centrePx: number, pictureSide: number, cropSide: number): number {
  const max = pictureSide - cropSide;
  if (max <= 0) return 0;
  return evenClampedValue(centrePx - cropSide / 2, max);
}

/** The fill crop at a focus point (fractions of the picture), in oriented pixels. */
export function fillCropBox(
  picture: PictureShape,
  frame: Size,
  focus: { x: number; y: number },
): PixelBox {
  const crop = fillCropSize(picture, frame);
  return {
    x: fillCropOffset(focus.x * picture.width, picture.width, crop.width),
    y: fillCropOffset(focus.y * picture.height, picture.height, crop.height),
    width: crop.width,
    height: crop.height,
  };
}

/** The whole picture scaled to fit inside the frame, keeping its shown aspect (even sides). */
export function fitSize(picture: PictureShape, frame: Size): Size {
  const shownWidth = picture.width * picture.pixelAspect;
  const scale = Math.min(frame.width / shownWidth, frame.height / picture.height);
  return {
    width: Math.min(frame.width, evenRound(shownWidth * scale)),
    height: Math.min(frame.height, evenRound(picture.height * scale)),
  };
}

/** The fitted picture's place in the frame: centred, with even offsets. */
export function fitPlacement(picture: PictureShape, frame: Size): PixelBox {
  const fitted = fitSize(picture, frame);
  return {
    x: 2 * Math.floor((frame.width - fitted.width) / 4),
    y: 2 * Math.floor((frame.height - fitted.height) / 4),
    width: fitted.width,
    height: fitted.height,
  };
}

/** The largest centred window of the frame's aspect inside `size` (even sides). */
export function centredAspectWindow(size: Size, frame: Size): Size & { x: number; y: number } {
  const frameAspect = frame.width / frame.height;
  const width = Math.min(size.width, evenFloor(size.height * frameAspect));
  const height = Math.min(size.height, evenFloor(size.width / frameAspect));
  return {
    width,
    height,
    // Half the spare room, rounded down to even (0 when there is none).
    x: 2 * Math.floor((size.width - width) / 4),
    y: 2 * Math.floor((size.height - height) / 4),
  };
}

/** The fit-blur background's blur, in output pixels: strength 1..100 maps to 0.6..60 px. */
export function fitBlurSigmaPx(blurStrength: number): number {
  return blurStrength * 0.6;
}

/** The fit-blur background is blurred at this fraction of the frame size, then scaled back up. */
export const FIT_BACKGROUND_SCALE = 1 / 8;

/**
 * How the fit-blur background is made: the frame-shaped middle of the fitted picture (`window`,
 * in fitted-picture pixels), shrunk to `small`, blurred there by `sigmaPx` (in small pixels),
 * then enlarged to cover the frame.
 */
export interface FitBackground {
  window: PixelBox;
  small: Size;
  sigmaPx: number;
}

export function fitBackground(fitted: Size, frame: Size, blurStrength: number): FitBackground {
  const window = centredAspectWindow(fitted, frame);
  const small = {
    width: evenRound(frame.width * FIT_BACKGROUND_SCALE),
    height: evenRound(frame.height * FIT_BACKGROUND_SCALE),
  };
  return {
    window,
    small,
    sigmaPx: fitBlurSigmaPx(blurStrength) * (small.width / frame.width),
  };
}
