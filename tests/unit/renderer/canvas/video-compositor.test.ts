import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { VideoCompositor } from '../../../../renderer/canvas/video-compositor';
import type { BlurPatch, VideoDrawPlan } from '../../../../renderer/canvas/video-layout';
import type { BlurStyle, PixelBox } from '../../../../shared/model';
import { blurGrid } from '../../../../shared/scene/blur-geometry';

/**
 * The compositor's drawing, run on @napi-rs/canvas (the same 2D canvas API as the browser's):
 * what shows where, and that blurred patches really lose their detail.
 */

const frame = { width: 1080, height: 1920 };
const source = { width: 1920, height: 1080 };

/** 1920x1080 of 16 px black and white vertical stripes: detail that any blur must remove. */
function stripes(): Canvas {
  const canvas = createCanvas(source.width, source.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, source.width, source.height);
  ctx.fillStyle = '#000000';
  for (let x = 0; x < source.width; x += 32) ctx.fillRect(x, 0, 16, source.height);
  return canvas;
}

function compositor(scale = 0.5) {
  const made = new VideoCompositor(() => createCanvas(1, 1) as unknown as HTMLCanvasElement);
  made.setResolution(frame, scale);
  return made;
}

function pixels(c: VideoCompositor, box: PixelBox) {
  const canvas = c.canvas as unknown as Canvas;
  return canvas.getContext('2d').getImageData(box.x, box.y, box.width, box.height).data;
}

/** The largest difference between horizontal neighbours (how sharp the detail is). */
function sharpness(data: Uint8ClampedArray, width: number): number {
  let most = 0;
  for (let i = 4; i < data.length; i += 4) {
    if ((i / 4) % width === 0) continue;
    most = Math.max(most, Math.abs(data[i]! - data[i - 4]!));
  }
  return most;
}

function patch(style: BlurStyle, box: PixelBox): BlurPatch {
  return { regionId: 'r', style, box, grid: blurGrid(box) };
}

const fillPlan = (patches: BlurPatch[]): VideoDrawPlan => ({
  mode: 'fill',
  sourceCrop: { x: 656, y: 0, width: 606, height: 1080 },
  patches,
});
const src = () => stripes() as unknown as CanvasImageSource;

describe('VideoCompositor', () => {
  it('draws at the requested resolution, never above the frame size', () => {
    expect([compositor(0.5).canvas.width, compositor(0.5).canvas.height]).toEqual([540, 960]);
    expect([compositor(3).canvas.width, compositor(3).canvas.height]).toEqual([1080, 1920]);
  });

  it('fills with the background colour when there is no picture', () => {
    const c = compositor();
    c.drawEmpty('#123456');
    expect([...pixels(c, { x: 270, y: 480, width: 1, height: 1 })]).toEqual([
      0x12, 0x34, 0x56, 255,
    ]);
  });

  it('fill: the crop covers the frame; a pixelated patch keeps only its cells', () => {
    const plain = compositor();
    plain.draw(fillPlan([]), src(), source, '#000000');
    const area = { x: 100, y: 200, width: 100, height: 100 };
    expect(sharpness(pixels(plain, area), 100)).toBeGreaterThan(200);

    const c = compositor();
    c.draw(
      fillPlan([patch('pixelate', { x: 200, y: 400, width: 200, height: 200 })]),
      src(),
      source,
      '#000000',
    );
    const inside = pixels(c, area);
    // Cells are 20 frame px = 10 output px: every 10x10 block is one colour.
    for (let y = 0; y < 100; y += 10) {
      for (let x = 0; x < 100; x += 10) {
        const at = (dx: number, dy: number) => inside[((y + dy) * 100 + x + dx) * 4]!;
        expect(Math.abs(at(1, 1) - at(8, 8))).toBeLessThanOrEqual(1);
      }
    }
    // Outside the patch nothing changed.
    const outside = { x: 300, y: 200, width: 100, height: 100 };
    expect([...pixels(c, outside)]).toEqual([...pixels(plain, outside)]);
  });

  it('fill: gaussian softens the patch to no visible stripes, solid paints it black', () => {
    const c = compositor();
    c.draw(
      fillPlan([patch('gaussian', { x: 200, y: 400, width: 200, height: 200 })]),
      src(),
      source,
      '#000000',
    );
    expect(sharpness(pixels(c, { x: 105, y: 205, width: 90, height: 90 }), 90)).toBeLessThan(40);

    const solid = compositor();
    solid.draw(
      fillPlan([patch('solid', { x: 200, y: 400, width: 200, height: 200 })]),
      src(),
      source,
      '#ffffff',
    );
    expect([...pixels(solid, { x: 150, y: 250, width: 1, height: 1 })]).toEqual([0, 0, 0, 255]);
  });

  it('draws from a part of the picture (a staged frame) as from the whole, given its origin', () => {
    const whole = compositor();
    whole.draw(fillPlan([]), src(), source, '#000000');
    // The crop (656..1262 across) copied alone, as frame-staging.ts does.
    const part = createCanvas(606, 1080);
    part.getContext('2d').drawImage(stripes(), 656, 0, 606, 1080, 0, 0, 606, 1080);
    const staged = compositor();
    staged.draw(fillPlan([]), part as unknown as CanvasImageSource, source, '#000000', {
      x: 656,
      y: 0,
    });
    const area = { x: 0, y: 400, width: 540, height: 4 };
    expect([...pixels(staged, area)]).toEqual([...pixels(whole, area)]);
  });

  it('fit-color: the picture where it is placed, the colour around it', () => {
    const c = compositor();
    c.draw(
      {
        mode: 'fit',
        placement: { x: 0, y: 656, width: 1080, height: 608 },
        backdrop: { kind: 'color', color: '#ff0000' },
        patches: [],
      },
      src(),
      source,
      '#000000',
    );
    expect([...pixels(c, { x: 270, y: 100, width: 1, height: 1 })]).toEqual([255, 0, 0, 255]);
    expect([...pixels(c, { x: 270, y: 900, width: 1, height: 1 })]).toEqual([255, 0, 0, 255]);
    expect(sharpness(pixels(c, { x: 0, y: 480, width: 540, height: 1 }), 540)).toBeGreaterThan(150);
  });

  it('fit-blur: a smooth background from the picture, with no darkened borders', () => {
    const c = compositor();
    c.draw(
      {
        mode: 'fit',
        placement: { x: 0, y: 656, width: 1080, height: 608 },
        backdrop: {
          kind: 'blur',
          background: {
            window: { x: 368, y: 0, width: 342, height: 608 },
            small: { width: 136, height: 240 },
            sigmaPx: 3.022,
          },
        },
        patches: [],
      },
      src(),
      source,
      '#000000',
    );
    const band = pixels(c, { x: 0, y: 10, width: 540, height: 1 });
    expect(sharpness(band, 540)).toBeLessThan(40);
    // Black and white stripes average to mid grey, at the border as in the middle.
    const corner = pixels(c, { x: 0, y: 0, width: 1, height: 1 });
    const middle = pixels(c, { x: 270, y: 150, width: 1, height: 1 });
    expect(corner[3]).toBe(255);
    expect(Math.abs(corner[0]! - middle[0]!)).toBeLessThan(40);
    expect(middle[0]).toBeGreaterThan(80);
    expect(middle[0]).toBeLessThan(180);
  });
});
