import { frameAt, frameStartMs, lastFrameMs } from './timecode';

/**
 * The preview's transport: where the playhead is, whether it plays and how fast (J/K/L
 * shuttle), and the in/out marks. Pure (no DOM): the animation-frame loop feeds it the frame
 * clock through `tick`, the footage holds it while it buffers (`setWaiting`), and React reads
 * it through `subscribe`/`getSnapshot` (useSyncExternalStore). The playhead stays on
 * [0, endMs], where `endMs` is the start of the last frame, so the end still shows a picture.
 */

export interface PreviewClockState {
  /** The playhead, in whole milliseconds. */
  timeMs: number;
  playing: boolean;
  /** True while playing but held for the footage (seeking or buffering). */
  waiting: boolean;
  durationMs: number;
  /** Start of the last frame: the furthest the playhead goes. */
  endMs: number;
  fps: number;
  /**
   * Playback speed while playing: 1 normally, 2/4/8 shuttling forward, -1/-2/-4/-8 backward.
   * 1 while paused.
   */
  rate: number;
  /** The in mark (I), a view setting: it is not part of the document. */
  markInMs: number | null;
  /** The out mark (O). */
  markOutMs: number | null;
  /**
   * Goes up each time the playhead is moved rather than played (a seek, a step, a jump), so
   * the footage knows to follow the playhead instead of the playhead following the footage.
   */
  moves: number;
}

/** The fastest shuttle speed, either way. */
export const MAX_SHUTTLE_RATE = 8;

/**
 * The longest step one tick may take. A tab in the background gets no animation frames; when it
 * comes back, playback continues from where it was instead of jumping ahead.
 */
export const MAX_TICK_MS = 250;

export class PreviewClock {
  private positionMs = 0;
  private lastTickMs: number | null = null;
  /** How far the last tick moved the playhead forward. */
  private lastAdvanceMs = 0;
  private state: PreviewClockState;
  private readonly listeners = new Set<() => void>();

