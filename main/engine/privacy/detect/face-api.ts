import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as faceApiModule from '@vladmandic/face-api/dist/face-api.node-wasm.js';
import * as wasmBackendModule from '@tensorflow/tfjs-backend-wasm';
import { bundledFaceAssets } from './bundle-paths';

/**
 * Loads @vladmandic/face-api on the TensorFlow.js WASM backend, with the detector models that
 * ship inside the package (nothing downloads). Runs inside the detection worker.
 */

const require = createRequire(import.meta.url);

/** The slice of face-api and tfjs the detector uses (the package's own typings are huge). */
export interface Tensor3D {
  shape: number[];
  dispose(): void;
}

interface RawDetection {
  score: number;
  box: { x: number; y: number; width: number; height: number };
}

export interface FaceApi {
  tf: {
    tensor3d(values: Uint8Array, shape: [number, number, number], dtype: 'int32'): Tensor3D;
    slice(tensor: Tensor3D, begin: number[], size: number[]): Tensor3D;
    setBackend(name: string): Promise<boolean>;
    ready(): Promise<void>;
    getBackend(): string;
    engine(): { startScope(): void; endScope(): void };
  };
  nets: {
    ssdMobilenetv1: { loadFromDisk(dir: string): Promise<void> };
    tinyFaceDetector: { loadFromDisk(dir: string): Promise<void> };
  };
  SsdMobilenetv1Options: new (options: { minConfidence: number; maxResults: number }) => object;
  TinyFaceDetectorOptions: new (options: { inputSize: number; scoreThreshold: number }) => object;
  detectAllFaces(input: Tensor3D, options: object): Promise<RawDetection[]>;
}

interface WasmBackend {
  setWasmPaths(prefix: string): void;
  setThreadsCount?(count: number): void;
}

export class DetectorLoadError extends Error {
  override readonly name = 'DetectorLoadError';
}

/**
 * The model and .wasm folders: beside the bundled worker in a packaged app, else the package
 * folders, resolved from the installed packages (never from the working folder).
 */
export function detectorAssetPaths(): { modelDir: string; wasmDir: string } {
  const bundled = bundledFaceAssets(path.dirname(fileURLToPath(import.meta.url)));
  if (bundled !== null) return bundled;
  const faceApiDir = path.dirname(require.resolve('@vladmandic/face-api/package.json'));
  const wasmPkgDir = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json'));
  return {
    modelDir: path.join(faceApiDir, 'model'),
    // A directory prefix: the backend reads the .wasm binaries it picks from here.
    wasmDir: `${path.join(wasmPkgDir, 'dist')}${path.sep}`,
  };
}

/**
 * A CommonJS package's `module.exports` from its ESM namespace. Static imports (not require)
 * let esbuild bundle face-api and TensorFlow.js into the worker, so the packaged worker needs
 * no node_modules; Node and esbuild both put `module.exports` on `default`.
 */
function commonJsExports<T>(namespace: object): T {
  const withDefault = namespace as { default?: unknown };
  return (withDefault.default ?? namespace) as T;
}

let loading: Promise<FaceApi> | null = null;

/** face-api on WASM with SSD MobileNet v1 and the tiny detector loaded (once per thread). */
export function loadFaceApi(): Promise<FaceApi> {
  loading ??= (async () => {
    try {
      const { modelDir, wasmDir } = detectorAssetPaths();
      const faceApi = commonJsExports<FaceApi>(faceApiModule);
      const wasm = commonJsExports<WasmBackend>(wasmBackendModule);
      wasm.setWasmPaths(wasmDir);
      // One thread per worker: parallelism comes from the worker pool.
      wasm.setThreadsCount?.(1);
      if (!(await faceApi.tf.setBackend('wasm'))) {
        throw new DetectorLoadError('the TensorFlow.js WASM backend did not start');
      }
      await faceApi.tf.ready();
      await faceApi.nets.ssdMobilenetv1.loadFromDisk(modelDir);
      await faceApi.nets.tinyFaceDetector.loadFromDisk(modelDir);
      return faceApi;
    } catch (cause) {
      loading = null;
      if (cause instanceof DetectorLoadError) throw cause;
      throw new DetectorLoadError(`could not load the face detector: ${String(cause)}`, { cause });
    }
  })();
  return loading;
}
