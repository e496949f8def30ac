import { describe, expect, it } from 'vitest';
import {
  DISK_MARGIN_BYTES,
  ensureFreeSpace,
  estimateExportBytes,
  isDiskFull,
} from '../../../../../main/engine/render/disk';
import { ProcessFailedError } from '../../../../../main/engine/ffmpeg/errors';
import { RenderError } from '../../../../../main/engine/render/errors';

describe('disk space', () => {
  it('estimates bitrate x duration x 1.2 plus a margin', () => {
    // (10000 + 192) kbps = 1,274,000 bytes/s; 60 s x 1.2.
    expect(estimateExportBytes({ maxrateKbps: 10000, audioBitrateKbps: 192 }, 60_000)).toBe(
      Math.ceil(1_274_000 * 60 * 1.2 + DISK_MARGIN_BYTES),
    );
  });

  it('refuses a folder with too little room, with both numbers in the message', async () => {
    const statfs = async () => ({ bavail: 1000, bsize: 4096 });
    const error = await ensureFreeSpace('/exports', 200_000_000, statfs).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RenderError);
    expect(error).toMatchObject({
      code: 'disk-full',
      details: { dir: '/exports', neededBytes: 200_000_000, freeBytes: 4_096_000 },
    });
    expect((error as Error).message).toMatch(/needs about 200 MB, 4\.1 MB is free/);
    await expect(
      ensureFreeSpace('/exports', 1000, async () => ({ bavail: 10n, bsize: 4096n })),
    ).resolves.toEqual({ freeBytes: 40960 });
  });

  it('recognises a full disk from the file system or from ffmpeg', () => {
    expect(isDiskFull(Object.assign(new Error('write'), { code: 'ENOSPC' }))).toBe(true);
    const failed = (stderrTail: string) =>
      new ProcessFailedError({
        label: 'export',
        command: 'ffmpeg',
        stderrTail,
        exitCode: 1,
        exitSignal: null,
      });
    expect(isDiskFull(failed('av_interleaved_write_frame(): No space left on device'))).toBe(true);
    expect(isDiskFull(failed('Invalid data found when processing input'))).toBe(false);
  });
});
