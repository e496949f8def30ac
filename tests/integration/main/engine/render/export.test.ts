import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recentCommands } from '../../../../../main/engine/ffmpeg/runner';
import { checkIsoBmffStructure } from '../../../../../main/engine/media/isobmff';
import { RenderError } from '../../../../../main/engine/render/errors';
import { runExport, type RunExportOptions } from '../../../../../main/engine/render/job';
import { tempDir } from '../../../../support/temp';
import {
  blockDetail,
  grayFrameAt,
  makeExportSources,
  mediaAsset,
  pngOverlays,
  projectOf,
  type ExportSources,
} from './export-fixtures';

const run = promisify(execFile);
const temp = tempDir('medclip-export-');
let sources: ExportSources;
let out: string;

beforeAll(async () => {
  sources = await makeExportSources(temp.dir);
  out = path.join(temp.dir, 'out');
  await run('mkdir', ['-p', out]);
});
afterAll(() => temp.cleanup());

/** Two clips (fill on 16:9, fit-blur on a rotated portrait clip), music, a moving blur region. */
async function explainer() {
  const media = [
    await mediaAsset('med_wide', sources.wide),
    await mediaAsset('med_portrait', sources.portrait),
    await mediaAsset('med_music', sources.music),
  ];
  return projectOf(media, (doc) => {
    doc.tracks.video.push(
      {
        id: 'clip_wide',
        mediaId: 'med_wide',
        start: 0,
        in: 500,
        out: 2500,
        volume: 1,
        muted: false,
        reframe: { mode: 'fill', focus: [{ t: 0, x: 0.5, y: 0.5, easing: 'linear' }] },
      },
      {
        id: 'clip_portrait',
        mediaId: 'med_portrait',
        start: 2000,
        in: 0,
        out: 1500,
        volume: 1,
        muted: false,
        reframe: { mode: 'fit-blur', blurStrength: 30 },
      },
    );
    doc.tracks.audio.push({
      id: 'aud_music',
      mediaId: 'med_music',
      start: 1000,
      in: 0,
      out: 2000,
      volume: 0.5,
      fadeInMs: 200,
      fadeOutMs: 300,
    });
    doc.privacy.manualRegions.push({
      id: 'reg_badge',
      mediaId: 'med_wide',
      startMs: 0,
      endMs: 3000,
      blurStyle: 'gaussian',
      keyframes: [
        { t: 500, box: { x: 170, y: 40, width: 100, height: 80 } },
        { t: 2500, box: { x: 200, y: 150, width: 100, height: 80 } },
      ],
    });
  });
}

function options(
  fields: Partial<RunExportOptions> & Pick<RunExportOptions, 'doc' | 'outPath'>,
): RunExportOptions {
  return {
    projectPath: path.join(temp.dir, 'knee.medclip'),
    preset: 'tiktok',
    overlayFrames: pngOverlays(sources),
    // x264's fastest preset that still writes High profile (ultrafast drops to Main).
    encoderSpeed: 'superfast',
    ...fields,
  };
}

async function ffprobeJson(file: string) {
  const { stdout } = await run('ffprobe', [
    ...[
      '-v',
      'error',
      '-print_format',
      'json',
      '-show_format',
      '-show_streams',
      '-show_chapters',
      file,
    ],
  ]);
  return JSON.parse(stdout) as {
    streams: Record<string, unknown>[];
    format: { duration: string; tags?: Record<string, string> };
    chapters: unknown[];
  };
}

async function leftovers(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.includes('.partial-'));
}

