import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The demo footage, made once per test run instead of once per test (about 20 s of ffmpeg on
 * two cores each time). Only the footage is shared: every test still gets a project of its own.
 * The cache is keyed by the generator's source, so a change to how the footage is made is
 * never hidden by an old file. The demo spec itself makes the footage fresh.
 */

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const generator = join(repoRoot, 'main', 'engine', 'demo', 'footage.ts');

function cacheFile(): string {
  const key = createHash('sha256').update(readFileSync(generator)).digest('hex').slice(0, 16);
  return join(repoRoot, '.tmp', 'e2e-cache', `demo-footage-${key}.mp4`);
}

/** Where the engine looks for the demo footage under a test's home folder (demo-handlers.ts). */
function demoFootage(home: string): string {
  return join(home, 'MedClip Projects', 'Demo', 'demo-footage.mp4');
}

/** Puts the cached footage where the demo will find it; false when there is none yet. */
export function seedDemoFootage(home: string): boolean {
  const cached = cacheFile();
  if (!existsSync(cached)) return false;
  const target = demoFootage(home);
  // A restarted host finds its own footage in place: never touch a file a project uses.
  if (existsSync(target)) return true;
  mkdirSync(join(target, '..'), { recursive: true });
  copyFileSync(cached, target);
  return true;
}

/** Keeps the footage a test's demo made, for the tests after it. */
export function keepDemoFootage(home: string): void {
  const made = demoFootage(home);
  const cached = cacheFile();
  if (existsSync(cached) || !existsSync(made)) return;
  mkdirSync(join(cached, '..'), { recursive: true });
  // Copied under a temporary name first: a half-copied file must never look like the cache.
  const partial = `${cached}.${process.pid}.partial`;
  copyFileSync(made, partial);
  renameSync(partial, cached);
}
