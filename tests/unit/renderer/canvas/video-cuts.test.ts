import { describe, expect, it } from 'vitest';
import { continuesClip, upcomingVideo } from '../../../../renderer/canvas/video-cuts';
import type { VideoClip } from '../../../../shared/model';

const clip = (
  id: string,
  mediaId: string,
  start: number,
  inMs: number,
  out: number,
): VideoClip => ({
  id,
  mediaId,
  start,
  in: inMs,
  out,
  volume: 1,
  muted: false,
  reframe: { mode: 'fit-color', color: '#000000' },
});

const a = clip('a', 'm1', 0, 0, 3000);
const b = clip('b', 'm2', 3000, 1000, 4000);
const split = clip('s', 'm1', 3000, 3000, 5000);
const jump = clip('j', 'm1', 3000, 8000, 9000);
const all = () => true;

describe('upcomingVideo', () => {
  it('finds the next clip within the look-ahead, with its in point and distance', () => {
    expect(upcomingVideo([a, b], a, 900, 2000, all)).toBeNull();
    expect(upcomingVideo([a, b], a, 1000, 2000, all)?.untilMs).toBe(2000);
    expect(upcomingVideo([b, a], a, 1100, 2000, all)).toEqual({
      clipId: 'b',
      mediaId: 'm2',
      sourceMs: 1000,
      startMs: 3000,
      untilMs: 1900,
    });
    expect(upcomingVideo([a, b], a, 3000, 2000, all)).toBeNull();
  });

  it('needs nothing for a clip carrying straight on in the same file', () => {
    expect(continuesClip(a, split)).toBe(true);
    expect(continuesClip(a, jump)).toBe(false);
    expect(continuesClip(a, b)).toBe(false);
    expect(upcomingVideo([a, split], a, 2500, 2000, all)).toBeNull();
    expect(upcomingVideo([a, jump], a, 2500, 2000, all)?.clipId).toBe('j');
    // In a gap nothing is playing: the next clip is made ready whatever it is.
    expect(upcomingVideo([split], null, 2500, 2000, all)?.clipId).toBe('s');
  });

  it('skips media that cannot play', () => {
    expect(upcomingVideo([a, b], a, 2500, 2000, (id) => id !== 'm2')).toBeNull();
  });
});
