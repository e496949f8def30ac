import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bundledFaceAssets,
  existingUnpacked,
  FACE_ASSETS_DIR,
  FACE_WORKER_FILE,
  unpackedAsarPath,
} from '../../../../../../main/engine/privacy/detect/bundle-paths';

// A packaged app's resources folder: app.asar (a file) and its unpacked twin holding the worker.
const resources = mkdtempSync(path.join(tmpdir(), 'medclip-resources-'));
const engineInAsar = path.join(resources, 'app.asar', 'out', 'engine');
const engineUnpacked = path.join(resources, 'app.asar.unpacked', 'out', 'engine');
writeFileSync(path.join(resources, 'app.asar'), 'archive');
mkdirSync(path.join(engineUnpacked, FACE_ASSETS_DIR, 'model'), { recursive: true });
writeFileSync(path.join(engineUnpacked, FACE_WORKER_FILE), 'export {};');

afterAll(() => rmSync(resources, { recursive: true, force: true }));

describe('packaged face detector paths', () => {
  it('maps a path inside app.asar to app.asar.unpacked, on either separator', () => {
    expect(unpackedAsarPath('/opt/MedClip/resources/app.asar/out/engine/face-worker.mjs')).toBe(
      '/opt/MedClip/resources/app.asar.unpacked/out/engine/face-worker.mjs',
    );
    expect(unpackedAsarPath('C:\\MedClip\\resources\\app.asar\\out\\engine')).toBe(
      'C:\\MedClip\\resources\\app.asar.unpacked\\out\\engine',
    );
  });

  it('leaves other paths alone (already unpacked, other archives, development)', () => {
    for (const other of [
      '/r/app.asar.unpacked/out/engine/face-worker.mjs',
      '/r/myapp.asar/out/engine',
      '/work/main/out/engine/face-worker.mjs',
    ]) {
      expect(unpackedAsarPath(other)).toBe(other);
    }
  });

  it('finds the worker in the unpacked twin of the bundled engine folder', () => {
    expect(existingUnpacked(path.join(engineInAsar, FACE_WORKER_FILE))).toBe(
      path.join(engineUnpacked, FACE_WORKER_FILE),
    );
    expect(existingUnpacked(path.join(engineInAsar, 'missing.mjs'))).toBeNull();
  });

  it('gives the unpacked model and wasm folders, or null where nothing was bundled', () => {
    expect(bundledFaceAssets(engineInAsar)).toEqual({
      modelDir: path.join(engineUnpacked, FACE_ASSETS_DIR, 'model'),
      wasmDir: `${path.join(engineUnpacked, FACE_ASSETS_DIR, 'wasm')}${path.sep}`,
    });
    expect(bundledFaceAssets(path.join(resources, 'elsewhere'))).toBeNull();
  });
});
