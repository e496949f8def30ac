import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  CommandError,
  coalesceKeyOf,
  invocation,
  withKeyframe,
} from '../../../../shared/commands';
import type { TransformKeyframe } from '../../../../shared/model';
import { applyAll, expectInverseRestores, sampleDoc, textOverlay } from '../fixtures';

const key = (t: number, x: number, extra: Partial<TransformKeyframe> = {}): TransformKeyframe => ({
  t,
  x,
  y: 0.5,
  scale: 1,
  rotation: 0,
  opacity: 1,
  easing: 'linear',
  ...extra,
});

/** Overlay ovl_1 (0-4000 ms) moving from x 0.2 to 0.6 over its first 2 s; clip_1 filled. */
const base = () =>
  applyAll(sampleDoc(), [
    invocation('overlay.add', {
      overlay: {
        ...textOverlay('ovl_1', 1000, 5000),
        transform: [key(0, 0.2, { easing: 'easeIn' }), key(2000, 0.6)],
      },
    }),
    invocation('overlay.add', { overlay: textOverlay('ovl_still', 0, 3000) }),
    invocation('clip.setReframe', {
      id: 'clip_1',
      reframe: {
        mode: 'fill',
        focus: [
          { t: 1000, x: 0.2, y: 0.5, easing: 'linear' },
          { t: 3000, x: 0.8, y: 0.5, easing: 'linear' },
        ],
      },
    }),
  ]);

function errorOf(run: () => unknown): CommandError {
  try {
    run();
  } catch (error) {
    if (error instanceof CommandError) return error;
    throw error;
  }
  throw new Error('expected a CommandError');
}

const overlay = (doc: ReturnType<typeof base>, id = 'ovl_1') =>
  doc.tracks.overlays.find((item) => item.id === id)!;

describe('withKeyframe', () => {
  it('inserts in time order and replaces a keyframe at the same time', () => {
    const list = [{ t: 0 }, { t: 100 }, { t: 300 }];
    expect(withKeyframe(list, { t: 200 }).map((k) => k.t)).toEqual([0, 100, 200, 300]);
    expect(withKeyframe(list, { t: 500 }).map((k) => k.t)).toEqual([0, 100, 300, 500]);
    const replaced = withKeyframe(list, { t: 100, tag: 'new' } as { t: number });
    expect(replaced).toHaveLength(3);
    expect(replaced[1]).toEqual({ t: 100, tag: 'new' });
  });
});

describe('overlay.setKeyframe', () => {
  it('adds a keyframe between two with the values the animation has there, and undoes', () => {
    const doc = expectInverseRestores(
      base(),
      invocation('overlay.setKeyframe', { id: 'ovl_1', t: 1000 }),
    );
    const transform = overlay(doc).transform;
    expect(transform.map((k) => k.t)).toEqual([0, 1000, 2000]);
    // easeIn at half way: 0.5^3 of the way from 0.2 to 0.6.
    expect(transform[1]!.x).toBeCloseTo(0.2 + 0.4 * 0.125, 10);
    // The new keyframe continues the easing of the span it splits.
    expect(transform[1]!.easing).toBe('easeIn');
  });

  it('adds a keyframe with given values and its inverse removes it', () => {
    const forward = applyCommand(
      base(),
      invocation('overlay.setKeyframe', { id: 'ovl_1', t: 3000, x: 0.9, rotation: 45 }),
    );
    expect(overlay(forward.doc).transform.at(-1)).toEqual(key(3000, 0.9, { rotation: 45 }));
    expect(forward.inverse).toEqual({
      name: 'overlay.removeKeyframe',
      args: { id: 'ovl_1', t: 3000 },
    });
  });

  it('changes only the given values of an existing keyframe, and undoes exactly', () => {
    const doc = expectInverseRestores(
      base(),
      invocation('overlay.setKeyframe', { id: 'ovl_1', t: 2000, scale: 2, opacity: 0.5 }),
    );
    expect(overlay(doc).transform[1]).toEqual(key(2000, 0.6, { scale: 2, opacity: 0.5 }));
    expect(overlay(doc).transform).toHaveLength(2);
  });

  it('moves the single keyframe of a still overlay', () => {
    const doc = expectInverseRestores(
      base(),
      invocation('overlay.setKeyframe', { id: 'ovl_still', t: 0, x: 0.1, y: 0.9 }),
    );
    expect(overlay(doc, 'ovl_still').transform).toEqual([key(0, 0.1, { y: 0.9 })]);
  });

  it('refuses a time past the overlay, out-of-range values, and a keyframe that is already there', () => {
    expect(
      errorOf(() =>
        applyCommand(base(), invocation('overlay.setKeyframe', { id: 'ovl_1', t: 4001 })),
      ).message,
    ).toMatch(/past the end of overlay "ovl_1" \(4000 ms\)/);
    expect(
      errorOf(() =>
        applyCommand(base(), invocation('overlay.setKeyframe', { id: 'ovl_1', t: 10, scale: 0 })),
      ).code,
    ).toBe('invalid-args');
    expect(
      errorOf(() =>
        applyCommand(base(), invocation('overlay.setKeyframe', { id: 'ovl_1', t: 2000 })),
      ).message,
    ).toMatch(/already has a keyframe at 2000 ms/);
    expect(
      errorOf(() => applyCommand(base(), invocation('overlay.setKeyframe', { id: 'nope', t: 0 })))
        .message,
    ).toMatch(/overlay "nope" does not exist/);
  });

  it('coalesces repeated changes of the same values at the same keyframe', () => {
    const a = coalesceKeyOf(invocation('overlay.setKeyframe', { id: 'ovl_1', t: 0, x: 0.1 }));
    expect(a).toBe(coalesceKeyOf(invocation('overlay.setKeyframe', { id: 'ovl_1', t: 0, x: 0.3 })));
    expect(a).not.toBe(
      coalesceKeyOf(invocation('overlay.setKeyframe', { id: 'ovl_1', t: 5, x: 0.3 })),
    );
  });
});

