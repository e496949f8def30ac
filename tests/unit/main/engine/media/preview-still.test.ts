import { describe, expect, it } from 'vitest';
import { shownFrameSeek } from '../../../../../main/engine/media/preview-still';

describe('shownFrameSeek', () => {
  it('finds the frame a video element shows at that time (30 fps)', () => {
    expect(shownFrameSeek(0, 30).frameMs).toBe(0);
    expect(shownFrameSeek(20, 30).frameMs).toBe(0);
    expect(shownFrameSeek(33.4, 30).frameMs).toBe(33.333);
    expect(shownFrameSeek(999, 30).frameMs).toBe(966.667);
  });

  it('seeks half a frame early, since ffmpeg gives the first frame at or after the seek', () => {
    expect(shownFrameSeek(0, 30).seekMs).toBe(0);
    expect(shownFrameSeek(999, 30).seekMs).toBeCloseTo(950, 6);
    const { seekMs, frameMs } = shownFrameSeek(5000, 25);
    expect(frameMs).toBe(5000);
    expect(frameMs - seekMs).toBeCloseTo(20, 6);
  });

  it('keeps a time that is already on a frame boundary', () => {
    expect(shownFrameSeek(100, 30).frameMs).toBe(100);
    expect(shownFrameSeek(1000, 30).frameMs).toBe(1000);
    expect(shownFrameSeek(1001, 30000 / 1001).frameMs).toBe(1001);
  });

  it('passes the time through without a frame rate', () => {
    expect(shownFrameSeek(1234, undefined)).toEqual({ seekMs: 1234, frameMs: 1234 });
    expect(shownFrameSeek(-5, 30)).toEqual({ seekMs: 0, frameMs: 0 });
  });
});
