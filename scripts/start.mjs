#!/usr/bin/env node
// `npm start`: install what is missing, build the renderer when it is stale, then open the
// studio in Electron when its binary exists, else in browser mode (host + Chromium app window,
// or a printed URL when there is no display).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { root, log, run, newestMtime, electronBinary } from './lib.mjs';
import { ensureNodeModules, ensureFfmpeg } from './ensure-deps.mjs';

ensureNodeModules();
ensureFfmpeg();

const builtIndex = join(root, 'dist/renderer/index.html');
const sourceNewest = Math.max(
  newestMtime(join(root, 'renderer')),
  newestMtime(join(root, 'shared')),
);
if (!existsSync(builtIndex) || statSync(builtIndex).mtimeMs < sourceNewest) {
  log('building the studio UI…');
  if (run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) process.exit(1);
}

const passThrough = process.argv.slice(2);
const electron = process.env.MEDCLIP_BROWSER_MODE ? undefined : electronBinary();
let child;
if (electron) {
  log('starting the desktop app (Electron)…');
  if (run('node', ['scripts/build-electron.mjs']) !== 0) process.exit(1);
  child = spawn(electron, [root, ...passThrough], { stdio: 'inherit', cwd: root });
} else {
  log('no Electron binary on this machine: starting browser mode.');
  child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'main/host/start.ts'), ...passThrough],
    {
      stdio: 'inherit',
      cwd: root,
    },
  );
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 0)));
