import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';

/**
 * Fixtures for the studio's end-to-end tests: a browser-mode host (the real engine behind
 * `main/host/start.ts`) with its own user-data folder, a scratch folder per test, and a few
 * media files made with ffmpeg. Nothing is built here: `dist/renderer` must exist (run
 * `npx vite build` first).
 */

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const HOST_READY_TIMEOUT_MS = 45_000;

export interface RunningStudio {
  /** The first URL, with the launch token. */
  url: string;
  userDataDir: string;
}

export interface MediaFiles {
  dir: string;
  /** 2 s, 320x240, testsrc2 picture and a sine tone, H.264/AAC. */
  clip: string;
  /** A zero-byte file named like a video. */
  empty: string;
}

function killTree(child: ChildProcess): Promise<void> {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
      resolvePromise();
      return;
    }
    const pid = child.pid;
    const force = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolvePromise();
    });
    try {
      // The host runs under npx and tsx: signal the whole process group.
      process.kill(-pid, 'SIGTERM');
    } catch {
      clearTimeout(force);
      resolvePromise();
    }
  });
}

export async function startStudioHost(
  userDataDir: string,
): Promise<{ studio: RunningStudio; stop: () => Promise<void> }> {
  if (!existsSync(join(repoRoot, 'dist', 'renderer', 'index.html'))) {
    throw new Error(
      'dist/renderer is not built: run `npx vite build` before the end-to-end tests.',
    );
  }
  // A home folder of its own, so the default project folder and the demo land in the test's
  // temp space, never in the real home.
  const home = join(userDataDir, 'home');
  mkdirSync(home, { recursive: true });
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'main/host/start.ts', '--port', '0', '--no-open', '--print-json'],
    {
      cwd: repoRoot,
      env: { ...process.env, MEDCLIP_USER_DATA: userDataDir, HOME: home },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = await new Promise<string>((resolvePromise, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      reject(new Error(`The host printed no URL within ${HOST_READY_TIMEOUT_MS} ms.\n${stderr}`));
    }, HOST_READY_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      for (const line of stdout.split('\n')) {
        if (!line.trim().startsWith('{')) continue;
        try {
          const parsed = JSON.parse(line) as { url?: unknown };
          if (typeof parsed.url === 'string') {
            clearTimeout(timer);
            resolvePromise(parsed.url);
            return;
          }
        } catch {
          // A partial line: wait for the rest.
        }
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The host exited (${signal ?? code}) before it was ready.\n${stderr}`));
    });
  });
  return { studio: { url, userDataDir }, stop: () => killTree(child) };
}

function makeMediaFiles(dir: string): MediaFiles {
  mkdirSync(dir, { recursive: true });
  const clip = join(dir, 'clip.mp4');
  const result = spawnSync(
    'ffmpeg',
    [
      '-hide_banner',
      '-loglevel',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      'testsrc2=size=320x240:rate=25:duration=2',
      '-f',
      'lavfi',
      '-i',
      'sine=frequency=440:sample_rate=44100:duration=2',
      '-c:v',
      'libx264',
      '-pix_fmt',
      'yuv420p',
      '-c:a',
      'aac',
      '-shortest',
      '-movflags',
      '+faststart',
      clip,
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`ffmpeg could not make the test clip: ${result.stderr}`);
  const empty = join(dir, 'empty.mp4');
  writeFileSync(empty, '');
  return { dir, clip, empty };
}

export const test = base.extend<{ studio: RunningStudio; workDir: string }, { media: MediaFiles }>({
  media: [
    // Playwright reads the fixtures a function needs from its first parameter's pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'medclip-e2e-media-'));
      try {
        await use(makeMediaFiles(dir));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  workDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'medclip-e2e-work-'));
    try {
      await use(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  studio: async ({ workDir }, use) => {
    const userDataDir = join(workDir, 'user-data');
    mkdirSync(userDataDir, { recursive: true });
    const { studio, stop } = await startStudioHost(userDataDir);
    try {
      await use(studio);
    } finally {
      await stop();
    }
  },
});

export { expect } from '@playwright/test';
