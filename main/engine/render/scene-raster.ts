import type { Canvas } from '@napi-rs/canvas';
import type { ProjectDocument } from '../../../shared/model';
import { replaceOverlayLayer } from '../../../shared/scene/konva-builder';
import type { SceneAssets } from '../../../shared/scene/konva-types';
import type { OverlayLayerState } from '../../../shared/scene/overlay-segments';
import { registerSceneFonts } from './fonts-node';
import { NodeKonva } from './konva-node';
import { encodeRgbaPng } from './png';
import { createNodeSceneAssets } from './node-assets';

/**
 * Draws overlay-layer states of one document into a transparent frame-sized canvas with the
 * shared Konva builder in export mode, and encodes them as PNG. One stage is reused for every
 * picture; the caller destroys it when done.
 */
export class SceneRasterizer {
  private readonly stage: InstanceType<typeof NodeKonva.Stage>;
  private readonly layer: InstanceType<typeof NodeKonva.Layer>;
  private readonly assets: SceneAssets;

  constructor(doc: ProjectDocument, assets: SceneAssets = createNodeSceneAssets(doc)) {
    registerSceneFonts();
    this.assets = assets;
    this.stage = new NodeKonva.Stage({ width: doc.format.width, height: doc.format.height });
    this.layer = new NodeKonva.Layer({ listening: false });
    this.layer.getCanvas().setPixelRatio(1);
    this.stage.add(this.layer);
  }

  /** Draws `state` and returns the canvas (valid until the next draw). */
  draw(state: Pick<OverlayLayerState, 'captions' | 'overlays' | 'endCard'>): Canvas {
    replaceOverlayLayer(NodeKonva, this.layer, state, { mode: 'export', assets: this.assets });
    this.layer.draw();
    return this.layer.getNativeCanvasElement() as unknown as Canvas;
  }

  /** Draws `state` and encodes it as an RGBA PNG without metadata (see `encodeRgbaPng`). */
  png(state: Pick<OverlayLayerState, 'captions' | 'overlays' | 'endCard'>): Buffer {
    const canvas = this.draw(state);
    // Skia's pixels are premultiplied RGBA; the encoder straightens them for PNG.
    return encodeRgbaPng({
      width: canvas.width,
      height: canvas.height,
      data: canvas.data(),
      premultiplied: true,
    });
  }

  destroy(): void {
    this.stage.destroy();
  }
}
