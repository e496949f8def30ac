import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * The media cache folder the engine passes (`<project>.medclip.cache/`): generated files live
 * under `<cacheDir>/<area>/<key>` where the key starts with the content hash. Entries are
 * built in a temporary sibling and renamed into place, so a reader never sees half an entry
 * and a crash leaves at most a `.tmp-*` folder behind.
 */

export function cacheEntryPath(cacheDir: string, area: string, key: string): string {
  return path.join(cacheDir, area, key);
}

/** A fresh temporary folder next to where the entry will live (same file system for rename). */
export async function makeStagingDir(cacheDir: string, area: string, key: string): Promise<string> {
  const parent = path.join(cacheDir, area);
  await mkdir(parent, { recursive: true });
  return mkdtemp(path.join(parent, `.tmp-${key}-`));
}

/**
 * Moves a finished staging file or folder into place. When another call published the same
 * entry first, the staging copy is dropped and the existing entry wins (same content hash).
 */
export async function publishEntry(staging: string, finalPath: string): Promise<void> {
  try {
    await rename(staging, finalPath);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'EEXIST' && code !== 'ENOTEMPTY' && code !== 'EPERM') throw error;
    await rm(staging, { recursive: true, force: true });
  }
}

/** Sorted names in a folder, or null when it does not exist. */
export async function listEntry(dir: string): Promise<string[] | null> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
}
