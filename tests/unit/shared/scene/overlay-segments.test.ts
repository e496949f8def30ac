import { describe, expect, it } from 'vitest';
import {
  EMPTY_OVERLAY_KEY,
  frameTimeMs,
  overlaySegments,
} from '../../../../shared/scene/overlay-segments';
import { SceneError } from '../../../../shared/scene/errors';
import type { OverlaySegment } from '../../../../shared/scene/overlay-segments';
import {
  chipOverlay,
  cue,
  iconOverlay,
  keyframe,
  richDoc,
  withTracks,
  CITATION,
} from './scene-fixtures';

function expectContiguous(segments: OverlaySegment[], durationMs: number): void {
  expect(segments[0]?.startMs).toBe(0);
  expect(segments[segments.length - 1]?.endMs).toBe(durationMs);
  segments.forEach((segment, index) => {
    expect(segment.endMs).toBeGreaterThan(segment.startMs);
    const next = segments[index + 1];
    if (next) {
      expect(next.startMs).toBe(segment.endMs);
      expect(next.startFrame).toBe(segment.endFrame);
      expect(next.key).not.toBe(segment.key);
    }
  });
}

describe('frameTimeMs', () => {
  it('floors frame starts to whole milliseconds', () => {
    expect([0, 1, 2, 3, 30].map((i) => frameTimeMs(i, 30))).toEqual([0, 33, 66, 100, 1000]);
    expect(frameTimeMs(1, 24)).toBe(41);
  });
});

describe('overlaySegments', () => {
  it('makes a still cue one segment between empty stretches', () => {
    const doc = withTracks({ captions: [cue('cue_1', 1000, 2500, 'Rest the knee')] });
    const segments = overlaySegments(doc, { fps: 30, durationMs: 4000 });
    expect(segments.map(({ startMs, endMs }) => [startMs, endMs])).toEqual([
      [0, 1000],
      [1000, 2500],
      [2500, 4000],
    ]);
    expect(segments[0]?.key).toBe(EMPTY_OVERLAY_KEY);
    expect(segments[1]?.key).not.toBe(EMPTY_OVERLAY_KEY);
    expect(segments[2]?.key).toBe(EMPTY_OVERLAY_KEY);
    expectContiguous(segments, 4000);
  });

  it('cuts on frame boundaries: a cue starting between frames shows from the next frame', () => {
    const doc = withTracks({ captions: [cue('cue_1', 50, 1000, 'Hi')] });
    const segments = overlaySegments(doc, { fps: 30, durationMs: 1000 });
    // Frame 1 starts at 33.3 ms (before 50), frame 2 at 66.7 ms.
    expect(segments[1]).toMatchObject({ startMs: 66, startFrame: 2, endFrame: 30, endMs: 1000 });
  });

  it('gives every frame of an animation its own segment, and merges the still part', () => {
    const doc = withTracks({
      overlays: [
        iconOverlay('ovl_1', 0, 2000, {
          enter: { type: 'fade', durationMs: 300, easing: 'linear' },
        } as never),
      ],
    });
    const segments = overlaySegments(doc, { fps: 30, durationMs: 2000 });
    // 300 ms at 30 fps: frames 0..8 animate (t = 0..266), frame 9 (t = 300) is steady.
    const animated = segments.filter((segment) => segment.endFrame - segment.startFrame === 1);
    expect(animated).toHaveLength(9);
    expect(segments).toHaveLength(10);
    expect(segments[9]).toMatchObject({ startFrame: 9, endFrame: 60, startMs: 300, endMs: 2000 });
    expectContiguous(segments, 2000);
  });

  it('splits keyframed motion per frame but merges across a hold', () => {
    const doc = withTracks({
      overlays: [
        iconOverlay('ovl_1', 0, 1000, {
          transform: [
            keyframe(0, { x: 0.2, easing: 'hold' }),
            keyframe(500, { x: 0.4 }),
            keyframe(600, { x: 0.6 }),
          ],
        } as never),
      ],
    });
    const segments = overlaySegments(doc, { fps: 10, durationMs: 1000 });
    // Frames at 0..400 hold x = 0.2; 500 is x = 0.4; 600..900 rest at 0.6.
    expect(segments.map((s) => [s.startFrame, s.endFrame])).toEqual([
      [0, 5],
      [5, 6],
      [6, 10],
    ]);
  });

  it('gives identical looks the same key wherever they appear', () => {
    const doc = withTracks({
      captions: [
        cue('cue_a', 0, 1000, 'Same words'),
        cue('cue_b', 1000, 2000, 'Other words'),
        cue('cue_c', 2000, 3000, 'Same words'),
      ],
    });
    const [a, b, c] = overlaySegments(doc, { fps: 25, durationMs: 3000 });
    expect(a?.key).toBe(c?.key);
    expect(a?.key).not.toBe(b?.key);
  });

  it('changes key with the highlighted word and only then', () => {
    const segments = overlaySegments(richDoc(), { fps: 30, durationMs: 4000 }).filter(
      (segment) => segment.startMs >= 2000 && segment.endMs <= 4000,
    );
    // Words of cue_2 start at 2000, 2400, 2700, 3100 (the pause after "it" keeps it lit).
    expect(segments.map((segment) => segment.startMs)).toEqual([2000, 2400, 2700, 3100]);
  });

  it('keys chips by what they show', () => {
    const doc = withTracks({ citations: [CITATION], overlays: [chipOverlay('ovl_c', 0, 1000)] });
    const segments = overlaySegments(doc, { fps: 30, durationMs: 1000 });
    // A 200 ms fade: 6 animated frames, then one still stretch.
    expect(segments).toHaveLength(7);
  });

  it('is empty for an empty duration and refuses bad options', () => {
    const doc = withTracks({});
    expect(overlaySegments(doc, { fps: 30, durationMs: 0 })).toEqual([]);
    expect(overlaySegments(doc, { fps: 30, durationMs: 500 })).toEqual([
      { startMs: 0, endMs: 500, startFrame: 0, endFrame: 15, key: EMPTY_OVERLAY_KEY },
    ]);
    expect(() => overlaySegments(doc, { fps: 0, durationMs: 10 })).toThrow(SceneError);
    expect(() => overlaySegments(doc, { fps: 30, durationMs: -5 })).toThrow(SceneError);
  });
});
