import { describe, expect, it } from 'vitest';
import type { TransformKeyframe } from '../../../../../shared/model';
import {
  keyframeIndexAt,
  keyframeNeighbours,
  keyTimeFor,
  keyTolerance,
  refuseInsert,
  refuseRemove,
  refuseRetime,
} from '../../../../../renderer/panels/inspector/keyframes';

const key = (t: number, x = 0.5) =>
  ({
    t,
    x,
    y: 0.5,
    scale: 1,
    rotation: 0,
    opacity: 1,
    easing: 'linear',
  }) satisfies TransformKeyframe;

const two = [key(0, 0.2), key(1000, 0.8)];

describe('finding keyframes', () => {
  it('finds the keyframe at a time within half a frame, the nearest one first', () => {
    expect(keyTolerance(30)).toBeCloseTo(16.67, 2);
    expect(keyframeIndexAt(two, 1000)).toBe(1);
    expect(keyframeIndexAt(two, 990)).toBe(-1);
    expect(keyframeIndexAt(two, 990, keyTolerance(30))).toBe(1);
    expect(keyframeIndexAt([key(0), key(20)], 12, 16)).toBe(1);
  });

  it('names the keyframes at, before and after a time', () => {
    const three = [key(0), key(500), key(1000)];
    expect(keyframeNeighbours(three, 500)).toEqual({ at: 1, previous: 0, next: 2 });
    expect(keyframeNeighbours(three, 700)).toEqual({ at: -1, previous: 1, next: 2 });
    expect(keyframeNeighbours(three, -200)).toEqual({ at: -1, previous: -1, next: 0 });
    expect(keyframeNeighbours(three, 1400)).toEqual({ at: -1, previous: 2, next: -1 });
  });
});

describe('the keyframe a value change sets', () => {
  it('is the lone keyframe of a static value, wherever the playhead is', () => {
    expect(keyTimeFor([key(0)], 1234, 16)).toBe(0);
  });

  it('is the keyframe at the playhead, within half a frame', () => {
    expect(keyTimeFor(two, 995, 16)).toBe(1000);
  });

  it('is a new keyframe at the playhead between keyframes', () => {
    expect(keyTimeFor(two, 500.4, 16)).toBe(500);
  });
});

describe('plain reasons before a keyframe command would refuse', () => {
  it('refuses a second keyframe at the same time', () => {
    expect(refuseInsert(two, 1005, 16)).toBe('There is already a keyframe here.');
    expect(refuseInsert(two, 400, 16)).toBeNull();
  });

  it('refuses to remove the last keyframe or a missing one', () => {
    expect(refuseRemove(two, 0)).toBeNull();
    expect(refuseRemove([key(0)], 0)).toBe('The last keyframe holds the value; it cannot go.');
    expect(refuseRemove(two, 5)).toBe('That keyframe no longer exists.');
  });

  it('refuses to move a keyframe onto another', () => {
    expect(refuseRetime(two, 0, 1000)).toBe('Another keyframe is already at that time.');
    expect(refuseRetime(two, 0, 400)).toBeNull();
    expect(refuseRetime(two, 0, 0)).toBeNull();
  });
});
