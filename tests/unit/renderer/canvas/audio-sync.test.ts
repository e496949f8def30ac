import { describe, expect, it } from 'vitest';
import {
  AUDIO_HOLD_GRACE_MS,
  AUDIO_MAX_NUDGE,
  AUDIO_MAX_TRIM,
  AUDIO_PRELOAD_MS,
  audioAction,
  audioClipsNear,
  audioGainAt,
  type AudioElementState,
  type AudioRequest,
} from '../../../../renderer/canvas/audio-sync';
import type { AudioClip, ProjectDocument } from '../../../../shared/model';
import { audioProbe, emptyDocument, mediaAsset } from '../support/documents';

const clip: AudioClip = {
  id: 'a1',
  mediaId: 'm1',
  start: 1000,
  in: 500,
  out: 4500,
  volume: 0.8,
  fadeInMs: 1000,
  fadeOutMs: 500,
};

const element = (overrides: Partial<AudioElementState> = {}): AudioElementState => ({
  currentMs: 0,
  paused: true,
  seeking: false,
  readyState: 4,
  started: false,
  trim: 0,
  ...overrides,
});

const request = (overrides: Partial<AudioRequest> = {}): AudioRequest => ({
  timeMs: 2000,
  audible: true,
  holdingMs: 0,
  rate: 1,
  frameMs: 1000 / 30,
  dtMs: 16,
  ...overrides,
});

describe('audioGainAt', () => {
  it('shapes the volume with the fades and is silent outside the clip', () => {
    expect(audioGainAt(clip, 999)).toBe(0);
    expect(audioGainAt(clip, 1000)).toBe(0);
    expect(audioGainAt(clip, 1500)).toBeCloseTo(0.4);
    expect(audioGainAt(clip, 3000)).toBeCloseTo(0.8);
    expect(audioGainAt(clip, 4750)).toBeCloseTo(0.4);
    expect(audioGainAt(clip, 5000)).toBe(0);
  });
});

describe('audioClipsNear', () => {
  it('keeps elements for clips around the playhead whose media can play', () => {
    const doc = emptyDocument();
    const asset = mediaAsset('m1', { probe: audioProbe() });
    const withClip: ProjectDocument = {
      ...doc,
      media: [asset],
      tracks: { ...doc.tracks, audio: [clip] },
    };
    expect(audioClipsNear(withClip, 1000 - AUDIO_PRELOAD_MS - 1)).toEqual([]);
    expect(audioClipsNear(withClip, 1000 - AUDIO_PRELOAD_MS)).toEqual([clip]);
    expect(audioClipsNear(withClip, 4000)).toEqual([clip]);
    expect(audioClipsNear(withClip, 7000)).toEqual([]);
    const missing: ProjectDocument = { ...withClip, media: [{ ...asset, missing: true }] };
    expect(audioClipsNear(missing, 4000)).toEqual([]);
  });
});

describe('audioAction', () => {
  it('starts a paused element at the source time under the playhead', () => {
    expect(audioAction(element({ currentMs: 0 }), clip, request())).toEqual({
      seekToMs: 1500,
      play: true,
      pause: false,
      playbackRate: 1,
      trim: 0,
    });
    // Already there: no seek (a seek would only delay the start).
    expect(audioAction(element({ currentMs: 1490 }), clip, request()).seekToMs).toBeNull();
  });

  it('waits while it seeks, has no metadata, or has not started flowing', () => {
    expect(audioAction(element({ seeking: true }), clip, request()).play).toBe(false);
    expect(audioAction(element({ readyState: 0 }), clip, request()).play).toBe(false);
    const starting = audioAction(element({ paused: false, currentMs: 1400 }), clip, request());
    expect(starting).toEqual({
      seekToMs: null,
      play: false,
      pause: false,
      playbackRate: 1,
      trim: 0,
    });
  });

  it('nudges its speed toward the clock instead of seeking for small drift', () => {
    const flowing = (currentMs: number, trim = 0) =>
      audioAction(element({ paused: false, started: true, currentMs, trim }), clip, request());
    expect(flowing(1501).playbackRate).toBeCloseTo(1, 4);
    expect(flowing(1530).playbackRate).toBeCloseTo(0.9);
    expect(flowing(1470).playbackRate).toBeCloseTo(1.1);
    expect(flowing(1506).playbackRate).toBeCloseTo(1 - 6 / 300, 3);
    expect(flowing(1506).playbackRate).toBeGreaterThan(1 - AUDIO_MAX_NUDGE);
    expect(flowing(1506).seekToMs).toBeNull();
    expect(flowing(1900).seekToMs).toBe(1500);
  });

  it('learns a steady speed error, so a slow element ends up on the clock, not behind it', () => {
    let state = element({ paused: false, started: true, currentMs: 1490 });
    const first = audioAction(state, clip, request());
    // Behind: the trim starts speeding it up, a little each frame.
    expect(first.trim).toBeLessThan(0);
    expect(first.trim).toBeCloseTo((-10 / 300) * (16 / 3000));
    // Within the dead band the learned trim alone sets the speed.
    state = { ...state, currentMs: 1501, trim: -0.02 };
    expect(audioAction(state, clip, request()).playbackRate).toBeCloseTo(1.02, 3);
    // Capped.
    state = { ...state, currentMs: 1400, trim: -AUDIO_MAX_TRIM };
    expect(audioAction(state, clip, request()).trim).toBe(-AUDIO_MAX_TRIM);
    // Kept while paused.
    expect(audioAction({ ...state, paused: true }, clip, request({ audible: false })).trim).toBe(
      -AUDIO_MAX_TRIM,
    );
  });

  it('plays on through a short hold without correcting, and pauses for a long one', () => {
    const playing = element({ paused: false, started: true, currentMs: 1560 });
    expect(audioAction(playing, clip, request({ holdingMs: 40 }))).toEqual({
      seekToMs: null,
      play: false,
      pause: false,
      playbackRate: 1,
      trim: 0,
    });
    expect(audioAction(playing, clip, request({ holdingMs: AUDIO_HOLD_GRACE_MS })).pause).toBe(
      true,
    );
  });

  it('pauses when not audible, and waits at its in point before the clip', () => {
    const playing = element({ paused: false, started: true, currentMs: 1500 });
    expect(audioAction(playing, clip, request({ audible: false }))).toMatchObject({
      pause: true,
      play: false,
      seekToMs: null,
    });
    expect(audioAction(element({ currentMs: 2000 }), clip, request({ timeMs: 200 }))).toEqual({
      seekToMs: 500,
      play: false,
      pause: false,
      playbackRate: 1,
      trim: 0,
    });
    expect(
      audioAction(element({ currentMs: 2000 }), clip, request({ timeMs: 6000 })).seekToMs,
    ).toBe(null);
  });

  it('plays at the shuttle speed', () => {
    const action = audioAction(element({ currentMs: 1500 }), clip, request({ rate: 2 }));
    expect(action).toMatchObject({ play: true, playbackRate: 2 });
  });
});
