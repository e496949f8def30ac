import { expect, type Locator, type Page } from '@playwright/test';
import type { PreviewTestHook } from '../../../renderer/canvas/preview-inspector';

type HookState = ReturnType<PreviewTestHook['state']>;

/** How two RGBA pictures of the same size differ (see `comparePngs`). */
export interface PictureDifference {
  width: number;
  height: number;
  /** Pixels where either picture has alpha > 0. */
  comparedPixels: number;
  /** Mean absolute difference per channel (premultiplied RGB and alpha), 0..255. */
  meanAbsDiff: number;
  /** Share of compared pixels whose largest channel difference is at most `closeWithin`. */
  closeShare: number;
  /** The same share after averaging 2x2 blocks (anti-aliasing noise of edges averaged out). */
  closeShareHalfRes: number;
  closeWithin: number;
}

/** Coverage and brightness of a picture, for "is there footage / text here" checks. */
export interface PictureStats {
  width: number;
  height: number;
  /** Share of pixels with any channel above 24 (not black). */
  nonBlackShare: number;
  /** Share of pixels with alpha > 0. */
  opaqueShare: number;
}

/**
 * The canvas preview and its transport. Reads what was drawn through the test hook the page
 * installs with `?e2e=1` (window.__medclipPreview); moves the playhead with the real controls.
 */
export class Preview {
  readonly canvasArea: Locator;
  readonly playButton: Locator;
  readonly pauseButton: Locator;
  readonly scrubber: Locator;
  readonly timecode: Locator;
  readonly duration: Locator;
  readonly timelinePlayhead: Locator;
  readonly ruler: Locator;

  constructor(readonly page: Page) {
    this.canvasArea = page.getByTestId('canvas-area');
    const transport = page.getByRole('group', { name: 'Playback' });
    this.playButton = transport.getByRole('button', { name: 'Play', exact: true });
    this.pauseButton = transport.getByRole('button', { name: 'Pause', exact: true });
    this.scrubber = page.getByRole('slider', { name: 'Scrub through the timeline' });
    this.timecode = page.getByTestId('preview-timecode');
    this.duration = page.getByTestId('preview-duration');
    this.timelinePlayhead = page.getByTestId('timeline-playhead');
    this.ruler = page.getByTestId('timeline-ruler');
  }

  /** The studio's first URL with the preview's test hook switched on. */
  static hookUrl(studioUrl: string): string {
    const url = new URL(studioUrl);
    url.searchParams.set('e2e', '1');
    return url.toString();
  }

  async state(): Promise<HookState> {
    return this.page.evaluate(() => {
      const hook = window.__medclipPreview;
      if (!hook) throw new Error('the preview test hook is not installed (open with ?e2e=1)');
      return hook.state();
    });
  }

  /** Drags the scrubber to `ms` (fills the range input as a person's drag ends) and waits. */
  async scrubTo(ms: number): Promise<void> {
    await this.scrubber.fill(String(ms));
    await expect.poll(async () => (await this.state()).timeMs).toBe(ms);
    await this.waitSettled();
  }

  /** Until footage and scene layer both show the playhead's time with everything loaded. */
  async waitSettled(timeout = 20_000): Promise<void> {
    await expect
      .poll(() => this.page.evaluate(() => window.__medclipPreview?.settled() ?? false), {
        timeout,
      })
      .toBe(true);
  }

  async sceneLayerPng(): Promise<string> {
    const png = await this.page.evaluate(() => window.__medclipPreview?.sceneLayerPng() ?? null);
    if (png === null) throw new Error('no scene layer to capture');
    return png;
  }

  async framePng(): Promise<string> {
    const png = await this.page.evaluate(() => window.__medclipPreview?.framePng() ?? null);
    if (png === null) throw new Error('no frame to capture');
    return png;
  }

  /** The engine's Node-side drawing of the overlay layer at `ms` (what the export overlays). */
  async exportSceneFrame(ms: number): Promise<string> {
    return this.page.evaluate((t) => window.__medclipPreview!.exportSceneFrame(t), ms);
  }

