import { createFootageService, type FootageReply, type FootageRequest } from './footage-protocol';
import { VideoCompositor } from './video-compositor';
import { steppedWarmUp, warmUpSteps } from './footage-warmup';
import { FrameStager, type StageableFrame } from './frame-staging';

/** The preview's footage worker: see footage-protocol.ts. */

interface WorkerScope {
  onmessage: ((event: MessageEvent<FootageRequest>) => void) | null;
  postMessage(message: FootageReply, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const compositor = new VideoCompositor(() => new OffscreenCanvas(1, 1));
const stager = new FrameStager(new OffscreenCanvas(1, 1));
// transferToImageBitmap hands the pixels over without a copy; every draw starts from a cleared
// frame anyway.
const serve = createFootageService(
  compositor,
  (canvas) => canvas.transferToImageBitmap(),
  // A throwaway compositor: the real one keeps its canvases at the editor's size.
  steppedWarmUp(
    () => {
      const spare = new FrameStager(new OffscreenCanvas(1, 1));
      return warmUpSteps(
        new VideoCompositor(() => new OffscreenCanvas(1, 1)),
        undefined,
        (picture, plan, size) => spare.stage(picture as unknown as StageableFrame, plan, size),
      );
    },
    (run) => setTimeout(run, 0),
  ),
  // Pictures arrive as VideoFrames (footage-painter.ts).
  (picture, plan, size) => stager.stage(picture as unknown as StageableFrame, plan, size),
);

scope.onmessage = (event) => {
  void serve(event.data).then((reply) => {
    if (reply) scope.postMessage(reply, reply.ok ? [reply.picture] : []);
  });
};
