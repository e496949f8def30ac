import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { AbortedError } from '../ffmpeg/errors';

/**
 * Content hash for relinking moved media: fast and bounded, not a full-file digest.
 *
 * sha256 over: "medclip-media-v1\n", the size as a 64-bit big-endian integer, then the first,
 * middle and last MiB (the whole file when it is at most 3 MiB). The middle window starts at
 * floor((size - 1 MiB) / 2). At most 3 MiB are read, through one reused buffer.
 */

export const HASH_WINDOW_BYTES = 1024 * 1024;
const PREFIX = 'medclip-media-v1\n';

export interface ContentHash {
  contentHash: string;
  sizeBytes: number;
}

/** Byte ranges [offset, length] that go into the hash for a file of `size` bytes. */
export function hashWindows(size: number): Array<[number, number]> {
  if (size <= 3 * HASH_WINDOW_BYTES) return size > 0 ? [[0, size]] : [];
  return [
    [0, HASH_WINDOW_BYTES],
    [Math.floor((size - HASH_WINDOW_BYTES) / 2), HASH_WINDOW_BYTES],
    [size - HASH_WINDOW_BYTES, HASH_WINDOW_BYTES],
  ];
}

export async function computeContentHash(
  filePath: string,
  options: { signal?: AbortSignal } = {},
): Promise<ContentHash> {
  const handle = await open(filePath, 'r');
  try {
    const size = (await handle.stat()).size;
    const hash = createHash('sha256');
    hash.update(PREFIX);
    const sizeBytes = Buffer.alloc(8);
    sizeBytes.writeBigUInt64BE(BigInt(size));
    hash.update(sizeBytes);
    const buffer = Buffer.alloc(HASH_WINDOW_BYTES);
    for (const [start, length] of hashWindows(size)) {
      let done = 0;
      while (done < length) {
        if (options.signal?.aborted) throw new AbortedError('Hashing was cancelled.');
        const want = Math.min(buffer.length, length - done);
        const { bytesRead } = await handle.read(buffer, 0, want, start + done);
        if (bytesRead === 0) break; // The file shrank while we read it; hash what is there.
        hash.update(buffer.subarray(0, bytesRead));
        done += bytesRead;
      }
    }
    return { contentHash: hash.digest('hex'), sizeBytes: size };
  } finally {
    await handle.close();
  }
}
