import type { PreviewClock } from './preview-clock';

export interface FrameScheduler {
  request(callback: (nowMs: number) => void): number;
  cancel(handle: number): void;
}

const animationFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/**
 * The preview's animation-frame loop: each frame first advances the clock to the frame's time,
 * then runs every drawing callback with it, so the footage and the playhead move together.
 * Runs while started; idle frames cost a comparison per callback.
 */
export class PreviewLoop {
  private readonly callbacks = new Set<(nowMs: number) => void>();
  private handle: number | null = null;

  constructor(
    private readonly clock: PreviewClock,
    private readonly scheduler: FrameScheduler = animationFrames,
  ) {}

  /** Adds a per-frame callback; returns its removal. */
  onFrame(callback: (nowMs: number) => void): () => void {
    this.callbacks.add(callback);
    return () => this.callbacks.delete(callback);
  }

  start(): void {
    if (this.handle !== null) return;
    const frame = (nowMs: number) => {
      this.handle = this.scheduler.request(frame);
      this.clock.tick(nowMs);
      for (const callback of [...this.callbacks]) callback(nowMs);
    };
    this.handle = this.scheduler.request(frame);
  }

  stop(): void {
    if (this.handle === null) return;
    this.scheduler.cancel(this.handle);
    this.handle = null;
  }
}
