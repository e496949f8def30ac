import { HAVE_CURRENT_DATA, syncAction, type ElementState } from './video-sync';

/**
 * One hidden <video> per media file on the video track, kept in a hidden container in the page
 * (detached or invisible elements may be throttled by the browser). Only the active clip's
 * element plays, and only it is heard, at the clip's volume; every other element is paused and
 * muted. `onPicture` fires whenever an element has a new picture to draw (metadata, a finished
 * seek, data after a stall).
 */

export interface ActiveVideo {
  mediaId: string;
  sourceMs: number;
  /** 0..2 in the document; an element plays at most at full volume. */
  volume: number;
  muted: boolean;
}

export interface PoolSync {
  /** The clock should hold: the active element is seeking, buffering or starting. */
  waiting: boolean;
  /** The clock should move to this source time of the active clip. */
  adoptSourceMs: number | null;
  /** The clock should ease toward this source time of the active clip. */
  followSourceMs: number | null;
}

/** After a drift re-seek, another one within this long adopts the picture's time instead. */
export const RESEEK_COOLDOWN_MS = 2000;

interface Entry {
  element: HTMLVideoElement;
  started: boolean;
  failed: boolean;
  detach: () => void;
}

const PICTURE_EVENTS = ['loadedmetadata', 'loadeddata', 'seeked', 'canplay', 'playing'];

export class VideoPool {
  private readonly entries = new Map<string, Entry>();
  private mediaKey = '';
  private wasWaiting = false;
  private lastDriftSeekMs = -Infinity;

  constructor(
    private readonly container: HTMLElement,
    private readonly urlFor: (mediaId: string) => string,
    private readonly onPicture: () => void,
    private readonly onError: (mediaId: string, message: string) => void = () => undefined,
  ) {}

  /** Keeps exactly one element per media id (cheap when the set has not changed). */
  setMedia(mediaIds: readonly string[]): void {
    const key = [...mediaIds].sort().join('|');
    if (key === this.mediaKey) return;
    this.mediaKey = key;
    const wanted = new Set(mediaIds);
    for (const [mediaId, entry] of this.entries) {
      if (!wanted.has(mediaId)) {
        this.release(entry);
        this.entries.delete(mediaId);
      }
    }
    for (const mediaId of wanted) if (!this.entries.has(mediaId)) this.create(mediaId);
  }

  /** True when `mediaId` has an element that has not failed. */
  has(mediaId: string): boolean {
    const entry = this.entries.get(mediaId);
    return entry !== undefined && !entry.failed;
  }

  /** The element showing `mediaId` when it has a picture to draw. */
  picture(mediaId: string): HTMLVideoElement | null {
    const entry = this.entries.get(mediaId);
    if (entry === undefined || entry.failed) return null;
    const { element } = entry;
    if (element.readyState < HAVE_CURRENT_DATA || element.videoWidth === 0) return null;
    return element;
  }

  /** True when `mediaId`'s element shows exactly `sourceMs` (not seeking, not moving). */
  isAt(mediaId: string, sourceMs: number): boolean {
    const element = this.picture(mediaId);
    return (
      element !== null &&
      !element.seeking &&
      element.paused &&
      Math.abs(element.currentTime * 1000 - sourceMs) <= 0.5
    );
  }

  /** Brings every element in line with the playhead for this animation frame at `nowMs`. */
  sync(active: ActiveVideo | null, playing: boolean, frameMs: number, nowMs: number): PoolSync {
    let result: PoolSync = { waiting: false, adoptSourceMs: null, followSourceMs: null };
    for (const [mediaId, entry] of this.entries) {
      const { element } = entry;
      if (active === null || mediaId !== active.mediaId || entry.failed) {
        if (!element.paused) element.pause();
        if (!element.muted) element.muted = true;
        continue;
      }
      const muted = active.muted || !playing;
      if (element.muted !== muted) element.muted = muted;
      const volume = Math.min(1, Math.max(0, active.volume));
      if (element.volume !== volume) element.volume = volume;
      const state: ElementState = {
        currentMs: element.currentTime * 1000,
        paused: element.paused,
        seeking: element.seeking,
        readyState: element.readyState,
        started: entry.started,
      };
      const action = syncAction(state, {
        sourceMs: active.sourceMs,
        playing,
        frameMs,
        wasWaiting: this.wasWaiting,
        reseekedRecently: nowMs - this.lastDriftSeekMs < RESEEK_COOLDOWN_MS,
      });
      if (action.pause) element.pause();
      if (action.seekToMs !== null) {
        element.currentTime = action.seekToMs / 1000;
        if (playing) this.lastDriftSeekMs = nowMs;
      }
      if (action.play) this.play(mediaId, entry);
      result = {
        waiting: action.waiting,
        adoptSourceMs: action.adoptSourceMs,
        followSourceMs: action.followSourceMs,
      };
    }
    this.wasWaiting = result.waiting;
    return result;
  }

  destroy(): void {
    for (const entry of this.entries.values()) this.release(entry);
    this.entries.clear();
    this.mediaKey = '';
  }

  private play(mediaId: string, entry: Entry): void {
    entry.started = false;
    entry.element.play().catch((error: unknown) => {
      // A pause() before playback began rejects play() with AbortError: that is not a failure.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      this.onError(mediaId, error instanceof Error ? error.message : String(error));
    });
  }

  private create(mediaId: string): void {
    const element = document.createElement('video');
    element.muted = true;
    element.preload = 'auto';
    element.playsInline = true;
    element.disablePictureInPicture = true;
    element.setAttribute('aria-hidden', 'true');
    element.dataset.mediaId = mediaId;
    const entry: Entry = { element, started: false, failed: false, detach: () => undefined };
    const onPicture = () => this.onPicture();
    const onPlaying = () => {
      entry.started = true;
      this.onPicture();
    };
    const onStop = () => {
      entry.started = false;
    };
    const onError = () => {
      entry.failed = true;
      this.onError(mediaId, element.error?.message || 'the file could not be played');
      this.onPicture();
    };
    for (const name of PICTURE_EVENTS) element.addEventListener(name, onPicture);
    element.addEventListener('playing', onPlaying);
    element.addEventListener('pause', onStop);
    // A stall: `playing` follows when it flows again. (A seek needs no flag: syncAction waits
    // while `seeking` and for enough data anyway.)
    element.addEventListener('waiting', onStop);
    element.addEventListener('error', onError);
    // Where supported, also when a decoded frame is actually ready to draw: right after
    // `seeked` a browser may still hand out the previous frame for a moment.
    let frameRequest: number | null = null;
    const onVideoFrame = () => {
      this.onPicture();
      frameRequest = element.requestVideoFrameCallback(onVideoFrame);
    };
    if (typeof element.requestVideoFrameCallback === 'function') {
      frameRequest = element.requestVideoFrameCallback(onVideoFrame);
    }
    entry.detach = () => {
      if (frameRequest !== null) element.cancelVideoFrameCallback(frameRequest);
      for (const name of PICTURE_EVENTS) element.removeEventListener(name, onPicture);
      element.removeEventListener('playing', onPlaying);
      element.removeEventListener('pause', onStop);
      element.removeEventListener('waiting', onStop);
      element.removeEventListener('error', onError);
    };
    element.src = this.urlFor(mediaId);
    this.container.appendChild(element);
    this.entries.set(mediaId, entry);
  }

  private release(entry: Entry): void {
    entry.detach();
    entry.element.pause();
    // Drops the connection and the decoder now rather than at garbage collection.
    entry.element.removeAttribute('src');
    entry.element.load();
    entry.element.remove();
  }
}
