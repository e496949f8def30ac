import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport } from '../../../../../main/engine/render/job';
import { tempDir } from '../../../../support/temp';
import { ffmpeg, mediaAsset, projectOf } from './export-fixtures';

/**
 * Exports carry nothing that identifies a place, a device or a time: no GPS (QuickTime ©xyz
 * and `location`, Apple's ISO 6709 key), no make/model/software, no creation time, no chapters.
 * Checked with ffprobe and in the file's bytes, for a made input and a real phone-style file.
 */

const run = promisify(execFile);
const REAL_GPS_FILE = path.resolve(
  import.meta.dirname,
  '../../../../../../shared/data/media/androidx-media/sample_with_metadata.mp4',
);

/** Tag names that may remain: the MP4 brand boxes and the muxer's name. */
const HARMLESS_FORMAT_TAGS = ['compatible_brands', 'encoder', 'major_brand', 'minor_version'];
/** Stream `encoder` names the codec library ("Lavc59 libx264"), not the device. */
const HARMLESS_STREAM_TAGS = ['encoder', 'handler_name', 'language', 'vendor_id'];
const XYZ = Buffer.from([0xa9, 0x78, 0x79, 0x7a]);
const IDENTIFYING = /location|xyz|gps|iso6709|make|model|software|creation|date|artist|album/i;

let temp: ReturnType<typeof tempDir>;
/** Apple's mdta keys (com.apple.quicktime.*), as an iPhone writes them. */
let tagged: string;
/** Classic QuickTime user data: ©xyz location, ©mak, ©mod, ©swr, and the movie header's time. */
let udta: string;

interface Probe {
  format: { tags?: Record<string, string> };
  streams: { tags?: Record<string, string> }[];
  chapters: unknown[];
}

async function probe(file: string): Promise<Probe> {
  const { stdout } = await run('ffprobe', [
    ...['-v', 'error', '-of', 'json', '-show_format', '-show_streams', '-show_chapters', file],
  ]);
  return JSON.parse(stdout) as Probe;
}

beforeAll(async () => {
  temp = tempDir('medclip-metadata-');
  const chapters = path.join(temp.dir, 'chapters.txt');
  await writeFile(
    chapters,
    ';FFMETADATA1\ntitle=Bay 3 ward round\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=1000\ntitle=Bed 4 Mr Jones\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=1000\nEND=2000\ntitle=Discharge\n',
  );
  const made = (out: string, flags: string[]) =>
    ffmpeg([
      ...['-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=30:duration=2'],
      ...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000:duration=2'],
      ...['-i', chapters, '-map', '0:v', '-map', '1:a', '-map_metadata', '2', '-map_chapters', '2'],
      ...['-metadata', 'location=+51.5072-000.1276/'],
      ...['-metadata', 'location-eng=+51.5072-000.1276/'],
      ...['-metadata', 'make=Apple', '-metadata', 'model=iPhone 15 Pro'],
      ...['-metadata', 'software=17.4.1'],
      ...['-metadata', 'creation_time=2024-03-05T09:41:00Z'],
      ...['-metadata:s:v', 'creation_time=2024-03-05T09:41:00Z'],
      ...flags,
      ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac'],
      ...['-shortest', out],
    ]);
  tagged = path.join(temp.dir, 'phone-mdta.mov');
  udta = path.join(temp.dir, 'phone-udta.mov');
  await Promise.all([
    made(tagged, [
      ...['-metadata', 'com.apple.quicktime.location.ISO6709=+51.5072-000.1276+011.000/'],
      ...['-metadata', 'com.apple.quicktime.make=Apple'],
      ...['-metadata', 'com.apple.quicktime.model=iPhone 15 Pro'],
      ...['-metadata', 'com.apple.quicktime.software=17.4.1'],
      ...['-metadata', 'com.apple.quicktime.creationdate=2024-03-05T09:41:00+0000'],
      // Writes every tag as an mdta key, as iPhones do.
      ...['-movflags', 'use_metadata_tags'],
    ]),
    made(udta, []),
  ]);
}, 120_000);
afterAll(() => temp.cleanup());

