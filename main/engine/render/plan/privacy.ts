import type { BlurStyle, PixelBox } from '../../../../shared/model';
import type { BlurTrack } from './blur-tracks';
import { evenClamped, num, piecewise, quoted, seconds } from './expr';
import { blurGrid } from '../../../../shared/scene/blur-geometry';
import { orientBox, type OrientedPicture, type Size } from './geometry';

/**
 * Privacy blur inside one clip's chain, in the clip's output pixels: each blurred area is a
 * crop of the picture that follows the track per frame (x/y expressions), made unrecognisable,
 * and overlaid back at the same per-frame position; `enable` limits it to its time window.
 *
 * Why not trim the branch to the window: overlay must see the branch's next frame before it can
 * pass a main frame, so a branch that starts late makes ffmpeg queue every main frame until then
 * (measured: 1.4 GB and 6x slower for a region starting at 15 s). The branch therefore runs for
 * the whole clip; its crop is free (pointer arithmetic) and the blur works on the small crop only.
 *
 * A crop's size is fixed when the filter starts, so a track is cut into a few chunks, each as
 * large as the largest padded box in it: between two samples the box never shrinks, and its
 * centre moves exactly along the piecewise-linear path, frame by frame.
 */

/** How oriented source pixels land on the picture the blur is drawn on. */
export interface BoxMapping {
  picture: OrientedPicture;
  scaleX: number;
  scaleY: number;
  /** Oriented-pixel offsets subtracted before scaling: the fill crop's x/y ('0' for none). */
  offsetX: string;
  offsetY: string;
  /** The picture the blur is drawn on: the frame (fill) or the fitted picture (fit modes). */
  target: Size;
  /** True when a box can leave the target entirely (the fill crop moves past it). */
  canLeaveTarget: boolean;
}

export interface BlurChunk {
  trackId: string;
  style: BlurStyle;
  /** Clip-local seconds. */
  startS: number;
  endS: number;
  /** Output pixels, even. */
  width: number;
  height: number;
  /** Centre of the box in output pixels at clip-local time `t`. */
  centreX: string;
  centreY: string;
}

/** At most this many chunks per track: each costs a crop and a small blur on every frame. */
export const MAX_CHUNKS_PER_TRACK = 4;
/** A chunk grows while its largest box is at most this many times its smallest. */
const CHUNK_SIZE_RATIO = 1.5;

interface LocalKey {
  /** Clip-local milliseconds. */
  t: number;
  box: PixelBox;
}

function evenCeil(value: number): number {
  return Math.max(2, 2 * Math.ceil(value / 2));
}

/** The chunks of every track that shows during the clip `[inMs, outMs)` of its media. */
export function blurChunksForClip(
  tracks: readonly BlurTrack[],
  clip: { inMs: number; outMs: number },
  mapping: BoxMapping,
): BlurChunk[] {
  return tracks.flatMap((track) => trackChunks(track, clip, mapping));
}

function trackChunks(
  track: BlurTrack,
  clip: { inMs: number; outMs: number },
  mapping: BoxMapping,
): BlurChunk[] {
  const start = Math.max(track.fromMs, clip.inMs) - clip.inMs;
  const end = Math.min(track.toMs, clip.outMs) - clip.inMs;
  if (!(end > start)) return [];
  const keys: LocalKey[] = track.keys.map((k) => ({
    t: k.t - clip.inMs,
    box: orientBox(k.box, mapping.picture),
  }));
  const pad = 1 + 2 * track.padding;
  const sizeOf = (box: PixelBox): Size => ({
    width: box.width * mapping.scaleX * pad,
    height: box.height * mapping.scaleY * pad,
  });
  // Breakpoints: the window's ends and every key inside it.
  const times = [start, ...keys.map((k) => k.t).filter((t) => t > start && t < end), end];
  const intervals = times.slice(1).map((b, i) => {
    const a = times[i] as number;
    return { a, b, size: maxSize(bracket(keys, a, b).map((k) => sizeOf(k.box))) };
  });
  let ratio = CHUNK_SIZE_RATIO;
  let groups = groupIntervals(intervals, ratio);
  while (groups.length > MAX_CHUNKS_PER_TRACK) {
    ratio *= 1.5;
    groups = groupIntervals(intervals, ratio);
  }
  return groups.map((group) => {
    const near = bracket(keys, group.a, group.b);
    const width = Math.min(evenCeil(group.size.width), evenFloorTarget(mapping.target.width));
    const height = Math.min(evenCeil(group.size.height), evenFloorTarget(mapping.target.height));
    return {
      trackId: track.id,
      style: track.style,
      startS: group.a / 1000,
      endS: group.b / 1000,
      width,
      height,
      centreX: centreExpression(near, 'x', mapping),
      centreY: centreExpression(near, 'y', mapping),
    };
  });
}

function evenFloorTarget(side: number): number {
  return 2 * Math.floor(side / 2);
}

/** The keys that bound interpolation over [a, b]: the one at or before a to the one at or after b. */
function bracket(keys: readonly LocalKey[], a: number, b: number): LocalKey[] {
  let low = 0;
  for (let i = 0; i < keys.length; i += 1) if ((keys[i] as LocalKey).t <= a) low = i;
  let high = keys.length - 1;
  for (let i = keys.length - 1; i >= 0; i -= 1) if ((keys[i] as LocalKey).t >= b) high = i;
  return keys.slice(low, Math.max(low, high) + 1);
}

function maxSize(sizes: readonly Size[]): Size {
  return {
    width: Math.max(...sizes.map((s) => s.width)),
    height: Math.max(...sizes.map((s) => s.height)),
  };
}

