import { describe, expect, it } from 'vitest';
import {
  formatFrameTimecode,
  frameAt,
  frameCount,
  frameStartMs,
  lastFrameMs,
  parseFrameTimecode,
} from '../../../../renderer/canvas/timecode';
import { frameTimeMs } from '../../../../shared/scene/overlay-segments';

describe('frame grid', () => {
  it('puts frame k at the time the export samples it, and maps every ms inside it back to k', () => {
    for (const fps of [24, 25, 30, 50, 60]) {
      for (let k = 0; k < 200; k += 1) {
        const start = frameStartMs(k, fps);
        expect(start).toBe(frameTimeMs(k, fps));
        expect(frameAt(start, fps)).toBe(k);
        expect(frameAt(frameStartMs(k + 1, fps) - 1, fps)).toBe(k);
      }
    }
    expect(frameStartMs(1, 30)).toBe(33);
    expect(frameAt(32, 30)).toBe(0);
    expect(frameAt(33.9, 30)).toBe(1);
  });

  it('counts frames like the export and stops the playhead at the last frame', () => {
    expect(frameCount(12_000, 30)).toBe(360);
    expect(frameCount(12_001, 30)).toBe(361);
    expect(lastFrameMs(12_000, 30)).toBe(11_966);
    expect(lastFrameMs(0, 30)).toBe(0);
    expect(lastFrameMs(10, 30)).toBe(0);
  });
});

describe('timecodes', () => {
  it('formats mm:ss.ff with the frame inside the second', () => {
    expect(formatFrameTimecode(0, 30)).toBe('00:00.00');
    expect(formatFrameTimecode(33, 30)).toBe('00:00.01');
    expect(formatFrameTimecode(1999, 30)).toBe('00:01.29');
    expect(formatFrameTimecode(12_000, 30)).toBe('00:12.00');
    expect(formatFrameTimecode(75_500, 25)).toBe('01:15.12');
    expect(formatFrameTimecode(-5, 30)).toBe('00:00.00');
  });

  it('parses what it formats, and shorter forms', () => {
    for (const ms of [0, 33, 1000, 3500, 11_966, 75_480]) {
      const start = frameStartMs(frameAt(ms, 30), 30);
      expect(parseFrameTimecode(formatFrameTimecode(ms, 30), 30)).toBe(start);
    }
    expect(parseFrameTimecode('3.15', 30)).toBe(3500);
    expect(parseFrameTimecode(' 1:05 ', 30)).toBe(65_000);
    expect(parseFrameTimecode('90', 30)).toBe(90_000);
  });

  it('refuses what is not a timecode', () => {
    expect(parseFrameTimecode('', 30)).toBeNull();
    expect(parseFrameTimecode('abc', 30)).toBeNull();
    expect(parseFrameTimecode('00:61.00', 30)).toBeNull();
    expect(parseFrameTimecode('00:01.30', 30)).toBeNull();
    expect(parseFrameTimecode('-1', 30)).toBeNull();
  });
});
