import { describe, expect, it } from 'vitest';
import {
  SLIDE_DISTANCE_FRACTION,
  animationEffect,
  animationStateAt,
  backOut,
  presence,
} from '../../../../shared/scene/animation';
import type { Animation } from '../../../../shared/model';

const none: Animation = { type: 'none', durationMs: 0, easing: 'linear' };
const span = (enter: Animation, exit: Animation = none) => ({
  start: 1000,
  end: 3000,
  enter,
  exit,
});

describe('animationStateAt', () => {
  const fadeIn: Animation = { type: 'fade', durationMs: 400, easing: 'linear' };
  const fadeOut: Animation = { type: 'fade', durationMs: 500, easing: 'easeIn' };

  it('starts the enter at 0 and ends it exactly at its duration', () => {
    expect(animationStateAt(span(fadeIn), 0)).toEqual({
      phase: 'enter',
      type: 'fade',
      progress: 0,
    });
    expect(animationStateAt(span(fadeIn), 100)).toEqual({
      phase: 'enter',
      type: 'fade',
      progress: 0.25,
    });
    expect(animationStateAt(span(fadeIn), 399).progress).toBeCloseTo(399 / 400, 10);
    expect(animationStateAt(span(fadeIn), 400)).toEqual({
      phase: 'steady',
      type: 'none',
      progress: 1,
    });
  });

  it('starts the exit at length minus its duration and nearly finishes it by the end', () => {
    const overlay = span(fadeIn, fadeOut);
    expect(animationStateAt(overlay, 1499).phase).toBe('steady');
    expect(animationStateAt(overlay, 1500)).toEqual({ phase: 'exit', type: 'fade', progress: 0 });
    // easeIn: (250 / 500)^3
    expect(animationStateAt(overlay, 1750).progress).toBeCloseTo(0.125, 10);
    expect(animationStateAt(overlay, 1999).progress).toBeGreaterThan(0.99);
  });

  it('is steady without animations', () => {
    expect(animationStateAt(span(none), 0).phase).toBe('steady');
    expect(presence(animationStateAt(span(none), 0))).toBe(1);
  });
});

describe('animationEffect', () => {
  const enter = (type: Animation['type'], progress: number) =>
    animationEffect({ phase: 'enter', type, progress }, 1000);
  const exit = (type: Animation['type'], progress: number) =>
    animationEffect({ phase: 'exit', type, progress }, 1000);

  it('fades opacity with presence', () => {
    expect(enter('fade', 0.3).opacity).toBeCloseTo(0.3, 10);
    expect(exit('fade', 0.3).opacity).toBeCloseTo(0.7, 10);
  });

  it('slides in from the side opposite the direction and out towards it', () => {
    const distance = SLIDE_DISTANCE_FRACTION * 1000;
    expect(enter('slideLeft', 0).offsetX).toBeCloseTo(distance, 10);
    expect(exit('slideLeft', 1).offsetX).toBeCloseTo(-distance, 10);
    expect(enter('slideRight', 0).offsetX).toBeCloseTo(-distance, 10);
    expect(enter('slideUp', 0).offsetY).toBeCloseTo(distance, 10);
    expect(exit('slideDown', 1).offsetY).toBeCloseTo(distance, 10);
    expect(enter('slideLeft', 1).offsetX).toBeCloseTo(0, 10);
  });

  it('pops through an overshoot and settles at full size', () => {
    expect(backOut(0)).toBeCloseTo(0, 10);
    expect(backOut(1)).toBeCloseTo(1, 10);
    expect(Math.max(...[0.5, 0.6, 0.7, 0.8].map(backOut))).toBeGreaterThan(1.05);
    expect(enter('pop', 0).scale).toBeGreaterThan(0);
    expect(enter('pop', 0).opacity).toBe(0);
    expect(enter('pop', 1).scale).toBeCloseTo(1, 10);
  });

  it('reports wipe and draw-on as a reveal of the present fraction', () => {
    expect(enter('wipe', 0.4).reveal).toEqual({ kind: 'wipe', progress: 0.4 });
    expect(exit('drawOn', 0.25).reveal).toEqual({ kind: 'drawOn', progress: 0.75 });
    expect(animationEffect({ phase: 'steady', type: 'none', progress: 1 }, 1000)).toEqual({
      opacity: 1,
      scale: 1,
      offsetX: 0,
      offsetY: 0,
      reveal: null,
    });
  });
});
