import type { Size } from '../../shared/scene/reframe-geometry';
import type { Surface, VideoCompositor } from './video-compositor';
import type { VideoDrawPlan } from './video-layout';
import type { StagedFrame } from './frame-staging';
import { NO_WARM_UP, type WarmUp } from './footage-warmup';

/**
 * Messages between the preview and its footage worker (footage.worker.ts). The page hands the
 * worker each new video frame as a WebCodecs `VideoFrame` (a reference, no pixel copy); the
 * worker composites it like the export (reframe, privacy blur, fit-blur backdrop) and hands back
 * an `ImageBitmap` the Konva layer shows. Converting a decoded frame to pixels is the costly part
 * of drawing video without a GPU, and it happens off the page's thread, as a copy of only the
 * part that shows where the browser can (frame-staging.ts).
 */
/** A frame handed to the worker: a WebCodecs VideoFrame (a stand-in in unit tests). */
export type FootagePicture = CanvasImageSource & { close(): void };

export type FootageRequest =
  | { type: 'resolution'; frame: Size; scale: number }
  | {
      type: 'paint';
      id: number;
      plan: VideoDrawPlan;
      /** Closed by the worker once drawn. */
      picture: FootagePicture;
      size: Size;
      background: string;
    }
  | { type: 'empty'; id: number; background: string }
  /** Composite made-up pictures once, off to the side, so the first real one is fast. */
  | { type: 'warmup' };

export type FootageReply<P = ImageBitmap> =
  { id: number; ok: true; picture: P } | { id: number; ok: false; message: string };

/** Stages a frame's pixels for drawing (frame-staging.ts), or null: draw the frame itself. */
export type StageFrame<S extends Surface> = (
  picture: FootagePicture,
  plan: VideoDrawPlan,
  size: Size,
) => Promise<StagedFrame<S> | null>;

/**
 * The worker's side: one request in, at most one reply out, in the order they came (a request
 * waits for the one before it, whose frame may still be being copied). `takePicture` turns the
 * composited canvas into what is sent back (an ImageBitmap in the worker); `stage`, where given,
 * copies a frame's pixels before it is drawn.
 */
export function createFootageService<S extends Surface, P>(
  compositor: VideoCompositor<S>,
  takePicture: (canvas: S) => P,
  warmUp: WarmUp = NO_WARM_UP,
  stage: StageFrame<S> | null = null,
): (request: FootageRequest) => Promise<FootageReply<P> | null> {
  const handle = async (request: FootageRequest): Promise<FootageReply<P> | null> => {
    if (request.type === 'warmup') {
      warmUp.start();
      return null;
    }
    // The editor took this worker: its own pictures come first.
    warmUp.stop();
    if (request.type === 'resolution') {
      compositor.setResolution(request.frame, request.scale);
      return null;
    }
    try {
      if (request.type === 'paint') {
        const { plan, picture, size, background } = request;
        const staged = stage ? await stage(picture, plan, size) : null;
        if (staged) compositor.draw(plan, staged.surface, size, background, staged.origin);
        else compositor.draw(plan, picture, size, background);
      } else {
        compositor.drawEmpty(request.background);
      }
      return { id: request.id, ok: true, picture: takePicture(compositor.canvas) };
    } catch (error) {
      return {
        id: request.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      };
    } finally {
      if (request.type === 'paint') request.picture.close();
    }
  };
  let previous: Promise<unknown> = Promise.resolve();
  return (request) => {
    const reply = previous.then(() => handle(request));
    previous = reply.catch(() => undefined);
    return reply;
  };
}
