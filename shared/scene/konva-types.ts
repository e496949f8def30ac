import type KonvaDefault from 'konva';
import type { ImageConfig } from 'konva/lib/shapes/Image';

/**
 * The Konva module, passed in by the caller: `konva` in the browser, the same package set up with
 * the @napi-rs/canvas backend in Node. Only its types are imported here, so shared/ stays free of
 * DOM and Node code.
 */
export type KonvaModule = typeof KonvaDefault;
export type KonvaGroup = InstanceType<KonvaModule['Group']>;
export type KonvaLayer = InstanceType<KonvaModule['Layer']>;
export type KonvaNode = InstanceType<KonvaModule['Shape']> | KonvaGroup;

/**
 * An image Konva can draw: an HTMLImageElement in the browser, an @napi-rs/canvas Image in
 * Node. Taken from Konva's own config type so each side checks against its own platform.
 */
export type SceneImage = NonNullable<ImageConfig['image']>;

/** A recoloured icon at a raster size (pixels per side). */
export interface IconRequest {
  iconId: string;
  fill: string;
  outline: string;
  rasterSizePx: number;
}

/**
 * Where the builder gets pictures. Both lookups are synchronous: Node loads everything before it
 * draws; the browser returns what it has loaded and redraws when more arrives. `undefined` means
 * not available (yet).
 */
export interface SceneAssets {
  icon(request: IconRequest): SceneImage | undefined;
  image(mediaId: string): SceneImage | undefined;
}

export interface OverlayLayerOptions {
  /**
   * `preview` names nodes by overlay/cue id and lets them take pointer events (for the editor's
   * handles) and marks pictures still loading; `export` draws exactly the scene, nothing else.
   */
  mode: 'preview' | 'export';
  assets: SceneAssets;
}
