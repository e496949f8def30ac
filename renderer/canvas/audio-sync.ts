import { clipEndMs, type AudioClip, type ProjectDocument } from '../../shared/model';
import { HAVE_METADATA } from './video-sync';

/**
 * How the preview keeps an <audio> element per audio-track clip on the playhead, as a pure
 * decision per animation frame. The transport clock leads (it follows the footage); audio
 * follows it. A playing element is never re-seeked for small drift (a seek is an audible
 * click): its speed is nudged a few percent instead (proportional to the drift, plus a slowly
 * learned trim for an element that runs steadily fast or slow), so the gap closes within about
 * a second and stays well under a frame. Only a large jump (a scrub while playing) seeks.
 */

/** Audio clips get an element this long before they start, so they can be ready in time. */
export const AUDIO_PRELOAD_MS = 3000;
/** ...and keep it this long after they end (stepping back a little reuses it). */
export const AUDIO_KEEP_MS = 1000;
/**
 * The clock holds for the footage now and then (a seek, a slow frame): sound carries on
 * through holds this short (restarting it would cost more), and pauses for longer ones.
 */
export const AUDIO_HOLD_GRACE_MS = 150;
/** Drift beyond this (times the speed) seeks even while playing. */
export const AUDIO_RESEEK_MS = 200;
/** Drift below this plays at exactly the clock's speed. */
export const AUDIO_DEAD_BAND_MS = 2;
/**
 * The speed nudge is drift / this: a gap closes with a time constant of this long (a 60 ms
 * start-up lag is gone in about half a second)...
 */
export const AUDIO_CORRECTION_MS = 300;
/** ...capped so the pitch-corrected sound does not wobble audibly. */
export const AUDIO_MAX_NUDGE = 0.1;
/** The trim learns a steady drift over about this long... */
export const AUDIO_TRIM_MS = 3000;
/** ...and is at most this (a sound card a few percent off is already broken). */
export const AUDIO_MAX_TRIM = 0.03;

/** Audio clips whose media can play that are near enough to `timeMs` to need an element. */
export function audioClipsNear(doc: ProjectDocument, timeMs: number): AudioClip[] {
  const playable = new Set(
    doc.media.filter((asset) => asset.probe.hasAudio && !asset.missing).map((asset) => asset.id),
  );
  return doc.tracks.audio.filter(
    (clip) =>
      playable.has(clip.mediaId) &&
      timeMs >= clip.start - AUDIO_PRELOAD_MS &&
      timeMs < clipEndMs(clip) + AUDIO_KEEP_MS,
  );
}

/** The clip's gain at `timeMs`: its volume (0..2) shaped by the fade in and fade out. */
export function audioGainAt(
  clip: Pick<AudioClip, 'start' | 'in' | 'out' | 'volume' | 'fadeInMs' | 'fadeOutMs'>,
  timeMs: number,
): number {
  const end = clipEndMs(clip);
  if (timeMs < clip.start || timeMs >= end) return 0;
  let gain = clip.volume;
  if (clip.fadeInMs > 0) gain *= Math.min(1, (timeMs - clip.start) / clip.fadeInMs);
  if (clip.fadeOutMs > 0) gain *= Math.min(1, (end - timeMs) / clip.fadeOutMs);
  return Math.max(0, gain);
}

export interface AudioElementState {
  /** `currentTime` in milliseconds. */
  currentMs: number;
  paused: boolean;
  seeking: boolean;
  readyState: number;
  /** A `playing` event came since playback was last asked for. */
  started: boolean;
  /** The speed trim learned so far for this element (a fraction, + means slow it down). */
  trim: number;
}

export interface AudioRequest {
  /** The playhead. */
  timeMs: number;
  /** The clock plays forward at a speed sound is played at. */
  audible: boolean;
  /** How long the clock has been holding for the footage (0 when it is not). */
  holdingMs: number;
  /** That speed (1 or 2). */
  rate: number;
  /** One output frame (1000 / fps). */
  frameMs: number;
  /** Time since the last animation frame (ms). */
  dtMs: number;
}

export interface AudioAction {
  seekToMs: number | null;
  play: boolean;
  pause: boolean;
  /** The element's playbackRate from now on. */
  playbackRate: number;
  /** The element's trim from now on. */
  trim: number;
}

const clampTo = (limit: number, value: number) => Math.min(limit, Math.max(-limit, value));

export function audioAction(
  element: AudioElementState,
  clip: Pick<AudioClip, 'start' | 'in' | 'out'>,
  request: AudioRequest,
): AudioAction {
  const action: AudioAction = {
    seekToMs: null,
    play: false,
    pause: false,
    playbackRate: 1,
    trim: element.trim,
  };
  const end = clipEndMs(clip);
  const inside = request.timeMs >= clip.start && request.timeMs < end;
  const sourceMs = clip.in + (request.timeMs - clip.start);
  const canSeek = element.readyState >= HAVE_METADATA && !element.seeking;
  const holding = request.holdingMs > 0;
  if (!request.audible || !inside || request.holdingMs >= AUDIO_HOLD_GRACE_MS) {
    action.pause = !element.paused;
    // Ready where playback will pick it up: here, or at its in point before it starts.
    const target = inside ? sourceMs : request.timeMs < clip.start ? clip.in : null;
    if (target !== null && canSeek && Math.abs(element.currentMs - target) > request.frameMs / 2) {
      action.seekToMs = target;
    }
    return action;
  }
  action.playbackRate = request.rate;
  if (!canSeek) return action;
  const drift = element.currentMs - sourceMs;
  if (element.paused) {
    if (Math.abs(drift) > request.frameMs / 2) action.seekToMs = sourceMs;
    action.play = true;
    return action;
  }
  // Not flowing yet (just asked to play, or buffering), or the clock stands still for a
  // moment: nothing to measure against.
  if (!element.started || holding) return action;
  if (Math.abs(drift) > AUDIO_RESEEK_MS * request.rate) {
    action.seekToMs = sourceMs;
    return action;
  }
  const proportional = drift / AUDIO_CORRECTION_MS;
  action.trim = clampTo(
    AUDIO_MAX_TRIM,
    element.trim + proportional * (request.dtMs / AUDIO_TRIM_MS),
  );
  const nudge = (Math.abs(drift) > AUDIO_DEAD_BAND_MS ? proportional : 0) + action.trim;
  action.playbackRate = request.rate * (1 - clampTo(AUDIO_MAX_NUDGE, nudge));
  return action;
}
