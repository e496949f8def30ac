import { readdirSync, readFileSync } from 'node:fs';
import { Image, createCanvas } from '@napi-rs/canvas';
import { afterAll, describe, expect, it } from 'vitest';
import {
  renderOverlayFrames,
  renderSceneFrame,
} from '../../../../../main/engine/render/overlay-frames';
import { EMPTY_OVERLAY_KEY } from '../../../../../shared/scene/overlay-segments';
import { sceneAt } from '../../../../../shared/scene/scene-at';
import { NO_ANIMATION, projectDocumentSchema } from '../../../../../shared/model';
import type { ProjectDocument } from '../../../../../shared/model';
import { asset, imageProbe } from '../../../../unit/shared/fixtures';
import { cue, iconOverlay, withTracks } from '../../../../unit/shared/scene/scene-fixtures';
import { tempDir } from '../../../../support/temp';

const temp = tempDir('medclip-overlay-frames-');
afterAll(() => temp.cleanup());

/** A boxed caption (0-1000 ms) and a heart icon fading in (500-1500 ms), 2 s long. */
function doc(): ProjectDocument {
  return withTracks({
    captions: [cue('cue_1', 0, 1000, 'Rest, ice and elevate', { styleId: 'style-boxed' })],
    overlays: [
      iconOverlay('ovl_heart', 500, 1500, {
        enter: { type: 'fade', durationMs: 100, easing: 'linear' },
      } as never),
    ],
  });
}

interface Pixels {
  width: number;
  height: number;
  at(x: number, y: number): [number, number, number, number];
}

function decode(png: Buffer): Pixels {
  const image = new Image();
  image.src = png;
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  return {
    width: image.width,
    height: image.height,
    at(x, y) {
      const i = (Math.round(y) * image.width + Math.round(x)) * 4;
      return [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
    },
  };
}

function countNear(
  pixels: Pixels,
  box: { x: number; y: number; width: number; height: number },
  rgb: [number, number, number],
  alphaMin = 250,
): number {
  let count = 0;
  for (let y = Math.floor(box.y); y < box.y + box.height; y += 2) {
    for (let x = Math.floor(box.x); x < box.x + box.width; x += 2) {
      const [r, g, b, a] = pixels.at(x, y);
      if (
        a >= alphaMin &&
        Math.abs(r - rgb[0]) < 12 &&
        Math.abs(g - rgb[1]) < 12 &&
        Math.abs(b - rgb[2]) < 12
      )
        count += 1;
    }
  }
  return count;
}

describe('renderOverlayFrames', () => {
  it('covers the timeline in order, drawing each distinct look once', async () => {
    const outDir = `${temp.dir}/frames`;
    const progress: number[] = [];
    const { frames, pictureCount } = await renderOverlayFrames(doc(), {
      fps: 30,
      durationMs: 2000,
      outDir,
      onProgress: (done) => progress.push(done),
    });
    expect(frames[0]?.startMs).toBe(0);
    frames.forEach((frame, index) => {
      const next = frames[index + 1];
      if (next) expect(next.startMs).toBe(frame.startMs + frame.durationMs);
    });
    expect(frames.at(-1)!.startMs + frames.at(-1)!.durationMs).toBe(2000);
    // caption | caption + fading icon (3 frames at 0, 33, 66 ms into the fade) | caption + icon
    // | icon | nothing.
    expect(frames.map((frame) => frame.startMs)).toEqual([0, 500, 533, 566, 600, 1000, 1500]);
    expect(frames.at(-1)?.key).toBe(EMPTY_OVERLAY_KEY);
    const distinct = new Set(frames.map((frame) => frame.file));
    expect(distinct.size).toBe(pictureCount);
    expect(readdirSync(outDir).filter((name) => name.endsWith('.png'))).toHaveLength(pictureCount);
    expect(progress.at(-1)).toBe(pictureCount);
  });

  it('draws the caption box, its white text and the icon, and nothing elsewhere', async () => {
    const document = doc();
    const { frames } = await renderOverlayFrames(document, {
      fps: 30,
      durationMs: 2000,
      outDir: `${temp.dir}/pixels`,
    });
    const both = decode(readFileSync(frames.find((frame) => frame.startMs === 600)!.file));
    expect([both.width, both.height]).toEqual([1080, 1920]);

    const caption = sceneAt(document, 600).captions[0]!;
    const pad = caption.box!.paddingPx;
    const box = {
      x: caption.x + caption.text.ink.x - pad,
      y: caption.y + caption.text.ink.y - pad,
      width: caption.text.ink.width + 2 * pad,
      height: caption.text.ink.height + 2 * pad,
    };
    // Inside the padding: the box colour (#0F172A) at 80 % opacity.
    const [r, g, b, a] = both.at(box.x + pad / 2 + 8, box.y + box.height / 2);
    expect(a).toBeGreaterThan(190);
    expect(a).toBeLessThan(220);
    expect(Math.abs(r - 0x0f) + Math.abs(g - 0x17) + Math.abs(b - 0x2a)).toBeLessThan(20);
    // The caption's fill colour: plenty of opaque white inside the box.
    expect(countNear(both, box, [255, 255, 255])).toBeGreaterThan(500);
    // Just outside the box, and far away: transparent.
    expect(both.at(box.x - 6, box.y + box.height / 2)[3]).toBe(0);
    expect(both.at(20, 20)[3]).toBe(0);
    expect(both.at(1060, 1900)[3]).toBe(0);

    // The heart icon (#E11D48, 240 px at (540, 576)) with its white outline.
    const iconBox = { x: 420, y: 456, width: 240, height: 240 };
    expect(countNear(both, iconBox, [0xe1, 0x1d, 0x48])).toBeGreaterThan(2000);
    expect(countNear(both, iconBox, [255, 255, 255])).toBeGreaterThan(100);

    const empty = decode(readFileSync(frames.at(-1)!.file));
    for (let y = 0; y < 1920; y += 37) {
      for (let x = 0; x < 1080; x += 37) expect(empty.at(x, y)[3]).toBe(0);
    }
  });

  it('renders the same picture for a single time as for its segment', async () => {
    const document = doc();
    const { frames } = await renderOverlayFrames(document, {
      fps: 30,
      durationMs: 2000,
      outDir: `${temp.dir}/same`,
    });
    const segmentPng = readFileSync(frames.find((frame) => frame.startMs === 600)!.file);
    const single = await renderSceneFrame(document, 700);
    expect(Buffer.compare(single, segmentPng)).toBe(0);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      renderOverlayFrames(doc(), {
        fps: 30,
        durationMs: 2000,
        outDir: `${temp.dir}/cancelled`,
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('names a missing image file instead of drawing without it', async () => {
    const base = withTracks({});
    const withImage = projectDocumentSchema.parse({
      ...base,
      media: [asset('med_logo', imageProbe(), 'logo.png')],
      tracks: {
        ...base.tracks,
        overlays: [
          {
            id: 'ovl_logo',
            kind: 'image',
            start: 0,
            end: 1000,
            transform: [
              { t: 0, x: 0.5, y: 0.5, scale: 1, rotation: 0, opacity: 1, easing: 'linear' },
            ],
            enter: NO_ANIMATION,
            exit: NO_ANIMATION,
            mediaId: 'med_logo',
            widthPx: 300,
          },
        ],
      },
    });
    await expect(renderSceneFrame(withImage, 0)).rejects.toMatchObject({
      code: 'missing',
      message: expect.stringContaining('/footage/logo.png'),
    });
  });
});