  constructor(timeline: { durationMs: number; fps: number }) {
    this.state = {
      timeMs: 0,
      playing: false,
      waiting: false,
      durationMs: Math.max(0, timeline.durationMs),
      endMs: lastFrameMs(timeline.durationMs, timeline.fps),
      fps: timeline.fps,
      rate: 1,
      markInMs: null,
      markOutMs: null,
      moves: 0,
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The same object until something changes (as useSyncExternalStore needs). */
  readonly getSnapshot = (): PreviewClockState => this.state;

  get timeMs(): number {
    return this.state.timeMs;
  }

  get playing(): boolean {
    return this.state.playing;
  }

  /** The document's length or frame rate changed: keeps the playhead inside the new end. */
  setTimeline(durationMs: number, fps: number): void {
    const endMs = lastFrameMs(durationMs, fps);
    this.positionMs = Math.min(this.positionMs, endMs);
    const clampMark = (mark: number | null) => (mark === null ? null : Math.min(mark, endMs));
    this.update({
      durationMs: Math.max(0, durationMs),
      endMs,
      fps,
      markInMs: clampMark(this.state.markInMs),
      markOutMs: clampMark(this.state.markOutMs),
    });
  }

  /** Starts playing at normal speed; from the beginning when the playhead is at the end. */
  play(): void {
    if (this.state.playing && this.state.rate === 1) return;
    this.playAt(1);
  }

  pause(): void {
    this.lastTickMs = null;
    this.update({ playing: false, waiting: false, rate: 1 });
  }

  /**
   * L: plays forward, and each further press doubles the speed up to 8x. From backward
   * shuttling it goes straight to 1x forward (as in Premiere and Resolve).
   */
  shuttleForward(): void {
    const { playing, rate } = this.state;
    this.playAt(playing && rate > 0 ? Math.min(rate * 2, MAX_SHUTTLE_RATE) : 1);
  }

  /** J: the same backward; at the start there is nothing to play back to. */
  shuttleBackward(): void {
    const { playing, rate } = this.state;
    if (this.positionMs <= 0) return;
    this.playAt(playing && rate < 0 ? Math.max(rate * 2, -MAX_SHUTTLE_RATE) : -1);
  }

  private playAt(rate: number): void {
    if (this.state.endMs <= 0) return;
    let { moves } = this.state;
    if (rate > 0 && !this.state.playing && this.positionMs >= this.state.endMs) {
      this.positionMs = 0;
      moves += 1;
    }
    // A new speed restarts the frame clock: the media elements get the new rate this frame.
    this.lastTickMs = null;
    this.update({ playing: true, waiting: false, rate, moves });
  }

  /** I: marks in at `ms` (the playhead by default); an out mark before it is dropped. */
  markIn(ms: number = this.state.timeMs): void {
    const at = this.clampMark(ms);
    const out = this.state.markOutMs;
    this.update({ markInMs: at, markOutMs: out !== null && out <= at ? null : out });
  }

  /** O: marks out at `ms`; an in mark after it is dropped. */
  markOut(ms: number = this.state.timeMs): void {
    const at = this.clampMark(ms);
    const mark = this.state.markInMs;
    this.update({ markOutMs: at, markInMs: mark !== null && mark >= at ? null : mark });
  }

  clearMarks(): void {
    this.update({ markInMs: null, markOutMs: null });
  }

  private clampMark(ms: number): number {
    return Math.min(Math.max(0, Math.floor(Number.isFinite(ms) ? ms : 0)), this.state.endMs);
  }

  toggle(): void {
    if (this.state.playing) this.pause();
    else this.play();
  }

  /** Moves the playhead (clamped to the timeline); playback, if on, continues from there. */
  seek(ms: number): void {
    if (!Number.isFinite(ms)) return;
    this.positionMs = Math.min(Math.max(0, ms), this.state.endMs);
    const moved = Math.floor(this.positionMs) !== this.state.timeMs;
    this.update({ moves: this.state.moves + (moved ? 1 : 0) });
  }

  /** Steps whole frames on the export's frame grid (negative steps go back). */
  stepFrames(count: number): void {
    const { fps } = this.state;
    this.seek(frameStartMs(frameAt(this.positionMs, fps) + count, fps));
  }

  toStart(): void {
    this.seek(0);
  }

  toEnd(): void {
    this.seek(this.state.endMs);
  }

  /**
   * Held while the footage seeks or buffers: the playhead waits for the picture instead of
   * running ahead of it.
   */
  setWaiting(waiting: boolean): void {
    if (waiting === this.state.waiting) return;
    if (!waiting) this.lastTickMs = null;
    this.update({ waiting: waiting && this.state.playing });
  }

  /**
   * Lines the playhead up with where the footage actually is (a few ms either way when playback
   * starts, since a video starts a little after it is asked to). Forward playback only: going
   * backward the footage follows the clock.
   */
  adopt(ms: number): void {
    if (!this.state.playing || this.state.rate < 0 || !Number.isFinite(ms)) return;
    this.positionMs = Math.min(Math.max(0, ms), this.state.endMs);
    this.update({});
  }

  /**
   * Moves a playing clock `fraction` of the way toward `ms`: small, steady corrections that keep
   * it on the media clock without visible jumps.
   */
  slew(ms: number, fraction: number): void {
    if (!this.state.playing || this.state.waiting || this.state.rate < 0) return;
    if (!Number.isFinite(ms)) return;
    const target = Math.min(Math.max(0, ms), this.state.endMs);
    const step = (target - this.positionMs) * Math.min(1, Math.max(0, fraction));
    // Easing back takes at most half of this frame's advance: the playhead slows, never reverses.
    this.positionMs += Math.max(step, -this.lastAdvanceMs / 2);
    this.update({});
  }

  /** Advances a playing clock to the frame clock's `nowMs` (e.g. performance.now()). */
  tick(nowMs: number): void {
    if (!this.state.playing || this.state.waiting || this.lastTickMs === null) {
      this.lastTickMs = nowMs;
      this.lastAdvanceMs = 0;
      return;
    }
    const elapsed = Math.min(Math.max(0, nowMs - this.lastTickMs), MAX_TICK_MS);
    this.lastTickMs = nowMs;
    const next = this.positionMs + elapsed * this.state.rate;
    if (next >= this.state.durationMs || this.state.endMs <= 0) {
      // Past the last frame's end: stop, showing the last frame.
      this.positionMs = this.state.endMs;
      this.pause();
      return;
    }
    if (next <= 0) {
      // Shuttled back to the start.
      this.positionMs = 0;
      this.pause();
      return;
    }
    this.lastAdvanceMs = Math.max(0, next - this.positionMs);
    this.positionMs = next;
    this.update({});
  }

  private update(changes: Partial<PreviewClockState>): void {
    const next = { ...this.state, ...changes, timeMs: Math.floor(this.positionMs) };
    const changed = (Object.keys(next) as (keyof PreviewClockState)[]).some(
      (key) => next[key] !== this.state[key],
    );
    if (!changed) return;
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }
}
