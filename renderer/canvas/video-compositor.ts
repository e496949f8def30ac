import type { PixelBox } from '../../shared/model';
import type { FitBackground, Size } from '../../shared/scene/reframe-geometry';
import type { BlurPatch, VideoDrawPlan } from './video-layout';

/**
 * Draws the footage layer of the preview into a canvas, the way the export's filter graph does:
 * crop or fit, privacy blur on the picture, then (fit-blur) the background made from the
 * blurred picture. It works at the preview's display resolution (`scale` output pixels per
 * frame pixel), so a frame costs a few small draws, not a full 1080x1920 composite.
 */

/** A page canvas, or an OffscreenCanvas when the compositor runs in a worker. */
export type Surface = HTMLCanvasElement | OffscreenCanvas;
type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function context2d(canvas: Surface): Context {
  const context = canvas.getContext('2d') as Context | null;
  if (context === null) throw new Error('this browser cannot draw the preview (no 2D canvas)');
  return context;
}

function resize(canvas: Surface, width: number, height: number): void {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
}

export class VideoCompositor<S extends Surface = HTMLCanvasElement> {
  /** What the Konva image shows: the frame at `scale`. */
  readonly canvas: S;
  private readonly picture: S;
  private readonly cells: S;
  private readonly halves: [S, S];
  private readonly backdropEdges: S;
  private readonly backdrop: S;
  private frame: Size = { width: 1080, height: 1920 };
  private scale = 1;

  constructor(createCanvas: () => S) {
    this.canvas = createCanvas();
    this.picture = createCanvas();
    this.cells = createCanvas();
    this.halves = [createCanvas(), createCanvas()];
    this.backdropEdges = createCanvas();
    this.backdrop = createCanvas();
  }

  /** Output pixels per frame pixel (at most 1: the preview never needs more than the export). */
  setResolution(frame: Size, scale: number): void {
    this.frame = frame;
    this.scale = Math.min(1, Math.max(0.05, scale));
    resize(this.canvas, frame.width * this.scale, frame.height * this.scale);
  }

  /** The frame's background colour only: no clip here, or no picture yet. */
  drawEmpty(background: string): void {
    const ctx = context2d(this.canvas);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.filter = 'none';
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
  }

  /**
   * `origin`: where `source` starts in the `sourceSize` picture, when it holds only part of it
   * (a staged frame, see frame-staging.ts).
   */
  draw(
    plan: VideoDrawPlan,
    source: CanvasImageSource,
    sourceSize: Size,
    background: string,
    origin: { x: number; y: number } = { x: 0, y: 0 },
  ) {
    this.drawEmpty(background);
    const ctx = context2d(this.canvas);
    const sx = this.canvas.width / this.frame.width;
    const sy = this.canvas.height / this.frame.height;
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    if (plan.mode === 'fill') {
      const crop = plan.sourceCrop;
      const [width, height] = this.outSize();
      ctx.drawImage(
        source,
        crop.x - origin.x,
        crop.y - origin.y,
        crop.width,
        crop.height,
        0,
        0,
        width,
        height,
      );
      this.blurPatches(this.canvas, plan.patches, sx, sy);
      return;
    }
    const { placement } = plan;
    resize(this.picture, placement.width * sx, placement.height * sy);
    const pictureCtx = context2d(this.picture);
    pictureCtx.imageSmoothingEnabled = true;
    pictureCtx.imageSmoothingQuality = 'high';
    pictureCtx.drawImage(
      source,
      -origin.x,
      -origin.y,
      sourceSize.width,
      sourceSize.height,
      0,
      0,
      this.picture.width,
      this.picture.height,
    );
    const px = this.picture.width / placement.width;
    const py = this.picture.height / placement.height;
    // Blurred before the background is made from it, so the background never shows a face.
    this.blurPatches(this.picture, plan.patches, px, py);
    if (plan.backdrop.kind === 'color') {
      ctx.fillStyle = plan.backdrop.color;
      ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
    } else {
      this.drawBlurredBackdrop(ctx, plan.backdrop.background, px, py);
    }
    ctx.drawImage(
      this.picture,
      placement.x * sx,
      placement.y * sy,
      placement.width * sx,
      placement.height * sy,
    );
  }

  private outSize(): [number, number] {
    return [this.canvas.width, this.canvas.height];
  }

  /**
   * The export's background: the frame-shaped middle of the picture, shrunk to `small`, blurred
   * there, enlarged over the frame. The shrunk copy gets a margin of repeated edge pixels first,
   * so the blur does not darken the borders (canvas blur fades to transparent at its edges).
   */
  private drawBlurredBackdrop(ctx: Context, background: FitBackground, px: number, py: number) {
    const { window, small, sigmaPx } = background;
    const margin = Math.ceil(sigmaPx * 3) + 1;
    resize(this.backdropEdges, small.width + 2 * margin, small.height + 2 * margin);
    const edges = context2d(this.backdropEdges);
    edges.imageSmoothingEnabled = true;
    edges.imageSmoothingQuality = 'high';
    edges.drawImage(
      this.picture,
      window.x * px,
      window.y * py,
      window.width * px,
      window.height * py,
      margin,
      margin,
      small.width,
      small.height,
    );
    extendEdges(edges, margin, small);
    resize(this.backdrop, small.width, small.height);
    const blurred = context2d(this.backdrop);
    blurred.filter = sigmaPx > 0 ? `blur(${sigmaPx}px)` : 'none';
    blurred.drawImage(this.backdropEdges, -margin, -margin);
    blurred.filter = 'none';
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'low';
    ctx.drawImage(this.backdrop, 0, 0, ...this.outSize());
    ctx.imageSmoothingQuality = 'high';
  }

