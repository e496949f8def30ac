import { describe, expect, it } from 'vitest';
import {
  centredAspectWindow,
  fillCropSize,
  fitSize,
  orientBox,
  orientedPicture,
} from '../../../../../../main/engine/render/plan/geometry';
import { videoProbe } from '../../../../shared/fixtures';

const frame = { width: 1080, height: 1920 };
const box = { x: 100, y: 50, width: 200, height: 120 };

describe('orientedPicture', () => {
  it('swaps the sides for quarter turns and reads the pixel aspect', () => {
    expect(orientedPicture(videoProbe(1000), 'clip')).toMatchObject({
      width: 1920,
      height: 1080,
      pixelAspect: 1,
    });
    const turned = orientedPicture(
      videoProbe(1000, { rotation: 270, displayWidth: 1080, displayHeight: 1920 }),
      'clip',
    );
    expect(turned).toMatchObject({ width: 1080, height: 1920, pixelAspect: 1 });
    // Anamorphic 1440x1080 shown as 1920x1080: each pixel is 4/3 wide.
    const anamorphic = orientedPicture(
      videoProbe(1000, { width: 1440, displayWidth: 1920 }),
      'clip',
    );
    expect(anamorphic.pixelAspect).toBeCloseTo(4 / 3, 9);
  });

  it('refuses a probe without a picture size, naming the media', () => {
    expect(() => orientedPicture(videoProbe(1000, { width: undefined }), '"a.mp4"')).toThrow(
      /"a.mp4" has no picture size/,
    );
  });
});

describe('orientBox', () => {
  const coded = (rotation: 0 | 90 | 180 | 270, mirrored = false) =>
    orientedPicture(
      videoProbe(1000, {
        rotation,
        mirrored,
        displayWidth: rotation % 180 === 0 ? 1920 : 1080,
        displayHeight: rotation % 180 === 0 ? 1080 : 1920,
      }),
      'clip',
    );

  it('follows transpose=clock for 90° (the left column becomes the top row)', () => {
    expect(orientBox(box, coded(90))).toEqual({ x: 1080 - 170, y: 100, width: 120, height: 200 });
  });

  it('follows transpose=cclock for 270° and a half turn for 180°', () => {
    expect(orientBox(box, coded(270))).toEqual({ x: 50, y: 1920 - 300, width: 120, height: 200 });
    expect(orientBox(box, coded(180))).toEqual({
      x: 1920 - 300,
      y: 1080 - 170,
      width: 200,
      height: 120,
    });
  });

  it('mirrors after turning, as the probe describes', () => {
    expect(orientBox(box, coded(0, true))).toEqual({
      x: 1920 - 300,
      y: 50,
      width: 200,
      height: 120,
    });
    expect(orientBox(box, coded(90, true))).toEqual({ x: 50, y: 100, width: 120, height: 200 });
  });
});

describe('reframe sizes', () => {
  it('fill crops the largest 9:16 window, even-sided, sliding along the long axis', () => {
    expect(fillCropSize(orientedPicture(videoProbe(1000), 'c'), frame)).toEqual({
      width: 606,
      height: 1080,
      moves: 'x',
    });
    const square = orientedPicture(
      videoProbe(1000, { width: 1000, height: 1000, displayWidth: 1000, displayHeight: 1000 }),
      'c',
    );
    expect(fillCropSize(square, frame)).toEqual({ width: 562, height: 1000, moves: 'x' });
    const tall = orientedPicture(
      videoProbe(1000, { width: 1080, height: 2400, displayWidth: 1080, displayHeight: 2400 }),
      'c',
    );
    expect(fillCropSize(tall, frame)).toEqual({ width: 1080, height: 1920, moves: 'y' });
    const exact = orientedPicture(
      videoProbe(1000, { width: 1080, height: 1920, displayWidth: 1080, displayHeight: 1920 }),
      'c',
    );
    expect(fillCropSize(exact, frame)).toEqual({ width: 1080, height: 1920, moves: 'none' });
  });

  it('fill accounts for non-square pixels', () => {
    const anamorphic = orientedPicture(videoProbe(1000, { width: 1440, displayWidth: 1920 }), 'c');
    // 1080 rows show 607.5 px of width = 455.6 coded pixels.
    expect(fillCropSize(anamorphic, frame)).toEqual({ width: 454, height: 1080, moves: 'x' });
  });

  it('fit keeps the shown aspect inside the frame', () => {
    expect(fitSize(orientedPicture(videoProbe(1000), 'c'), frame)).toEqual({
      width: 1080,
      height: 608,
    });
    const portrait = orientedPicture(
      videoProbe(1000, { rotation: 90, displayWidth: 1080, displayHeight: 1920 }),
      'c',
    );
    expect(fitSize(portrait, frame)).toEqual({ width: 1080, height: 1920 });
    const fourThree = orientedPicture(
      videoProbe(1000, { width: 240, height: 320, displayWidth: 240, displayHeight: 320 }),
      'c',
    );
    expect(fitSize(fourThree, frame)).toEqual({ width: 1080, height: 1440 });
  });

  it('centredAspectWindow takes the frame-shaped middle of a fitted picture', () => {
    expect(centredAspectWindow({ width: 1080, height: 608 }, frame)).toEqual({
      width: 342,
      height: 608,
      x: 368,
      y: 0,
    });
    expect(centredAspectWindow({ width: 1080, height: 1440 }, frame)).toEqual({
      width: 810,
      height: 1440,
      x: 134,
      y: 0,
    });
    expect(centredAspectWindow({ width: 1080, height: 1920 }, frame)).toEqual({
      width: 1080,
      height: 1920,
      x: 0,
      y: 0,
    });
  });
});
