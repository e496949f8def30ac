import { execFileSync } from 'node:child_process';
import { Image, createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { getFfmpegPaths } from '../../../../../main/engine/ffmpeg/paths';
import { encodeRgbaPng } from '../../../../../main/engine/render/png';

function decodeWithSkia(png: Buffer): Uint8ClampedArray {
  const image = new Image();
  image.src = png;
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, image.width, image.height).data;
}

/** A canvas with a transparent background, an opaque square and a half-transparent one. */
function drawn(width: number, height: number) {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = 'rgb(20, 200, 90)';
  context.fillRect(1, 1, 3, 3);
  context.fillStyle = 'rgba(200, 100, 50, 0.5)';
  context.fillRect(5, 2, 4, 3);
  return { canvas, context };
}

describe('encodeRgbaPng', () => {
  it('round-trips straight RGBA exactly', () => {
    const data = new Uint8Array(3 * 2 * 4);
    data.set([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 1, 2, 3, 4, 250, 251, 252, 253]);
    const png = encodeRgbaPng({ width: 3, height: 2, data, premultiplied: false });
    const back = decodeWithSkia(png);
    // Skia premultiplies on load, so only opaque pixels and transparent ones are exact.
    expect(Array.from(back.subarray(0, 4))).toEqual([255, 0, 0, 255]);
    expect(back[7]).toBe(128);
    expect(Array.from(back.subarray(8, 12))).toEqual([0, 0, 0, 0]);
  });

  it('straightens Skia’s premultiplied pixels to what getImageData reports', () => {
    const { canvas, context } = drawn(10, 6);
    const png = encodeRgbaPng({
      width: 10,
      height: 6,
      data: canvas.data(),
      premultiplied: true,
    });
    const expected = context.getImageData(0, 0, 10, 6).data;
    const back = decodeWithSkia(png);
    let worst = 0;
    for (let i = 0; i < expected.length; i += 1) {
      worst = Math.max(worst, Math.abs(expected[i]! - back[i]!));
    }
    expect(worst).toBeLessThanOrEqual(1);
    // The half-transparent orange really is there, not black or dropped.
    const at = (2 * 10 + 6) * 4;
    expect(back[at + 3]).toBe(128);
    expect(Math.abs(back[at]! - 200)).toBeLessThanOrEqual(2);
  });

  it('writes a file ffprobe reads as an RGBA PNG of the right size, without metadata', () => {
    const { canvas } = drawn(10, 6);
    const png = encodeRgbaPng({ width: 10, height: 6, data: canvas.data(), premultiplied: true });
    expect(png.subarray(0, 8)).toEqual(Buffer.from('89504e470d0a1a0a', 'hex'));
    const chunks: string[] = [];
    for (let at = 8; at < png.length;) {
      const length = png.readUInt32BE(at);
      chunks.push(png.toString('latin1', at + 4, at + 8));
      at += 12 + length;
    }
    expect(chunks).toEqual(['IHDR', 'IDAT', 'IEND']);
    const probe = JSON.parse(
      execFileSync(
        getFfmpegPaths().ffprobe,
        ['-v', 'error', '-print_format', 'json', '-show_streams', '-f', 'png_pipe', '-i', '-'],
        { input: png },
      ).toString(),
    ) as { streams: { width: number; height: number; pix_fmt: string }[] };
    expect(probe.streams[0]).toMatchObject({ width: 10, height: 6, pix_fmt: 'rgba' });
  });

  it('refuses pixel data of the wrong length', () => {
    expect(() =>
      encodeRgbaPng({ width: 4, height: 4, data: new Uint8Array(10), premultiplied: false }),
    ).toThrow(/expected 64 bytes of RGBA, got 10/);
  });
});
