import type { Size } from '../../shared/scene/reframe-geometry';
import type { FootageReply, FootageRequest } from './footage-protocol';
import { VideoCompositor } from './video-compositor';
import type { VideoDrawPlan } from './video-layout';

/**
 * Paints the footage layer: the active element's frame composited for the preview. Two ways:
 * in a worker from WebCodecs frames (WorkerFootagePainter: the page thread stays free while
 * video plays), or on the page's thread (InlineFootagePainter: where the browser has no
 * workers, OffscreenCanvas or VideoFrame, or the media's origin forbids taking its frames).
 * FootageDrawer picks the worker and falls back to the page's thread for good on any failure.
 */
export interface FootagePainter {
  setResolution(frame: Size, scale: number): void;
  paint(plan: VideoDrawPlan, element: HTMLVideoElement, background: string): void;
  /** A decoded still in place of the element's frame (see opening-still.ts); `key` names it. */
  paintStill(plan: VideoDrawPlan, still: ImageBitmap, key: string, background: string): void;
  paintEmpty(background: string): void;
  /** A picture is requested and not shown yet. */
  busy(): boolean;
  destroy(): void;
}

/** Told each finished picture; `late` when it arrives after the call that asked for it. */
export type PictureListener = (picture: CanvasImageSource, late: boolean) => void;

export class InlineFootagePainter implements FootagePainter {
  private readonly compositor = new VideoCompositor(() => document.createElement('canvas'));

  constructor(private readonly onPicture: PictureListener) {}

  setResolution(frame: Size, scale: number): void {
    this.compositor.setResolution(frame, scale);
  }

  paint(plan: VideoDrawPlan, element: HTMLVideoElement, background: string): void {
    const size = { width: element.videoWidth, height: element.videoHeight };
    this.compositor.draw(plan, element, size, background);
    this.onPicture(this.compositor.canvas, false);
  }

  paintStill(plan: VideoDrawPlan, still: ImageBitmap, _key: string, background: string): void {
    const size = { width: still.width, height: still.height };
    this.compositor.draw(plan, still, size, background);
    this.onPicture(this.compositor.canvas, false);
  }

  paintEmpty(background: string): void {
    this.compositor.drawEmpty(background);
    this.onPicture(this.compositor.canvas, false);
  }

  busy(): boolean {
    return false;
  }

  destroy(): void {}
}

/** The part of a Worker the painter uses (a fake in unit tests). */
export interface FootageWorkerPort {
  postMessage(message: FootageRequest, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<FootageReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

type Job =
  | { type: 'paint'; plan: VideoDrawPlan; element: HTMLVideoElement; background: string }
  | { type: 'empty'; background: string };

/**
 * Counts the frames each element has presented (requestVideoFrameCallback), so a frame is
 * composited once, not on every animation frame, and tells when a new one shows.
 */
class PresentedFrames {
  private readonly counts = new WeakMap<HTMLVideoElement, number>();
  private readonly ids = new WeakMap<HTMLVideoElement, number>();
  private nextId = 1;
  private stopped = false;

  constructor(private readonly onNewFrame: () => void) {}

  /** `<element>#<frames presented>`, or null when the browser cannot count them. */
  key(element: HTMLVideoElement): string | null {
    if (typeof element.requestVideoFrameCallback !== 'function') return null;
    let id = this.ids.get(element);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(element, id);
      this.counts.set(element, 0);
      const watch = () => {
        if (this.stopped) return;
        this.counts.set(element, (this.counts.get(element) ?? 0) + 1);
        this.onNewFrame();
        element.requestVideoFrameCallback(watch);
      };
      element.requestVideoFrameCallback(watch);
    }
    return `${id}#${this.counts.get(element) ?? 0}`;
  }

  stop(): void {
    this.stopped = true;
  }
}

/** What the worker draws: video frames and the background (stills are drawn on the page). */
type VideoFramePainter = Omit<FootagePainter, 'paintStill'>;

export class WorkerFootagePainter implements VideoFramePainter {
  private nextId = 1;
  private inFlight: number | null = null;
  private pending: Job | null = null;
  /** What the last request sent or queued shows, to skip asking for the same picture twice. */
  private lastKey: string | null = null;
  private resolution = 0;
  private failed = false;
  private readonly frames: PresentedFrames;

