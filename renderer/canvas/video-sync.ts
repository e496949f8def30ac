/**
 * How the preview keeps a <video> element on the playhead, as a pure decision per animation
 * frame. When the playhead is moved (a scrub, a step, a new clip far from the element) the
 * element is seeked there, and while it seeks or buffers the clock waits for it. While it
 * plays on its own the footage is the time source: the clock eases toward it, takes its
 * time outright when it starts or has run more than a frame ahead, and holds when it is behind:
 * the playhead never steps back while playing forward. Re-seeking a flowing video
 * for drift would stall it (and flash its picture) on a busy machine, for nothing.
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
  /** One output frame (1000 / fps): the drift allowed while playing at normal speed. */
  frameMs: number;
  /**
   * The forward playback speed (1 normally, up to 8 shuttling). The source moves this much
   * faster, and so do the drift allowed and the start-up latency that may be adopted.
   */
  rate?: number;
  /** The clock was waiting for this element on the previous frame. */
  wasWaiting: boolean;
  /**
   * Someone moved the playhead since the last frame (a scrub, a step, a typed time): the
   * footage goes there, rather than the playhead coming back to the footage.
   */
  playheadMoved?: boolean;
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
 * The most the clock moves to meet a flowing video (times the speed): its start-up latency or
 * a busy machine's lag, never a jump (a larger gap means the element is somewhere else, and it
 * is seeked instead).
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
  const rate = Math.max(1, request.rate ?? 1);
  const allowedDrift = request.frameMs * rate;
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
  const moved = request.playheadMoved === true && drift > allowedDrift;
  if (flowing && !moved && drift <= MAX_ADOPT_MS * rate) {
    const behind = request.sourceMs - element.currentMs;
    if (behind > STILL_TOLERANCE_MS && (request.wasWaiting || behind > allowedDrift)) {
      // The picture is behind the playhead (an element that started late at a cut, a busy
      // machine): the playhead holds until it catches up, rather than stepping back.
      action.waiting = true;
      return action;
    }
    // Just started or resumed, or ahead by more than a frame: the clock takes the picture's
    // time; otherwise it eases toward it.
    if (request.wasWaiting || drift > allowedDrift) action.adoptSourceMs = element.currentMs;
    else action.followSourceMs = element.currentMs;
    return action;
  }
  if (drift > allowedDrift) {
    // Somewhere else (the playhead moved, a new clip, far adrift): seek there and hold the
    // clock until the picture moves again.
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
  // Asked to play but not moving yet, or buffering.
  action.waiting = true;
  return action;
}
