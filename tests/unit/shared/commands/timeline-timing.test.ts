import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fitAnimations,
  fitPair,
  mergeSpans,
  rippleShift,
  windowKeyframes,
  windowWords,
} from '../../../../shared/commands/timeline-timing';
import type { TransformKeyframe } from '../../../../shared/model';
import { NO_ANIMATION } from '../../../../shared/model';
import { interpolateTransform } from '../../../../shared/scene/interpolate';

const kf = (t: number, x: number, easing: TransformKeyframe['easing'] = 'linear') => ({
  t,
  x,
  y: 0.5,
  scale: 1,
  rotation: 0,
  opacity: 1,
  easing,
});

describe('windowKeyframes', () => {
  const ramp = [kf(0, 0), kf(1000, 1)];

  it('adds the interpolated value where the window cuts between keyframes', () => {
    const tail = windowKeyframes(ramp, 500, 1000);
    expect(tail.map((k) => [k.t, k.x])).toEqual([
      [0, 0.5],
      [500, 1],
    ]);
    const head = windowKeyframes(ramp, 0, 250);
    expect(head.map((k) => [k.t, k.x])).toEqual([
      [0, 0],
      [250, 0.25],
    ]);
  });

  it('moves keyframes later when the window starts before the item (head extended)', () => {
    const extended = windowKeyframes(ramp, -200, 800);
    expect(extended.map((k) => [k.t, k.x])).toEqual([
      [200, 0],
      [1000, 0.8],
    ]);
  });

  it('keeps a single keyframe as one keyframe at the start', () => {
    expect(windowKeyframes([kf(0, 0.3)], 400, 900)).toEqual([kf(0, 0.3)]);
  });

  it('keeps a hold keyframe holding across the cut', () => {
    const held = windowKeyframes([kf(0, 0.1, 'hold'), kf(1000, 0.9)], 300, 1000);
    expect(held[0]).toMatchObject({ t: 0, x: 0.1, easing: 'hold' });
    expect(held[1]).toMatchObject({ t: 700, x: 0.9 });
  });

  it('draws the same transform inside the window for linear keyframes (property)', () => {
    const keyframesArb = fc
      .uniqueArray(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 5 })
      .chain((times) =>
        fc.tuple(
          fc.constant([...times].sort((a, b) => a - b)),
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
            minLength: times.length,
            maxLength: times.length,
          }),
        ),
      )
      .map(([times, xs]) => times.map((t, i) => kf(t, xs[i] ?? 0)));
    fc.assert(
      fc.property(
        keyframesArb,
        fc.integer({ min: -1000, max: 4000 }),
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 0, max: 1000 }),
        (keyframes, from, length, probe) => {
          const to = from + length;
          const windowed = windowKeyframes(keyframes, from, to);
          const local = Math.round((probe / 1000) * length);
          const expected = interpolateTransform(keyframes, from + local).x;
          expect(interpolateTransform(windowed, local).x).toBeCloseTo(expected, 9);
          for (let i = 1; i < windowed.length; i += 1) {
            expect(windowed[i]!.t).toBeGreaterThan(windowed[i - 1]!.t);
          }
          expect(windowed[0]!.t).toBeGreaterThanOrEqual(0);
          expect(windowed.at(-1)!.t).toBeLessThanOrEqual(length);
        },
      ),
    );
  });
});

describe('windowWords', () => {
  const words = [
    { text: 'one', start: 0, end: 400 },
    { text: 'two', start: 500, end: 900 },
    { text: 'three', start: 1000, end: 1500 },
  ];

  it('cuts words at the edges and drops the ones outside', () => {
    expect(windowWords(words, 600, 1200)).toEqual([
      { text: 'two', start: 0, end: 300 },
      { text: 'three', start: 400, end: 600 },
    ]);
  });

  it('is undefined when no word is left or there were none', () => {
    expect(windowWords(words, 1500, 2000)).toBeUndefined();
    expect(windowWords(undefined, 0, 100)).toBeUndefined();
  });
});

describe('fitPair and fitAnimations', () => {
  it('leaves durations that fit and scales down ones that do not', () => {
    expect(fitPair(200, 300, 1000)).toEqual([200, 300]);
    expect(fitPair(600, 600, 600)).toEqual([300, 300]);
    const [a, b] = fitPair(700, 100, 401);
    expect(a + b).toBeLessThanOrEqual(401);
  });

  it('keeps the animation objects when nothing changes', () => {
    const enter = { type: 'fade' as const, durationMs: 300, easing: 'easeOut' as const };
    const fitted = fitAnimations(enter, NO_ANIMATION, 1000);
    expect(fitted.enter).toBe(enter);
    expect(fitAnimations(enter, enter, 400).enter.durationMs).toBe(200);
  });
});

describe('rippleShift', () => {
  it('counts only the removed time before the item, merging overlaps', () => {
    const removed = [
      { start: 1000, end: 2000 },
      { start: 1500, end: 2500 },
      { start: 5000, end: 6000 },
    ];
    expect(mergeSpans(removed)).toEqual([
      { start: 1000, end: 2500 },
      { start: 5000, end: 6000 },
    ]);
    expect(rippleShift(removed, 500)).toBe(0);
    expect(rippleShift(removed, 3000)).toBe(1500);
    expect(rippleShift(removed, 6000)).toBe(2500);
    // An item that started inside a removed span moves back to the span's start.
    expect(rippleShift(removed, 2000)).toBe(1000);
  });
});
