import { expect, type Locator, type Page } from '@playwright/test';

/** A rectangle in frame pixels (1080x1920). */
export interface FrameBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface KonvaNodeLike {
  getAttr(name: string): unknown;
  find(selector: string): KonvaNodeLike[];
}

/**
 * Manual blur regions: the canvas toolbar's "Blur region" tool, the selected region's box on
 * the handles layer, and the inspector's Blur region section.
 */
export class BlurRegions {
  readonly tool: Locator;
  readonly section: Locator;
  readonly label: Locator;
  readonly keyframes: Locator;
  readonly keyframeToggle: Locator;
  readonly style: Locator;

  constructor(readonly page: Page) {
    this.tool = page.getByTestId('blur-region-tool');
    this.section = page.getByRole('region', { name: 'Blur region' });
    this.label = page.getByTestId('region-label');
    this.keyframes = page.getByTestId('region-keyframe');
    this.keyframeToggle = page.getByTestId('region-keyframe-toggle');
    this.style = page.getByTestId('region-style');
  }

  /** The selected region's box as the handles layer draws it, or null when none shows. */
  async handleBox(): Promise<FrameBox | null> {
    return this.page.evaluate(() => {
      const konva = (window as unknown as { Konva?: { stages: KonvaNodeLike[] } }).Konva;
      const node = konva?.stages[0]?.find('.region-handle')[0];
      if (!node) return null;
      const number = (name: string) => Number(node.getAttr(name));
      return {
        x: number('x'),
        y: number('y'),
        width: number('width') * number('scaleX'),
        height: number('height') * number('scaleY'),
      };
    });
  }

  /** Waits until the handle box is within `tolerance` frame pixels of `expected`. */
  async expectHandleBox(expected: FrameBox, tolerance = 3): Promise<void> {
    await expect
      .poll(async () => {
        const box = await this.handleBox();
        if (box === null) return Infinity;
        return Math.max(
          Math.abs(box.x - expected.x),
          Math.abs(box.y - expected.y),
          Math.abs(box.width - expected.width),
          Math.abs(box.height - expected.height),
        );
      })
      .toBeLessThanOrEqual(tolerance);
  }

  /**
   * How much detail a part of a frame PNG holds: the mean absolute difference between
   * neighbouring pixels (luma) inside `box` (frame pixels of a `frame`-sized picture scaled to
   * the PNG). A blur flattens it.
   */
  async detail(png: string, box: FrameBox, frame = { width: 1080, height: 1920 }) {
    return this.page.evaluate(
      async ([url, b, f]) => {
        const image = new Image();
        image.src = url;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        const sx = canvas.width / f.width;
        const sy = canvas.height / f.height;
        // Inset by a few pixels: the patch edge is soft.
        const x = Math.round((b.x + 6) * sx);
        const y = Math.round((b.y + 6) * sy);
        const w = Math.max(2, Math.round((b.width - 12) * sx));
        const h = Math.max(2, Math.round((b.height - 12) * sy));
        const { data } = ctx.getImageData(x, y, w, h);
        const luma = (i: number) => 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
        let sum = 0;
        let count = 0;
        for (let row = 0; row < h; row += 1) {
          for (let column = 0; column + 1 < w; column += 1) {
            const i = (row * w + column) * 4;
            sum += Math.abs(luma(i) - luma(i + 4));
            if (row + 1 < h) sum += Math.abs(luma(i) - luma(i + w * 4));
            count += row + 1 < h ? 2 : 1;
          }
        }
        return sum / count;
      },
      [png, box, frame] as const,
    );
  }
}
