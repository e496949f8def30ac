import type { Animation } from '../model/animation';
import { ease } from './interpolate';
import type { SceneAnimation, SceneReveal } from './types';

/** How far a slide travels, as a fraction of the frame's width. */
export const SLIDE_DISTANCE_FRACTION = 0.15;

/** Where an overlay is in its enter/exit animations at `localMs` (time since its start). */
export function animationStateAt(
  overlay: { start: number; end: number; enter: Animation; exit: Animation },
  localMs: number,
): SceneAnimation {
  const length = overlay.end - overlay.start;
  const { enter, exit } = overlay;
  if (enter.type !== 'none' && enter.durationMs > 0 && localMs < enter.durationMs) {
    return {
      phase: 'enter',
      type: enter.type,
      progress: ease(enter.easing, Math.max(0, localMs) / enter.durationMs),
    };
  }
  const exitStart = length - exit.durationMs;
  if (exit.type !== 'none' && exit.durationMs > 0 && localMs >= exitStart) {
    return {
      phase: 'exit',
      type: exit.type,
      progress: ease(exit.easing, Math.min(1, (localMs - exitStart) / exit.durationMs)),
    };
  }
  return { phase: 'steady', type: 'none', progress: 1 };
}

/** How present the overlay is: 0 (not yet in / gone) to 1 (fully in). */
export function presence(state: SceneAnimation): number {
  if (state.phase === 'enter') return state.progress;
  if (state.phase === 'exit') return 1 - state.progress;
  return 1;
}

/** easeOutBack: overshoots to about 1.1 before settling, the "pop". */
export function backOut(progress: number): number {
  const c1 = 1.70158;
  const c3 = c1 + 1;
  const p = progress - 1;
  return 1 + c3 * p * p * p + c1 * p * p;
}

/** What an animation does to the keyframed transform: multipliers, offsets and a reveal. */
export interface AnimationEffect {
  opacity: number;
  scale: number;
  offsetX: number;
  offsetY: number;
  reveal: SceneReveal | null;
}

const NO_EFFECT: AnimationEffect = { opacity: 1, scale: 1, offsetX: 0, offsetY: 0, reveal: null };

/**
 * The effect of an animation state. Slides move towards their named side: slideLeft enters
 * from the right and exits to the left, fading as they travel. Pop scales through a slight
 * overshoot. Wipe and draw-on report how much is revealed; the builder clips or trims strokes.
 */
export function animationEffect(state: SceneAnimation, frameWidth: number): AnimationEffect {
  if (state.phase === 'steady') return NO_EFFECT;
  const shown = presence(state);
  const distance = SLIDE_DISTANCE_FRACTION * frameWidth * (1 - shown);
  // Entering, a slide comes from the side opposite its direction; exiting, it leaves towards it.
  const sign = state.phase === 'enter' ? 1 : -1;
  switch (state.type) {
    case 'none':
      return NO_EFFECT;
    case 'fade':
      return { ...NO_EFFECT, opacity: shown };
    case 'pop':
      return {
        ...NO_EFFECT,
        opacity: Math.min(1, shown * 2),
        scale: Math.max(0.001, backOut(shown)),
      };
    case 'slideLeft':
      return { ...NO_EFFECT, opacity: shown, offsetX: sign * distance };
    case 'slideRight':
      return { ...NO_EFFECT, opacity: shown, offsetX: -sign * distance };
    case 'slideUp':
      return { ...NO_EFFECT, opacity: shown, offsetY: sign * distance };
    case 'slideDown':
      return { ...NO_EFFECT, opacity: shown, offsetY: -sign * distance };
    case 'wipe':
      return { ...NO_EFFECT, reveal: { kind: 'wipe', progress: shown } };
    case 'drawOn':
      return { ...NO_EFFECT, reveal: { kind: 'drawOn', progress: shown } };
  }
}
