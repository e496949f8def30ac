import { spawnSync } from 'node:child_process';
import { chmod, copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaProbeSchema } from '../../../../../shared/model/probe';
import { AbortedError } from '../../../../../main/engine/ffmpeg/errors';
import { MediaError, type MediaErrorCode } from '../../../../../main/engine/media/errors';
import { probeMedia } from '../../../../../main/engine/media/probe';
import {
  androidx,
  generateMedia,
  grayFrame,
  makeTempDir,
  meanAbsoluteDifference,
  withTrackMatrix,
  withUnknownCodecTag,
  type GeneratedMedia,
} from './fixtures';

let media: GeneratedMedia;

beforeAll(async () => {
  media = await generateMedia(await makeTempDir('medclip-probe-'));
});
afterAll(async () => {
  await rm(media.dir, { recursive: true, force: true });
});

async function probeError(file: string): Promise<MediaError> {
  const error: unknown = await probeMedia(file).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof MediaError))
    throw new Error(`expected a MediaError for ${file}, got ${String(error)}`);
  return error;
}

async function expectCode(file: string, code: MediaErrorCode): Promise<MediaError> {
  const error = await probeError(file);
  expect(error.code).toBe(code);
  expect(error.message).toContain(file);
  return error;
}

describe('probeMedia on generated clips', () => {
  it('reads a 2 s 320x240 30 fps clip with AAC audio', async () => {
    const probe = await probeMedia(media.av);
    expect(mediaProbeSchema.parse(probe)).toEqual(probe);
    expect(probe).toMatchObject({
      kind: 'video',
      container: 'mov,mp4,m4a,3gp,3g2,mj2',
      width: 320,
      height: 240,
      displayWidth: 320,
      displayHeight: 240,
      rotation: 0,
      mirrored: false,
      fps: 30,
      variableFrameRate: false,
      hasVideo: true,
      hasAudio: true,
      videoCodec: 'h264',
      audioCodec: 'aac',
      pixelFormat: 'yuv420p',
      hdr: false,
      audioSampleRate: 44100,
      audioChannels: 1,
      startTimeMs: 0,
    });
    expect(probe.durationMs).toBeGreaterThanOrEqual(1990);
    expect(probe.durationMs).toBeLessThanOrEqual(2050);
    expect(probe.bitRate).toBeGreaterThan(0);
  });

  it('reads a 25 fps clip without audio', async () => {
    const probe = await probeMedia(media.video25);
    expect(probe).toMatchObject({ kind: 'video', fps: 25, hasAudio: false, durationMs: 1000 });
    expect(probe.audioCodec).toBeUndefined();
  });

  it('reads audio-only M4A and WAV', async () => {
    const m4a = await probeMedia(media.m4a);
    expect(m4a).toMatchObject({
      kind: 'audio',
      hasVideo: false,
      hasAudio: true,
      audioCodec: 'aac',
    });
    expect(m4a.width).toBeUndefined();
    expect(m4a.fps).toBeUndefined();
    const wav = await probeMedia(media.wav);
    expect(wav).toMatchObject({
      kind: 'audio',
      container: 'wav',
      durationMs: 1500,
      audioCodec: 'pcm_s16le',
      audioSampleRate: 44100,
      audioChannels: 1,
    });
  });

  it('reads a PNG as a still image', async () => {
    const probe = await probeMedia(media.png);
    expect(probe).toMatchObject({
      kind: 'image',
      container: 'png_pipe',
      durationMs: 0,
      width: 320,
      height: 240,
      videoCodec: 'png',
      hasAudio: false,
    });
  });

  it('rotates the way ffmpeg itself displays the file', async () => {
    // iPhone-style portrait matrix, and the one ffmpeg 5.1 writes for `rotate=90`.
    const cases: Array<[[number, number, number, number], 90 | 270, string]> = [
      [[0, 1, -1, 0], 90, 'transpose=clock'],
      [[0, -1, 1, 0], 270, 'transpose=cclock'],
    ];
    for (const [matrix, rotation, sameAs] of cases) {
      const file = await withTrackMatrix(
        media.av,
        path.join(media.dir, `rot${rotation}.mp4`),
        matrix,
      );
      const probe = await probeMedia(file);
      expect(probe).toMatchObject({
        rotation,
        mirrored: false,
        displayWidth: 240,
        displayHeight: 320,
      });
      const shown = await grayFrame(file); // ffmpeg applies the matrix (autorotate)
      const other = sameAs === 'transpose=clock' ? 'transpose=cclock' : 'transpose=clock';
      expect(meanAbsoluteDifference(shown, await grayFrame(media.av, sameAs))).toBeLessThan(1);
      expect(meanAbsoluteDifference(shown, await grayFrame(media.av, other))).toBeGreaterThan(20);
    }
  });
});

