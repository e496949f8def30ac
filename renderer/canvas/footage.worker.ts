import { createFootageService, type FootageReply, type FootageRequest } from './footage-protocol';
import { VideoCompositor } from './video-compositor';
import { steppedWarmUp, warmUpSteps } from './footage-warmup';

/** The preview's footage worker: see footage-protocol.ts. */

interface WorkerScope {
  onmessage: ((event: MessageEvent<FootageRequest>) => void) | null;
  postMessage(message: FootageReply, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const compositor = new VideoCompositor(() => new OffscreenCanvas(1, 1));
// transferToImageBitmap hands the pixels over without a copy; every draw starts from a cleared
// frame anyway.
const serve = createFootageService(
  compositor,
  (canvas) => canvas.transferToImageBitmap(),
  // A throwaway compositor: the real one keeps its canvases at the editor's size.
  steppedWarmUp(
    () => warmUpSteps(new VideoCompositor(() => new OffscreenCanvas(1, 1))),
    (run) => setTimeout(run, 0),
  ),
);

scope.onmessage = (event) => {
  const reply = serve(event.data);
  if (reply) scope.postMessage(reply, reply.ok ? [reply.picture] : []);
};
