import { START_AHEAD_MS, type UpcomingVideo } from './video-cuts';
import {
  HAVE_CURRENT_DATA,
  HAVE_FUTURE_DATA,
  HAVE_METADATA,
  syncAction,
  type ElementState,
} from './video-sync';
import { releaseMediaElement } from './media-element';
import { createPreviewVideo, takePreloadedVideo } from './video-preload';

/**
 * Hidden <video> elements for the media files on the video track, kept in a hidden container
 * in the page (detached or invisible elements may be throttled by the browser): one per file,
 * and a second one for a file whose next clip starts elsewhere in it. Each frame the active
 * clip gets an element (the one already showing it, else the one nearest its source time) and
 * so does the clip coming up next (video-cuts.ts), which waits paused on its first frame so the
 * cut needs no seek. Only the active element plays, and only it is heard, at the clip's volume;
 * every other element is paused and muted. `onPicture` fires whenever an element has a new
 * picture to draw (metadata, a finished seek, data after a stall).
 */

export interface ActiveVideo {
  clipId: string;
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

export interface PlaybackState {
  /** Playing forward (backward shuttling shows stills: the elements seek, the clock leads). */
  playing: boolean;
  /** Forward speed while playing. */
  rate: number;
  /** The playhead was moved (not played) since the last frame. */
  moved: boolean;
}

interface Entry {
  mediaId: string;
  element: HTMLVideoElement;
  started: boolean;
  failed: boolean;
  /** The clip this element shows or waits for, this frame. */
  clipId: string | null;
  detach: () => void;
}

/** Sound stops above this speed (as in other editors, fast shuttle is silent). */
export const MAX_AUDIBLE_RATE = 2;

const SECOND = '#2';

const PICTURE_EVENTS = ['loadedmetadata', 'loadeddata', 'seeked', 'canplay', 'playing'];

export class VideoPool {
  /** By media id, plus `<media id>#2` for a second element of the same file. */
  private readonly entries = new Map<string, Entry>();
  private active: Entry | null = null;
  private mediaKey = '';
  private wasWaiting = false;

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
    for (const [key, entry] of this.entries) {
      if (!wanted.has(entry.mediaId)) {
        this.release(entry);
        this.entries.delete(key);
        if (this.active === entry) this.active = null;
      }
    }
    for (const mediaId of wanted) if (!this.entries.has(mediaId)) this.create(mediaId, mediaId);
  }

  /** True when `mediaId` has an element that has not failed. */
  has(mediaId: string): boolean {
    const entry = this.entries.get(mediaId);
    return entry !== undefined && !entry.failed;
  }

  /** The active clip's element (as of the last sync) when it has a picture to draw. */
  picture(): HTMLVideoElement | null {
    const entry = this.active;
    if (entry === null || entry.failed) return null;
    const { element } = entry;
    if (element.readyState < HAVE_CURRENT_DATA || element.videoWidth === 0) return null;
    return element;
  }

  /** True when the active element shows exactly `sourceMs` (not seeking, not moving). */
  isAt(sourceMs: number): boolean {
    const element = this.picture();
    return (
      element !== null &&
      !element.seeking &&
      element.paused &&
      Math.abs(element.currentTime * 1000 - sourceMs) <= 0.5
    );
  }