describe('overlay.removeKeyframe', () => {
  it('removes a keyframe and undo puts it back exactly', () => {
    const doc = expectInverseRestores(
      base(),
      invocation('overlay.removeKeyframe', { id: 'ovl_1', t: 0 }),
    );
    expect(overlay(doc).transform).toEqual([key(2000, 0.6)]);
  });

  it('refuses to remove a missing keyframe or the only one', () => {
    expect(
      errorOf(() =>
        applyCommand(base(), invocation('overlay.removeKeyframe', { id: 'ovl_1', t: 5 })),
      ).message,
    ).toMatch(/no keyframe at 5 ms/);
    expect(
      errorOf(() =>
        applyCommand(base(), invocation('overlay.removeKeyframe', { id: 'ovl_still', t: 0 })),
      ).message,
    ).toMatch(/only keyframe/);
  });
});

describe('focus keyframes', () => {
  it('adds a focus keyframe at a source time with the interpolated point, and undoes', () => {
    const doc = expectInverseRestores(
      base(),
      invocation('clip.setFocusKeyframe', { id: 'clip_1', t: 2000 }),
    );
    const reframe = doc.tracks.video[0]!.reframe;
    expect(reframe.mode === 'fill' && reframe.focus.map((k) => [k.t, k.x])).toEqual([
      [1000, 0.2],
      [2000, 0.5],
      [3000, 0.8],
    ]);
  });

  it('moves an existing focus point and removes one', () => {
    const moved = expectInverseRestores(
      base(),
      invocation('clip.setFocusKeyframe', { id: 'clip_1', t: 1000, x: 0.4, y: 0.3 }),
    );
    const reframe = moved.tracks.video[0]!.reframe;
    expect(reframe.mode === 'fill' && reframe.focus[0]).toEqual({
      t: 1000,
      x: 0.4,
      y: 0.3,
      easing: 'linear',
    });
    const removed = expectInverseRestores(
      base(),
      invocation('clip.removeFocusKeyframe', { id: 'clip_1', t: 3000 }),
    );
    const after = removed.tracks.video[0]!.reframe;
    expect(after.mode === 'fill' && after.focus.map((k) => k.t)).toEqual([1000]);
  });

  it('refuses a clip without a fill reframe, a focus off the picture and the last point', () => {
    const fit = applyAll(base(), [
      invocation('clip.setReframe', {
        id: 'clip_2',
        reframe: { mode: 'fit-blur', blurStrength: 20 },
      }),
    ]);
    expect(
      errorOf(() => applyCommand(fit, invocation('clip.setFocusKeyframe', { id: 'clip_2', t: 0 })))
        .message,
    ).toMatch(/reframed with fit-blur; only a fill reframe has a focus point/);
    expect(
      errorOf(() =>
        applyCommand(base(), invocation('clip.setFocusKeyframe', { id: 'clip_1', t: 0, x: 1.2 })),
      ).code,
    ).toBe('invalid-args');
    const single = applyAll(base(), [
      invocation('clip.removeFocusKeyframe', { id: 'clip_1', t: 1000 }),
    ]);
    expect(
      errorOf(() =>
        applyCommand(single, invocation('clip.removeFocusKeyframe', { id: 'clip_1', t: 3000 })),
      ).message,
    ).toMatch(/only focus point/);
  });
});
