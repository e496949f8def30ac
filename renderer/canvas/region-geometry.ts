import type { MediaProbe, PixelBox } from '../../shared/model';
import {
  fillCropBox,
  fitPlacement,
  orientBox,
  orientedPicture,
  type OrientedPicture,
  type Size,
} from '../../shared/scene/reframe-geometry';
import type { SceneReframe } from '../../shared/scene/types';

/**
 * Where a box in source-media pixels (as decoded, before rotation: how regions and face tracks
 * are stored) shows in the 9:16 frame, and back. It is the preview's own mapping
 * (video-layout.ts): the picture is turned upright, then either cropped around the focus and
 * scaled to cover the frame (fill) or scaled whole into a centred, letterboxed place (fit-blur,
 * fit-color). The clip itself has no rotation of its own; the media's display matrix does.
 */
export interface FrameMapping {
  picture: OrientedPicture;
  /** Frame pixels per oriented pixel. */
  scaleX: number;
  scaleY: number;
  /** The oriented pixel that lands on the frame's `originX/originY` (the fill crop's corner). */
  offsetX: number;
  offsetY: number;
  /** Where the shown picture starts in the frame (the fit placement; 0 for fill). */
  originX: number;
  originY: number;
  /** The part of the frame the picture covers. */
  shown: PixelBox;
}

/** The mapping for a media file with `probe`, shown by a reframe in a `frame`. */
export function frameMapping(probe: MediaProbe, reframe: SceneReframe, frame: Size): FrameMapping {
  const picture = orientedPicture(probe, 'the clip');
  if (reframe.mode === 'fill') {
    const crop = fillCropBox(picture, frame, reframe.focus);
    return {
      picture,
      scaleX: frame.width / crop.width,
      scaleY: frame.height / crop.height,
      offsetX: crop.x,
      offsetY: crop.y,
      originX: 0,
      originY: 0,
      shown: { x: 0, y: 0, width: frame.width, height: frame.height },
    };
  }
  const placed = fitPlacement(picture, frame);
  return {
    picture,
    scaleX: placed.width / picture.width,
    scaleY: placed.height / picture.height,
    offsetX: 0,
    offsetY: 0,
    originX: placed.x,
    originY: placed.y,
    shown: placed,
  };
}

/** An oriented (upright) box back to coded pixels: the inverse of `orientBox`. */
export function unorientBox(box: PixelBox, picture: OrientedPicture): PixelBox {
  const { codedWidth: cw, codedHeight: ch } = picture;
  const turned = picture.mirrored ? { ...box, x: picture.width - (box.x + box.width) } : box;
  switch (picture.rotation) {
    case 0:
      return turned;
    case 90:
      return {
        x: turned.y,
        y: ch - (turned.x + turned.width),
        width: turned.height,
        height: turned.width,
      };
    case 180:
      return {
        x: cw - (turned.x + turned.width),
        y: ch - (turned.y + turned.height),
        width: turned.width,
        height: turned.height,
      };
    case 270:
      return {
        x: cw - (turned.y + turned.height),
        y: turned.x,
        width: turned.height,
        height: turned.width,
      };
  }
}

/** A box in source-media pixels to frame pixels. */
export function sourceBoxToFrame(box: PixelBox, mapping: FrameMapping): PixelBox {
  const upright = orientBox(box, mapping.picture);
  return {
    x: mapping.originX + (upright.x - mapping.offsetX) * mapping.scaleX,
    y: mapping.originY + (upright.y - mapping.offsetY) * mapping.scaleY,
    width: upright.width * mapping.scaleX,
    height: upright.height * mapping.scaleY,
  };
}

/** A rectangle in frame pixels to source-media pixels (the inverse of `sourceBoxToFrame`). */
export function frameBoxToSource(rect: PixelBox, mapping: FrameMapping): PixelBox {
  const upright = {
    x: (rect.x - mapping.originX) / mapping.scaleX + mapping.offsetX,
    y: (rect.y - mapping.originY) / mapping.scaleY + mapping.offsetY,
    width: rect.width / mapping.scaleX,
    height: rect.height / mapping.scaleY,
  };
  return unorientBox(upright, mapping.picture);
}

/** The part of `box` inside the coded picture, or null when nothing of it is. */
export function clipToPicture(box: PixelBox, picture: OrientedPicture): PixelBox | null {
  const x = Math.max(0, box.x);
  const y = Math.max(0, box.y);
  const right = Math.min(picture.codedWidth, box.x + box.width);
  const bottom = Math.min(picture.codedHeight, box.y + box.height);
  if (right <= x || bottom <= y) return null;
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * `box` on whole source pixels: corner and size each rounded, so moving a region keeps its
 * size (rounding both edges could grow it a pixel on every move).
 */
export function wholePixels(box: PixelBox): PixelBox {
  return {
    x: Math.round(box.x),
    y: Math.round(box.y),
    width: Math.max(1, Math.round(box.width)),
    height: Math.max(1, Math.round(box.height)),
  };
}
