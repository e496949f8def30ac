import { describe, expect, it } from 'vitest';
import { FfmpegNotFoundError } from '../../../../../main/engine/ffmpeg/errors';
import {
  findOnPath,
  getFfmpegPaths,
  resetFfmpegPathsCache,
  resolveFfmpegPaths,
  type FfmpegLookup,
} from '../../../../../main/engine/ffmpeg/paths';

function fakeLookup(options: {
  env?: Record<string, string>;
  files?: string[];
  ffmpegStatic?: string | null;
  platform?: NodeJS.Platform;
}): FfmpegLookup {
  const files = new Set(options.files ?? []);
  return {
    env: options.env ?? {},
    platform: options.platform ?? 'linux',
    isExecutableFile: (p) => files.has(p),
    ffmpegStaticPath: () => options.ffmpegStatic ?? null,
  };
}

describe('resolveFfmpegPaths', () => {
  it('prefers FFMPEG_PATH and FFPROBE_PATH over everything else', () => {
    const lookup = fakeLookup({
      env: { FFMPEG_PATH: '/opt/ff/ffmpeg', FFPROBE_PATH: '/opt/probe/ffprobe', PATH: '/usr/bin' },
      files: ['/opt/ff/ffmpeg', '/opt/probe/ffprobe', '/usr/bin/ffmpeg', '/usr/bin/ffprobe'],
      ffmpegStatic: '/node_modules/ffmpeg-static/ffmpeg',
    });
    expect(resolveFfmpegPaths(lookup)).toEqual({
      ffmpeg: '/opt/ff/ffmpeg',
      ffprobe: '/opt/probe/ffprobe',
      source: 'env',
    });
  });

  it('takes ffprobe from beside an FFMPEG_PATH binary before PATH', () => {
    const lookup = fakeLookup({
      env: { FFMPEG_PATH: '/opt/ff/ffmpeg', PATH: '/usr/bin' },
      files: ['/opt/ff/ffmpeg', '/opt/ff/ffprobe', '/usr/bin/ffprobe'],
    });
    expect(resolveFfmpegPaths(lookup).ffprobe).toBe('/opt/ff/ffprobe');
  });

  it('uses the ffmpeg-static binary when the package is installed and its file exists', () => {
    const lookup = fakeLookup({
      env: { PATH: '/usr/bin' },
      files: ['/nm/ffmpeg-static/ffmpeg', '/usr/bin/ffmpeg', '/usr/bin/ffprobe'],
      ffmpegStatic: '/nm/ffmpeg-static/ffmpeg',
    });
    // ffmpeg-static ships no ffprobe, so ffprobe falls through to PATH.
    expect(resolveFfmpegPaths(lookup)).toEqual({
      ffmpeg: '/nm/ffmpeg-static/ffmpeg',
      ffprobe: '/usr/bin/ffprobe',
      source: 'ffmpeg-static',
    });
  });

  it('skips ffmpeg-static when its binary was never downloaded', () => {
    const lookup = fakeLookup({
      env: { PATH: '/bin:/usr/bin' },
      files: ['/usr/bin/ffmpeg', '/usr/bin/ffprobe'],
      ffmpegStatic: '/nm/ffmpeg-static/ffmpeg',
    });
    expect(resolveFfmpegPaths(lookup)).toEqual({
      ffmpeg: '/usr/bin/ffmpeg',
      ffprobe: '/usr/bin/ffprobe',
      source: 'path',
    });
  });

  it('fails loudly when FFMPEG_PATH points at nothing instead of falling back', () => {
    const lookup = fakeLookup({
      env: { FFMPEG_PATH: '/missing/ffmpeg', PATH: '/usr/bin' },
      files: ['/usr/bin/ffmpeg', '/usr/bin/ffprobe'],
    });
    expect(() => resolveFfmpegPaths(lookup)).toThrow(FfmpegNotFoundError);
    expect(() => resolveFfmpegPaths(lookup)).toThrow(/FFMPEG_PATH is "\/missing\/ffmpeg"/);
  });

  it('throws FfmpegNotFoundError with an install hint when nothing is found', () => {
    const lookup = fakeLookup({ env: { PATH: '/usr/bin' } });
    let caught: unknown;
    try {
      resolveFfmpegPaths(lookup);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FfmpegNotFoundError);
    expect((caught as FfmpegNotFoundError).tool).toBe('ffmpeg');
    expect((caught as Error).message).toMatch(/apt-get install ffmpeg/);
    expect((caught as Error).message).toMatch(/FFMPEG_PATH/);
  });

  it('reports a missing ffprobe separately', () => {
    const lookup = fakeLookup({ env: { PATH: '/usr/bin' }, files: ['/usr/bin/ffmpeg'] });
    expect(() => resolveFfmpegPaths(lookup)).toThrow(/ffprobe was not found/);
  });

  it('finds .exe files on a Windows PATH', () => {
    const lookup = fakeLookup({
      platform: 'win32',
      env: { Path: 'C:\\Windows;C:\\ffmpeg\\bin', PATHEXT: '.COM;.EXE' },
      files: ['C:\\ffmpeg\\bin\\ffmpeg.exe', 'C:\\ffmpeg\\bin\\ffprobe.exe'],
    });
    expect(findOnPath('ffmpeg', lookup)).toBe('C:\\ffmpeg\\bin\\ffmpeg.exe');
    expect(resolveFfmpegPaths(lookup)).toEqual({
      ffmpeg: 'C:\\ffmpeg\\bin\\ffmpeg.exe',
      ffprobe: 'C:\\ffmpeg\\bin\\ffprobe.exe',
      source: 'path',
    });
  });
});

describe('getFfmpegPaths', () => {
  it('resolves on this machine and returns the cached object on the next call', () => {
    resetFfmpegPathsCache();
    const first = getFfmpegPaths();
    expect(first.ffmpeg).toMatch(/ffmpeg(\.exe)?$/);
    expect(first.ffprobe).toMatch(/ffprobe(\.exe)?$/);
    expect(getFfmpegPaths()).toBe(first);
    resetFfmpegPathsCache();
    expect(getFfmpegPaths()).not.toBe(first);
  });
});
