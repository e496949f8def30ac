import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clipToPicture,
  frameBoxToSource,
  frameMapping,
  sourceBoxToFrame,
  wholePixels,
} from '../../../../renderer/canvas/region-geometry';
import { videoDrawPlan } from '../../../../renderer/canvas/video-layout';
import type { MediaProbe, PixelBox } from '../../../../shared/model';
import type { SceneReframe } from '../../../../shared/scene/types';
import { videoProbe } from '../../shared/fixtures';

const frame = { width: 1080, height: 1920 };

const REFRAMES: SceneReframe[] = [
  { mode: 'fill', focus: { x: 0.35, y: 0.45 } },
  { mode: 'fill', focus: { x: 0.9, y: 0.1 } },
  { mode: 'fit-blur', blurStrength: 40 },
  { mode: 'fit-color', color: '#000000' },
];

const PROBES: [string, MediaProbe][] = [
  ['landscape', videoProbe()],
  ['portrait phone (rotated 90)', videoProbe(10_000, { rotation: 90 })],
  ['upside down (180)', videoProbe(10_000, { rotation: 180 })],
  ['rotated 270, mirrored', videoProbe(10_000, { rotation: 270, mirrored: true })],
  ['mirrored selfie', videoProbe(10_000, { mirrored: true })],
  [
    'anamorphic',
    videoProbe(10_000, { width: 1440, height: 1080, displayWidth: 1920, displayHeight: 1080 }),
  ],
];

const boxArb = fc.record({
  x: fc.double({ min: -500, max: 2500, noNaN: true }),
  y: fc.double({ min: -500, max: 2500, noNaN: true }),
  width: fc.double({ min: 1, max: 2000, noNaN: true }),
  height: fc.double({ min: 1, max: 2000, noNaN: true }),
});

function expectClose(actual: PixelBox, expected: PixelBox, tolerance = 1e-6) {
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    expect(Math.abs(actual[key] - expected[key])).toBeLessThanOrEqual(tolerance);
  }
}

describe('region geometry: source pixels <-> frame pixels', () => {
  for (const [name, probe] of PROBES) {
    for (const reframe of REFRAMES) {
      it(`round-trips both ways for ${name}, ${reframe.mode}`, () => {
        const mapping = frameMapping(probe, reframe, frame);
        fc.assert(
          fc.property(boxArb, (box) => {
            expectClose(frameBoxToSource(sourceBoxToFrame(box, mapping), mapping), box, 1e-6);
            expectClose(sourceBoxToFrame(frameBoxToSource(box, mapping), mapping), box, 1e-6);
          }),
          { numRuns: 200 },
        );
      });
    }
  }

  it('puts a source box where the preview draws its blur patch (within even rounding)', () => {
    for (const [, probe] of PROBES) {
      for (const reframe of REFRAMES) {
        const mapping = frameMapping(probe, reframe, frame);
        // A box in the middle of the shown picture, so neither clamps.
        const shown = mapping.shown;
        const rect = {
          x: shown.x + shown.width * 0.4,
          y: shown.y + shown.height * 0.4,
          width: shown.width * 0.15,
          height: shown.height * 0.1,
        };
        const box = frameBoxToSource(rect, mapping);
        const video = { clipId: 'c', mediaId: 'm', sourceMs: 0, reframe };
        const region = { id: 'r', source: 'manual' as const, mediaId: 'm', box, style: 'gaussian' };
        const element = { width: 960, height: 540 };
        const plan = videoDrawPlan(video, [region as never], probe, element, frame);
        const patch = plan?.patches[0]?.box;
        if (!plan || !patch) throw new Error('no patch drawn');
        const origin = plan.mode === 'fit' ? plan.placement : { x: 0, y: 0 };
        const drawn = { ...patch, x: patch.x + origin.x, y: patch.y + origin.y };
        expectClose(drawn, rect, 2.5);
      }
    }
  });

  it('maps the landscape demo footage into the fit-blur letterbox', () => {
    const mapping = frameMapping(videoProbe(), REFRAMES[2]!, frame);
    expect(mapping.shown).toEqual({ x: 0, y: 656, width: 1080, height: 608 });
    const rect = frameBoxToSource({ x: 0, y: 656, width: 540, height: 304 }, mapping);
    expectClose(rect, { x: 0, y: 0, width: 960, height: 540 }, 0.01);
  });

  it('maps the fill crop: the frame shows a 9:16 window of the picture', () => {
    const mapping = frameMapping(videoProbe(), { mode: 'fill', focus: { x: 0.5, y: 0.5 } }, frame);
    const whole = frameBoxToSource({ x: 0, y: 0, width: 1080, height: 1920 }, mapping);
    expect(whole.height).toBeCloseTo(1080, 6);
    expect(whole.width).toBeCloseTo(606, 6);
    expect(whole.x).toBeCloseTo(656, 6);
  });

  it('turns a rotated phone video the way the player does', () => {
    // Coded 1920x1080 shown upright as 1080x1920: fill covers the frame exactly.
    const probe = videoProbe(10_000, { rotation: 90, displayWidth: 1080, displayHeight: 1920 });
    const mapping = frameMapping(probe, { mode: 'fill', focus: { x: 0.5, y: 0.5 } }, frame);
    // The coded top-left corner shows at the top right after a clockwise turn.
    const corner = sourceBoxToFrame({ x: 0, y: 0, width: 100, height: 50 }, mapping);
    expectClose(corner, { x: 1030, y: 0, width: 50, height: 100 });
  });

  it('keeps regions inside the picture and on whole pixels', () => {
    const picture = frameMapping(videoProbe(), REFRAMES[2]!, frame).picture;
    expect(clipToPicture({ x: -10, y: 1000, width: 50, height: 200 }, picture)).toEqual({
      x: 0,
      y: 1000,
      width: 40,
      height: 80,
    });
    expect(clipToPicture({ x: -100, y: 0, width: 50, height: 50 }, picture)).toBeNull();
    expect(wholePixels({ x: 10.4, y: 5.99, width: 20.2, height: 0.3 })).toEqual({
      x: 10,
      y: 6,
      width: 20,
      height: 1,
    });
    // A move keeps the size, wherever the corner lands between pixels.
    expect(wholePixels({ x: 7.5001, y: 3.49, width: 712.0000001, height: 533.9999 })).toEqual({
      x: 8,
      y: 3,
      width: 712,
      height: 534,
    });
  });
});
