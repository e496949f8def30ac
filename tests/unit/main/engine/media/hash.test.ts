import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortedError } from '../../../../../main/engine/ffmpeg/errors';
import {
  computeContentHash,
  HASH_WINDOW_BYTES,
  hashWindows,
} from '../../../../../main/engine/media/hash';

const MIB = 1024 * 1024;

/** The documented recipe, computed from the whole buffer. */
function expectedHash(bytes: Buffer): string {
  const hash = createHash('sha256').update('medclip-media-v1\n');
  const size = Buffer.alloc(8);
  size.writeBigUInt64BE(BigInt(bytes.length));
  hash.update(size);
  for (const [start, length] of hashWindows(bytes.length)) {
    hash.update(bytes.subarray(start, start + length));
  }
  return hash.digest('hex');
}

function patterned(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed) & 0xff;
  return bytes;
}

function flipByte(bytes: Buffer, at: number): void {
  bytes.writeUInt8((bytes.readUInt8(at) ^ 0xff) & 0xff, at);
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'medclip-hash-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function hashOf(name: string, bytes: Buffer) {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return computeContentHash(file);
}

describe('hashWindows', () => {
  it('takes the whole of a small file and three 1 MiB windows of a large one', () => {
    expect(hashWindows(0)).toEqual([]);
    expect(hashWindows(3 * MIB)).toEqual([[0, 3 * MIB]]);
    expect(hashWindows(10 * MIB)).toEqual([
      [0, MIB],
      [Math.floor((9 * MIB) / 2), MIB],
      [9 * MIB, MIB],
    ]);
    expect(HASH_WINDOW_BYTES).toBe(MIB);
  });
});

describe('computeContentHash', () => {
  it('follows the documented recipe for small and large files', async () => {
    const small = patterned(1000, 1);
    expect(await hashOf('small.bin', small)).toEqual({
      contentHash: expectedHash(small),
      sizeBytes: 1000,
    });
    const large = patterned(5 * MIB + 17, 2);
    const result = await hashOf('large.bin', large);
    expect(result.contentHash).toBe(expectedHash(large));
    expect(result.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with the middle window and with the size, not with unsampled bytes', async () => {
    const base = patterned(7 * MIB, 3);
    const original = (await hashOf('base.bin', base)).contentHash;

    const middle = Buffer.from(base);
    flipByte(middle, Math.floor((middle.length - MIB) / 2) + 10);
    expect((await hashOf('middle.bin', middle)).contentHash).not.toBe(original);

    const outside = Buffer.from(base);
    flipByte(outside, 2 * MIB); // between the first and the middle window
    expect((await hashOf('outside.bin', outside)).contentHash).toBe(original);

    const longer = Buffer.concat([base.subarray(0, 6 * MIB), base.subarray(5 * MIB)]);
    expect((await hashOf('longer.bin', longer)).contentHash).not.toBe(original);
  });

  it('stops when aborted', async () => {
    const file = path.join(dir, 'abort.bin');
    await writeFile(file, patterned(4 * MIB, 4));
    const controller = new AbortController();
    controller.abort();
    await expect(computeContentHash(file, { signal: controller.signal })).rejects.toBeInstanceOf(
      AbortedError,
    );
  });
});
