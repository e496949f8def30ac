import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { probeMedia } from '../../../../../main/engine/media/probe';
import type { OverlayFramesProvider } from '../../../../../main/engine/render/job';
import {
  createDocument,
  projectDocumentSchema,
  type MediaAsset,
  type ProjectDocument,
} from '../../../../../shared/model';
import { withTrackMatrix } from '../media/fixtures';
import { withCurrentScans } from '../../../../support/privacy';

/**
 * Short sources for the export tests, made with lavfi (testsrc2 + sine): small pictures so a
 * 1080x1920 export of a few seconds stays quick on two cores. Made with execFile, not the
 * runner under test.
 */

const run = promisify(execFile);

export async function ffmpeg(args: string[]): Promise<void> {
  await run('ffmpeg', ['-hide_banner', '-nostdin', '-v', 'error', '-y', ...args]);
}

export interface ExportSources {
  /** 3 s, 480x270 (16:9), 30 fps, 440 Hz, in MOV (MP4 drops make/model): carries location, date and device tags, a title and a chapter. */
  wide: string;
  /** 2 s, coded 320x240 with a 90° display matrix: a portrait phone clip, 660 Hz. */
  portrait: string;
  /** 3 s of 220 Hz in M4A. */
  music: string;
  /** 20 s, 480x270: long enough to cancel mid-encode. */
  long: string;
  /** A half-transparent red and a fully transparent 1080x1920 PNG. */
  redPng: string;
  clearPng: string;
}

export async function makeExportSources(dir: string): Promise<ExportSources> {
  const sources: ExportSources = {
    wide: path.join(dir, 'wide-tagged.mov'),
    portrait: path.join(dir, 'portrait.mp4'),
    music: path.join(dir, 'music.m4a'),
    long: path.join(dir, 'long.mp4'),
    redPng: path.join(dir, 'red.png'),
    clearPng: path.join(dir, 'clear.png'),
  };
  const x264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'];
  const chapters = path.join(dir, 'chapters.txt');
  await writeFile(
    chapters,
    ';FFMETADATA1\ntitle=Ward round\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=1500\ntitle=Bed 4\n',
  );
  const coded = path.join(dir, 'portrait-coded.mp4');
  await Promise.all([
    ffmpeg([
      ...['-f', 'lavfi', '-i', 'testsrc2=size=480x270:rate=30:duration=3'],
      ...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000:duration=3'],
      ...['-i', chapters, '-map', '0:v', '-map', '1:a', '-map_metadata', '2', '-map_chapters', '2'],
      ...[
        '-metadata',
        'location=+48.8577+002.2950/',
        '-metadata',
        'creation_time=2020-01-01T00:00:00Z',
      ],
      ...['-metadata', 'make=Apple', '-metadata', 'model=iPhone 15'],
      ...['-metadata:s:v', 'handler_name=Core Media Video'],
      ...x264,
      ...['-c:a', 'aac', '-shortest', sources.wide],
    ]),
    ffmpeg([
      ...['-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=30:duration=2'],
      ...['-f', 'lavfi', '-i', 'sine=frequency=660:sample_rate=44100:duration=2'],
      ...x264,
      ...['-c:a', 'aac', '-shortest', coded],
    ]),
    ffmpeg(['-f', 'lavfi', '-i', 'sine=frequency=220:duration=3', '-c:a', 'aac', sources.music]),
    ffmpeg([
      ...['-f', 'lavfi', '-i', 'testsrc2=size=480x270:rate=30:duration=20'],
      ...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000:duration=20'],
      ...x264,
      ...['-c:a', 'aac', '-shortest', sources.long],
    ]),
    ffmpeg([
      '-f',
      'lavfi',
      '-i',
      'color=c=red@0.5:s=1080x1920,format=rgba',
      '-frames:v',
      '1',
      sources.redPng,
    ]),
    ffmpeg([
      '-f',
      'lavfi',
      '-i',
      'color=c=black@0:s=1080x1920,format=rgba',
      '-frames:v',
      '1',
      sources.clearPng,
    ]),
  ]);
  // An iPhone-style portrait matrix (90° clockwise), as the probe tests use.
  await withTrackMatrix(coded, sources.portrait, [0, 1, -1, 0]);
  return sources;
}

export async function mediaAsset(id: string, file: string): Promise<MediaAsset> {
  return {
    id,
    name: path.basename(file),
    path: file,
    contentHash: 'ab'.repeat(16),
    sizeBytes: 1000,
    probe: await probeMedia(file),
  };
}

/**
 * A checked document: the fixtures must be valid projects, as the engine's would be. The used
 * footage (lavfi patterns, no people) gets a current face scan so the privacy gate lets it
 * through, unless `scanned: false` asks for a project the gate must block.
 */
export function projectOf(
  media: MediaAsset[],
  build: (doc: ProjectDocument) => void,
  { scanned = true }: { scanned?: boolean } = {},
): ProjectDocument {
  const doc = createDocument({ id: 'prj_export', name: 'Knee explainer' });
  doc.media.push(...media);
  build(doc);
  return projectDocumentSchema.parse(scanned ? withCurrentScans(doc) : doc);
}

/** The overlay layer as PNGs made by ffmpeg: clear, red from 1 s to 2 s, clear to the end. */
export function pngOverlays(sources: ExportSources): OverlayFramesProvider & { calls: number } {
  const provider = Object.assign(
    async (_doc: ProjectDocument, options: { durationMs: number }) => {
      provider.calls += 1;
      return {
        frames: [
          { file: sources.clearPng, startMs: 0, durationMs: 1000, key: 'clear' },
          { file: sources.redPng, startMs: 1000, durationMs: 1000, key: 'red' },
          {
            file: sources.clearPng,
            startMs: 2000,
            durationMs: options.durationMs - 2000,
            key: 'clear',
          },
        ],
      };
    },
    { calls: 0 },
  );
  return provider;
}

/** One decoded frame at `atMs` as 8-bit gray pixels (width x height). */
export async function grayFrameAt(file: string, atMs: number, filter?: string): Promise<Buffer> {
  const { stdout } = await run(
    'ffmpeg',
    [
      ...['-hide_banner', '-nostdin', '-v', 'error', '-ss', (atMs / 1000).toFixed(3), '-i', file],
      ...(filter ? ['-vf', filter] : []),
      ...['-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'gray', 'pipe:1'],
    ],
    { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 },
  );
  return stdout;
}

/**
 * Detail inside a box: the mean variance of `block`-pixel square blocks. High across
 * testsrc2's edges, stripes and digits; near zero where a picture has been averaged away.
 */
export function blockDetail(
  pixels: Buffer,
  width: number,
  box: { x: number; y: number; width: number; height: number },
  block = 32,
): number {
  let sum = 0;
  let blocks = 0;
  for (let by = box.y; by + block <= box.y + box.height; by += block) {
    for (let bx = box.x; bx + block <= box.x + box.width; bx += block) {
      let mean = 0;
      let square = 0;
      for (let y = by; y < by + block; y += 1) {
        for (let x = bx; x < bx + block; x += 1) {
          const v = pixels[y * width + x] ?? 0;
          mean += v;
          square += v * v;
        }
      }
      const n = block * block;
      mean /= n;
      sum += square / n - mean * mean;
      blocks += 1;
    }
  }
  return sum / Math.max(1, blocks);
}
