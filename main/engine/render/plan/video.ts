import type {
  FocusKeyframe,
  MediaAsset,
  PixelBox,
  Reframe,
  VideoClip,
} from '../../../../shared/model';
import { orientationFilter } from '../../ffmpeg/args';
import type { BlurTrack } from './blur-tracks';
import { evenClamped, num, piecewise, quoted } from './expr';
import {
  evenRound,
  fillCropOffset,
  fillCropSize,
  fitBackground,
  fitPlacement,
  orientedPicture,
  type OrientedPicture,
  type Size,
} from './geometry';
import { blurChunksForClip, blurFilterChains, type BoxMapping } from './privacy';

/**
 * One clip's picture chain: decoded frames to exactly `frames` frames of the output size, upright,
 * reframed, with its privacy blur. Crop comes before scale (scaling only what is shown), and
 * the fit-blur background is blurred at an eighth of the frame size.
 */

export interface ClipVideoInput {
  clip: VideoClip;
  asset: MediaAsset;
  /** The ffmpeg input index carrying this clip (seeked to clip.in). */
  inputIndex: number;
  /** Output frames this clip fills on the timeline. */
  frames: number;
  fps: number;
  frame: Size;
  tracks: readonly BlurTrack[];
  /** Unique label prefix for this clip, e.g. "c0". */
  prefix: string;
}

export { fitBlurSigmaPx } from './geometry';

export function clipVideoChains(input: ClipVideoInput): { chains: string[]; output: string } {
  const { clip, asset, fps, frame, prefix } = input;
  const picture = orientedPicture(asset.probe, `"${asset.name}"`);
  const head = [
    // Timestamps from 0 at the clip's in point: every t below is clip-local time.
    'setpts=PTS-STARTPTS',
    // Resample to the project rate here, before any costly filter sees surplus frames.
    `fps=${fps}`,
    // Should the source end early (a probe that rounded up), repeat its last frame…
    'tpad=stop_mode=clone:stop=-1',
    // …and cut at exactly the clip's frame count, so every segment lines up with the timeline.
    `trim=end_frame=${input.frames}`,
    // 8-bit 4:2:0 from here on (also turns full-range JPEG-style YUV into video range).
    'format=yuv420p',
    // -noautorotate on the input: we turn (and mirror) the picture ourselves, as the probe says.
    ...orientationFilter(asset.probe),
  ];
  const source = `${prefix}src`;
  const chains = [`[${input.inputIndex}:v:0]${head.join(',')}[${source}]`];
  const reframed = reframeChains(clip.reframe, {
    source,
    picture,
    frame,
    clip,
    fps,
    prefix,
    tracks: input.tracks,
    durationS: input.frames / fps,
  });
  chains.push(...reframed.chains);
  const output = `${prefix}v`;
  chains.push(`[${reframed.output}]setsar=1,format=yuv420p[${output}]`);
  return { chains, output };
}

interface ReframeContext {
  source: string;
  picture: OrientedPicture;
  frame: Size;
  clip: VideoClip;
  fps: number;
  prefix: string;
  tracks: readonly BlurTrack[];
  durationS: number;
}

function reframeChains(
  reframe: Reframe,
  context: ReframeContext,
): { chains: string[]; output: string } {
  if (reframe.mode === 'fill') return fillChains(reframe.focus, context);
  return fitChains(reframe, context);
}

/** The focus point's crop offset along one axis, in oriented pixels (a number or an expression). */
function focusOffset(
  focus: readonly FocusKeyframe[],
  axis: 'x' | 'y',
  inMs: number,
  pictureSide: number,
  cropSide: number,
): string {
  const max = pictureSide - cropSide;
  if (max <= 0) return '0';
  const first = focus[0];
  if (focus.length === 1 && first !== undefined) {
    // The preview crops with this same function (shared/scene/reframe-geometry.ts).
    return String(fillCropOffset(first[axis] * pictureSide, pictureSide, cropSide));
  }
  const path = piecewise(
    focus.map((key) => ({
      t: (key.t - inMs) / 1000,
      v: key[axis] * pictureSide,
      easing: key.easing,
    })),
  );
  return evenClamped(`${path}-${num(cropSide / 2)}`, max);
}

function fillChains(
  focus: readonly FocusKeyframe[],
  context: ReframeContext,
): { chains: string[]; output: string } {
  const { picture, frame, clip, prefix } = context;
  const crop = fillCropSize(picture, frame);
  const x = focusOffset(focus, 'x', clip.in, picture.width, crop.width);
  const y = focusOffset(focus, 'y', clip.in, picture.height, crop.height);
  const filters: string[] = [];
  if (crop.width !== picture.width || crop.height !== picture.height) {
    // Per-frame x/y follow the keyframed focus point; the size is fixed.
    filters.push(`crop=w=${crop.width}:h=${crop.height}:x=${quoted(x)}:y=${quoted(y)}`);
  }
  filters.push(`scale=w=${frame.width}:h=${frame.height}`);
  const scaled = `${prefix}fill`;
  const mapping: BoxMapping = {
    picture,
    scaleX: frame.width / crop.width,
    scaleY: frame.height / crop.height,
    offsetX: x,
    offsetY: y,
    target: frame,
    canLeaveTarget: true,
  };
  const blurred = privacyChains(context, mapping, scaled);
  return {
    chains: [`[${context.source}]${filters.join(',')}[${scaled}]`, ...blurred.chains],
    output: blurred.output,
  };
}