  constructor(
    private readonly worker: FootageWorkerPort,
    private readonly onPicture: PictureListener,
    private readonly onFailure: (message: string) => void,
    onNewFrame: () => void,
    private readonly takeFrame: (element: HTMLVideoElement) => VideoFrame = (element) =>
      new VideoFrame(element),
  ) {
    this.frames = new PresentedFrames(onNewFrame);
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => this.fail(`the footage worker stopped: ${event.message}`);
  }

  setResolution(frame: Size, scale: number): void {
    this.resolution += 1;
    this.worker.postMessage({ type: 'resolution', frame, scale }, []);
  }

  paint(plan: VideoDrawPlan, element: HTMLVideoElement, background: string): void {
    const frame = this.frames.key(element);
    // While paused the frame count may lag a seek by a moment: the time tells stills apart.
    const still = element.paused || element.seeking ? `@${element.currentTime}` : '';
    const key =
      frame === null
        ? null
        : `${frame}${still}|${element.videoWidth}x${element.videoHeight}|${background}|` +
          `${this.resolution}|${JSON.stringify(plan)}`;
    this.queue({ type: 'paint', plan, element, background }, key);
  }

  paintEmpty(background: string): void {
    this.queue({ type: 'empty', background }, `empty|${background}|${this.resolution}`);
  }

  busy(): boolean {
    return this.inFlight !== null || this.pending !== null;
  }

  /**
   * Forgets the picture asked for and the one queued: something else was drawn since (a still,
   * on the page), and their late replies must not cover it. The next request is sent afresh.
   */
  cancel(): void {
    this.inFlight = null;
    this.pending = null;
    this.lastKey = null;
  }

  destroy(): void {
    this.failed = true;
    this.frames.stop();
    this.worker.onmessage = null;
    this.worker.onerror = null;
    this.worker.terminate();
  }

  private queue(job: Job, key: string | null): void {
    if (this.failed || (key !== null && key === this.lastKey)) return;
    this.lastKey = key;
    if (this.inFlight === null) this.send(job);
    else this.pending = job;
  }

  private send(job: Job): void {
    const id = this.nextId++;
    if (job.type === 'empty') {
      this.inFlight = id;
      this.worker.postMessage({ type: 'empty', id, background: job.background }, []);
      return;
    }
    const { plan, background } = job;
    let picture: VideoFrame;
    try {
      picture = this.takeFrame(job.element);
    } catch (error) {
      // A media origin that forbids reading its frames, or no frame yet: the page thread can
      // still draw it.
      this.fail(`cannot hand video frames to the footage worker: ${describe(error)}`);
      return;
    }
    this.inFlight = id;
    const size = { width: job.element.videoWidth, height: job.element.videoHeight };
    this.worker.postMessage({ type: 'paint', id, plan, picture, size, background }, [picture]);
  }

  private receive(reply: FootageReply): void {
    if (this.failed || reply.id !== this.inFlight) {
      // A picture nobody waits for any more (cancelled, or the painter gave up): let it go.
      if (reply.ok) reply.picture.close?.();
      return;
    }
    this.inFlight = null;
    if (!reply.ok) {
      this.fail(`the footage worker could not draw: ${reply.message}`);
      return;
    }
    const next = this.pending;
    this.pending = null;
    if (next) this.send(next);
    this.onPicture(reply.picture, true);
  }