describe('runExport', () => {
  it('exports a 1080x1920 H.264 High / AAC 48 kHz faststart MP4 of the right length', async () => {
    const outPath = path.join(out, 'knee.mp4');
    const seen: number[] = [];
    const result = await runExport(
      options({ doc: await explainer(), outPath, onProgress: (p) => seen.push(p.progress) }),
    );
    expect(result.outPath).toBe(outPath);
    expect(result.verified.ok).toBe(true);
    expect(Math.abs(result.durationMs - 3500)).toBeLessThanOrEqual(67);
    expect(seen.some((p) => p > 0 && p < 1)).toBe(true);

    const probe = await ffprobeJson(outPath);
    const video = probe.streams.find((s) => s.codec_type === 'video')!;
    const audio = probe.streams.find((s) => s.codec_type === 'audio')!;
    expect(probe.streams).toHaveLength(2);
    expect(video).toMatchObject({
      codec_name: 'h264',
      profile: 'High',
      pix_fmt: 'yuv420p',
      width: 1080,
      height: 1920,
      r_frame_rate: '30/1',
      avg_frame_rate: '30/1',
      nb_frames: '105',
    });
    expect(audio).toMatchObject({
      codec_name: 'aac',
      profile: 'LC',
      sample_rate: '48000',
      channels: 2,
    });
    expect(Math.abs(Number(probe.format.duration) - 3.5)).toBeLessThan(0.067);
    const { size } = await import('node:fs/promises').then((fs) => fs.stat(outPath));
    const boxes = (await checkIsoBmffStructure(outPath, size)).boxes.map((b) => b.type);
    expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'));
    expect(await leftovers(out)).toEqual([]);
    // Loudness normalised to the default target: -14 LUFS integrated, peaks under -1 dBTP.
    const { stderr } = await run('ffmpeg', [
      ...['-hide_banner', '-nostats', '-i', outPath, '-af', 'ebur128=peak=true', '-f', 'null', '-'],
    ]);
    const integrated = Number(
      /I:\s+(-?[\d.]+) LUFS/.exec(stderr.slice(stderr.lastIndexOf('Summary')))?.[1],
    );
    const peak = Number(
      /Peak:\s+(-?[\d.]+) dBFS/.exec(stderr.slice(stderr.lastIndexOf('Summary')))?.[1],
    );
    expect(Math.abs(integrated + 14)).toBeLessThan(1.5);
    expect(peak).toBeLessThan(-0.5);
  });

  it('carries none of the source’s location, date, device tags or chapters', async () => {
    const source = await ffprobeJson(sources.wide);
    // The source really has them (MOV keeps make and model).
    expect(source.format.tags).toMatchObject({
      location: '+48.8577+002.2950/',
      make: 'Apple',
      model: 'iPhone 15',
      creation_time: '2020-01-01T00:00:00.000000Z',
    });
    expect(source.chapters.length).toBe(1);
    const probe = await ffprobeJson(path.join(out, 'knee.mp4'));
    expect(probe.format.tags).toEqual({
      major_brand: 'isom',
      minor_version: '512',
      compatible_brands: 'isomiso2avc1mp41',
    });
    expect(probe.chapters).toEqual([]);
    for (const stream of probe.streams) {
      const tags = stream.tags as Record<string, string>;
      expect(Object.keys(tags).sort()).toEqual(
        stream.codec_type === 'video'
          ? ['encoder', 'handler_name', 'language', 'vendor_id']
          : ['handler_name', 'language', 'vendor_id'],
      );
      expect(['VideoHandler', 'SoundHandler']).toContain(tags.handler_name);
      expect(JSON.stringify(stream)).not.toMatch(
        /Apple|iPhone|48\.8577|2020-01-01|Core Media|Display Matrix/,
      );
    }
  });

  it('blurs the moving region (detail averaged away) and leaves the rest of the picture alone', async () => {
    const file = path.join(out, 'knee.mp4');
    // The fill crop of the 480x270 source: 150x270 at x=164, scaled to 1080x1920.
    const reference = (sourceMs: number) =>
      grayFrameAt(sources.wide, sourceMs, 'crop=150:270:164:0,scale=1080:1920');
    // Before the red overlay (1-2 s), which would dim the whole picture.
    for (const atMs of [100, 500, 900]) {
      const exported = await grayFrameAt(file, atMs);
      const original = await reference(500 + atMs);
      // The region's box at this time (linear between its keyframes), in output pixels.
      const f = atMs / 2000;
      const box = { x: (170 + 30 * f - 164) * 7.2, y: (40 + 110 * f) * (1920 / 270) };
      const inside = {
        x: Math.round(box.x) + 60,
        y: Math.round(box.y) + 60,
        width: 560,
        height: 420,
      };
      const below = { x: 0, y: 1480, width: 1080, height: 400 };
      const blurred = blockDetail(exported, 1080, inside);
      expect(blockDetail(original, 1080, inside), `source detail at ${atMs} ms`).toBeGreaterThan(
        200,
      );
      expect(blurred, `blurred detail at ${atMs} ms`).toBeLessThan(
        0.15 * blockDetail(original, 1080, inside),
      );
      const kept = blockDetail(exported, 1080, below) / blockDetail(original, 1080, below);
      expect(kept, `detail kept below the box at ${atMs} ms`).toBeGreaterThan(0.6);
      if (atMs === 900) {
        // Where the box was at 100 ms (y 323..892) but no longer is (it starts at y 636).
        const left = { x: inside.x, y: 340, width: 560, height: 256 };
        const ratio = blockDetail(exported, 1080, left) / blockDetail(original, 1080, left);
        expect(ratio, 'detail where the box has moved away').toBeGreaterThan(0.6);
      }
    }
  });

  it('cancels mid-encode: aborted, ffmpeg gone, neither the output nor a temp file left', async () => {
    const media = [await mediaAsset('med_long', sources.long)];
    const doc = projectOf(media, (d) => {
      d.tracks.video.push({
        id: 'clip_long',
        mediaId: 'med_long',
        start: 0,
        in: 0,
        out: 20_000,
        volume: 1,
        muted: false,
        reframe: { mode: 'fit-blur', blurStrength: 50 },
      });
    });
    const outPath = path.join(out, 'cancelled.mp4');
    const controller = new AbortController();
    const error = await runExport(
      options({
        doc,
        outPath,
        encoderSpeed: 'medium',
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === 'encoding' && p.progress > 0.02) controller.abort();
        },
      }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RenderError);
    expect((error as RenderError).code).toBe('aborted');
    const record = [...recentCommands()]
      .reverse()
      .find((c) => c.label.startsWith('export cancelled.mp4'))!;
    expect(record.outcome).toBe('aborted');
    expect(() => process.kill(record.pid!, 0)).toThrow(/ESRCH/);
    expect((await readdir(out)).filter((n) => n.includes('cancelled'))).toEqual([]);
    expect(await leftovers(out)).toEqual([]);
  });

  it('refuses a missing source before anything is encoded, naming the file and offering relink', async () => {
    const doc = await explainer();
    const gone = path.join(temp.dir, 'moved-away.mov');
    doc.media[0] = { ...doc.media[0]!, path: gone };
    const overlays = pngOverlays(sources);
    const before = recentCommands().length;
    const error = await runExport(
      options({ doc, outPath: path.join(out, 'missing.mp4'), overlayFrames: overlays }),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'source-missing' });
    expect((error as Error).message).toContain(gone);
    expect((error as Error).message).toMatch(/Relink/);
    expect(overlays.calls).toBe(0);
    expect(
      recentCommands()
        .slice(before)
        .filter((c) => c.label.startsWith('export')),
    ).toEqual([]);
  });

  it('refuses a project longer than the preset allows, naming the limit', async () => {
    const doc = await explainer();
    doc.tracks.captions.push({
      id: 'cue_long',
      start: 0,
      end: 190_000,
      text: 'A very long caption',
      styleId: 'style-clean',
      citationIds: [],
    });
    const error = await runExport(
      options({ doc, preset: 'shorts', outPath: path.join(out, 'long.mp4') }),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'too-long', details: { maxDurationMs: 180_000 } });
    expect((error as Error).message).toMatch(/3:10 long; YouTube Shorts takes at most 3:00/);
  });

  it('refuses when the target folder lacks room, and writes nothing', async () => {
    const overlays = pngOverlays(sources);
    const error = await runExport(
      options({
        doc: await explainer(),
        outPath: path.join(out, 'full.mp4'),
        overlayFrames: overlays,
        statfs: async () => ({ bavail: 100, bsize: 4096 }),
      }),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'disk-full' });
    expect((error as Error).message).toMatch(/needs about .* MB, 410 KB is free/);
    expect(overlays.calls).toBe(0);
    expect((await readdir(out)).filter((n) => n.includes('full'))).toEqual([]);
  });
});

/** A 512 KB tmpfs, when this machine lets us mount one (root with CAP_SYS_ADMIN). */
function mountTinyDisk(dir: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('runExport on a disk that fills up mid-encode', () => {
  const tiny = path.join(temp.dir, 'tiny');
  let mounted = false;
  beforeAll(() => {
    mkdirSync(tiny, { recursive: true });
    mounted = mountTinyDisk(tiny);
  });
  afterAll(() => {
    if (mounted) execFileSync('umount', [tiny]);
  });

  it('fails with disk-full and leaves no partial file', async (context) => {
    if (!mounted) context.skip('mounting a tmpfs needs root with CAP_SYS_ADMIN');
    const error = await runExport(
      options({
        doc: await explainer(),
        outPath: path.join(tiny, 'knee.mp4'),
        // The estimate would refuse this disk up front; pretend it has room to reach ENOSPC.
        statfs: async () => ({ bavail: 1e9, bsize: 4096 }),
      }),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'disk-full' });
    expect((error as Error).message).toContain(tiny);
    expect(readdirSync(tiny)).toEqual([]);
  });
});
