import type { AudioClip } from '../../shared/model';
import { audioAction, audioGainAt, type AudioRequest } from './audio-sync';
import { releaseMediaElement } from './media-element';

/**
 * One hidden <audio> per audio-track clip near the playhead (clips may overlap, and two clips
 * of one file play at different places), kept in a hidden container in the page. Each frame
 * `sync` creates elements for clips coming up, drops those left behind, and applies
 * audioAction and the clip's gain (volume and fades) to each.
 *
 * A clip's volume above 1 plays at 1 here: a media element cannot amplify.
 */

interface Entry {
  clipId: string;
  element: HTMLAudioElement;
  started: boolean;
  trim: number;
  failed: boolean;
  detach: () => void;
}

/** Smaller playbackRate changes are not applied (each change resets the time stretcher). */
const RATE_EPSILON = 0.002;

export class AudioPool {
  private readonly entries = new Map<string, Entry>();
  private holdingSinceMs: number | null = null;
  private lastFrameMs: number | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly urlFor: (mediaId: string) => string,
    private readonly onError: (mediaId: string, message: string) => void = () => undefined,
  ) {}

  /**
   * Brings the elements of `clips` (the clips near the playhead) in line with the clock at the
   * animation frame `nowMs`; `holding` says the clock is holding for the footage.
   */
  sync(
    clips: readonly AudioClip[],
    playback: Omit<AudioRequest, 'holdingMs' | 'dtMs'>,
    holding: boolean,
    nowMs: number,
  ): void {
    if (!holding || !playback.audible) this.holdingSinceMs = null;
    else this.holdingSinceMs ??= nowMs;
    // A frame's time step, bounded (a tab in the background gets no frames for a while).
    const dtMs =
      this.lastFrameMs === null ? 0 : Math.min(250, Math.max(0, nowMs - this.lastFrameMs));
    this.lastFrameMs = nowMs;
    const request: AudioRequest = {
      ...playback,
      dtMs,
      // A hold that began this frame still counts as one: the clock did not move.
      holdingMs: this.holdingSinceMs === null ? 0 : Math.max(1, nowMs - this.holdingSinceMs),
    };
    const wanted = new Set(clips.map((clip) => clip.id));
    for (const [clipId, entry] of this.entries) {
      if (!wanted.has(clipId)) {
        this.release(entry);
        this.entries.delete(clipId);
      }
    }
    for (const clip of clips) {
      const entry = this.entries.get(clip.id) ?? this.create(clip);
      if (entry.failed) continue;
      const { element } = entry;
      const { dataset } = element;
      // The clip may have moved or been trimmed since the element was made.
      if (dataset.clipStart !== String(clip.start)) dataset.clipStart = String(clip.start);
      if (dataset.clipIn !== String(clip.in)) dataset.clipIn = String(clip.in);
      // The playhead moves on between frames: compare with where it is as the element is read.
      const now = request.audible && request.holdingMs === 0 ? performance.now() : nowMs;
      const at = { ...request, timeMs: request.timeMs + Math.max(0, now - nowMs) * request.rate };
      const gain = audioGainAt(clip, at.timeMs);
      const volume = Math.min(1, gain);
      if (Math.abs(element.volume - volume) > 0.001) element.volume = volume;
      const action = audioAction(
        {
          currentMs: element.currentTime * 1000,
          paused: element.paused,
          seeking: element.seeking,
          readyState: element.readyState,
          started: entry.started,
          trim: entry.trim,
        },
        clip,
        at,
      );
      entry.trim = action.trim;
      if (action.pause) element.pause();
      if (Math.abs(element.playbackRate - action.playbackRate) > RATE_EPSILON) {
        element.playbackRate = action.playbackRate;
      }
      if (action.seekToMs !== null) element.currentTime = action.seekToMs / 1000;
      if (action.play) this.play(clip.mediaId, entry);
    }
  }

  destroy(): void {
    for (const entry of this.entries.values()) this.release(entry);
    this.entries.clear();
  }

  private play(mediaId: string, entry: Entry): void {
    entry.started = false;
    entry.element.play().catch((error: unknown) => {
      // A pause() before playback began rejects play() with AbortError: not a failure.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      this.onError(mediaId, error instanceof Error ? error.message : String(error));
    });
  }

  private create(clip: AudioClip): Entry {
    const element = document.createElement('audio');
    element.preload = 'auto';
    element.setAttribute('aria-hidden', 'true');
    element.dataset.clipId = clip.id;
    element.dataset.mediaId = clip.mediaId;
    const entry: Entry = {
      clipId: clip.id,
      element,
      started: false,
      trim: 0,
      failed: false,
      detach: () => undefined,
    };
    const onPlaying = () => {
      entry.started = true;
    };
    const onStop = () => {
      entry.started = false;
    };
    const onError = () => {
      entry.failed = true;
      this.onError(clip.mediaId, element.error?.message || 'the file could not be played');
    };
    element.addEventListener('playing', onPlaying);
    element.addEventListener('pause', onStop);
    element.addEventListener('waiting', onStop);
    element.addEventListener('error', onError);
    entry.detach = () => {
      element.removeEventListener('playing', onPlaying);
      element.removeEventListener('pause', onStop);
      element.removeEventListener('waiting', onStop);
      element.removeEventListener('error', onError);
    };
    element.src = this.urlFor(clip.mediaId);
    this.container.appendChild(element);
    this.entries.set(clip.id, entry);
    return entry;
  }

  private release(entry: Entry): void {
    entry.detach();
    releaseMediaElement(entry.element);
  }
}