describe('probeMedia on androidx-media samples', () => {
  it('portrait: coded upright at 720x1080', async () => {
    expect(await probeMedia(androidx('sample_portrait.mp4'))).toMatchObject({
      width: 720,
      height: 1080,
      rotation: 0,
      displayWidth: 720,
      displayHeight: 1080,
    });
  });

  it('rotated and reflected: 90° clockwise then mirrored, displayed portrait', async () => {
    expect(await probeMedia(androidx('sample_rotate_and_reflect.mp4'))).toMatchObject({
      width: 1080,
      height: 720,
      rotation: 90,
      mirrored: true,
      displayWidth: 720,
      displayHeight: 1080,
    });
  });

  it('HLG 10-bit: HDR', async () => {
    expect(await probeMedia(androidx('hlg10-color-test.mp4'))).toMatchObject({
      videoCodec: 'hevc',
      pixelFormat: 'yuv420p10le',
      colorTransfer: 'arib-std-b67',
      hdr: true,
      audioChannels: 2,
      audioSampleRate: 48000,
    });
  });

  it('slow motion: variable frame rate; 12.5 fps and B-frame files: constant', async () => {
    const slow = await probeMedia(androidx('sample_android_slow_motion.mp4'));
    expect(slow.variableFrameRate).toBe(true);
    const twelve = await probeMedia(androidx('sample_12_5fps_720p_1s.mp4'));
    expect(twelve).toMatchObject({ fps: 12.5, variableFrameRate: false });
    const hevc = await probeMedia(androidx('h265_bframes.mp4'));
    expect(hevc).toMatchObject({ fps: 30, variableFrameRate: false, videoCodec: 'hevc' });
    const sample = await probeMedia(androidx('sample.mp4'));
    expect(sample).toMatchObject({ fps: 29.97, variableFrameRate: false });
  });

  it('audio only and video only', async () => {
    const audio = await probeMedia(androidx('sample_audio_only.mp4'));
    expect(audio).toMatchObject({ kind: 'audio', hasVideo: false, hasAudio: true });
    expect(audio.displayWidth).toBeUndefined();
    const video = await probeMedia(androidx('sample_video_only.mp4'));
    expect(video).toMatchObject({ kind: 'video', hasVideo: true, hasAudio: false });
  });

  it('first frame at 10 s: start time 10 s and a 4 s duration', async () => {
    const probe = await probeMedia(
      androidx('bbb_800x640_768kbps_30fps_avc_2b_firstpts_10_sec.mp4'),
    );
    expect(probe).toMatchObject({
      startTimeMs: 10_000,
      durationMs: 4000,
      width: 800,
      displayWidth: 1137, // non-square pixels (1137:800)
    });
  });

  it('the two broken files are truncated', async () => {
    const tooLong = await expectCode(androidx('sample_mdat_too_long.mp4'), 'truncated');
    expect(tooLong.detail).toMatch(/"mdat" box .* declares 99421 bytes/);
    const noStsd = await expectCode(androidx('sample_missing_stsd.mp4'), 'truncated');
    expect(noStsd.detail).toBe('audio stream #1 has no sample description');
  });
});

describe('probeMedia errors', () => {
  it('missing path', async () => {
    await expectCode(path.join(media.dir, 'nope.mp4'), 'missing');
  });

  it('zero-byte file', async () => {
    const file = path.join(media.dir, 'empty.mp4');
    await writeFile(file, '');
    await expectCode(file, 'empty');
  });

  it('a text file renamed .mp4 is not media', async () => {
    const file = path.join(media.dir, 'notes.mp4');
    await writeFile(file, 'Consent form scanned separately. Not a video.\n');
    const error = await expectCode(file, 'not-media');
    expect(error.detail).toContain('Invalid data found');
  });

  it('the first 30 % of a generated mp4 is truncated', async () => {
    const bytes = await readFile(media.av);
    const file = path.join(media.dir, 'cut.mp4');
    await writeFile(file, bytes.subarray(0, Math.floor(bytes.length * 0.3)));
    await expectCode(file, 'truncated');
  });

  it('a folder is not media', async () => {
    await expectCode(media.dir, 'not-media');
  });

  it('a codec with no decoder is unsupported', async () => {
    const file = await withUnknownCodecTag(media.video25, path.join(media.dir, 'zzzz.mp4'));
    const error = await expectCode(file, 'unsupported-codec');
    expect(error.detail).toContain('zzzz');
  });

  it('a cancelled probe rejects with AbortedError, not a MediaError', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(probeMedia(media.av, { signal: controller.signal })).rejects.toBeInstanceOf(
      AbortedError,
    );
  });

  it('a probe over its time limit is a timeout', async () => {
    const error = await probeMedia(androidx('hlg10-color-test.mp4'), { timeoutMs: 1 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MediaError);
    expect((error as MediaError).code).toBe('timeout');
  });

  it('a file without read permission is unreadable', async (context) => {
    const file = path.join(media.dir, 'locked.mp4');
    await copyFile(media.av, file);
    await chmod(file, 0o000);
    try {
      if (process.getuid?.() !== 0) {
        await expectCode(file, 'unreadable');
        return;
      }
      // Root reads any file whatever its mode, so the check runs as "nobody" in a child.
      const script = fileURLToPath(new URL('./probe-as-child.ts', import.meta.url));
      const result = spawnSync(process.execPath, ['--import', 'tsx', script, file], {
        uid: 65534,
        gid: 65534,
        encoding: 'utf8',
        env: { ...process.env, HOME: media.dir },
        timeout: 30_000,
      });
      const line = result.stdout?.trim().split('\n').pop() ?? '';
      if (!line.startsWith('{')) {
        context.skip(`running as root and a child as "nobody" could not start: ${result.stderr}`);
        return;
      }
      const outcome = JSON.parse(line) as { ok: boolean; code?: string; message?: string };
      expect(outcome.code).toBe('unreadable');
      expect(outcome.message).toContain(file);
    } finally {
      await chmod(file, 0o644);
    }
  });
});
