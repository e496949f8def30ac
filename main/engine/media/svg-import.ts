import { createHash } from 'node:crypto';
import { mkdir, open, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MediaError, mediaErrorFromFsError } from './errors';
import { MAX_SVG_BYTES, sanitizeSvg, SvgRefusedError, type SvgRemoval } from './svg-sanitize';

/** Where sanitised copies live inside the project's cache folder. */
export const SANITIZED_SVG_DIR = 'svg-safe';

const SNIFF_BYTES = 4096;

/**
 * Whether a file is SVG (or other XML, which ffmpeg's SVG probe may take for one): by its
 * extension, or by its first bytes whatever it is called, since the probe looks at content.
 * Compressed SVG (.svgz) is refused outright: its content cannot be checked before decoding.
 */
export async function needsSvgSanitizing(filePath: string): Promise<boolean> {
  const extension = path.extname(filePath).toLowerCase();
  if (extension === '.svgz') {
    throw new MediaError(
      'not-media',
      filePath,
      'compressed SVG (.svgz) is not accepted; save it as .svg',
    );
  }
  if (extension === '.svg') return true;
  let head: Buffer;
  try {
    const handle = await open(filePath, 'r');
    try {
      const buffer = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw mediaErrorFromFsError(error, filePath) ?? error;
  }
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return /^<(?:\?xml|svg|!--|!doctype\s+svg)/i.test(text) || /<svg[\s>]/i.test(text);
}

/**
 * An SVG is never read by ffprobe, ffmpeg, Skia or the browser as it came from disk: its
 * sanitised copy is written to `<cacheDir>/svg-safe/<hash>/<same name>.svg` (same file name, so
 * the media list shows it), and that copy is what gets imported. Refusals (not an SVG, no size,
 * too large) become a MediaError naming the original file.
 */
export async function sanitizedSvgCopy(
  filePath: string,
  cacheDir: string,
): Promise<{ path: string; removed: SvgRemoval[] }> {
  let text: string;
  try {
    const { size } = await stat(filePath);
    if (size > MAX_SVG_BYTES) {
      throw new MediaError(
        'not-media',
        filePath,
        `the SVG is ${Math.round(size / 1048576)} MB; SVGs over ${MAX_SVG_BYTES / 1048576} MB are refused`,
      );
    }
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    if (error instanceof MediaError) throw error;
    throw mediaErrorFromFsError(error, filePath) ?? error;
  }
  let sanitized;
  try {
    sanitized = sanitizeSvg(text);
  } catch (error) {
    if (error instanceof SvgRefusedError) {
      throw new MediaError('not-media', filePath, `not a usable SVG: ${error.message}`, {
        cause: error,
      });
    }
    throw error;
  }
  const digest = createHash('sha256').update(sanitized.svg).digest('hex').slice(0, 24);
  const folder = path.join(cacheDir, SANITIZED_SVG_DIR, digest);
  await mkdir(folder, { recursive: true });
  const copy = path.join(folder, path.basename(filePath));
  await writeFile(copy, sanitized.svg, 'utf8');
  return { path: copy, removed: sanitized.removed };
}
