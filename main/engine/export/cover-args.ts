import { fileUrl, formatSeconds } from '../ffmpeg/args';

/**
 * ffmpeg arguments for the cover: the exported video's frame at `atMs`, full size, as a JPEG
 * with no metadata. The input seek is exact (ffmpeg decodes from the keyframe before and drops
 * frames until `atMs`), so the cover is the first frame shown at or after that time.
 */
export function coverFrameArgs(
  videoPath: string,
  options: { atMs: number; outputPath: string },
): string[] {
  return [
    '-hide_banner',
    '-nostats',
    '-v',
    'error',
    '-y',
    ...(options.atMs > 0 ? ['-ss', formatSeconds(options.atMs)] : []),
    '-protocol_whitelist',
    'file',
    '-i',
    fileUrl(videoPath),
    '-map',
    '0:v:0',
    '-frames:v',
    '1',
    // No tags, and no encoder-version comment in the JPEG.
    '-map_metadata',
    '-1',
    '-flags:v',
    '+bitexact',
    // mjpeg's 2 (best) … 31 scale: a cover is seen full screen, so near-best.
    '-q:v',
    '2',
    '-update',
    '1',
    '-f',
    'image2',
    fileUrl(options.outputPath),
  ];
}
