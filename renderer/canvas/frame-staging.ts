import type { PixelBox } from '../../shared/model';
import type { Size } from '../../shared/scene/reframe-geometry';
import type { Surface } from './video-compositor';
import type { VideoDrawPlan } from './video-layout';

/**
 * A decoded video frame as RGBA pixels of only the part the compositor reads, by WebCodecs'
 * `VideoFrame.copyTo(…, { format: 'RGBA' })`. Without a GPU, Chromium's `drawImage` of a
 * VideoFrame converts the whole frame through a slow general path: 20–80 ms for a 720p frame
 * on a 2-core machine, against 1–5 ms for copyTo of the crop plus one putImageData (the same
 * pixels: no difference at all in Chromium 156). The compositor then draws from the staged
 * canvas as from the frame, `origin` being where the staged part starts in the picture.
 */

export interface StagedFrame<S extends Surface> {
  surface: S;
  origin: { x: number; y: number };
}

/** What staging uses of a WebCodecs VideoFrame (a stand-in in unit tests). */
export interface StageableFrame {
  readonly format: string | null;
  readonly visibleRect: DOMRectReadOnly | null;
  readonly displayWidth: number;
  readonly displayHeight: number;
  readonly rotation?: number;
  readonly flip?: boolean;
  allocationSize(options: VideoFrameCopyToOptions): number;
  copyTo(destination: AllowSharedBufferSource, options: VideoFrameCopyToOptions): Promise<unknown>;
}

/**
 * The whole-pixel part of a `size` picture the plan reads: the crop of a fill (rounded out),
 * the whole picture for a fit.
 */
export function stagingRegion(plan: VideoDrawPlan, size: Size): PixelBox {
  if (plan.mode === 'fit') return { x: 0, y: 0, width: size.width, height: size.height };
  const crop = plan.sourceCrop;
  const x = Math.max(0, Math.floor(crop.x));
  const y = Math.max(0, Math.floor(crop.y));
  const right = Math.min(size.width, Math.ceil(crop.x + crop.width));
  const bottom = Math.min(size.height, Math.ceil(crop.y + crop.height));
  return { x, y, width: Math.max(0, right - x), height: Math.max(0, bottom - y) };
}

/**
 * True when the frame's pixels are the picture the plan was made for, upright and unscaled:
 * copyTo copies coded pixels, so a rotated, mirrored or non-square-pixel frame is left to
 * drawImage, which applies those.
 */
function copiesAsShown(frame: StageableFrame, size: Size): boolean {
  const visible = frame.visibleRect;
  return (
    frame.format !== null &&
    visible !== null &&
    (frame.rotation ?? 0) === 0 &&
    frame.flip !== true &&
    frame.displayWidth === visible.width &&
    frame.displayHeight === visible.height &&
    visible.width === size.width &&
    visible.height === size.height
  );
}

type Context2d = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Failed copies in a row after which frames are drawn directly for good. */
const FAILURES_TO_GIVE_UP = 3;

export class FrameStager<S extends Surface> {
  /** Reused while the region's size stays the same (it does during playback). */
  private pixels: ImageData | null = null;
  private failures = 0;
  private unsupported = false;

  constructor(private readonly surface: S) {}

  /** The frame's needed part on the staging canvas, or null: draw the frame itself. */
  async stage(
    frame: StageableFrame,
    plan: VideoDrawPlan,
    size: Size,
  ): Promise<StagedFrame<S> | null> {
    if (this.unsupported || !copiesAsShown(frame, size)) return null;
    const region = stagingRegion(plan, size);
    if (region.width < 1 || region.height < 1) return null;
    const visible = frame.visibleRect as DOMRectReadOnly;
    const options: VideoFrameCopyToOptions = {
      rect: {
        x: visible.x + region.x,
        y: visible.y + region.y,
        width: region.width,
        height: region.height,
      },
      format: 'RGBA',
      // The canvas's colour space: YUV is converted with the frame's own matrix, as drawImage does.
      colorSpace: 'srgb',
    };
    const { surface } = this;
    const context = surface.getContext('2d') as Context2d | null;
    if (context === null) return this.giveUp();
    try {
      // A browser that does not know `format` would copy the planes as they are (YUV): the size
      // it asks for tells.
      if (frame.allocationSize(options) !== region.width * region.height * 4) return this.giveUp();
      let pixels = this.pixels;
      if (pixels === null || pixels.width !== region.width || pixels.height !== region.height) {
        pixels = context.createImageData(region.width, region.height);
        this.pixels = pixels;
      }
      await frame.copyTo(pixels.data, options);
      if (surface.width !== region.width) surface.width = region.width;
      if (surface.height !== region.height) surface.height = region.height;
      context.putImageData(pixels, 0, 0);
    } catch {
      // One failure (a frame closed meanwhile) only skips this frame; repeated ones end staging.
      this.failures += 1;
      if (this.failures >= FAILURES_TO_GIVE_UP) this.unsupported = true;
      return null;
    }
    this.failures = 0;
    return { surface, origin: { x: region.x, y: region.y } };
  }

  private giveUp(): null {
    this.unsupported = true;
    return null;
  }
}