  /**
   * Brings every element in line with the playhead for this animation frame: the active
   * clip's plays (or shows its still), the upcoming clip's waits on its first frame.
   */
  sync(
    active: ActiveVideo | null,
    upcoming: UpcomingVideo | null,
    playback: PlaybackState,
    frameMs: number,
  ): PoolSync {
    const { playing, rate } = playback;
    let result: PoolSync = { waiting: false, adoptSourceMs: null, followSourceMs: null };
    const activeEntry = active === null ? null : this.assign(active, null);
    const upcomingEntry = upcoming === null ? null : this.assign(upcoming, activeEntry);
    this.active = activeEntry;
    for (const entry of this.entries.values()) {
      if (entry !== activeEntry && entry !== upcomingEntry) entry.clipId = null;
    }
    for (const entry of this.entries.values()) {
      const { element } = entry;
      if (entry === upcomingEntry && upcoming !== null && !entry.failed) {
        this.preroll(entry, upcoming, playing ? rate : 0);
        continue;
      }
      if (active === null || entry !== activeEntry || entry.failed) {
        if (!element.paused) element.pause();
        if (!element.muted) element.muted = true;
        continue;
      }
      const muted = active.muted || !playing || rate > MAX_AUDIBLE_RATE;
      if (element.muted !== muted) element.muted = muted;
      const volume = Math.min(1, Math.max(0, active.volume));
      if (element.volume !== volume) element.volume = volume;
      const playbackRate = playing ? rate : 1;
      if (element.playbackRate !== playbackRate) element.playbackRate = playbackRate;
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
        rate,
        wasWaiting: this.wasWaiting,
        playheadMoved: playback.moved,
      });
      if (action.pause) element.pause();
      if (action.seekToMs !== null) element.currentTime = action.seekToMs / 1000;
      if (action.play) this.play(entry.mediaId, entry);
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
    this.active = null;
    this.mediaKey = '';
  }

  /**
   * The element for `clip`: the one already assigned to it, else the free one of its file
   * nearest its source time (a clip carrying on from the last one keeps that one's element),
   * else a second element of the file. `taken` is already spoken for this frame.
   */
  private assign(
    clip: { clipId: string; mediaId: string; sourceMs: number },
    taken: Entry | null,
  ): Entry | null {
    const own = [...this.entries.values()].filter(
      (entry) => entry.mediaId === clip.mediaId && entry !== taken,
    );
    let chosen = own.find((entry) => entry.clipId === clip.clipId) ?? null;
    if (chosen === null) {
      const distance = (entry: Entry) => Math.abs(entry.element.currentTime * 1000 - clip.sourceMs);
      chosen =
        own.filter((entry) => !entry.failed).sort((a, b) => distance(a) - distance(b))[0] ?? null;
    }
    if (chosen === null && this.entries.has(clip.mediaId)) {
      chosen = this.create(clip.mediaId, clip.mediaId + SECOND);
    }
    if (chosen !== null) chosen.clipId = clip.clipId;
    return chosen;
  }

  /**
   * Muted and paused on the upcoming clip's first frame, ready for the cut; while playing
   * forward (`rate` > 0) it is started just before the cut, so it is moving when it shows.
   */
  private preroll(entry: Entry, upcoming: UpcomingVideo, rate: number): void {
    const { element } = entry;
    if (!element.muted) element.muted = true;
    const startNow = rate > 0 && upcoming.untilMs <= START_AHEAD_MS * rate;
    if (startNow) {
      if (element.playbackRate !== rate) element.playbackRate = rate;
      if (element.paused && element.readyState >= HAVE_FUTURE_DATA && !element.seeking) {
        this.play(entry.mediaId, entry);
      }
      return;
    }
    if (!element.paused) element.pause();
    if (element.playbackRate !== 1) element.playbackRate = 1;
    const settled = element.readyState >= HAVE_METADATA && !element.seeking;
    if (settled && Math.abs(element.currentTime * 1000 - upcoming.sourceMs) > 0.5) {
      element.currentTime = upcoming.sourceMs / 1000;
    }
  }

  private play(mediaId: string, entry: Entry): void {
    entry.started = false;
    entry.element.play().catch((error: unknown) => {
      // A pause() before playback began rejects play() with AbortError: that is not a failure.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      this.onError(mediaId, error instanceof Error ? error.message : String(error));
    });
  }

  private create(mediaId: string, key: string): Entry {
    const url = this.urlFor(mediaId);
    // Opening a project starts its first footage early (video-preload.ts): carry on with it.
    const preloaded = takePreloadedVideo(url);
    const element = preloaded ?? createPreviewVideo(mediaId);
    const entry: Entry = {
      mediaId,
      element,
      started: false,
      failed: false,
      clipId: null,
      detach: () => undefined,
    };
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
    if (preloaded === null) element.src = url;
    this.container.appendChild(element);
    this.entries.set(key, entry);
    // A preloaded element's events may have come before these listeners: catch up.
    if (preloaded?.error) onError();
    else if (preloaded && preloaded.readyState >= HAVE_METADATA) this.onPicture();
    return entry;
  }

  private release(entry: Entry): void {
    entry.detach();
    releaseMediaElement(entry.element);
  }
}
