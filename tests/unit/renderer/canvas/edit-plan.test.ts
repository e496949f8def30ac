import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  invocation,
  performInvocations,
  type CommandInvocation,
} from '../../../../shared/commands';
import type { ProjectDocument, TransformKeyframe } from '../../../../shared/model';
import {
  captionMoveInvocation,
  focusChangeInvocation,
  keyframeNear,
  keyframeToggleLabel,
  keyframeTogglePlan,
  overlayChangeInvocation,
  overlayEditTime,
  selectedFocusPoint,
} from '../../../../renderer/canvas/edit-plan';
import { applyAll, sampleDoc, textOverlay } from '../../shared/fixtures';

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

/**
 * 30 fps. ovl_still (0-3000 ms) has one keyframe; ovl_anim (1000-5000 ms) moves from x 0.2 to
 * 0.6 over its first 2 s; cue_1 (0-2000 ms); clip_1 (0-4000 ms, source 1000-5000) is filled
 * with focus keyframes at source 1000 and 3000; clip_2 follows with one focus point.
 */
function doc(): ProjectDocument {
  return applyAll(sampleDoc(), [
    invocation('overlay.add', { overlay: textOverlay('ovl_still', 0, 3000) }),
    invocation('overlay.add', {
      overlay: { ...textOverlay('ovl_anim', 1000, 5000), transform: [key(0, 0.2), key(2000, 0.6)] },
    }),
    invocation('caption.add', { id: 'cue_1', start: 0, end: 2000, text: 'Hello' }),
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
}

const apply = (d: ProjectDocument, steps: (CommandInvocation | null)[]) =>
  performInvocations(
    d,
    steps.filter((step): step is CommandInvocation => step !== null),
  ).doc;
const overlay = (d: ProjectDocument, id: string) => d.tracks.overlays.find((o) => o.id === id)!;
const still = { dx: 0, dy: 0, scaleFactor: 1, rotationDelta: 0 };

describe('which keyframe an edit writes', () => {
  it('finds a keyframe within half a frame of the playhead', () => {
    const keys = [{ t: 0 }, { t: 1000 }, { t: 1040 }];
    expect(keyframeNear(keys, 1010, 16.7)?.t).toBe(1000);
    expect(keyframeNear(keys, 1030, 16.7)?.t).toBe(1040);
    expect(keyframeNear(keys, 1020, 16.7)).toBeUndefined();
    expect(keyframeNear(keys, 500, 16.7)).toBeUndefined();
  });

  it('moves the only keyframe of a still overlay, keys an animated one at the playhead', () => {
    const d = doc();
    expect(overlayEditTime(overlay(d, 'ovl_still'), 2500, 30)).toBe(0);
    expect(overlayEditTime(overlay(d, 'ovl_anim'), 2000, 30)).toBe(1000);
    // 3010 ms is 2010 ms into the overlay, within half a frame of its keyframe at 2000.
    expect(overlayEditTime(overlay(d, 'ovl_anim'), 3010, 30)).toBe(2000);
  });
});

describe('overlay edits', () => {
  it('moves a still overlay by frame pixels, whatever the playhead', () => {
    const d = doc();
    const moved = apply(d, [
      overlayChangeInvocation(d, { ...still, id: 'ovl_still', dx: 108, dy: -192 }, 2500),
    ]);
    expect(overlay(moved, 'ovl_still').transform).toEqual([key(0, 0.6, { y: 0.4 })]);
  });

  it('adds a keyframe at the playhead to an animated overlay, from where it is there', () => {
    const d = doc();
    // Playhead 2000 ms: 1000 ms into the overlay, half way from x 0.2 to 0.6.
    const step = overlayChangeInvocation(
      d,
      { id: 'ovl_anim', dx: 54, dy: 0, scaleFactor: 1.5, rotationDelta: -30 },
      2000,
    );
    const transform = overlay(apply(d, [step]), 'ovl_anim').transform;
    expect(transform.map((k) => k.t)).toEqual([0, 1000, 2000]);
    expect(transform[1]).toEqual(key(1000, 0.45, { scale: 1.5, rotation: -30 }));
  });

  it('keeps values inside what the document allows', () => {
    const d = doc();
    const step = overlayChangeInvocation(
      d,
      { id: 'ovl_still', dx: 1e6, dy: -1e6, scaleFactor: 1000, rotationDelta: 0 },
      0,
    );
    expect(step?.args).toMatchObject({ x: 2, y: -1, scale: 20 });
    expect(() => applyCommand(d, step!)).not.toThrow();
    expect(overlayChangeInvocation(d, { ...still, id: 'missing' }, 0)).toBeNull();
  });

  it('moves a caption by its own position override, keeping its other overrides', () => {
    const d = applyAll(doc(), [
      invocation('caption.update', { id: 'cue_1', overrides: { align: 'left' } }),
    ]);
    // The default style anchors captions at (0.46, 0.7).
    const moved = apply(d, [captionMoveInvocation(d, 'cue_1', 54, -96)]);
    expect(moved.tracks.captions[0]!.overrides).toEqual({
      align: 'left',
      position: { x: 0.51, y: 0.65 },
    });
    expect(captionMoveInvocation(d, 'cue_9', 1, 1)).toBeNull();
  });
});

describe('focus edits', () => {
  it('keys the focus at the playhead source time of a clip with focus keyframes', () => {
    const d = doc();
    // Playhead 500 ms is source 1500 ms in clip_1.
    const moved = apply(d, [focusChangeInvocation(d, 'clip_1', { x: 0.3, y: 0.5 }, 500)]);
    const reframe = moved.tracks.video[0]!.reframe;
    expect(reframe.mode === 'fill' && reframe.focus.map((k) => [k.t, k.x])).toEqual([
      [1000, 0.2],
      [1500, 0.3],
      [3000, 0.8],
    ]);
  });

  it('moves the single focus point of a clip that has one', () => {
    const d = applyAll(doc(), [
      invocation('clip.setReframe', {
        id: 'clip_2',
        reframe: { mode: 'fill', focus: [{ t: 0, x: 0.5, y: 0.5, easing: 'linear' }] },
      }),
    ]);
    const moved = apply(d, [focusChangeInvocation(d, 'clip_2', { x: 0.7, y: 0.5 }, 6000)]);
    const reframe = moved.tracks.video[1]!.reframe;
    expect(reframe).toEqual({
      mode: 'fill',
      focus: [{ t: 0, x: 0.7, y: 0.5, easing: 'linear' }],
    });
  });

  it('puts the crosshair on a selected fill clip under the playhead only', () => {
    const d = doc();
    const clip = [{ kind: 'clip' as const, id: 'clip_1' }];
    // Source 1000 ms: focus x 0.2 of a 1920x1080 picture; the 606 px crop starts at even 80.
    const point = selectedFocusPoint(d, clip, 0);
    expect(point!.x).toBeCloseTo(((384 - 80) / 606) * 1080, 9);
    expect(point!.y).toBe(960);
    expect(selectedFocusPoint(d, [], 0)).toBeNull();
    expect(selectedFocusPoint(d, clip, 4500)).toBeNull();
  });
});

describe('keyframe toggle', () => {
  it('adds a keyframe at the playhead, and removes it when the playhead is on it', () => {
    const d = doc();
    const selection = [{ kind: 'overlay' as const, id: 'ovl_anim' }];
    const add = keyframeTogglePlan(d, selection, 2000);
    expect(add).toEqual([invocation('overlay.setKeyframe', { id: 'ovl_anim', t: 1000 })]);
    expect(keyframeToggleLabel(add)).toBe('Add keyframe');
    const keyed = apply(d, add);
    const remove = keyframeTogglePlan(keyed, selection, 2010);
    expect(remove).toEqual([invocation('overlay.removeKeyframe', { id: 'ovl_anim', t: 1000 })]);
    expect(keyframeToggleLabel(remove)).toBe('Remove keyframe');
  });

  it('never removes the only keyframe and skips overlays not showing', () => {
    const d = doc();
    expect(keyframeTogglePlan(d, [{ kind: 'overlay', id: 'ovl_still' }], 0)).toEqual([]);
    expect(keyframeTogglePlan(d, [{ kind: 'overlay', id: 'ovl_anim' }], 500)).toEqual([]);
    const adds = keyframeTogglePlan(d, [{ kind: 'overlay', id: 'ovl_still' }], 1500);
    expect(adds).toEqual([invocation('overlay.setKeyframe', { id: 'ovl_still', t: 1500 })]);
  });

  it('keys the focus of a selected fill clip when no overlay is selected', () => {
    const d = doc();
    const plan = keyframeTogglePlan(d, [{ kind: 'clip', id: 'clip_1' }], 1000);
    expect(plan).toEqual([invocation('clip.setFocusKeyframe', { id: 'clip_1', t: 2000 })]);
    expect(keyframeTogglePlan(d, [{ kind: 'clip', id: 'clip_1' }], 2000)).toEqual([
      invocation('clip.removeFocusKeyframe', { id: 'clip_1', t: 3000 }),
    ]);
    expect(
      keyframeToggleLabel([...plan, invocation('overlay.removeKeyframe', { id: 'a', t: 0 })]),
    ).toBe('Add / remove keyframes');
  });
});
