import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeSubtitleBytes } from '../../../../main/engine/captions/decode';

/** The androidx-media subtitle samples in the shared data folder (read in place, never copied). */
export const ANDROIDX_SUBTITLES = fileURLToPath(
  new URL('../../../../../shared/data/subtitles/androidx-media/', import.meta.url),
);

/** Every sample as "subrip/typical.srt", "webvtt/with_bom.vtt", … */
export function androidxSubtitleFiles(): string[] {
  return ['subrip', 'webvtt'].flatMap((folder) =>
    readdirSync(path.join(ANDROIDX_SUBTITLES, folder)).map((name) => `${folder}/${name}`),
  );
}

export function androidxText(name: string): string {
  return decodeSubtitleBytes(readFileSync(path.join(ANDROIDX_SUBTITLES, name))).text;
}

/** expected.json: upstream's expectations, times in microseconds. */
export function androidxExpected(): Record<string, Record<string, unknown>> {
  return JSON.parse(readFileSync(path.join(ANDROIDX_SUBTITLES, 'expected.json'), 'utf8')) as Record<
    string,
    Record<string, unknown>
  >;
}
