import { frameAt, frameStartMs, lastFrameMs } from './timecode';

/**
 * The preview's transport: where the playhead is and whether it plays. Pure (no DOM): the
 * animation-frame loop feeds it the frame clock through `tick`, the footage holds it while it
 * buffers (`setWaiting`), and React reads it through `subscribe`/`getSnapshot`
 * (useSyncExternalStore). The playhead stays on [0, endMs], where `endMs` is the start of the
 * last frame, so the end of the timeline still shows a picture.
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
}

/**
 * The longest step one tick may take. A tab in the background gets no animation frames; when it
 * comes back, playback continues from where it was instead of jumping ahead.
 */
export const MAX_TICK_MS = 250;

export class PreviewClock {
  private positionMs = 0;
  private lastTickMs: number | null = null;
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
    this.update({ durationMs: Math.max(0, durationMs), endMs, fps });
  }

  /** Starts playing; from the beginning when the playhead is at the end. */
  play(): void {
    if (this.state.endMs <= 0 || this.state.playing) return;
    if (this.positionMs >= this.state.endMs) this.positionMs = 0;
    this.lastTickMs = null;
    this.update({ playing: true, waiting: false });
  }

  pause(): void {
    this.lastTickMs = null;
    this.update({ playing: false, waiting: false });
  }

  toggle(): void {
    if (this.state.playing) this.pause();
    else this.play();
  }

  /** Moves the playhead (clamped to the timeline); playback, if on, continues from there. */
  seek(ms: number): void {
    if (!Number.isFinite(ms)) return;
    this.positionMs = Math.min(Math.max(0, ms), this.state.endMs);
    this.update({});
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
   * starts, since a video starts a little after it is asked to).
   */
  adopt(ms: number): void {
    if (!this.state.playing || !Number.isFinite(ms)) return;
    this.positionMs = Math.min(Math.max(0, ms), this.state.endMs);
    this.update({});
  }

  /**
   * Moves a playing clock `fraction` of the way toward `ms`: small, steady corrections that keep
   * it on the media clock without visible jumps.
   */
  slew(ms: number, fraction: number): void {
    if (!this.state.playing || this.state.waiting || !Number.isFinite(ms)) return;
    const target = Math.min(Math.max(0, ms), this.state.endMs);
    this.positionMs += (target - this.positionMs) * Math.min(1, Math.max(0, fraction));
    this.update({});
  }

  /** Advances a playing clock to the frame clock's `nowMs` (e.g. performance.now()). */
  tick(nowMs: number): void {
    if (!this.state.playing || this.state.waiting || this.lastTickMs === null) {
      this.lastTickMs = nowMs;
      return;
    }
    const elapsed = Math.min(Math.max(0, nowMs - this.lastTickMs), MAX_TICK_MS);
    this.lastTickMs = nowMs;
    const next = this.positionMs + elapsed;
    if (next >= this.state.durationMs || this.state.endMs <= 0) {
      // Past the last frame's end: stop, showing the last frame.
      this.positionMs = this.state.endMs;
      this.lastTickMs = null;
      this.update({ playing: false, waiting: false });
      return;
    }
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
