import type { Size } from '../../shared/scene/reframe-geometry';
import type { Surface, VideoCompositor } from './video-compositor';
import type { VideoDrawPlan } from './video-layout';
import { NO_WARM_UP, type WarmUp } from './footage-warmup';

/**
 * Messages between the preview and its footage worker (footage.worker.ts). The page hands the
 * worker each new video frame as a WebCodecs `VideoFrame` (a reference, no pixel copy); the
 * worker composites it like the export (reframe, privacy blur, fit-blur backdrop) and hands back
 * an `ImageBitmap` the Konva layer shows. Converting a decoded frame to pixels is the costly part
 * of drawing video without a GPU (about 15 ms for 720p), and it happens off the page's thread.
 */
export type FootageRequest =
  | { type: 'resolution'; frame: Size; scale: number }
  | {
      type: 'paint';
      id: number;
      plan: VideoDrawPlan;
      /** Closed by the worker once drawn. */
      picture: CanvasImageSource & { close(): void };
      size: Size;
      background: string;
    }
  | { type: 'empty'; id: number; background: string }
  /** Composite made-up pictures once, off to the side, so the first real one is fast. */
  | { type: 'warmup' };

export type FootageReply<P = ImageBitmap> =
  { id: number; ok: true; picture: P } | { id: number; ok: false; message: string };

/**
 * The worker's side: one request in, at most one reply out. `takePicture` turns the composited
 * canvas into what is sent back (an ImageBitmap in the worker).
 */
export function createFootageService<S extends Surface, P>(
  compositor: VideoCompositor<S>,
  takePicture: (canvas: S) => P,
  warmUp: WarmUp = NO_WARM_UP,
): (request: FootageRequest) => FootageReply<P> | null {
  return (request) => {
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
        compositor.draw(request.plan, request.picture, request.size, request.background);
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
}