  /** Stats of a PNG data URL, or of its `region` (fractions of its size). */
  async stats(png: string, region = { x: 0, y: 0, width: 1, height: 1 }): Promise<PictureStats> {
    return this.page.evaluate(
      async ([url, r]) => {
        const image = new Image();
        image.src = url;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        const x = Math.round(r.x * canvas.width);
        const y = Math.round(r.y * canvas.height);
        const w = Math.max(1, Math.round(r.width * canvas.width));
        const h = Math.max(1, Math.round(r.height * canvas.height));
        const { data } = ctx.getImageData(x, y, w, h);
        let nonBlack = 0;
        let opaque = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (Math.max(data[i]!, data[i + 1]!, data[i + 2]!) > 24) nonBlack += 1;
          if (data[i + 3]! > 0) opaque += 1;
        }
        const pixels = data.length / 4;
        return {
          width: canvas.width,
          height: canvas.height,
          nonBlackShare: nonBlack / pixels,
          opaqueShare: opaque / pixels,
        };
      },
      [png, region] as const,
    );
  }

  /**
   * Compares two transparent PNGs of the same size over the pixels where either has alpha > 0:
   * RGB premultiplied by alpha (a faint edge pixel counts by how much it shows) and alpha, the
   * mean absolute difference per channel, and the share of pixels whose largest channel
   * difference is at most `closeWithin` (of 255), at full size and over 2x2 block averages.
   */
  async comparePngs(a: string, b: string, closeWithin = 32): Promise<PictureDifference> {
    return this.page.evaluate(
      async ([first, second, within]) => {
        const pixels = async (url: string) => {
          const image = new Image();
          image.src = url;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.naturalWidth;
          canvas.height = image.naturalHeight;
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(image, 0, 0);
          const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
          // Premultiplied RGBA as floats.
          const out = new Float32Array(data.length);
          for (let i = 0; i < data.length; i += 4) {
            const alpha = data[i + 3]!;
            out[i] = (data[i]! * alpha) / 255;
            out[i + 1] = (data[i + 1]! * alpha) / 255;
            out[i + 2] = (data[i + 2]! * alpha) / 255;
            out[i + 3] = alpha;
          }
          return { data: out, width, height };
        };
        const [x, y] = await Promise.all([pixels(first), pixels(second)]);
        if (x.width !== y.width || x.height !== y.height) {
          throw new Error(`sizes differ: ${x.width}x${x.height} vs ${y.width}x${y.height}`);
        }
        let compared = 0;
        let sum = 0;
        let close = 0;
        for (let i = 0; i < x.data.length; i += 4) {
          if (x.data[i + 3] === 0 && y.data[i + 3] === 0) continue;
          compared += 1;
          let worst = 0;
          for (let c = 0; c < 4; c += 1) {
            const d = Math.abs(x.data[i + c]! - y.data[i + c]!);
            sum += d;
            worst = Math.max(worst, d);
          }
          if (worst <= within) close += 1;
        }
        let blocks = 0;
        let closeBlocks = 0;
        for (let by = 0; by + 1 < x.height; by += 2) {
          for (let bx = 0; bx + 1 < x.width; bx += 2) {
            let worst = 0;
            let covered = false;
            for (let c = 0; c < 4; c += 1) {
              let dx = 0;
              let dy = 0;
              for (const [ox, oy] of [
                [0, 0],
                [1, 0],
                [0, 1],
                [1, 1],
              ] as const) {
                const k = ((by + oy) * x.width + bx + ox) * 4 + c;
                dx += x.data[k]!;
                dy += y.data[k]!;
              }
              if (c === 3) covered = dx > 0 || dy > 0;
              worst = Math.max(worst, Math.abs(dx - dy) / 4);
            }
            if (!covered) continue;
            blocks += 1;
            if (worst <= within) closeBlocks += 1;
          }
        }
        return {
          width: x.width,
          height: x.height,
          comparedPixels: compared,
          meanAbsDiff: compared === 0 ? 0 : sum / (compared * 4),
          closeShare: compared === 0 ? 1 : close / compared,
          closeShareHalfRes: blocks === 0 ? 1 : closeBlocks / blocks,
          closeWithin: within,
        };
      },
      [a, b, closeWithin] as const,
    );
  }
}