  private fail(message: string): void {
    if (this.failed) return;
    this.failed = true;
    this.inFlight = null;
    this.pending = null;
    this.onFailure(message);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** True when this browser can run the footage worker. */
export function footageWorkerSupported(): boolean {
  return (
    typeof Worker === 'function' &&
    typeof OffscreenCanvas === 'function' &&
    typeof VideoFrame === 'function' &&
    typeof ImageBitmap === 'function'
  );
}

/**
 * The worker painter while it works, the page-thread painter from its first failure on (the
 * failure is logged once; the preview keeps drawing).
 */
export class FootageDrawer implements FootagePainter {
  private painter: VideoFramePainter;
  /** Stills on the page's thread, made when the first one comes. */
  private stills: FootagePainter | null = null;
  /** What the still painter shows now, so an unchanged still is not drawn again each frame. */
  private stillShown: string | null = null;
  private resolution: { frame: Size; scale: number } | null = null;

  constructor(
    onPicture: PictureListener,
    onNewFrame: () => void,
    createWorker: (() => FootageWorkerPort) | null,
    private readonly createInline: () => FootagePainter = () => new InlineFootagePainter(onPicture),
  ) {
    let worker: FootageWorkerPort | null = null;
    try {
      worker = createWorker ? createWorker() : null;
    } catch (error) {
      console.warn(`Preview draws footage on the page: ${describe(error)}`);
    }
    this.painter = worker
      ? new WorkerFootagePainter(
          worker,
          onPicture,
          (message) => {
            console.warn(`Preview draws footage on the page from now on: ${message}`);
            this.painter.destroy();
            this.painter = this.pagePainter();
            this.stillShown = null;
            onNewFrame();
          },
          onNewFrame,
        )
      : this.pagePainter();
  }

  /** True while the worker draws video (false once fallen back to the page). */
  get offThread(): boolean {
    return this.painter instanceof WorkerFootagePainter;
  }

  setResolution(frame: Size, scale: number): void {
    this.resolution = { frame, scale };
    this.painter.setResolution(frame, scale);
    this.stills?.setResolution(frame, scale);
    this.stillShown = null;
  }

  paint(plan: VideoDrawPlan, element: HTMLVideoElement, background: string): void {
    this.stillShown = null;
    this.painter.paint(plan, element, background);
  }

  /**
   * A still (the opening frame, a photo) is drawn on the page's thread: an ImageBitmap costs a
   * few milliseconds to draw, while handing it to the worker cost more than that to copy and the
   * busy worker of an opening editor took a few hundred to answer.
   */
  paintStill(plan: VideoDrawPlan, still: ImageBitmap, key: string, background: string): void {
    const shown = `${key}|${background}|${JSON.stringify(plan)}`;
    if (shown === this.stillShown) return;
    if (this.painter instanceof WorkerFootagePainter) this.painter.cancel();
    this.stills ??= this.painter instanceof WorkerFootagePainter ? this.pagePainter() : null;
    const painter = this.stills ?? (this.painter as FootagePainter);
    painter.paintStill(plan, still, key, background);
    this.stillShown = shown;
  }

  paintEmpty(background: string): void {
    this.stillShown = null;
    this.painter.paintEmpty(background);
  }

  busy(): boolean {
    return this.painter.busy();
  }

  destroy(): void {
    this.painter.destroy();
    this.stills?.destroy();
  }

  private pagePainter(): FootagePainter {
    const painter = this.createInline();
    if (this.resolution) painter.setResolution(this.resolution.frame, this.resolution.scale);
    return painter;
  }
}

/** The footage worker, bundled by Vite as its own module script. */
function spawnFootageWorker(): FootageWorkerPort {
  return new Worker(new URL('./footage.worker.ts', import.meta.url), {
    type: 'module',
    name: 'medclip-footage',
  }) as unknown as FootageWorkerPort;
}

/** One worker booted ahead of need; the next `startFootageWorker` takes it. */
let spareWorker: FootageWorkerPort | null = null;

/**
 * Boots a footage worker while the start screen is idle, so that opening a project does not
 * wait for the worker's script to load and compile before the first picture, nor for its first
 * composite (see footage-warmup.ts). Messages sent to it before it has booted are queued by the
 * browser, so the spare is used like a new one.
 */
export function prewarmFootageWorker(spawn: () => FootageWorkerPort = spawnFootageWorker): void {
  if (spareWorker !== null || !footageWorkerSupported()) return;
  try {
    spareWorker = spawn();
    spareWorker.postMessage({ type: 'warmup' }, []);
  } catch {
    // The editor tries again when it opens and falls back to the page if that fails too.
  }
}

/** The booted spare when there is one, else a new worker. */
export function startFootageWorker(): FootageWorkerPort {
  const spare = spareWorker;
  spareWorker = null;
  return spare ?? spawnFootageWorker();
}