interface Group {
  a: number;
  b: number;
  size: Size;
}

function groupIntervals(intervals: readonly Group[], ratio: number): Group[] {
  const groups: (Group & { min: Size })[] = [];
  for (const interval of intervals) {
    const current = groups[groups.length - 1];
    if (current) {
      const min = {
        width: Math.min(current.min.width, interval.size.width),
        height: Math.min(current.min.height, interval.size.height),
      };
      const max = maxSize([current.size, interval.size]);
      if (max.width <= min.width * ratio && max.height <= min.height * ratio) {
        current.b = interval.b;
        current.size = max;
        current.min = min;
        continue;
      }
    }
    groups.push({ ...interval, min: interval.size });
  }
  return groups.map(({ a, b, size }) => ({ a, b, size }));
}

function centreExpression(keys: readonly LocalKey[], axis: 'x' | 'y', mapping: BoxMapping): string {
  const scale = axis === 'x' ? mapping.scaleX : mapping.scaleY;
  const offset = axis === 'x' ? mapping.offsetX : mapping.offsetY;
  const path = piecewise(
    keys.map((k) => ({
      t: k.t / 1000,
      v: (axis === 'x' ? k.box.x + k.box.width / 2 : k.box.y + k.box.height / 2) * scale,
    })),
  );
  return offset === '0' ? path : `${path}-(${offset})*${num(scale, 6)}`;
}

/** Makes the crop unrecognisable; the information is gone, not hidden (see blurStyleFilters). */
export function blurStyleFilters(style: Exclude<BlurStyle, 'solid'>, size: Size): string[] {
  // Average cells of at least 8 px and about a tenth of the box: a face keeps ~10x10 values,
  // too few to identify anyone or to deconvolve (there is nothing left to sharpen). The preview
  // averages with the same grid (shared/scene/blur-geometry.ts).
  const grid = blurGrid(size);
  const small = `w=${grid.columns}:h=${grid.rows}`;
  const back = `w=${size.width}:h=${size.height}`;
  if (style === 'pixelate') {
    return [`scale=${small}:flags=area`, `scale=${back}:flags=neighbor`];
  }
  // gaussian: the same averaging, softened at the small size (one cell of blur, costing next to
  // nothing) and enlarged smoothly, so no cell edges show. Measured 0.8 s cheaper per 600
  // frames of a 400x400 box than a full-size gblur after a bilinear enlargement, same look.
  return [`scale=${small}:flags=area`, 'gblur=sigma=1', `scale=${back}:flags=bicubic`];
}

export interface BlurFilterOptions {
  fps: number;
  /** The clip's length in seconds (solid boxes are generated for this long). */
  durationS: number;
  /** Unique prefix for this clip's labels. */
  prefix: string;
}

/**
 * Filter chains taking `[input]` to `[output]` with every chunk blurred. Returns no chains (and
 * the input label unchanged) when there is nothing to blur.
 */
export function blurFilterChains(
  chunks: readonly BlurChunk[],
  input: string,
  mapping: BoxMapping,
  options: BlurFilterOptions,
): { chains: string[]; output: string } {
  if (chunks.length === 0) return { chains: [], output: input };
  const { prefix } = options;
  const chains: string[] = [];
  const cropped = chunks.filter((chunk) => chunk.style !== 'solid');
  const branchLabels = cropped.map((_, i) => `${prefix}s${i}`);
  let main = input;
  if (cropped.length > 0) {
    main = `${prefix}m0`;
    chains.push(
      `[${input}]split=${cropped.length + 1}[${main}]${branchLabels.map((l) => `[${l}]`).join('')}`,
    );
  }
  let branch = 0;
  chunks.forEach((chunk, index) => {
    const x = quoted(
      evenClamped(`${chunk.centreX}-${chunk.width / 2}`, mapping.target.width - chunk.width),
    );
    const y = quoted(
      evenClamped(`${chunk.centreY}-${chunk.height / 2}`, mapping.target.height - chunk.height),
    );
    const patch = `${prefix}b${index}`;
    if (chunk.style === 'solid') {
      // A black box needs no copy of the picture: a generated colour source is overlaid.
      chains.push(
        `color=c=black:s=${chunk.width}x${chunk.height}:r=${options.fps}:d=${seconds(options.durationS * 1000)},format=yuv420p[${patch}]`,
      );
    } else {
      const label = branchLabels[branch] as string;
      branch += 1;
      chains.push(
        `[${label}]crop=w=${chunk.width}:h=${chunk.height}:x=${x}:y=${y},${blurStyleFilters(chunk.style, chunk).join(',')}[${patch}]`,
      );
    }
    const next = `${prefix}m${index + 1}`;
    chains.push(
      `[${main}][${patch}]overlay=x=${x}:y=${y}:enable=${quoted(enableExpression(chunk, mapping))},format=yuv420p[${next}]`,
    );
    main = next;
  });
  return { chains, output: main };
}

/** On inside the chunk's window and, when the box can leave the picture, while it is on it. */
function enableExpression(chunk: BlurChunk, mapping: BoxMapping): string {
  const window = `between(t,${num(chunk.startS, 6)},${num(chunk.endS, 6)})`;
  if (!mapping.canLeaveTarget) return window;
  const { width, height } = mapping.target;
  const onX = `lt(abs(${chunk.centreX}-${num(width / 2)}),${num((width + chunk.width) / 2)})`;
  const onY = `lt(abs(${chunk.centreY}-${num(height / 2)}),${num((height + chunk.height) / 2)})`;
  return `${window}*${onX}*${onY}`;
}
