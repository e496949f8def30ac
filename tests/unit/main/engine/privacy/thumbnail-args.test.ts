import { describe, expect, it } from 'vitest';
import {
  thumbnailCropBox,
  thumbnailHeight,
  thumbnailSamples,
  trackThumbnailArgs,
  TRACK_THUMBNAIL_MAX_HEIGHT,
} from '../../../../../main/engine/privacy/thumbnail-args';
import type { FaceSample } from '../../../../../shared/model/privacy';

const sample = (t: number): FaceSample => ({
  t,
  box: { x: t, y: 0, width: 10, height: 10 },
  score: 0.9,
});

describe('thumbnailSamples', () => {
  it('takes the first, middle and last sample of a video track', () => {
    const samples = [0, 200, 400, 600, 800].map(sample);
    expect(thumbnailSamples(samples, false).map((s) => s.t)).toEqual([0, 400, 800]);
  });

  it('does not repeat a sample of a short track', () => {
    expect(thumbnailSamples([sample(0)], false).map((s) => s.t)).toEqual([0]);
    expect(thumbnailSamples([sample(0), sample(200)], false).map((s) => s.t)).toEqual([0, 200]);
  });

  it('takes only the first sample of a still', () => {
    expect(thumbnailSamples([sample(0), sample(86_400_000)], true).map((s) => s.t)).toEqual([0]);
  });
});

describe('thumbnailCropBox', () => {
  const picture = { width: 1920, height: 1080 };

  it('centres the padded box enlarged for context on the face, even-aligned', () => {
    // 100x100 box, padding 0.15 -> 130, context 1.6 -> 208.
    const crop = thumbnailCropBox({ x: 900, y: 400, width: 100, height: 100 }, picture);
    expect(crop).toEqual({ x: 846, y: 346, width: 208, height: 208 });
  });

  it('moves the crop inside the picture at an edge', () => {
    const crop = thumbnailCropBox({ x: -20, y: 1040, width: 100, height: 100 }, picture);
    expect(crop).toMatchObject({ x: 0, y: 1080 - 208, width: 208, height: 208 });
  });

  it('shrinks a crop larger than the picture to the picture', () => {
    const crop = thumbnailCropBox(
      { x: 0, y: 0, width: 300, height: 200 },
      { width: 321, height: 240 },
    );
    expect(crop).toEqual({ x: 0, y: 0, width: 320, height: 240 });
  });

  it('follows the given padding and context', () => {
    const crop = thumbnailCropBox({ x: 500, y: 500, width: 100, height: 50 }, picture, {
      padding: 0,
      context: 1,
    });
    expect(crop).toEqual({ x: 500, y: 500, width: 100, height: 50 });
  });

  it('refuses a picture too small to crop', () => {
    expect(() =>
      thumbnailCropBox({ x: 0, y: 0, width: 1, height: 1 }, { width: 1, height: 0 }),
    ).toThrow(RangeError);
  });
});

describe('thumbnailHeight', () => {
  const crop = { x: 0, y: 0, width: 300, height: 80 };
  it('never enlarges and caps at the maximum', () => {
    expect(thumbnailHeight(crop, { rotation: 0, mirrored: false })).toBe(80);
    expect(thumbnailHeight({ ...crop, height: 500 }, { rotation: 180, mirrored: true })).toBe(
      TRACK_THUMBNAIL_MAX_HEIGHT,
    );
  });
  it('uses the coded width when a quarter turn makes it the height', () => {
    expect(thumbnailHeight(crop, { rotation: 90, mirrored: false })).toBe(120);
    expect(thumbnailHeight({ ...crop, width: 60 }, { rotation: 270, mirrored: false })).toBe(60);
  });
});

describe('trackThumbnailArgs', () => {
  const crop = { x: 10, y: 20, width: 100, height: 120 };

  it('seeks before the input, crops coded pixels, turns upright and writes one JPEG to stdout', () => {
    const args = trackThumbnailArgs('/media/clip.mp4', {
      atMs: 1500,
      crop,
      orientation: { rotation: 90, mirrored: true },
      height: 100,
    });
    expect(args.indexOf('-ss')).toBeLessThan(args.indexOf('-i'));
    expect(args[args.indexOf('-ss') + 1]).toBe('1.500');
    expect(args).toContain('-noautorotate');
    expect(args[args.indexOf('-i') + 1]).toBe('file:/media/clip.mp4');
    expect(args[args.indexOf('-frames:v') + 1]).toBe('1');
    const filter = args[args.indexOf('-vf') + 1] ?? '';
    expect(filter.split(',')[0]).toBe('crop=100:120:10:20:exact=1');
    expect(filter.indexOf('transpose=clock')).toBeGreaterThan(filter.indexOf('crop='));
    expect(filter.indexOf('hflip')).toBeGreaterThan(filter.indexOf('transpose=clock'));
    expect(filter).toContain(':h=100');
    expect(args.slice(-3)).toEqual(['-f', 'image2pipe', 'pipe:1']);
    expect(args[args.indexOf('-c:v') + 1]).toBe('mjpeg');
  });

  it('does not seek in a still', () => {
    const args = trackThumbnailArgs('/media/photo.jpg', {
      crop,
      orientation: { rotation: 0, mirrored: false },
      height: 100,
    });
    expect(args).not.toContain('-ss');
  });

  it('refuses a relative path (it could be read as another protocol)', () => {
    expect(() =>
      trackThumbnailArgs('clip.mp4', {
        crop,
        orientation: { rotation: 0, mirrored: false },
        height: 100,
      }),
    ).toThrow(TypeError);
  });
});
