#!/usr/bin/env node
// Installs what a fresh clone is missing before `npm start` / `npm test` / the CLI run:
// node_modules (npm ci), an ffmpeg binary, and (for tests) Chromium. Idempotent and quick when
// everything is present.
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root, log, run, onPath, isRoot, findChromium } from './lib.mjs';

const args = new Set(process.argv.slice(2));
const quiet = args.has('--quiet');

export function ensureNodeModules() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  const stale = !existsSync(marker) || statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000;
  if (!stale) return;
  log('installing dependencies (npm ci)…');
  // Electron's binary and ffmpeg-static's binary come from outside the registry; neither is
  // required (browser mode and the OS ffmpeg cover them), so never let them block the install.
  const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
  if (run('npm', ['ci', '--no-audit', '--no-fund'], { env }) !== 0) {
    log('npm ci failed: see the output above.');
    process.exit(1);
  }
}

function ffmpegStaticBinary() {
  try {
    const req = createRequire(join(root, 'package.json'));
    const p = req('ffmpeg-static');
    return typeof p === 'string' && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

function aptInstall(pkgs) {
  if (!isRoot() || !onPath('apt-get')) return false;
  log(`installing ${pkgs.join(', ')} from the OS packages…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  return run('apt-get', ['install', '-y', '-qq', ...pkgs], { env }) === 0;
}

export function ensureFfmpeg() {
  if (process.env.FFMPEG_PATH && existsSync(process.env.FFMPEG_PATH)) return;
  if (ffmpegStaticBinary()) return;
  if (onPath('ffmpeg') && onPath('ffprobe')) return;
  if (aptInstall(['ffmpeg']) && onPath('ffmpeg')) return;
  log(
    'ffmpeg was not found. Install it (Debian/Ubuntu: `sudo apt-get install ffmpeg`, macOS: `brew install ffmpeg`), ' +
      'or set FFMPEG_PATH to an ffmpeg binary (ffprobe is expected beside it).',
  );
  process.exit(1);
}

export function ensureChromium({ required }) {
  if (findChromium()) return true;
  if (aptInstall(['chromium']) && findChromium()) return true;
  const msg =
    'Chromium was not found (needed for browser mode and the end-to-end tests). Install it (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH.';
  if (required) {
    log(msg);
    process.exit(1);
  }
  if (!quiet) log(msg);
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureNodeModules();
  ensureFfmpeg();
  if (args.has('--chromium')) ensureChromium({ required: true });
}