function fitChains(
  reframe: Exclude<Reframe, { mode: 'fill' }>,
  context: ReframeContext,
): { chains: string[]; output: string } {
  const { picture, frame, prefix } = context;
  const placement = fitPlacement(picture, frame);
  const fitted = { width: placement.width, height: placement.height };
  const fittedLabel = `${prefix}fit`;
  const chains = [
    `[${context.source}]scale=w=${fitted.width}:h=${fitted.height},setsar=1[${fittedLabel}]`,
  ];
  const mapping: BoxMapping = {
    picture,
    scaleX: fitted.width / picture.width,
    scaleY: fitted.height / picture.height,
    offsetX: '0',
    offsetY: '0',
    target: fitted,
    canLeaveTarget: false,
  };
  // Blurred before the background is made from it, so the background never shows a face.
  const blurred = privacyChains(context, mapping, fittedLabel);
  chains.push(...blurred.chains);
  const { x, y } = placement;
  const output = `${prefix}framed`;
  if (fitted.width === frame.width && fitted.height === frame.height) {
    chains.push(`[${blurred.output}]null[${output}]`);
  } else if (reframe.mode === 'fit-color') {
    const color = `0x${reframe.color.slice(1, 7)}`;
    chains.push(
      `[${blurred.output}]pad=w=${frame.width}:h=${frame.height}:x=${x}:y=${y}:color=${color}[${output}]`,
    );
  } else {
    chains.push(
      ...fitBlurChains(blurred.output, output, placement, frame, reframe.blurStrength, prefix),
    );
  }
  return { chains, output };
}

/**
 * The fit-blur frame: the fitted picture between bands of its own blurred, enlarged middle.
 * The background is blurred at 1/8 size and only the bands that show are enlarged, then stacked
 * with the picture (measured per 600 frames of 1080p: 1.8 s over decoding, against 3.2 s for
 * enlarging the whole background and overlaying the picture on it). The canvas draws the same
 * background whole beneath the picture; what shows is identical.
 */
function fitBlurChains(
  input: string,
  output: string,
  placement: PixelBox,
  frame: Size,
  blurStrength: number,
  prefix: string,
): string[] {
  const fitted = { width: placement.width, height: placement.height };
  const { window, small, sigmaPx } = fitBackground(fitted, frame, blurStrength);
  const vertical = fitted.width === frame.width;
  // The bands before and after the picture along the stacking axis, in output pixels.
  const along = vertical ? frame.height : frame.width;
  const smallAlong = vertical ? small.height : small.width;
  const before = vertical ? placement.y : placement.x;
  const after = along - before - (vertical ? fitted.height : fitted.width);
  const fg = `${prefix}fg`;
  const bg = `${prefix}bg`;
  const bands = [
    { name: `${prefix}b0`, size: before, atEnd: false },
    { name: `${prefix}b1`, size: after, atEnd: true },
  ].filter((band) => band.size > 0);
  const chains = [
    `[${input}]split=2[${fg}][${prefix}bgsrc]`,
    `[${prefix}bgsrc]` +
      [
        // The frame-shaped middle of the fitted picture, shrunk and blurred small…
        `crop=w=${window.width}:h=${window.height}:x=${window.x}:y=${window.y}`,
        `scale=w=${small.width}:h=${small.height}:flags=area`,
        `gblur=sigma=${num(sigmaPx, 3)}`,
      ].join(',') +
      (bands.length > 1 ? `,split=${bands.length}` : '') +
      bands.map((band) => `[${bands.length > 1 ? band.name + 's' : bg}]`).join(''),
  ];
  for (const band of bands) {
    // …and only the part each band shows enlarged to it (even sizes keep 4:2:0 chroma whole).
    const smallSize = Math.min(smallAlong, evenRound((band.size * smallAlong) / along));
    const smallStart = band.atEnd ? smallAlong - smallSize : 0;
    const crop = vertical
      ? `crop=w=${small.width}:h=${smallSize}:x=0:y=${smallStart}`
      : `crop=w=${smallSize}:h=${small.height}:x=${smallStart}:y=0`;
    const scale = vertical
      ? `scale=w=${frame.width}:h=${band.size}:flags=bilinear`
      : `scale=w=${band.size}:h=${frame.height}:flags=bilinear`;
    const source = bands.length > 1 ? `${band.name}s` : bg;
    chains.push(`[${source}]${crop},${scale},setsar=1[${band.name}]`);
  }
  const stacked = [
    ...(before > 0 ? [`[${prefix}b0]`] : []),
    `[${fg}]`,
    ...(after > 0 ? [`[${prefix}b1]`] : []),
  ];
  const stack = vertical ? 'vstack' : 'hstack';
  chains.push(
    `${stacked.join('')}${stack}=inputs=${stacked.length},setsar=1,format=yuv420p[${output}]`,
  );
  return chains;
}

function privacyChains(
  context: ReframeContext,
  mapping: BoxMapping,
  input: string,
): { chains: string[]; output: string } {
  const chunks = blurChunksForClip(
    context.tracks,
    { inMs: context.clip.in, outMs: context.clip.out },
    mapping,
  );
  return blurFilterChains(chunks, input, mapping, {
    fps: context.fps,
    durationS: context.durationS,
    prefix: `${context.prefix}p`,
  });
}
