import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the packaged app keeps the face detector's files. The bundled worker
 * (`face-worker.mjs`) and its model and .wasm files (`face-assets/`) sit next to the bundled
 * engine and are unpacked from the app's asar archive (electron-builder.yml asarUnpack): a
 * worker thread loads its script and reads its files with plain file access, which an asar
 * archive does not serve everywhere. Development and tests have neither and use the sources.
 */

/** The bundled worker's file name, as scripts/build-electron.mjs writes it. */
export const FACE_WORKER_FILE = 'face-worker.mjs';
/** The folder beside it with `model/` (face-api weights) and `wasm/` (TensorFlow.js binaries). */
export const FACE_ASSETS_DIR = 'face-assets';

/** A path inside `app.asar` as its twin in `app.asar.unpacked`; other paths unchanged. */
export function unpackedAsarPath(filePath: string): string {
  return filePath.replace(/([\\/])app\.asar(?=[\\/])/, '$1app.asar.unpacked');
}

/** The first of the unpacked twin and the path itself that exists, or null. */
export function existingUnpacked(filePath: string): string | null {
  const unpacked = unpackedAsarPath(filePath);
  if (unpacked !== filePath && existsSync(unpacked)) return unpacked;
  return existsSync(filePath) ? filePath : null;
}

/** The bundled face assets beside `moduleDir` (the bundle's folder), or null outside a bundle. */
export function bundledFaceAssets(moduleDir: string): { modelDir: string; wasmDir: string } | null {
  const dir = existingUnpacked(path.join(moduleDir, FACE_ASSETS_DIR));
  if (dir === null) return null;
  return {
    modelDir: path.join(dir, 'model'),
    wasmDir: `${path.join(dir, 'wasm')}${path.sep}`,
  };
}
