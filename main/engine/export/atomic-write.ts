import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { EngineError } from '../errors';

/**
 * A temporary name beside `target` (same folder, so the rename is atomic), hidden, with the
 * target's extension kept last so tools that pick a format by extension (ffmpeg) still can.
 */
export function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  const ext = path.extname(target);
  const base = path.basename(target, ext);
  return path.join(dir, `.${base}.tmp-${randomBytes(4).toString('hex')}${ext}`);
}

/** Refuses a target whose folder does not exist, with a message that names it. */
export async function requireFolderOf(target: string): Promise<void> {
  const dir = path.dirname(target);
  const info = await stat(dir).catch(() => null);
  if (info === null || !info.isDirectory()) {
    throw new EngineError(
      'missing',
      `Cannot write "${target}": the folder "${dir}" does not exist.`,
    );
  }
}

/**
 * Writes `target` so that readers see the old file or the new one, never a part: the data go
 * to a temporary file in the same folder, are flushed to disk, then renamed over the target.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await requireFolderOf(target);
  const temp = tempPathFor(target);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Runs `produce(tempPath)` and renames its output over `target`; the temp file never survives. */
export async function produceFileAtomic(
  target: string,
  produce: (tempPath: string) => Promise<void>,
): Promise<void> {
  await requireFolderOf(target);
  const temp = tempPathFor(target);
  try {
    await produce(temp);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
