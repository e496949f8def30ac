import type { FaceSample, PixelBox } from '../../../shared/model/privacy';
import { FACE_BLUR_PADDING } from '../../../shared/scene/blur-geometry';
import { evenCeil, evenClampedValue } from '../../../shared/scene/reframe-geometry';
import { fileUrl, formatSeconds, orientationFilter, type PictureOrientation } from '../ffmpeg/args';

/**
 * Pure pieces of the face-track thumbnails for review: which samples to show, which coded-pixel
 * rectangle to cut out around a face, and the ffmpeg arguments that cut it as one JPEG.
 */

/** The tallest thumbnail the review panel gets. */
export const TRACK_THUMBNAIL_MAX_HEIGHT = 120;
/**
 * The crop is the blurred (padded) box enlarged this much: hair, shoulders and the setting help
 * a reviewer recognise the presenting clinician, while the face stays the subject.
 */
export const TRACK_THUMBNAIL_CONTEXT = 1.6;

export interface PictureSize {
  width: number;
  height: number;
}

/**
 * The samples a reviewer sees: first, middle and last (by index, without repeats), or only the
 * first for a still image (whose track holds one detection twice, a day apart).
 */
export function thumbnailSamples(samples: readonly FaceSample[], isStill: boolean): FaceSample[] {
  if (samples.length === 0) return [];
  const last = samples.length - 1;
  const indices = isStill ? [0] : [...new Set([0, Math.floor(last / 2), last])];
  return indices.flatMap((index) => {
    const sample = samples[index];
    return sample === undefined ? [] : [sample];
  });
}

/**
 * The rectangle to cut (coded pixels, even sides and offsets so 4:2:0 chroma stays aligned):
 * the box padded like the export's blur, enlarged by `context`, centred on the box, shrunk to
 * the picture if larger and moved inside it.
 */
export function thumbnailCropBox(
  box: PixelBox,
  picture: PictureSize,
  options: { padding?: number; context?: number } = {},
): PixelBox {
  if (!(picture.width >= 2 && picture.height >= 2)) {
    throw new RangeError(`picture must be at least 2x2, got ${picture.width}x${picture.height}`);
  }
  const grow =
    (1 + 2 * (options.padding ?? FACE_BLUR_PADDING)) * (options.context ?? TRACK_THUMBNAIL_CONTEXT);
  const maxWidth = 2 * Math.floor(picture.width / 2);
  const maxHeight = 2 * Math.floor(picture.height / 2);
  const width = Math.min(evenCeil(box.width * grow), maxWidth);
  const height = Math.min(evenCeil(box.height * grow), maxHeight);
  const centreX = box.x + box.width / 2;
  const centreY = box.y + box.height / 2;
  return {
    x: evenClampedValue(centreX - width / 2, picture.width - width),
    y: evenClampedValue(centreY - height / 2, picture.height - height),
    width,
    height,
  };
}

/** Height of the thumbnail of `crop` once shown upright: never enlarged, at most `maxHeight`. */
export function thumbnailHeight(
  crop: PixelBox,
  orientation: PictureOrientation,
  maxHeight = TRACK_THUMBNAIL_MAX_HEIGHT,
): number {
  const uprightHeight = orientation.rotation % 180 === 0 ? crop.height : crop.width;
  return Math.max(2, Math.min(maxHeight, Math.round(uprightHeight)));
}

/**
 * One JPEG on stdout: the frame at `atMs` (omitted for a still), decoded without autorotate so
 * the crop is in the coded pixels the scan's boxes use, then turned upright and scaled to
 * `height` keeping the displayed aspect (pixel aspect included).
 */
export function trackThumbnailArgs(
  filePath: string,
  options: { atMs?: number; crop: PixelBox; orientation: PictureOrientation; height: number },
): string[] {
  const { crop, height } = options;
  const filters = [
    `crop=${crop.width}:${crop.height}:${crop.x}:${crop.y}:exact=1`,
    ...orientationFilter(options.orientation),
    `scale=w='max(2,trunc(${height}*dar/2)*2)':h=${height}`,
    'setsar=1',
  ];
  return [
    '-hide_banner',
    '-nostats',
    '-v',
    'error',
    // Input seek: jump to the keyframe before, then decode up to the exact sample time.
    ...(options.atMs !== undefined && options.atMs > 0 ? ['-ss', formatSeconds(options.atMs)] : []),
    '-noautorotate',
    '-protocol_whitelist',
    'file',
    '-i',
    fileUrl(filePath),
    '-map',
    '0:v:0',
    '-frames:v',
    '1',
    '-an',
    '-vf',
    filters.join(','),
    '-c:v',
    'mjpeg',
    // mjpeg's 2 (best) … 31 scale: 4 keeps a 120 px face clean and small.
    '-q:v',
    '4',
    '-f',
    'image2pipe',
    'pipe:1',
  ];
}
