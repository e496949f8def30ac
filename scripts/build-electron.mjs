#!/usr/bin/env node
// Bundles the Electron main process and preload with esbuild. The preload must be CommonJS
// (sandboxed preloads cannot be ES modules); the engine runs in its own Node process.
import { build } from 'esbuild';
import { root } from './lib.mjs';
import { join } from 'node:path';

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
