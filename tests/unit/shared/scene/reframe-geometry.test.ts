import { describe, expect, it } from 'vitest';
import {
  evenCeil,
  evenClampedValue,
  fillCropBox,
  fillCropOffset,
  fitBackground,
  fitPlacement,
  orientedPicture,
} from '../../../../shared/scene/reframe-geometry';
import { videoProbe } from '../fixtures';

const frame = { width: 1080, height: 1920 };
const wide = orientedPicture(videoProbe(1000), 'clip');

describe('reframe geometry shared by preview and export', () => {
  it('rounds like the export expressions: clamped, then down to even', () => {
    expect(evenClampedValue(177, 1314)).toBe(176);
    expect(evenClampedValue(-40, 1314)).toBe(0);
    expect(evenClampedValue(2000, 1313)).toBe(1312);
    expect(evenClampedValue(5, -3)).toBe(0);
    expect(evenCeil(3)).toBe(4);
    expect(evenCeil(4)).toBe(4);
    expect(evenCeil(0.2)).toBe(2);
  });

  it('centres the fill crop on the focus, inside the picture', () => {
    expect(fillCropOffset(480, 1920, 606)).toBe(176);
    expect(fillCropOffset(10, 1920, 606)).toBe(0);
    expect(fillCropOffset(1900, 1920, 606)).toBe(1314);
    // Nothing to move when the crop is the whole side.
    expect(fillCropOffset(500, 1080, 1080)).toBe(0);
    expect(fillCropBox(wide, frame, { x: 0.25, y: 0.5 })).toEqual({
      x: 176,
      y: 0,
      width: 606,
      height: 1080,
    });
    const square = { width: 1000, height: 1000, pixelAspect: 1 };
    expect(fillCropBox(square, frame, { x: 1, y: 0.5 })).toEqual({
      x: 438,
      y: 0,
      width: 562,
      height: 1000,
    });
  });

  it('centres the fitted picture at even offsets', () => {
    expect(fitPlacement(wide, frame)).toEqual({ x: 0, y: 656, width: 1080, height: 608 });
    const fourThree = { width: 1440, height: 1080, pixelAspect: 1 };
    expect(fitPlacement(fourThree, frame)).toEqual({ x: 0, y: 554, width: 1080, height: 810 });
    const tall = { width: 1080, height: 2400, pixelAspect: 1 };
    expect(fitPlacement(tall, frame)).toEqual({ x: 108, y: 0, width: 864, height: 1920 });
  });

  it('makes the fit-blur background from the frame-shaped middle, at an eighth, blurred there', () => {
    expect(fitBackground({ width: 1080, height: 608 }, frame, 40)).toEqual({
      window: { x: 368, y: 0, width: 342, height: 608 },
      small: { width: 136, height: 240 },
      sigmaPx: 24 * (136 / 1080),
    });
  });
});
