import { readFile, stat } from 'node:fs/promises';
import type { HandlerDeps } from './handlers';
import type { HandlerMap } from './dispatch';
import { EngineError } from '../errors';
import { readIconSvg } from '../render/icons';
import { renderSceneFrame } from '../render/overlay-frames';

/** Image overlays are stills; anything larger is not something to ship to the preview whole. */
export const MAX_PREVIEW_IMAGE_BYTES = 40 * 1024 * 1024;

/** The image type from the file's first bytes (extensions and probes can both be wrong). */
export function sniffImageMime(bytes: Uint8Array): string | null {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (starts(0x42, 0x4d)) return 'image/bmp';
  // Imported SVGs are sanitised copies (media/svg-import.ts); an <img> never runs their scripts.
  const head = ascii(0, Math.min(4096, bytes.length));
  if (/^\s*</.test(head) && /<svg[\s>]/.test(head)) return 'image/svg+xml';
  return null;
}

/**
 * Pictures the preview draws (healthicons SVGs and a project's image media), and the export's
 * drawing of the overlay layer at one time, for comparing with the preview.
 */
export function createAssetHandlers(
  deps: Pick<HandlerDeps, 'sessions'>,
): Pick<HandlerMap, 'assets.icon' | 'assets.mediaImage' | 'render.sceneFrame'> {
  return {
    'assets.icon': (req) => ({ svg: readIconSvg(req.id) }),
    'render.sceneFrame': async (req) => {
      const session = deps.sessions.get(req.projectId);
      const png = await renderSceneFrame(session.document, req.timeMs);
      return { png: `data:image/png;base64,${png.toString('base64')}` };
    },
    'assets.mediaImage': async (req) => {
      const session = deps.sessions.get(req.projectId);
      const asset = session.document.media.find((candidate) => candidate.id === req.mediaId);
      if (asset === undefined) {
        throw new EngineError('missing', `media "${req.mediaId}" is not in the project`);
      }
      if (asset.probe.kind !== 'image') {
        throw new EngineError('not-media', `"${asset.name}" is not an image`);
      }
      let bytes: Buffer;
      try {
        const { size } = await stat(asset.path);
        if (size > MAX_PREVIEW_IMAGE_BYTES) {
          throw new EngineError(
            'too-large',
            `"${asset.name}" is ${Math.round(size / 1048576)} MB; images over ${MAX_PREVIEW_IMAGE_BYTES / 1048576} MB are not previewed`,
          );
        }
        bytes = await readFile(asset.path);
      } catch (error) {
        if (error instanceof EngineError) throw error;
        throw new EngineError(
          'missing',
          `cannot read "${asset.name}" at ${asset.path}: ${(error as Error).message}; relink it`,
          { mediaId: asset.id, path: asset.path },
        );
      }
      const mime = sniffImageMime(bytes);
      if (mime === null) {
        throw new EngineError(
          'unreadable',
          `"${asset.name}" is not a PNG, JPEG, GIF, WebP, BMP or SVG image`,
        );
      }
      return { dataUrl: `data:${mime};base64,${bytes.toString('base64')}` };
    },
  };
}
