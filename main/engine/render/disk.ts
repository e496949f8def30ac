import { statfs as fsStatfs } from 'node:fs/promises';
import { ProcessFailedError } from '../ffmpeg/errors';
import { formatBytes, RenderError } from './errors';

/** What `fs.statfs` gives; injectable so a test can fake a full disk. */
export type StatfsFunction = (
  dir: string,
) => Promise<{ bavail: number | bigint; bsize: number | bigint }>;

/** Room kept free beyond the estimate (the moov index, the overlay pictures, the OS). */
export const DISK_MARGIN_BYTES = 64 * 1024 * 1024;
/** Headroom over the bitrate arithmetic (container overhead, VBV peaks). */
const ESTIMATE_FACTOR = 1.2;

/**
 * Bytes an export may take: the capped video bitrate plus audio over the duration, with 20 %
 * headroom, plus a fixed margin. (faststart moves the index by shifting the data inside the
 * same file, so no second copy is needed.)
 */
export function estimateExportBytes(
  bitrates: { maxrateKbps: number; audioBitrateKbps: number },
  durationMs: number,
): number {
  const bytesPerSecond = ((bitrates.maxrateKbps + bitrates.audioBitrateKbps) * 1000) / 8;
  const file = bytesPerSecond * (durationMs / 1000) * ESTIMATE_FACTOR;
  return Math.ceil(file + DISK_MARGIN_BYTES);
}

/** Throws `disk-full` (with both numbers) when `dir` has less than `neededBytes` free. */
export async function ensureFreeSpace(
  dir: string,
  neededBytes: number,
  statfs: StatfsFunction = fsStatfs,
): Promise<{ freeBytes: number }> {
  const info = await statfs(dir);
  const freeBytes = Number(info.bavail) * Number(info.bsize);
  if (freeBytes < neededBytes) {
    throw new RenderError(
      'disk-full',
      `Not enough free space in ${dir}: the export needs about ${formatBytes(neededBytes)}, ` +
        `${formatBytes(freeBytes)} is free. Free some space or choose another folder.`,
      { dir, neededBytes, freeBytes },
    );
  }
  return { freeBytes };
}

/** True when a failure means the disk filled up (a file system error or ffmpeg's message). */
export function isDiskFull(error: unknown): boolean {
  if ((error as { code?: unknown } | null)?.code === 'ENOSPC') return true;
  return error instanceof ProcessFailedError && /no space left on device/i.test(error.stderrTail);
}
