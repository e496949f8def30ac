import { describe, expect, it } from 'vitest';
import {
  bracketKeyframes,
  ease,
  interpolateBox,
  interpolateFocus,
  interpolateTransform,
} from '../../../../shared/scene/interpolate';
import { keyframe } from './scene-fixtures';

describe('ease', () => {
  it('maps progress through each curve', () => {
    expect(ease('linear', 0.25)).toBe(0.25);
    expect(ease('easeIn', 0.5)).toBeCloseTo(0.125, 10);
    expect(ease('easeOut', 0.5)).toBeCloseTo(0.875, 10);
    expect(ease('easeInOut', 0.25)).toBeCloseTo(0.0625, 10);
    expect(ease('easeInOut', 0.75)).toBeCloseTo(0.9375, 10);
    expect(ease('easeInOut', 0.5)).toBeCloseTo(0.5, 10);
  });

  it('holds the start value until the end of the span', () => {
    expect(ease('hold', 0)).toBe(0);
    expect(ease('hold', 0.999)).toBe(0);
    expect(ease('hold', 1)).toBe(1);
  });

  it('pins every curve to 0 and 1 at the ends and clamps outside them', () => {
    for (const easing of ['linear', 'easeIn', 'easeOut', 'easeInOut'] as const) {
      expect(ease(easing, 0)).toBe(0);
      expect(ease(easing, 1)).toBe(1);
      expect(ease(easing, -3)).toBe(0);
      expect(ease(easing, 7)).toBe(1);
    }
  });
});

describe('bracketKeyframes', () => {
  const keys = [{ t: 100 }, { t: 300 }, { t: 700 }];

  it('holds the first keyframe before it and the last after it', () => {
    expect(bracketKeyframes(keys, 0)).toEqual({ from: keys[0], to: keys[0], progress: 0 });
    expect(bracketKeyframes(keys, 900)).toEqual({ from: keys[2], to: keys[2], progress: 0 });
  });

  it('finds the span around a time and the raw progress through it', () => {
    expect(bracketKeyframes(keys, 200)).toEqual({ from: keys[0], to: keys[1], progress: 0.5 });
    expect(bracketKeyframes(keys, 400)).toEqual({ from: keys[1], to: keys[2], progress: 0.25 });
    // Exactly on a keyframe: the span that starts there, at its beginning.
    expect(bracketKeyframes(keys, 300)).toEqual({ from: keys[1], to: keys[2], progress: 0 });
  });

  it('refuses an empty list', () => {
    expect(() => bracketKeyframes([], 0)).toThrow(RangeError);
  });
});

describe('interpolateTransform', () => {
  it('interpolates every channel with the earlier keyframe easing', () => {
    const keys = [
      keyframe(0, { x: 0, y: 0.2, scale: 1, rotation: 0, opacity: 0, easing: 'easeIn' }),
      keyframe(1000, { x: 1, y: 0.6, scale: 3, rotation: 90, opacity: 1 }),
    ];
    const mid = interpolateTransform(keys, 500);
    expect(mid.x).toBeCloseTo(0.125, 10);
    expect(mid.y).toBeCloseTo(0.25, 10);
    expect(mid.scale).toBeCloseTo(1.25, 10);
    expect(mid.rotation).toBeCloseTo(11.25, 10);
    expect(mid.opacity).toBeCloseTo(0.125, 10);
  });

  it('steps with hold and stays at the last keyframe afterwards', () => {
    const keys = [keyframe(0, { x: 0.1, easing: 'hold' }), keyframe(400, { x: 0.9 })];
    expect(interpolateTransform(keys, 399).x).toBe(0.1);
    expect(interpolateTransform(keys, 400).x).toBe(0.9);
    expect(interpolateTransform(keys, 5000).x).toBe(0.9);
  });
});

describe('interpolateFocus and interpolateBox', () => {
  it('moves the focus point in source time', () => {
    const focus = [
      { t: 1000, x: 0.2, y: 0.5, easing: 'linear' as const },
      { t: 3000, x: 0.8, y: 0.3, easing: 'linear' as const },
    ];
    expect(interpolateFocus(focus, 2000)).toEqual({ x: 0.5, y: expect.closeTo(0.4, 10) });
    expect(interpolateFocus(focus, 0)).toEqual({ x: 0.2, y: 0.5 });
  });

  it('moves boxes linearly', () => {
    const boxes = [
      { t: 0, box: { x: 0, y: 0, width: 100, height: 50 } },
      { t: 100, box: { x: 200, y: 40, width: 300, height: 150 } },
    ];
    expect(interpolateBox(boxes, 25)).toEqual({ x: 50, y: 10, width: 150, height: 75 });
  });
});
