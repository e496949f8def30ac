import { access, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortedError } from '../../../../../main/engine/ffmpeg/errors';
import { recentCommands } from '../../../../../main/engine/ffmpeg/runner';
import { MediaError } from '../../../../../main/engine/media/errors';
import { inspectMediaFile } from '../../../../../main/engine/media/import';
import { androidx, generateMedia, makeTempDir, type GeneratedMedia } from './fixtures';

let media: GeneratedMedia;
let cacheDir: string;

beforeAll(async () => {
  media = await generateMedia(await makeTempDir('medclip-import-'));
  cacheDir = path.join(media.dir, 'project.medclip.cache');
});
afterAll(async () => {
  await rm(media.dir, { recursive: true, force: true });
});

const ffmpegJobs = () =>
  recentCommands().filter((r) => /^(thumbnails|waveform) of/.test(r.label)).length;

describe('inspectMediaFile', () => {
  it('probes, hashes, and makes thumbnails and a waveform; a second call uses the cache', async () => {
    const startedAt = Date.now();
    const first = await inspectMediaFile(media.av, { cacheDir });
    const tookMs = Date.now() - startedAt;
    expect(first.path).toBe(media.av);
    expect(first.probe).toMatchObject({ kind: 'video', width: 320, hasAudio: true });
    expect(first.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.sizeBytes).toBeGreaterThan(10_000);
    expect(first.thumbnails).toHaveLength(8);
    expect(first.waveform).toMatch(/waveforms[/\\][0-9a-f]{64}-50\.json$/);
    await Promise.all([...first.thumbnails, first.waveform ?? ''].map((f) => access(f)));
    expect(tookMs).toBeLessThan(10_000);

    const jobsBefore = ffmpegJobs();
    const second = await inspectMediaFile(media.av, { cacheDir });
    expect(second).toEqual(first);
    expect(ffmpegJobs()).toBe(jobsBefore);
  });

  it('handles audio-only and video-only files without errors', async () => {
    const audio = await inspectMediaFile(androidx('sample_audio_only.mp4'), { cacheDir });
    expect(audio.thumbnails).toEqual([]);
    expect(audio.waveform).toBeDefined();
    const video = await inspectMediaFile(androidx('sample_video_only.mp4'), {
      cacheDir,
      thumbnailCount: 3,
    });
    expect(video.thumbnails).toHaveLength(3);
    expect(video.waveform).toBeUndefined();
  });

  it('throws the typed MediaError for broken files', async () => {
    const empty = path.join(media.dir, 'empty.mov');
    await writeFile(empty, '');
    for (const [file, code] of [
      [empty, 'empty'],
      [path.join(media.dir, 'gone.mp4'), 'missing'],
      [androidx('sample_mdat_too_long.mp4'), 'truncated'],
    ] as const) {
      const error = await inspectMediaFile(file, { cacheDir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MediaError);
      expect((error as MediaError).code).toBe(code);
    }
  });

  it('turns an exhausted time budget into a timeout MediaError', async () => {
    const error = await inspectMediaFile(media.wav, {
      cacheDir: path.join(media.dir, 'fresh-cache'),
      timeoutMs: 1,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaError);
    expect((error as MediaError).code).toBe('timeout');
  });

  it('a cancel is an AbortedError and leaves no ffmpeg running', async () => {
    const controller = new AbortController();
    const running = inspectMediaFile(media.video25, {
      cacheDir: path.join(media.dir, 'cancel-cache'),
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 150);
    const error = await running.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortedError);
    expect(recentCommands().filter((r) => r.outcome === 'running')).toEqual([]);
  });
});
