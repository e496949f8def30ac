import { parentPort } from 'node:worker_threads';
import { loadFaceApi } from './face-api';
import { detectInFrame } from './passes';
import type { DetectRequest, WorkerMessage } from './protocol';

/**
 * Detection worker: loads face-api once, then answers one frame at a time. Frames arrive as
 * transferred buffers (no copy). Kept off the engine's thread so a scan never blocks calls.
 */

const port = parentPort;
if (port === null) throw new Error('the face detection worker must run in a worker thread');

const post = (message: WorkerMessage): void => port.postMessage(message);

try {
  const api = await loadFaceApi();
  port.on('message', (request: DetectRequest) => {
    detectInFrame(api, request, request.plan).then(
      (detections) => post({ type: 'result', id: request.id, detections }),
      (error: unknown) => post({ type: 'error', id: request.id, message: String(error) }),
    );
  });
  post({ type: 'ready' });
} catch (error) {
  post({
    type: 'error',
    id: null,
    message: error instanceof Error ? error.message : String(error),
  });
}
