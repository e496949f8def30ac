import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it, vi } from 'vitest';
import {
  FrameStager,
  stagingRegion,
  type StageableFrame,
} from '../../../../renderer/canvas/frame-staging';
import type { VideoDrawPlan } from '../../../../renderer/canvas/video-layout';

/** Staging a decoded frame's pixels (WebCodecs copyTo), on @napi-rs/canvas with a fake frame. */

const size = { width: 64, height: 36 };
const fill = (crop: { x: number; y: number; width: number; height: number }): VideoDrawPlan => ({
  mode: 'fill',
  sourceCrop: crop,
  patches: [],
});
const fit: VideoDrawPlan = {
  mode: 'fit',
  placement: { x: 0, y: 0, width: 100, height: 56 },
  backdrop: { kind: 'color', color: '#000000' },
  patches: [],
};

/** A frame whose pixel (x, y) is RGBA (x, y, 7, 255), as a copyTo with format RGBA gives. */
function fakeFrame(overrides: Partial<StageableFrame> = {}) {
  const copies: VideoFrameCopyToOptions[] = [];
  const frame: StageableFrame = {
    format: 'I420',
    visibleRect: { x: 0, y: 0, width: size.width, height: size.height } as DOMRectReadOnly,
    displayWidth: size.width,
    displayHeight: size.height,
    rotation: 0,
    flip: false,
    allocationSize: (options) =>
      options.format === 'RGBA' ? options.rect!.width! * options.rect!.height! * 4 : 0,
    copyTo: async (destination, options) => {
      copies.push(options);
      const rect = options.rect!;
      const bytes = destination as Uint8ClampedArray;
      for (let y = 0; y < rect.height!; y += 1) {
        for (let x = 0; x < rect.width!; x += 1) {
          bytes.set([rect.x! + x, rect.y! + y, 7, 255], (y * rect.width! + x) * 4);
        }
      }
      return [];
    },
    ...overrides,
  };
  return { frame, copies };
}

function stager() {
  const surface = createCanvas(1, 1);
  return { surface, stager: new FrameStager(surface as unknown as HTMLCanvasElement) };
}

describe('stagingRegion', () => {
  it('is the crop of a fill, rounded out to whole pixels and kept inside the picture', () => {
    expect(stagingRegion(fill({ x: 10.4, y: 0, width: 20.2, height: 36 }), size)).toEqual({
      x: 10,
      y: 0,
      width: 21,
      height: 36,
    });
    expect(stagingRegion(fill({ x: -2, y: 30, width: 80, height: 10 }), size)).toEqual({
      x: 0,
      y: 30,
      width: 64,
      height: 6,
    });
  });

  it('is the whole picture for a fit', () => {
    expect(stagingRegion(fit, size)).toEqual({ x: 0, y: 0, ...size });
  });
});

describe('FrameStager', () => {
  it('copies only the crop as RGBA in sRGB and puts it on its canvas at the crop origin', async () => {
    const { surface, stager: staging } = stager();
    const { frame, copies } = fakeFrame();
    const staged = await staging.stage(frame, fill({ x: 20, y: 4, width: 10, height: 30 }), size);
    expect(staged?.origin).toEqual({ x: 20, y: 4 });
    expect(copies).toEqual([
      { rect: { x: 20, y: 4, width: 10, height: 30 }, format: 'RGBA', colorSpace: 'srgb' },
    ]);
    expect([surface.width, surface.height]).toEqual([10, 30]);
    // The canvas's (3, 5) is the picture's (23, 9).
    expect([...surface.getContext('2d').getImageData(3, 5, 1, 1).data]).toEqual([23, 9, 7, 255]);
  });

  it('leaves rotated, mirrored and resized frames to drawImage', async () => {
    const plan = fill({ x: 0, y: 0, width: 20, height: 36 });
    for (const overrides of [
      { rotation: 90 },
      { flip: true },
      { displayWidth: 48 },
      { visibleRect: null },
    ] satisfies Partial<StageableFrame>[]) {
      const { frame, copies } = fakeFrame(overrides);
      expect(await stager().stager.stage(frame, plan, size)).toBeNull();
      expect(copies).toEqual([]);
    }
    // A frame of another size than the plan was made for.
    const { frame } = fakeFrame();
    expect(await stager().stager.stage(frame, plan, { width: 32, height: 18 })).toBeNull();
  });

  it('stops for good where the browser cannot copy as RGBA (it would copy planar YUV)', async () => {
    const { stager: staging } = stager();
    const planar = fakeFrame({ allocationSize: () => 20 * 36 * 1.5 });
    const plan = fill({ x: 0, y: 0, width: 20, height: 36 });
    expect(await staging.stage(planar.frame, plan, size)).toBeNull();
    expect(planar.copies).toEqual([]);
    // A frame it could copy is drawn directly too from then on.
    const good = fakeFrame();
    expect(await staging.stage(good.frame, plan, size)).toBeNull();
    expect(good.copies).toEqual([]);
  });

  it('skips a frame whose copy fails, and stops after three failures in a row', async () => {
    const { stager: staging } = stager();
    const plan = fill({ x: 0, y: 0, width: 20, height: 36 });
    const broken = fakeFrame({ copyTo: vi.fn().mockRejectedValue(new Error('closed')) });
    expect(await staging.stage(broken.frame, plan, size)).toBeNull();
    // One failure: the next frame is copied again.
    expect(await staging.stage(fakeFrame().frame, plan, size)).not.toBeNull();
    for (let i = 0; i < 3; i += 1) await staging.stage(broken.frame, plan, size);
    const after = fakeFrame();
    expect(await staging.stage(after.frame, plan, size)).toBeNull();
    expect(after.copies).toEqual([]);
  });
});
