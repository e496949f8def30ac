import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Image, createCanvas } from '@napi-rs/canvas';

/**
 * Pixel helpers for the WYSIWYG test: decode the exported video's frames and the scene PNGs,
 * lay the scene over the footage the way ffmpeg's overlay filter does, and measure how far the
 * two pictures are apart where the scene draws.
 */

const run = promisify(execFile);

export interface RgbFrame {
  width: number;
  height: number;
  /** width * height * 3 bytes, row-major RGB. */
  data: Uint8Array;
}

/**
 * Frame `index` of a video as 8-bit RGB. ffmpeg's accurate `-ss` returns the first frame whose
 * time is at or after the seek point (measured here: seeking to (n + 0.5) / fps gives frame
 * n + 1), so the seek goes half a frame *before* frame n's start, which no rounding can move.
 */
export async function videoFrameRgb(
  file: string,
  index: number,
  fps: number,
  size: { width: number; height: number },
): Promise<RgbFrame> {
  const seekSeconds = Math.max(0, (index - 0.5) / fps);
  const { stdout } = await run(
    'ffmpeg',
    [
      ...['-hide_banner', '-nostdin', '-v', 'error', '-ss', seekSeconds.toFixed(6), '-i', file],
      ...['-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'],
    ],
    { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 },
  );
  const expected = size.width * size.height * 3;
  if (stdout.length !== expected) {
    throw new Error(
      `frame ${index} of ${file} decoded to ${stdout.length} bytes, expected ${expected}`,
    );
  }
  return { ...size, data: new Uint8Array(stdout.buffer, stdout.byteOffset, stdout.length) };
}

/** A PNG as straight (not premultiplied) RGBA, width * height * 4 bytes. */
export function decodePngRgba(png: Buffer): { width: number; height: number; data: Uint8Array } {
  const image = new Image();
  image.src = png;
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  return { width: image.width, height: image.height, data: new Uint8Array(data.buffer) };
}

/** `layer` (straight RGBA) over `base` (RGB) with source-over, as the overlay filter blends. */
export function compositeOver(
  layer: { width: number; height: number; data: Uint8Array },
  base: RgbFrame,
): RgbFrame {
  if (layer.width !== base.width || layer.height !== base.height) {
    throw new Error(
      `layer is ${layer.width}x${layer.height}, base is ${base.width}x${base.height}`,
    );
  }
  const pixels = base.width * base.height;
  const data = new Uint8Array(pixels * 3);
  for (let p = 0; p < pixels; p += 1) {
    const alpha = (layer.data[p * 4 + 3] ?? 0) / 255;
    for (let c = 0; c < 3; c += 1) {
      const under = base.data[p * 3 + c] ?? 0;
      const over = layer.data[p * 4 + c] ?? 0;
      data[p * 3 + c] = Math.round(under + (over - under) * alpha);
    }
  }
  return { width: base.width, height: base.height, data };
}

/**
 * Where the layer draws: alpha > 0, grown by `radius` pixels in every direction (a square
 * dilation), since encoding spreads a hard edge over its neighbours.
 */
export function drawnRegion(
  layer: { width: number; height: number; data: Uint8Array },
  radius: number,
): Uint8Array {
  const { width, height } = layer;
  const drawn = new Uint8Array(width * height);
  for (let p = 0; p < width * height; p += 1) drawn[p] = (layer.data[p * 4 + 3] ?? 0) > 0 ? 1 : 0;
  // Separable: a running max along rows, then along columns.
  const rows = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let hit = 0;
      for (let dx = -radius; dx <= radius && hit === 0; dx += 1) {
        const nx = x + dx;
        if (nx >= 0 && nx < width) hit = drawn[y * width + nx] ?? 0;
      }
      rows[y * width + x] = hit;
    }
  }
  const region = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let hit = 0;
      for (let dy = -radius; dy <= radius && hit === 0; dy += 1) {
        const ny = y + dy;
        if (ny >= 0 && ny < height) hit = rows[ny * width + x] ?? 0;
      }
      region[y * width + x] = hit;
    }
  }
  return region;
}

