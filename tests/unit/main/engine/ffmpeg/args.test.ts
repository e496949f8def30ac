import { describe, expect, it } from 'vitest';
import {
  fileUrl,
  formatSeconds,
  orientationFilter,
  posterFrameArgs,
  previewStillArgs,
  probeArgs,
  thumbnailStripArgs,
  thumbnailTimesMs,
  waveformPeaksArgs,
  waveformSampleRate,
} from '../../../../../main/engine/ffmpeg/args';

/** The value following `flag` each time it occurs. */
function valuesOf(args: readonly string[], flag: string): string[] {
  return args.flatMap((a, i) => (a === flag ? [args[i + 1] ?? ''] : []));
}

describe('probeArgs', () => {
  it('asks for JSON format, streams and the first 5 s of packet timings, file protocol only', () => {
    expect(probeArgs('/media/clip one.mp4')).toEqual([
      '-hide_banner',
      '-v',
      'error',
      '-protocol_whitelist',
      'file',
      '-print_format',
      'json',
      '-show_format',
      '-show_streams',
      '-show_entries',
      'packet=stream_index,pts_time,duration_time',
      '-read_intervals',
      '%+5',
      '-i',
      'file:/media/clip one.mp4',
    ]);
  });

  it('forces the file protocol so a path cannot name another one', () => {
    expect(probeArgs('/x/pipe:0').at(-1)).toBe('file:/x/pipe:0');
    expect(() => probeArgs('relative.mp4')).toThrow(/absolute/);
    expect(() => fileUrl('concat:a|b')).toThrow(TypeError);
  });
});

describe('thumbnailTimesMs', () => {
  it('takes the middle of equal slices', () => {
    expect(thumbnailTimesMs(8000, 4)).toEqual([1000, 3000, 5000, 7000]);
  });

  it('stays two frames before the end of very short clips', () => {
    // 300 ms at 30 fps: the last frame starts at 267 ms; 281 ms would decode nothing.
    const times = thumbnailTimesMs(300, 8, 1000 / 30);
    expect(Math.max(...times)).toBeLessThanOrEqual(300 - 2 * (1000 / 30));
    expect(times[0]).toBe(19);
  });
});

describe('thumbnailStripArgs', () => {
  const args = thumbnailStripArgs('/m/a.mp4', {
    count: 3,
    height: 160,
    durationMs: 3000,
    outputDir: '/cache/t',
  });

  it('opens one seeked input per frame, each through the file protocol only', () => {
    expect(args.slice(0, 5)).toEqual(['-hide_banner', '-nostats', '-v', 'error', '-y']);
    expect(valuesOf(args, '-ss')).toEqual(['0.500', '1.500', '2.500']);
    expect(valuesOf(args, '-protocol_whitelist')).toEqual(['file', 'file', 'file']);
    expect(valuesOf(args, '-i')).toEqual(['file:/m/a.mp4', 'file:/m/a.mp4', 'file:/m/a.mp4']);
    // Input options come before their -i.
    expect(args.indexOf('-ss')).toBeLessThan(args.indexOf('-i'));
  });

  it('writes one scaled JPEG per input to a literal file name', () => {
    expect(valuesOf(args, '-map')).toEqual(['0:v:0', '1:v:0', '2:v:0']);
    expect(valuesOf(args, '-frames:v')).toEqual(['1', '1', '1']);
    expect(valuesOf(args, '-vf')[0]).toBe('scale=w=trunc(160*dar/2)*2:h=160,setsar=1');
    expect(valuesOf(args, '-update')).toEqual(['1', '1', '1']);
    expect(args.slice(-1)).toEqual(['file:/cache/t/thumb-03.jpg']);
    expect(args).not.toContain('-nostdin');
  });

  it('applies the probe orientation itself instead of ffmpeg autorotate', () => {
    const turned = thumbnailStripArgs('/m/a.mp4', {
      count: 2,
      height: 160,
      durationMs: 2000,
      orientation: { rotation: 90, mirrored: true },
      outputDir: '/c',
    });
    // -noautorotate is an input option: once before each -i.
    expect(turned.filter((a) => a === '-noautorotate')).toHaveLength(2);
    expect(turned.indexOf('-noautorotate')).toBeLessThan(turned.indexOf('-i'));
    expect(valuesOf(turned, '-vf')[0]).toBe(
      'transpose=clock,hflip,scale=w=trunc(160*dar/2)*2:h=160,setsar=1',
    );
    expect(args).not.toContain('-noautorotate');
  });

  it('makes a single unseeked frame for a still image (duration 0)', () => {
    const still = thumbnailStripArgs('/m/p.png', {
      count: 1,
      height: 160,
      durationMs: 0,
      outputDir: '/c',
    });
    expect(still).not.toContain('-ss');
    expect(valuesOf(still, '-i')).toEqual(['file:/m/p.png']);
  });
});

