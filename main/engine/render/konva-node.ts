import Konva from 'konva';
import { DOMMatrix, Image, Path2D, createCanvas } from '@napi-rs/canvas';
import type { KonvaModule } from '../../../shared/scene/konva-types';

/**
 * Konva on @napi-rs/canvas: what konva/canvas-backend does for node-canvas, for the canvas
 * library whose prebuilt binary installs from npm here. Konva sizes its canvases itself and
 * sets `style` on them, which a Node canvas lacks.
 */
const globals = globalThis as Record<string, unknown>;
globals.DOMMatrix ??= DOMMatrix;
globals.Path2D ??= Path2D;

const util = Konva.Util as unknown as Record<string, unknown>;
util.createCanvasElement = () => {
  const canvas = createCanvas(300, 300) as unknown as { style?: object };
  canvas.style ??= {};
  return canvas;
};
util.createImageElement = () => new Image();
(Konva as unknown as { _renderBackend: string })._renderBackend = 'napi-rs-canvas';

/** Konva set up to draw in Node; pass it to the shared scene builder. */
export const NodeKonva: KonvaModule = Konva;
