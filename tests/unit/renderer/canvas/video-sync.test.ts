import { describe, expect, it } from 'vitest';
import {
  MAX_ADOPT_MS,
  syncAction,
  type ElementState,
  type SyncRequest,
} from '../../../../renderer/canvas/video-sync';

const ready: ElementState = {
  currentMs: 2000,
  paused: true,
  seeking: false,
  readyState: 4,
  started: false,
};
const still: SyncRequest = {
  sourceMs: 2000,
  playing: false,
  frameMs: 1000 / 30,
  wasWaiting: false,
};

describe('syncAction while scrubbing', () => {
  it('seeks a paused element to the exact source time, one seek at a time', () => {
    expect(syncAction(ready, { ...still, sourceMs: 2500 })).toMatchObject({
      seekToMs: 2500,
      play: false,
      waiting: false,
    });
    expect(
      syncAction({ ...ready, seeking: true }, { ...still, sourceMs: 2600 }).seekToMs,
    ).toBeNull();
    expect(syncAction(ready, still).seekToMs).toBeNull();
    // Even a few ms matter for a still: the export shows exactly that frame.
    expect(syncAction(ready, { ...still, sourceMs: 2004 }).seekToMs).toBe(2004);
  });

  it('pauses a playing element and waits for metadata before seeking', () => {
    expect(syncAction({ ...ready, paused: false }, still).pause).toBe(true);
    expect(syncAction({ ...ready, readyState: 0 }, { ...still, sourceMs: 10 }).seekToMs).toBeNull();
  });
});

describe('syncAction while playing', () => {
  const playing: SyncRequest = { ...still, playing: true };
  const flowing: ElementState = { ...ready, paused: false, started: true };

  it('starts a paused element and holds the clock until the picture moves', () => {
    expect(syncAction(ready, playing)).toMatchObject({ play: true, waiting: true, seekToMs: null });
    expect(syncAction({ ...ready, paused: false }, playing)).toMatchObject({
      play: false,
      waiting: true,
    });
    expect(syncAction({ ...flowing, readyState: 2 }, playing).waiting).toBe(true);
  });

  it('adopts the picture time when it starts flowing after a wait', () => {
    const action = syncAction({ ...flowing, currentMs: 2012 }, { ...playing, wasWaiting: true });
    expect(action).toMatchObject({ adoptSourceMs: 2012, waiting: false, seekToMs: null });
    expect(syncAction({ ...flowing, currentMs: 2012 }, playing).adoptSourceMs).toBeNull();
  });

  it('lets the clock follow a flowing picture that is within a frame', () => {
    expect(syncAction({ ...flowing, currentMs: 1985 }, playing)).toMatchObject({
      followSourceMs: 1985,
      adoptSourceMs: null,
      seekToMs: null,
      waiting: false,
    });
    expect(syncAction({ ...flowing, readyState: 2 }, playing).followSourceMs).toBeNull();
    expect(syncAction(ready, still).followSourceMs).toBeNull();
  });

  it('takes the time of a flowing picture that drifted, instead of re-seeking it', () => {
    expect(syncAction({ ...flowing, currentMs: 2030 }, playing)).toMatchObject({
      seekToMs: null,
      followSourceMs: 2030,
      waiting: false,
    });
    expect(syncAction({ ...flowing, currentMs: 2040 }, playing)).toMatchObject({
      seekToMs: null,
      adoptSourceMs: 2040,
      waiting: false,
    });
  });

  it('holds the clock for a flowing picture behind it, instead of stepping the playhead back', () => {
    // An element started late at a cut: 200 ms, or just over a frame, behind the playhead.
    for (const currentMs of [1800, 1960]) {
      expect(syncAction({ ...flowing, currentMs }, playing)).toMatchObject({
        waiting: true,
        adoptSourceMs: null,
        followSourceMs: null,
        seekToMs: null,
        play: false,
      });
    }
    // After a wait, even a few ms behind holds; once it has caught up the clock takes its time.
    expect(
      syncAction({ ...flowing, currentMs: 1990 }, { ...playing, wasWaiting: true }),
    ).toMatchObject({
      waiting: true,
      adoptSourceMs: null,
    });
    expect(
      syncAction({ ...flowing, currentMs: 2003 }, { ...playing, wasWaiting: true }),
    ).toMatchObject({
      waiting: false,
      adoptSourceMs: 2003,
    });
  });

  it('seeks and holds when the playhead moved, or the picture is far away', () => {
    expect(
      syncAction({ ...flowing, currentMs: 2040 }, { ...playing, playheadMoved: true }),
    ).toMatchObject({
      seekToMs: 2000,
      waiting: true,
      play: false,
      adoptSourceMs: null,
    });
    // Moved by less than a frame: nothing to do.
    expect(
      syncAction({ ...flowing, currentMs: 2010 }, { ...playing, playheadMoved: true }).seekToMs,
    ).toBeNull();
    const far = syncAction(
      { ...flowing, currentMs: 2000 + MAX_ADOPT_MS + 1 },
      { ...playing, wasWaiting: true },
    );
    expect(far).toMatchObject({ seekToMs: 2000, adoptSourceMs: null, waiting: true });
    // A new clip far from a paused element: seek there, then play.
    expect(syncAction({ ...ready, currentMs: 9000 }, playing)).toMatchObject({
      seekToMs: 2000,
      play: true,
      waiting: true,
    });
  });

  it('waits while the element seeks or has no metadata', () => {
    expect(syncAction({ ...flowing, seeking: true }, playing)).toMatchObject({
      waiting: true,
      seekToMs: null,
    });
    expect(syncAction({ ...ready, readyState: 0 }, playing).waiting).toBe(true);
  });

  it('allows drift in proportion to the shuttle speed', () => {
    const ahead = { ...flowing, currentMs: 2100 };
    expect(syncAction(ahead, playing).adoptSourceMs).toBe(2100);
    expect(syncAction(ahead, { ...playing, rate: 4 })).toMatchObject({
      seekToMs: null,
      adoptSourceMs: null,
      followSourceMs: 2100,
    });
    const farAtOne = { ...flowing, currentMs: 2000 + MAX_ADOPT_MS * 2 };
    expect(syncAction(farAtOne, playing).seekToMs).toBe(2000);
    expect(syncAction(farAtOne, { ...playing, rate: 4 }).adoptSourceMs).toBe(
      2000 + MAX_ADOPT_MS * 2,
    );
  });
});