describe('orientationFilter', () => {
  it('rotates clockwise, then mirrors', () => {
    expect(orientationFilter({ rotation: 0, mirrored: false })).toEqual([]);
    expect(orientationFilter({ rotation: 90, mirrored: false })).toEqual(['transpose=clock']);
    expect(orientationFilter({ rotation: 180, mirrored: false })).toEqual(['hflip', 'vflip']);
    expect(orientationFilter({ rotation: 270, mirrored: true })).toEqual([
      'transpose=cclock',
      'hflip',
    ]);
    expect(orientationFilter({ rotation: 0, mirrored: true })).toEqual(['hflip']);
  });
});

describe('posterFrameArgs', () => {
  it('seeks, takes one frame and writes a JPEG', () => {
    const args = posterFrameArgs('/m/a.mp4', { atMs: 1234, height: 720, outputPath: '/o/p.jpg' });
    expect(valuesOf(args, '-ss')).toEqual(['1.234']);
    expect(valuesOf(args, '-protocol_whitelist')).toEqual(['file']);
    expect(valuesOf(args, '-frames:v')).toEqual(['1']);
    expect(args.at(-1)).toBe('file:/o/p.jpg');
    expect(args[0]).toBe('-hide_banner');
  });
});

describe('previewStillArgs', () => {
  it('seeks before the input and pipes one near-lossless JPEG to stdout', () => {
    const args = previewStillArgs('/m/a.mp4', { atMs: 1500, height: 1080 });
    expect(args.indexOf('-ss')).toBeLessThan(args.indexOf('-i'));
    expect(valuesOf(args, '-ss')).toEqual(['1.500']);
    expect(valuesOf(args, '-frames:v')).toEqual(['1']);
    expect(valuesOf(args, '-q:v')).toEqual(['2']);
    expect(valuesOf(args, '-f')).toEqual(['image2pipe']);
    expect(args.at(-1)).toBe('pipe:1');
  });

  it('does not seek at 0 and turns the picture itself when given an orientation', () => {
    const args = previewStillArgs('/m/a.mp4', {
      atMs: 0,
      orientation: { rotation: 90, mirrored: false },
    });
    expect(args).not.toContain('-ss');
    expect(args).toContain('-noautorotate');
    expect(valuesOf(args, '-vf')[0]).toContain('transpose');
  });
});

describe('waveformPeaksArgs', () => {
  it('decodes the first audio stream to mono s16le PCM on stdout', () => {
    expect(waveformPeaksArgs('/m/a.wav', { peaksPerSecond: 50 })).toEqual([
      '-hide_banner',
      '-nostats',
      '-v',
      'error',
      '-y',
      '-protocol_whitelist',
      'file',
      '-i',
      'file:/m/a.wav',
      '-map',
      '0:a:0',
      '-vn',
      '-sn',
      '-dn',
      '-ac',
      '1',
      '-ar',
      '8000',
      '-c:a',
      'pcm_s16le',
      '-f',
      's16le',
      'pipe:1',
    ]);
  });

  it('chooses a rate with a whole number of samples per peak', () => {
    expect(waveformSampleRate(50)).toBe(8000);
    expect(waveformSampleRate(30) % 30).toBe(0);
    expect(waveformSampleRate(30)).toBeGreaterThanOrEqual(8000);
    expect(() => waveformSampleRate(0)).toThrow(RangeError);
    expect(() => waveformSampleRate(2.5)).toThrow(RangeError);
  });
});

describe('formatSeconds', () => {
  it('prints milliseconds as seconds with three decimals, never negative', () => {
    expect(formatSeconds(1500)).toBe('1.500');
    expect(formatSeconds(7)).toBe('0.007');
    expect(formatSeconds(-5)).toBe('0.000');
  });
});