  /**
   * Each patch averaged down to its grid of cells and enlarged again: hard-edged cells for
   * pixelate, smoothed and softened for gaussian, black for solid. `kx`/`ky` are surface
   * pixels per patch-box pixel.
   */
  private blurPatches(surface: Surface, patches: BlurPatch[], kx: number, ky: number) {
    const ctx = context2d(surface);
    for (const patch of patches) {
      const box = scaled(patch.box, kx, ky);
      if (box.width < 1 || box.height < 1) continue;
      if (patch.style === 'solid') {
        ctx.fillStyle = '#000000';
        ctx.fillRect(box.x, box.y, box.width, box.height);
        continue;
      }
      const { columns, rows, softenSigmaPx } = patch.grid;
      this.averageCells(surface, box, columns, rows);
      ctx.save();
      ctx.beginPath();
      ctx.rect(box.x, box.y, box.width, box.height);
      ctx.clip();
      ctx.imageSmoothingEnabled = patch.style === 'gaussian';
      ctx.drawImage(this.cells, box.x, box.y, box.width, box.height);
      if (patch.style === 'gaussian') {
        // Softened on top of the opaque enlarged cells, so the soft edge blends into cells,
        // never into the face underneath.
        ctx.filter = `blur(${softenSigmaPx * Math.min(kx, ky)}px)`;
        ctx.drawImage(this.cells, box.x, box.y, box.width, box.height);
        ctx.filter = 'none';
      }
      ctx.restore();
    }
  }

  /**
   * The patch shrunk to `columns` x `rows` by averaging, like ffmpeg's area scaling: halved
   * (a 2:1 bilinear draw averages each 2x2 block exactly) until close, then scaled the rest.
   */
  private averageCells(surface: Surface, box: PixelBox, columns: number, rows: number) {
    let from: Surface = surface;
    let at = { x: box.x, y: box.y, width: box.width, height: box.height };
    let next = 0;
    while (at.width >= columns * 4 && at.height >= rows * 4) {
      const half = this.halves[next] as S;
      const width = Math.ceil(at.width / 2);
      const height = Math.ceil(at.height / 2);
      resize(half, width, height);
      const ctx = context2d(half);
      ctx.imageSmoothingEnabled = true;
      ctx.imageSmoothingQuality = 'low';
      ctx.drawImage(from, at.x, at.y, at.width, at.height, 0, 0, width, height);
      from = half;
      at = { x: 0, y: 0, width, height };
      next = 1 - next;
    }
    resize(this.cells, columns, rows);
    const cells = context2d(this.cells);
    cells.imageSmoothingEnabled = true;
    cells.imageSmoothingQuality = 'high';
    cells.drawImage(from, at.x, at.y, at.width, at.height, 0, 0, columns, rows);
  }
}

function scaled(box: PixelBox, kx: number, ky: number): PixelBox {
  const x = Math.round(box.x * kx);
  const y = Math.round(box.y * ky);
  return {
    x,
    y,
    width: Math.round((box.x + box.width) * kx) - x,
    height: Math.round((box.y + box.height) * ky) - y,
  };
}

/** Repeats the outermost pixels of the `size` picture at (margin, margin) into the margin. */
function extendEdges(ctx: Context, margin: number, size: Size): void {
  const canvas = ctx.canvas;
  const { width: w, height: h } = size;
  const right = margin + w;
  const bottom = margin + h;
  ctx.imageSmoothingEnabled = false;
  // Sides: stretch the edge row or column across the margin.
  ctx.drawImage(canvas, margin, margin, w, 1, margin, 0, w, margin);
  ctx.drawImage(canvas, margin, bottom - 1, w, 1, margin, bottom, w, margin);
  ctx.drawImage(canvas, margin, margin, 1, h, 0, margin, margin, h);
  ctx.drawImage(canvas, right - 1, margin, 1, h, right, margin, margin, h);
  // Corners: the corner pixel.
  ctx.drawImage(canvas, margin, margin, 1, 1, 0, 0, margin, margin);
  ctx.drawImage(canvas, right - 1, margin, 1, 1, right, 0, margin, margin);
  ctx.drawImage(canvas, margin, bottom - 1, 1, 1, 0, bottom, margin, margin);
  ctx.drawImage(canvas, right - 1, bottom - 1, 1, 1, right, bottom, margin, margin);
  ctx.imageSmoothingEnabled = true;
}
