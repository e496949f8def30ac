import { readFileSync } from 'node:fs';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ScoredBox } from '../../../../shared/privacy/boxes';
import { existingUnpacked, FACE_WORKER_FILE } from './bundle-paths';
import type { FrameInput, PassPlan } from './passes';
import type { DetectRequest, WorkerMessage } from './protocol';

/**
 * A few detection workers (one per core, at most `size`). Each frame goes to the worker with
 * the fewest frames queued, so two workers keep both cores busy while ffmpeg decodes.
 */

export class DetectorWorkerError extends Error {
  override readonly name = 'DetectorWorkerError';
}

interface Pending {
  resolve: (detections: ScoredBox[]) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** tsx's ESM register API, found through the package's export map (its `import` entry). */
function tsxEsmApiPath(): string {
  const packageJson = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(packageJson, 'utf8')) as {
    exports?: Record<string, { import?: { default?: string } }>;
  };
  const relative = manifest.exports?.['./esm/api']?.import?.default;
  if (relative === undefined) throw new DetectorWorkerError('tsx has no ESM register API');
  return path.join(path.dirname(packageJson), relative);
}

/**
 * The worker's entry: the TypeScript source under tsx in development and tests, or a bundled
 * `face-worker.mjs` next to the bundled engine (scripts/build-electron.mjs must emit it).
 */
function spawnWorker(): Worker {
  // In a packaged app the worker is unpacked from app.asar (see bundle-paths.ts).
  const bundled = existingUnpacked(
    fileURLToPath(new URL(`./${FACE_WORKER_FILE}`, import.meta.url)),
  );
  if (bundled !== null) return new Worker(pathToFileURL(bundled));
  // Node 20 does not apply `--import tsx` to a worker's own entry: register tsx's loader in
  // the thread first, then import the TypeScript entry through it.
  const tsxApi = pathToFileURL(tsxEsmApiPath()).href;
  const entry = new URL('./worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { eval: true });
}

function startWorker(): Promise<PoolWorker> {
  const worker = spawnWorker();
  const pending = new Map<number, Pending>();
  const failAll = (error: Error): void => {
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  return new Promise((resolve, reject) => {
    let ready = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') {
        ready = true;
        resolve({ worker, pending });
        return;
      }
      if (message.type === 'error' && message.id === null) {
        const error = new DetectorWorkerError(message.message);
        if (!ready) reject(error);
        failAll(error);
        return;
      }
      if (message.id === null) return;
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.type === 'result') waiter?.resolve(message.detections);
      else waiter?.reject(new DetectorWorkerError(message.message));
    });
    worker.on('error', (error) => {
      const wrapped = new DetectorWorkerError(`face detection worker failed: ${error.message}`, {
        cause: error,
      });
      if (!ready) reject(wrapped);
      failAll(wrapped);
    });
    worker.on('exit', (code) => {
      const error = new DetectorWorkerError(`face detection worker exited (code ${code})`);
      if (!ready) reject(error);
      failAll(error);
    });
  });
}

export class DetectorPool {
  private nextId = 1;
  private closed = false;

  private constructor(private readonly workers: PoolWorker[]) {}

  /** Starts `size` workers (default: one per core, at most 2) and waits until each is ready. */
  static async start(size = Math.min(2, availableParallelism())): Promise<DetectorPool> {
    const count = Math.max(1, Math.floor(size));
    const started = await Promise.allSettled(Array.from({ length: count }, () => startWorker()));
    const workers = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const failure = started.find((r) => r.status === 'rejected');
    if (failure !== undefined) {
      await Promise.all(workers.map((w) => w.worker.terminate()));
      throw failure.reason instanceof Error
        ? failure.reason
        : new DetectorWorkerError(String(failure.reason));
    }
    return new DetectorPool(workers);
  }

  get size(): number {
    return this.workers.length;
  }

  /** Frames waiting in all workers (the scan bounds this to bound memory). */
  get queued(): number {
    return this.workers.reduce((sum, w) => sum + w.pending.size, 0);
  }

  /** Detections in `frame`'s pixels. The frame's buffer is transferred (unusable afterwards). */
  detect(frame: FrameInput, plan: PassPlan): Promise<ScoredBox[]> {
    if (this.closed) return Promise.reject(new DetectorWorkerError('the detector pool is closed'));
    const target = this.workers.reduce((best, w) =>
      w.pending.size < best.pending.size ? w : best,
    );
    const id = this.nextId++;
    // Transfer only a buffer that holds exactly this frame (a Buffer may share a pooled one).
    const whole =
      frame.rgb.byteOffset === 0 && frame.rgb.byteLength === frame.rgb.buffer.byteLength;
    const rgb = whole ? frame.rgb : frame.rgb.slice();
    const request: DetectRequest = {
      type: 'detect',
      id,
      rgb,
      width: frame.width,
      height: frame.height,
      plan,
    };
    return new Promise((resolve, reject) => {
      target.pending.set(id, { resolve, reject });
      target.worker.postMessage(request, [rgb.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