export interface RegionComparison {
  /** Pixels in the region. */
  regionPixels: number;
  /** Mean |exported − expected| over the region, per channel R, G, B (0..255). */
  meanAbsDiff: [number, number, number];
  /** 2x2 blocks (even-aligned, as 4:2:0 chroma) touching the region. */
  regionBlocks: number;
  /** Share of those blocks whose per-channel block means all lie within `blockTolerance`. */
  blocksWithin: number;
  /** Outside the region: the largest |exported − flat background| of any channel. */
  outsideMaxDiff: number;
  /** Outside the region: pixels with a channel more than `outsideLevel` from the background. */
  outsideStray: number;
}

export interface CompareOptions {
  /** The flat colour under the layer. */
  background: [number, number, number];
  /** Levels a 2x2 block's mean may differ by on each channel. */
  blockTolerance: number;
  /** Levels from the background beyond which a pixel outside the region counts as stray. */
  outsideLevel: number;
}

/**
 * The WYSIWYG metric. Inside `region`: the mean absolute difference per RGB channel, and the
 * share of 2x2 blocks whose mean colour is within `blockTolerance` levels on every channel.
 * Outside it: how far, and in how many pixels, the exported frame strays from the flat
 * `background` colour.
 */
export function compareFrames(
  exported: RgbFrame,
  expected: RgbFrame,
  region: Uint8Array,
  { background, blockTolerance, outsideLevel }: CompareOptions,
): RegionComparison {
  const { width, height } = exported;
  const sums: [number, number, number] = [0, 0, 0];
  let regionPixels = 0;
  let outsideMaxDiff = 0;
  let outsideStray = 0;
  for (let p = 0; p < width * height; p += 1) {
    if (region[p] === 1) {
      regionPixels += 1;
      for (let c = 0; c < 3; c += 1) {
        sums[c as 0 | 1 | 2] += Math.abs(
          (exported.data[p * 3 + c] ?? 0) - (expected.data[p * 3 + c] ?? 0),
        );
      }
    } else {
      let worst = 0;
      for (let c = 0; c < 3; c += 1) {
        worst = Math.max(
          worst,
          Math.abs((exported.data[p * 3 + c] ?? 0) - background[c as 0 | 1 | 2]),
        );
      }
      outsideMaxDiff = Math.max(outsideMaxDiff, worst);
      if (worst > outsideLevel) outsideStray += 1;
    }
  }
  let regionBlocks = 0;
  let goodBlocks = 0;
  for (let by = 0; by + 1 < height; by += 2) {
    for (let bx = 0; bx + 1 < width; bx += 2) {
      const corners = [by * width + bx, by * width + bx + 1, (by + 1) * width + bx];
      corners.push((by + 1) * width + bx + 1);
      if (!corners.some((p) => region[p] === 1)) continue;
      regionBlocks += 1;
      let within = true;
      for (let c = 0; c < 3 && within; c += 1) {
        let difference = 0;
        for (const p of corners) {
          difference += (exported.data[p * 3 + c] ?? 0) - (expected.data[p * 3 + c] ?? 0);
        }
        within = Math.abs(difference / 4) <= blockTolerance;
      }
      if (within) goodBlocks += 1;
    }
  }
  const perPixel = (sum: number): number => sum / Math.max(1, regionPixels);
  return {
    regionPixels,
    meanAbsDiff: [perPixel(sums[0]), perPixel(sums[1]), perPixel(sums[2])],
    regionBlocks,
    blocksWithin: goodBlocks / Math.max(1, regionBlocks),
    outsideMaxDiff,
    outsideStray,
  };
}

/** The one colour of a flat frame, or an error naming how far from flat it is. */
export function flatColour(frame: RgbFrame, tolerance: number): [number, number, number] {
  const first: [number, number, number] = [
    frame.data[0] ?? 0,
    frame.data[1] ?? 0,
    frame.data[2] ?? 0,
  ];
  let worst = 0;
  for (let i = 0; i < frame.data.length; i += 1) {
    worst = Math.max(worst, Math.abs((frame.data[i] ?? 0) - first[i % 3]!));
  }
  if (worst > tolerance) {
    throw new Error(
      `the frame is not flat: a channel strays ${worst} levels from ${first.join(',')}`,
    );
  }
  return first;
}
