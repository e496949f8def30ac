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
  reseekedRecently: false,
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

  it('re-seeks and holds when the picture drifts more than a frame', () => {
    expect(syncAction({ ...flowing, currentMs: 2030 }, playing)).toMatchObject({
      seekToMs: null,
      waiting: false,
    });
    expect(syncAction({ ...flowing, currentMs: 2040 }, playing)).toMatchObject({
      seekToMs: 2000,
      waiting: true,
      play: false,
    });
    // A playhead moved far while waiting is a seek, never an adoption.
    const far = syncAction(
      { ...flowing, currentMs: 2000 + MAX_ADOPT_MS + 1 },
      { ...playing, wasWaiting: true },
    );
    expect(far).toMatchObject({ seekToMs: 2000, adoptSourceMs: null });
    // Drifting again right after a re-seek: the machine cannot keep up, so follow the picture.
    expect(
      syncAction({ ...flowing, currentMs: 1940 }, { ...playing, reseekedRecently: true }),
    ).toMatchObject({ seekToMs: null, adoptSourceMs: 1940, waiting: false });
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
});
