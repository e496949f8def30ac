import { expect, type Locator, type Page } from '@playwright/test';

/** The numbers the selection readout shows (data attributes of `canvas-selection`). */
export type CanvasSelection = {
  kind?: string;
  id?: string;
  x?: string;
  y?: string;
  scale?: string;
  rotation?: string;
  keyframes?: string;
  keyframeAtPlayhead?: string;
  focusX?: string;
};

/** A safe-zone guide as drawn on the stage: its platform's safe area in frame pixels. */
export interface DrawnSafeZone {
  label: string;
  safe: { x: number; y: number; width: number; height: number };
}

interface KonvaNodeLike {
  getAttr(name: string): unknown;
  find(selector: string): KonvaNodeLike[];
}

/**
 * The editable 9:16 canvas: points are given in frame pixels (1080x1920) and turned into
 * screen positions from the stage's own data attributes, so the mouse lands where a person
 * would click whatever the zoom.
 */
export class Canvas {
  readonly area: Locator;
  readonly stage: Locator;
  readonly readout: Locator;
  readonly safeZonesToggle: Locator;
  readonly platform: Locator;
  readonly keyframeToggle: Locator;

  constructor(readonly page: Page) {
    this.area = page.getByTestId('canvas-area');
    this.stage = page.getByTestId('canvas-stage');
    this.readout = page.getByTestId('canvas-selection');
    this.safeZonesToggle = page.getByTestId('safe-zones-toggle');
    this.platform = page.getByLabel('Safe zone platform', { exact: true });
    this.keyframeToggle = page.getByTestId('keyframe-toggle');
  }

  /** A frame point's position on the screen. */
  async toScreen(x: number, y: number): Promise<{ x: number; y: number }> {
    const box = await this.stage.boundingBox();
    if (!box) throw new Error('the canvas stage is not shown');
    const [left, top, scale] = await Promise.all([
      this.stage.getAttribute('data-frame-x'),
      this.stage.getAttribute('data-frame-y'),
      this.area.getAttribute('data-frame-scale'),
    ]);
    return {
      x: box.x + Number(left) + x * Number(scale),
      y: box.y + Number(top) + y * Number(scale),
    };
  }

  async click(x: number, y: number): Promise<void> {
    const at = await this.toScreen(x, y);
    await this.page.mouse.click(at.x, at.y);
  }

  /**
   * Presses at `from` and drags to `to` (frame pixels) in small steps, as a hand would; with
   * `free`, Alt is held so nothing snaps.
   */
  async drag(
    from: { x: number; y: number },
    to: { x: number; y: number },
    { steps = 12, free = false } = {},
  ): Promise<void> {
    const start = await this.toScreen(from.x, from.y);
    const end = await this.toScreen(to.x, to.y);
    if (free) await this.page.keyboard.down('Alt');
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    for (let step = 1; step <= steps; step += 1) {
      await this.page.mouse.move(
        start.x + ((end.x - start.x) * step) / steps,
        start.y + ((end.y - start.y) * step) / steps,
      );
    }
    await this.page.mouse.up();
    if (free) await this.page.keyboard.up('Alt');
  }

  async selection(): Promise<CanvasSelection> {
    return this.readout.evaluate((element) => ({ ...(element as HTMLElement).dataset }));
  }

  /** Waits until the readout shows `expected` (a subset of its numbers). */
  async expectSelection(expected: CanvasSelection): Promise<void> {
    await expect.poll(() => this.selection()).toMatchObject(expected);
  }

  /** The safe-zone guides the stage draws now (none when hidden). */
  async drawnSafeZones(): Promise<DrawnSafeZone[]> {
    return this.page.evaluate(() => {
      const konva = (window as unknown as { Konva?: { stages: KonvaNodeLike[] } }).Konva;
      const stage = konva?.stages[0];
      if (!stage) return [];
      return stage.find('.safe-zone-guides').map((group) => {
        const edge = group.find('Rect').find((rect) => Array.isArray(rect.getAttr('dash')));
        const label = group.find('Text')[0];
        const number = (name: string) => Number(edge?.getAttr(name) ?? Number.NaN);
        return {
          label: String(label?.getAttr('text') ?? ''),
          safe: {
            x: number('x'),
            y: number('y'),
            width: number('width'),
            height: number('height'),
          },
        };
      });
    });
  }

  /**
   * The average colour of a band of the frame as shown on the stage (all layers, guides
   * included), for "is something drawn over it" checks. `band` is in frame pixels.
   */
  async averageColour(band: { x: number; y: number; width: number; height: number }) {
    const [topLeft, bottomRight] = await Promise.all([
      this.toScreen(band.x, band.y),
      this.toScreen(band.x + band.width, band.y + band.height),
    ]);
    const box = await this.stage.boundingBox();
    if (!box) throw new Error('the canvas stage is not shown');
    return this.page.evaluate(
      ({ x, y, width, height }) => {
        type Stage = { toCanvas(options: { pixelRatio: number }): HTMLCanvasElement };
        const konva = (window as unknown as { Konva?: { stages: Stage[] } }).Konva;
        const canvas = konva?.stages[0]?.toCanvas({ pixelRatio: 1 });
        if (!canvas) throw new Error('no stage');
        const ctx = canvas.getContext('2d')!;
        const { data } = ctx.getImageData(
          Math.round(x),
          Math.round(y),
          Math.max(1, Math.round(width)),
          Math.max(1, Math.round(height)),
        );
        const sum = [0, 0, 0];
        for (let i = 0; i < data.length; i += 4) {
          sum[0]! += data[i]!;
          sum[1]! += data[i + 1]!;
          sum[2]! += data[i + 2]!;
        }
        const pixels = data.length / 4;
        return { r: sum[0]! / pixels, g: sum[1]! / pixels, b: sum[2]! / pixels };
      },
      {
        x: topLeft.x - box.x,
        y: topLeft.y - box.y,
        width: bottomRight.x - topLeft.x,
        height: bottomRight.y - topLeft.y,
      },
    );
  }
}
