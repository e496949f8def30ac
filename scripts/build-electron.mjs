#!/usr/bin/env node
// Bundles the Electron main process and preload with esbuild. The preload must be CommonJS
// (sandboxed preloads cannot be ES modules); the engine runs in its own Node process.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { root } from './lib.mjs';
import { dirname, join } from 'node:path';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: [join(root, 'main/electron/main.ts')],
  outfile: join(root, 'out/electron/main.cjs'),
});
await build({
  ...common,
  entryPoints: [join(root, 'main/electron/preload.ts')],
  outfile: join(root, 'out/electron/preload.cjs'),
});
await build({
  ...common,
  format: 'esm',
  entryPoints: [join(root, 'main/engine/process-entry.ts')],
  outfile: join(root, 'out/engine/process-entry.mjs'),
  // Native and CommonJS-with-dynamic-require packages stay outside the bundle.
  packages: 'external',
});

// The face-scan worker, self-contained (face-api and TensorFlow.js bundled in) so a packaged
// worker thread needs no node_modules; its model and .wasm files go to face-assets/ beside it.
// Both are unpacked from the asar (electron-builder.yml) and found by detect/bundle-paths.ts.
await build({
  ...common,
  format: 'esm',
  entryPoints: [join(root, 'main/engine/privacy/detect/worker.ts')],
  outfile: join(root, 'out/engine/face-worker.mjs'),
  external: [],
  // Bundled CommonJS expects require() (Node built-ins) and __dirname (TensorFlow.js's
  // Emscripten loader), which ES modules lack: give it both for the bundle's own file.
  banner: {
    js: [
      "import { createRequire as __medclipRequire } from 'node:module';",
      "import { fileURLToPath as __medclipPath } from 'node:url';",
      'const require = __medclipRequire(import.meta.url);',
      'const __filename = __medclipPath(import.meta.url);',
      "const __dirname = __medclipPath(new URL('.', import.meta.url));",
    ].join(' '),
  },
});

const packageDir = (name) =>
  dirname(createRequire(join(root, 'package.json')).resolve(`${name}/package.json`));
const assets = join(root, 'out/engine/face-assets');
rmSync(assets, { recursive: true, force: true });
mkdirSync(join(assets, 'model'), { recursive: true });
mkdirSync(join(assets, 'wasm'), { recursive: true });
// Only the detectors the scan loads (detect/face-api.ts): SSD MobileNet v1 and the tiny one.
const models = join(packageDir('@vladmandic/face-api'), 'model');
for (const name of readdirSync(models)) {
  if (/^(ssd_mobilenetv1|tiny_face_detector)_model/.test(name)) {
    cpSync(join(models, name), join(assets, 'model', name));
  }
}
const wasmDist = join(packageDir('@tensorflow/tfjs-backend-wasm'), 'dist');
for (const name of readdirSync(wasmDist)) {
  if (name.endsWith('.wasm')) cpSync(join(wasmDist, name), join(assets, 'wasm', name));
}