async function exportOf(source: string, id: string, outName: string): Promise<string> {
  const asset = await mediaAsset(id, source);
  const durationMs = Math.min(asset.probe.durationMs, 1000);
  const doc = projectOf([asset], (d) => {
    d.tracks.video.push({
      id: `clip_${id}`,
      mediaId: id,
      start: 0,
      in: 0,
      out: durationMs,
      volume: 1,
      muted: false,
      reframe: { mode: 'fit-color', color: '#000000' },
    });
  });
  const outPath = path.join(temp.dir, outName);
  await runExport({
    doc,
    projectPath: path.join(temp.dir, `${id}.medclip`),
    preset: 'tiktok',
    outPath,
    encoderSpeed: 'superfast',
    overlayFrames: async () => ({ frames: [] }),
  });
  return outPath;
}

function expectNothingIdentifying(out: Probe): void {
  expect(out.chapters).toEqual([]);
  const formatTags = out.format.tags ?? {};
  expect(Object.keys(formatTags).filter((k) => !HARMLESS_FORMAT_TAGS.includes(k))).toEqual([]);
  for (const stream of out.streams) {
    const tags = stream.tags ?? {};
    expect(Object.keys(tags).filter((k) => !HARMLESS_STREAM_TAGS.includes(k))).toEqual([]);
    expect(Object.keys(tags).filter((k) => IDENTIFYING.test(k))).toEqual([]);
  }
}

describe('exports carry no location, device, time or chapters', () => {
  it('the made input really carries all of them', async () => {
    const source = await probe(tagged);
    const tags = source.format.tags ?? {};
    expect(tags).toMatchObject({
      location: '+51.5072-000.1276/',
      'com.apple.quicktime.location.ISO6709': '+51.5072-000.1276+011.000/',
      'com.apple.quicktime.make': 'Apple',
      'com.apple.quicktime.model': 'iPhone 15 Pro',
      'com.apple.quicktime.software': '17.4.1',
      creation_time: '2024-03-05T09:41:00Z',
    });
    expect(source.chapters).toHaveLength(2);
    const classic = await probe(udta);
    expect(classic.format.tags).toMatchObject({
      location: '+51.5072-000.1276/',
      make: 'Apple',
      model: 'iPhone 15 Pro',
      creation_time: '2024-03-05T09:41:00.000000Z',
    });
    expect(classic.chapters).toHaveLength(2);
    // QuickTime's user-data location atom, ©xyz.
    expect((await readFile(udta)).includes(XYZ)).toBe(true);
  });

  it.each([
    ['mdta keys', () => tagged],
    ['QuickTime user data', () => udta],
  ])(
    'an export of the input with %s has none of them, in the tags or anywhere in the bytes',
    async (label, source) => {
      const out = await exportOf(source(), 'med_tagged', `export-${label.replace(/\W/g, '')}.mp4`);
      expectNothingIdentifying(await probe(out));
      const bytes = await readFile(out);
      const needles = ['+51.5072', 'iPhone', 'Apple', '17.4.1', '2024-03-05', 'Bed 4', 'Bay 3'];
      for (const needle of needles) {
        expect(bytes.includes(Buffer.from(needle)), needle).toBe(false);
      }
      expect(bytes.includes(XYZ), '©xyz').toBe(false);
      expect(bytes.includes(Buffer.from('chpl')), 'Nero chapter box').toBe(false);
    },
    120_000,
  );

  it.runIf(existsSync(REAL_GPS_FILE))(
    'a real file with GPS (androidx-media sample_with_metadata.mp4) exports without it',
    async () => {
      const source = await probe(REAL_GPS_FILE);
      expect(source.format.tags?.location).toBe('+40.680-074.500/');
      const out = await exportOf(REAL_GPS_FILE, 'med_android', 'android-export.mp4');
      expectNothingIdentifying(await probe(out));
      const bytes = await readFile(out);
      for (const needle of ['+40.680', 'Test Artist', 'Sorting Album', 'Gorpcore', '2016-05-31']) {
        expect(bytes.includes(Buffer.from(needle)), needle).toBe(false);
      }
    },
    120_000,
  );
});
