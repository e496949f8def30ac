import { readFileSync } from 'node:fs';
import { Image } from '@napi-rs/canvas';
import type { ProjectDocument } from '../../../shared/model';
import { recolorIconSvg } from '../../../shared/scene/icon-svg';
import type { IconRequest, SceneAssets, SceneImage } from '../../../shared/scene/konva-types';
import { EngineError } from '../errors';
import { readIconSvg } from './icons';

/** Decodes image bytes (PNG, JPEG, WebP, SVG) synchronously; @napi-rs/canvas decodes on `src`. */
export function decodeImage(bytes: Buffer, what: string): SceneImage {
  const image = new Image();
  image.onerror = () => undefined;
  image.src = bytes;
  if (image.width === 0 || image.height === 0) {
    throw new EngineError('unreadable', `could not decode ${what} as an image`);
  }
  return image as unknown as SceneImage;
}

/**
 * Pictures for the scene builder in Node: healthicons SVGs recoloured with the shared
 * `recolorIconSvg` (the browser rasterises the same markup), and image media read from the
 * project's media paths. Decoded once each; a missing or unreadable file is an error naming it,
 * so an export never silently drops an overlay.
 */
export function createNodeSceneAssets(doc: ProjectDocument): SceneAssets {
  const icons = new Map<string, SceneImage>();
  const images = new Map<string, SceneImage>();
  return {
    icon(request: IconRequest): SceneImage {
      const key = `${request.iconId}|${request.fill}|${request.outline}|${request.rasterSizePx}`;
      const cached = icons.get(key);
      if (cached !== undefined) return cached;
      const svg = recolorIconSvg(readIconSvg(request.iconId), request, request.rasterSizePx);
      const image = decodeImage(Buffer.from(svg), `icon "${request.iconId}"`);
      icons.set(key, image);
      return image;
    },
    image(mediaId: string): SceneImage {
      const cached = images.get(mediaId);
      if (cached !== undefined) return cached;
      const asset = doc.media.find((candidate) => candidate.id === mediaId);
      if (asset === undefined) {
        throw new EngineError('missing', `image overlay media "${mediaId}" is not in the project`);
      }
      let bytes: Buffer;
      try {
        bytes = readFileSync(asset.path);
      } catch (error) {
        throw new EngineError(
          'missing',
          `cannot read image "${asset.name}" at ${asset.path}: ${(error as Error).message}; relink it`,
          { mediaId, path: asset.path },
        );
      }
      const image = decodeImage(bytes, `"${asset.name}" (${asset.path})`);
      images.set(mediaId, image);
      return image;
    },
  };
}
