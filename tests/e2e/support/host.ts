import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';

/**
 * Fixtures for the studio's end-to-end tests: a browser-mode host (the real engine behind
 * `main/host/start.ts`) with its own user-data folder, a scratch folder per test, and a few
 * media files made with ffmpeg. Nothing is built here: `dist/renderer` must exist (run
 * `npx vite build` first).
 */

import { startStudioHost, type RunningStudio } from './studio-host';

export { startStudioHost, type RunningStudio } from './studio-host';

export interface MediaFiles {
  dir: string;
  /** 2 s, 320x240, testsrc2 picture and a sine tone, H.264/AAC. */
  clip: string;
  /** A zero-byte file named like a video. */
  empty: string;
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

export const test = base.extend<
  { studio: RunningStudio; workDir: string; demoFootage: 'cached' | 'fresh' },
  { media: MediaFiles }
>({
  // Tests share the demo footage (support/demo-cache.ts); the demo spec makes it fresh.
  demoFootage: ['cached', { option: true }],
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
  studio: async ({ workDir, demoFootage }, use) => {
    const userDataDir = join(workDir, 'user-data');
    mkdirSync(userDataDir, { recursive: true });
    const { studio, stop } = await startStudioHost(userDataDir, { demoFootage });
    try {
      await use(studio);
    } finally {
      await stop();
    }
  },
});

export { expect } from '@playwright/test';
