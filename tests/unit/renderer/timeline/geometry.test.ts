import { describe, expect, it } from 'vitest';
import {
  chooseTickScale,
  clampZoom,
  contentWidthPx,
  MAX_FRAME_PX,
  minItemMs,
  nearestFrame,
  rulerTicks,
  scrollForZoom,
  sliderToZoom,
  snapToFrame,
  zoomLimits,
  zoomToSlider,
} from '../../../../renderer/timeline/geometry';

describe('zoomLimits', () => {
  it('fits the whole project across the view, with a little room after it', () => {
    const limits = zoomLimits(1080, 60_000, 30);
    expect(limits.fitPxPerMs).toBeCloseTo(1080 / (60_000 * 1.08));
    expect(limits.minPxPerMs).toBeCloseTo(limits.fitPxPerMs / 2);
  });

  it('zooms in until one frame is 16 px wide, whatever the frame rate', () => {
    for (const fps of [24, 25, 30, 60]) {
      const { maxPxPerMs } = zoomLimits(1000, 60_000, fps);
      expect((1000 / fps) * maxPxPerMs).toBeCloseTo(MAX_FRAME_PX);
    }
  });

  it('shows at least ten seconds for a short project', () => {
    expect(zoomLimits(1000, 2000, 30).fitPxPerMs).toBeCloseTo(0.1);
  });
});

describe('zoom slider and anchor', () => {
  const limits = zoomLimits(1000, 60_000, 30);

  it('maps the slider logarithmically between the limits and back', () => {
    expect(sliderToZoom(0, limits)).toBeCloseTo(limits.minPxPerMs);
    expect(sliderToZoom(1, limits)).toBeCloseTo(limits.maxPxPerMs);
    const middle = sliderToZoom(0.5, limits);
    expect(middle).toBeCloseTo(Math.sqrt(limits.minPxPerMs * limits.maxPxPerMs));
    expect(zoomToSlider(middle, limits)).toBeCloseTo(0.5);
    expect(clampZoom(100, limits)).toBe(limits.maxPxPerMs);
  });

  it('keeps the time under the pointer where it was', () => {
    // 0.1 px/ms, scrolled 500 px: the pointer at 300 px is over 8000 ms.
    const scroll = scrollForZoom(500, 300, 0.1, 0.4);
    expect((scroll + 300) / 0.4).toBeCloseTo(8000);
    expect(scrollForZoom(0, 10, 1, 0.1)).toBe(0);
  });

  it('makes the time area at least as wide as the view', () => {
    expect(contentWidthPx(1000, 0.01, 800)).toBe(800);
    expect(contentWidthPx(60_000, 0.1, 800)).toBeGreaterThan(6000);
  });
});

describe('ruler ticks', () => {
  it('uses seconds labelled m:ss when zoomed out', () => {
    const ticks = rulerTicks(0.1, 30, 0, 5000);
    const majors = ticks.filter((tick) => tick.major);
    expect(majors.map((tick) => tick.label)).toEqual([
      '0:00',
      '0:01',
      '0:02',
      '0:03',
      '0:04',
      '0:05',
    ]);
    expect(ticks.filter((tick) => !tick.major).every((tick) => tick.label === undefined)).toBe(
      true,
    );
  });

  it('goes down to one tick per frame with mm:ss.ff labels at deep zoom', () => {
    const pxPerMs = (MAX_FRAME_PX * 30) / 1000;
    const scale = chooseTickScale(pxPerMs, 30);
    expect(scale).toEqual({ unit: 'frames', majorFrames: 5, minorFrames: 1 });
    const ticks = rulerTicks(pxPerMs, 30, 1000, 1200);
    expect(ticks[0]).toMatchObject({ timeMs: 1000, major: true, label: '00:01.00' });
    expect(ticks[1]).toMatchObject({ timeMs: 1033, major: false });
    expect(ticks.find((tick) => tick.timeMs === 1166)?.label).toBe('00:01.05');
  });

  it('keeps labels at least 80 px apart at every zoom', () => {
    for (const pxPerMs of [0.0005, 0.003, 0.02, 0.05, 0.1, 0.2, 0.3, 0.48]) {
      const majors = rulerTicks(pxPerMs, 30, 0, 30_000).filter((tick) => tick.major);
      for (let i = 1; i < majors.length; i += 1) {
        expect(majors[i]!.x - majors[i - 1]!.x).toBeGreaterThanOrEqual(79);
      }
    }
  });

  it('only makes the ticks asked for (the part in view)', () => {
    const ticks = rulerTicks(0.48, 30, 50_000, 51_000);
    expect(ticks.length).toBeLessThan(40);
    expect(ticks[0]!.timeMs).toBeGreaterThanOrEqual(49_900);
  });
});

describe('frames', () => {
  it('snaps to the start of the frame showing, or the nearest one', () => {
    expect(snapToFrame(1010, 30)).toBe(1000);
    expect(snapToFrame(1034, 30)).toBe(1033);
    expect(nearestFrame(1020, 30)).toBe(1033);
    expect(nearestFrame(1010, 30)).toBe(1000);
    expect(minItemMs(30)).toBe(34);
  });
});
