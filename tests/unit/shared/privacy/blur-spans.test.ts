import { describe, expect, it } from 'vitest';
import type { ManualRegion } from '../../../../shared/model';
import {
  FALLBACK_SAMPLE_RATE,
  faceTrackBoxAt,
  faceTrackSpan,
  regionBoxAt,
  regionSpan,
  trackSampleRate,
} from '../../../../shared/privacy/blur-spans';

const box = (x: number) => ({ x, y: 50, width: 100, height: 80 });
const samples = [
  { t: 1000, box: box(0), score: 0.9 },
  { t: 1400, box: box(400), score: 0.8 },
];

describe('faceTrackSpan', () => {
  it('widens the samples by one sampling interval on each side', () => {
    expect(faceTrackSpan({ samples }, 5)).toEqual({ fromMs: 800, toMs: 1600 });
    expect(faceTrackSpan({ samples }, 10)).toEqual({ fromMs: 900, toMs: 1500 });
    // A single sample (a still) still covers an interval either side; it may start before 0.
    expect(faceTrackSpan({ samples: [{ t: 0, box: box(0), score: 1 }] }, 2)).toEqual({
      fromMs: -500,
      toMs: 500,
    });
  });

  it('falls back to one sample a second and refuses nonsense', () => {
    expect(faceTrackSpan({ samples })).toEqual({ fromMs: 0, toMs: 2400 });
    expect(FALLBACK_SAMPLE_RATE).toBe(1);
    expect(() => faceTrackSpan({ samples: [] }, 5)).toThrow(/at least one sample/);
    for (const rate of [0, -2, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => faceTrackSpan({ samples }, rate)).toThrow(/positive number/);
    }
  });
});

describe('trackSampleRate', () => {
  it("is the track's scan's rate, or the fallback when the scan is not listed", () => {
    const scans = [
      { id: 'scan_1', sampleRate: 5 },
      { id: 'scan_2', sampleRate: 8 },
    ];
    expect(trackSampleRate(scans, { scanId: 'scan_2' })).toBe(8);
    expect(trackSampleRate(scans, { scanId: 'scan_9' })).toBe(FALLBACK_SAMPLE_RATE);
  });
});

describe('faceTrackBoxAt', () => {
  it('holds the first and last box within the widened span and is null outside it', () => {
    expect(faceTrackBoxAt({ samples }, 5, 799)).toBeNull();
    expect(faceTrackBoxAt({ samples }, 5, 800)).toEqual(box(0));
    expect(faceTrackBoxAt({ samples }, 5, 1200)).toEqual(box(200));
    expect(faceTrackBoxAt({ samples }, 5, 1600)).toEqual(box(400));
    expect(faceTrackBoxAt({ samples }, 5, 1601)).toBeNull();
  });
});

describe('regionBoxAt', () => {
  const region: Pick<ManualRegion, 'startMs' | 'endMs' | 'keyframes'> = {
    startMs: 500,
    endMs: 3000,
    keyframes: [
      { t: 1000, box: box(0) },
      { t: 2000, box: box(100) },
    ],
  };

  it('interpolates between keyframes and holds the ends, both span ends included', () => {
    expect(regionBoxAt(region, 500)).toEqual(box(0));
    expect(regionBoxAt(region, 1500)).toEqual(box(50));
    expect(regionBoxAt(region, 2600)).toEqual(box(100));
    expect(regionBoxAt(region, 3000)).toEqual(box(100));
  });

  it('is null outside the span, even where keyframes lie', () => {
    expect(regionBoxAt(region, 499)).toBeNull();
    expect(regionBoxAt(region, 3001)).toBeNull();
    const shortened = { ...region, startMs: 1200, endMs: 1300 };
    expect(regionBoxAt(shortened, 1000)).toBeNull();
    expect(regionBoxAt(shortened, 1250)).toEqual(box(25));
    expect(regionSpan(shortened)).toEqual({ fromMs: 1200, toMs: 1300 });
  });
});
