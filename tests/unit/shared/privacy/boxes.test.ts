import { describe, expect, it } from 'vitest';
import {
  growBox,
  iou,
  overlapOfSmaller,
  suppressOverlaps,
  unionBox,
} from '../../../../shared/privacy/boxes';

const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

describe('box arithmetic', () => {
  it('computes IoU and containment', () => {
    expect(iou(box(0, 0, 10, 10), box(0, 0, 10, 10))).toBe(1);
    expect(iou(box(0, 0, 10, 10), box(5, 0, 10, 10))).toBeCloseTo(50 / 150);
    expect(iou(box(0, 0, 10, 10), box(20, 20, 5, 5))).toBe(0);
    expect(overlapOfSmaller(box(0, 0, 100, 100), box(10, 10, 20, 20))).toBe(1);
  });

  it('grows about the centre and unions boxes', () => {
    expect(growBox(box(10, 10, 100, 40), 0.5)).toEqual(box(-15, 0, 150, 60));
    expect(unionBox([box(0, 0, 10, 10), box(20, 5, 10, 10)])).toEqual(box(0, 0, 30, 15));
    expect(() => unionBox([])).toThrow(RangeError);
  });

  it('suppresses overlapping and contained boxes, keeping the best score', () => {
    const kept = suppressOverlaps(
      [
        { box: box(0, 0, 100, 100), score: 0.6 },
        { box: box(5, 5, 100, 100), score: 0.9 },
        { box: box(30, 30, 30, 30), score: 0.5 },
        { box: box(500, 500, 50, 50), score: 0.4 },
      ],
      { iou: 0.3, containment: 0.7 },
    );
    expect(kept.map((k) => k.score)).toEqual([0.9, 0.4]);
  });

  it('grows a kept box to a larger partial box it lies inside (tile edges)', () => {
    const kept = suppressOverlaps(
      [
        { box: box(0, 0, 40, 40), score: 0.9 },
        { box: box(0, 0, 60, 50), score: 0.5 },
      ],
      { iou: 0.9, containment: 0.7 },
    );
    expect(kept).toEqual([{ box: box(0, 0, 60, 50), score: 0.9 }]);
  });
});
