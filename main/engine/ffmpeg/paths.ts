import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FfmpegNotFoundError } from './errors';

export type FfmpegSource = 'env' | 'ffmpeg-static' | 'path';

export interface FfmpegPaths {
  ffmpeg: string;
  ffprobe: string;
  /** Where ffmpeg came from (ffprobe follows its own chain, see resolveFfmpegPaths). */
  source: FfmpegSource;
}

/** What resolution looks at; injected so tests can fake the machine. */
export interface FfmpegLookup {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  /** True when the path is an existing regular file we may execute. */
  isExecutableFile(filePath: string): boolean;
  /** The binary path exported by the optional `ffmpeg-static` package, or null when absent. */
  ffmpegStaticPath(): string | null;
}

/**
 * Resolves ffmpeg as FFMPEG_PATH -> ffmpeg-static (installed and its file present) -> PATH, and
 * ffprobe as FFPROBE_PATH -> beside the resolved ffmpeg -> PATH. An env variable that points at
 * nothing is an error rather than a silent fallback: someone set it on purpose.
 */
export function resolveFfmpegPaths(lookup: FfmpegLookup): FfmpegPaths {
  const exe = lookup.platform === 'win32' ? '.exe' : '';
  const { ffmpeg, source } = resolveFfmpeg(lookup);

  const ffprobeEnv = lookup.env.FFPROBE_PATH?.trim();
  if (ffprobeEnv) {
    if (!lookup.isExecutableFile(ffprobeEnv)) {
      throw new FfmpegNotFoundError(
        'ffprobe',
        `FFPROBE_PATH is "${ffprobeEnv}", which is not an executable file`,
      );
    }
    return { ffmpeg, ffprobe: ffprobeEnv, source };
  }
  const pathApi = lookup.platform === 'win32' ? path.win32 : path.posix;
  const beside = pathApi.join(pathApi.dirname(ffmpeg), `ffprobe${exe}`);
  if (pathApi.isAbsolute(ffmpeg) && lookup.isExecutableFile(beside)) {
    return { ffmpeg, ffprobe: beside, source };
  }
  const onPath = findOnPath('ffprobe', lookup);
  if (onPath) return { ffmpeg, ffprobe: onPath, source };
  throw new FfmpegNotFoundError(
    'ffprobe',
    `FFPROBE_PATH is not set, there is no ffprobe beside ${ffmpeg}, and none is on PATH`,
  );
}

function resolveFfmpeg(lookup: FfmpegLookup): { ffmpeg: string; source: FfmpegSource } {
  const fromEnv = lookup.env.FFMPEG_PATH?.trim();
  if (fromEnv) {
    if (!lookup.isExecutableFile(fromEnv)) {
      throw new FfmpegNotFoundError(
        'ffmpeg',
        `FFMPEG_PATH is "${fromEnv}", which is not an executable file`,
      );
    }
    return { ffmpeg: fromEnv, source: 'env' };
  }
  const fromPackage = lookup.ffmpegStaticPath();
  if (fromPackage && lookup.isExecutableFile(fromPackage)) {
    return { ffmpeg: fromPackage, source: 'ffmpeg-static' };
  }
  const onPath = findOnPath('ffmpeg', lookup);
  if (onPath) return { ffmpeg: onPath, source: 'path' };
  throw new FfmpegNotFoundError(
    'ffmpeg',
    'FFMPEG_PATH is not set, the ffmpeg-static binary is not installed, and none is on PATH',
  );
}

/** Absolute path of `name` on PATH (with PATHEXT on Windows), or null. */
export function findOnPath(name: string, lookup: FfmpegLookup): string | null {
  const win = lookup.platform === 'win32';
  const pathApi = win ? path.win32 : path.posix;
  const pathVar = (win ? (lookup.env.Path ?? lookup.env.PATH) : lookup.env.PATH) ?? '';
  const extensions = win
    ? (lookup.env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean)
    : [''];
  for (const dir of pathVar.split(pathApi.delimiter)) {
    if (!dir) continue;
    for (const ext of extensions) {
      const candidate = pathApi.join(dir, name + ext.toLowerCase());
      if (lookup.isExecutableFile(candidate)) return candidate;
    }
  }
  return null;
}

/** The real machine: process.env, the file system and the optional ffmpeg-static package. */
export function systemFfmpegLookup(): FfmpegLookup {
  return {
    env: process.env,
    platform: process.platform,
    isExecutableFile,
    ffmpegStaticPath,
  };
}

function isExecutableFile(filePath: string): boolean {
  try {
    if (!statSync(filePath).isFile()) return false;
    // Windows has no execute bit; existence of the file is what counts there.
    if (process.platform !== 'win32') accessSync(filePath, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function ffmpegStaticPath(): string | null {
  try {
    // An optionalDependency: usually absent here, so its absence must not break the import.
    const require = createRequire(import.meta.url);
    const exported: unknown = require('ffmpeg-static');
    if (typeof exported !== 'string' || exported === '') return null;
    // Inside a packaged Electron app the binary lives outside the read-only asar archive.
    return exported.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  } catch {
    return null;
  }
}

let cached: FfmpegPaths | null = null;

/** Resolves once per process and caches the answer (a failure is not cached). */
export function getFfmpegPaths(): FfmpegPaths {
  cached ??= resolveFfmpegPaths(systemFfmpegLookup());
  return cached;
}

/** Forgets the cached resolution, e.g. after the user changed FFMPEG_PATH in settings. */
export function resetFfmpegPathsCache(): void {
  cached = null;
}
