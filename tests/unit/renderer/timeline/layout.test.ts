import { describe, expect, it } from 'vitest';
import type { VideoClip } from '../../../../shared/model';
import { centredFill } from '../../../../shared/model';
import { chooseTickStep, layoutTimeline } from '../../../../renderer/timeline/layout';
import { mediaAsset } from '../support/documents';

function clip(id: string, mediaId: string, start: number, durationMs: number): VideoClip {
  return {
    id,
    mediaId,
    start,
    in: 0,
    out: durationMs,
    volume: 1,
    muted: false,
    reframe: centredFill(),
  };
}

describe('layoutTimeline', () => {
  const media = [
    mediaAsset('med_a', { name: 'knee.mp4' }),
    mediaAsset('med_b', { name: 'hip.mp4', missing: true }),
  ];

  it('shows at least ten seconds across the viewport when the track is short', () => {
    const layout = layoutTimeline({
      clips: [clip('c1', 'med_a', 0, 2000)],
      media,
      viewportWidthPx: 1000,
    });
    expect(layout.spanMs).toBe(10_000);
    expect(layout.pxPerMs).toBeCloseTo(0.1);
    expect(layout.clips[0]).toMatchObject({ name: 'knee.mp4', x: 0, width: 200, missing: false });
  });

  it('makes blocks proportional to duration and places them at their start', () => {
    const layout = layoutTimeline({
      clips: [clip('c1', 'med_a', 0, 2000), clip('c2', 'med_b', 2000, 6000)],
      media,
      viewportWidthPx: 1000,
    });
    const [first, second] = layout.clips;
    expect((second?.width ?? 0) / (first?.width ?? 1)).toBeCloseTo(3);
    expect(second?.x).toBeCloseTo(first?.width ?? 0);
    expect(second?.missing).toBe(true);
  });

  it('leaves room after the last clip when the track is long', () => {
    const layout = layoutTimeline({
      clips: [clip('c1', 'med_a', 0, 60_000)],
      media,
      viewportWidthPx: 1200,
    });
    expect(layout.spanMs).toBe(69_000);
    expect(layout.clips[0]?.width).toBeLessThan(layout.contentWidthPx);
  });

  it('labels major ticks only, spaced far enough apart to read', () => {
    const layout = layoutTimeline({ clips: [], media, viewportWidthPx: 1000 });
    const majors = layout.ticks.filter((tick) => tick.major);
    expect(majors[0]).toMatchObject({ timeMs: 0, x: 0, label: '0:00' });
    expect(majors[1]?.label).toBe('0:01');
    expect((majors[1]?.x ?? 0) - (majors[0]?.x ?? 0)).toBeGreaterThanOrEqual(72);
    expect(
      layout.ticks.filter((tick) => !tick.major).every((tick) => tick.label === undefined),
    ).toBe(true);
  });

  it('names a clip whose media is gone as unknown and marks it missing', () => {
    const layout = layoutTimeline({
      clips: [clip('c9', 'med_gone', 0, 1000)],
      media,
      viewportWidthPx: 500,
    });
    expect(layout.clips[0]).toMatchObject({ name: 'Unknown media', missing: true });
  });
});

describe('chooseTickStep', () => {
  it('picks the smallest step at least 72 px wide', () => {
    expect(chooseTickStep(0.1)[0]).toBe(1000);
    expect(chooseTickStep(1)[0]).toBe(100);
    expect(chooseTickStep(0.01)[0]).toBe(10_000);
    expect(chooseTickStep(0.000001)[0]).toBe(600_000);
  });
});
