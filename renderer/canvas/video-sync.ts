/**
 * How the preview keeps a <video> element on the playhead, as a pure decision per animation
 * frame. The transport clock leads; the active clip's element follows: seeked to the clip's
 * source time when scrubbing, when the clip changes, and whenever playback drifts more than
 * one frame; while it seeks or buffers the clock waits for it, and once it flows again the
 * clock adopts its time (a video starts a little after it is asked to).
 */

/** `HTMLMediaElement.readyState` values used here. */
export const HAVE_METADATA = 1;
export const HAVE_CURRENT_DATA = 2;
export const HAVE_FUTURE_DATA = 3;

export interface ElementState {
  /** `currentTime` in milliseconds. */
  currentMs: number;
  paused: boolean;
  seeking: boolean;
  readyState: number;
  /** A `playing` event came since playback was last asked for (the picture moves). */
  started: boolean;
}

export interface SyncRequest {
  /** Where the element should be: the active clip's source time at the playhead. */
  sourceMs: number;
  playing: boolean;
  /** One output frame (1000 / fps): the drift allowed while playing. */
  frameMs: number;
  /** The clock was waiting for this element on the previous frame. */
  wasWaiting: boolean;
  /**
   * A drift re-seek happened moments ago. Drifting again this soon means the machine cannot
   * keep the picture on the clock (a busy CPU): seeking again would only stall playback, so
   * the clock takes the picture's time instead.
   */
  reseekedRecently: boolean;
}

export interface SyncAction {
  /** Set `currentTime` to this (ms), or leave it. */
  seekToMs: number | null;
  play: boolean;
  pause: boolean;
  /** Hold the clock: the element is not showing the playhead's picture in motion yet. */
  waiting: boolean;
  /** Move the clock to this source time (the element just started flowing). */
  adoptSourceMs: number | null;
  /**
   * The element's time while it flows within a frame of the clock: the clock eases toward it,
   * so the playhead follows the media clock (the sound) instead of drifting from it.
   */
  followSourceMs: number | null;
}

/**
 * The most the clock moves to meet a video that starts flowing: its start-up latency, never a
 * jump (a larger gap means the playhead moved, and the video is seeked instead).
 */
export const MAX_ADOPT_MS = 250;

/** Scrubbing: a still picture is exact to the millisecond. */
const STILL_TOLERANCE_MS = 0.5;

export function syncAction(element: ElementState, request: SyncRequest): SyncAction {
  const action: SyncAction = {
    seekToMs: null,
    play: false,
    pause: false,
    waiting: false,
    adoptSourceMs: null,
    followSourceMs: null,
  };
  const drift = Math.abs(element.currentMs - request.sourceMs);
  if (!request.playing) {
    action.pause = !element.paused;
    // One seek at a time: a scrub's next position is taken once the current seek lands.
    if (element.readyState >= HAVE_METADATA && !element.seeking && drift > STILL_TOLERANCE_MS) {
      action.seekToMs = request.sourceMs;
    }
    return action;
  }
  if (element.readyState < HAVE_METADATA || element.seeking) {
    action.waiting = true;
    return action;
  }
  const flowing = !element.paused && element.started && element.readyState >= HAVE_FUTURE_DATA;
  const adoptable = flowing && drift <= MAX_ADOPT_MS;
  if (adoptable && (request.wasWaiting || (request.reseekedRecently && drift > request.frameMs))) {
    // Just started or resumed, or drifting right after a re-seek: the clock takes the
    // picture's time rather than re-seeking.
    action.adoptSourceMs = element.currentMs;
    return action;
  }
  if (drift > request.frameMs) {
    // Off by more than a frame (scrubbed while playing, a new clip, or a stall): seek there
    // and hold the clock until the picture moves again.
    action.seekToMs = request.sourceMs;
    action.play = element.paused;
    action.waiting = true;
    return action;
  }
  if (element.paused) {
    action.play = true;
    action.waiting = true;
    return action;
  }
  if (flowing) action.followSourceMs = element.currentMs;
  else action.waiting = true;
  return action;
}
