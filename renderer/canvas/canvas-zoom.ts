import { fitFrame, type FrameFit } from './fit';

/**
 * The canvas's zoom and scroll: `fit` shows the whole frame with a margin; a number is screen
 * pixels per frame pixel (1 is 100%). A frame larger than the panel scrolls: the scroll area's
 * content is the zoomed frame plus the margin, and the stage shows the part scrolled into view.
 */

export type CanvasZoom = 'fit' | number;

export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 8;
/** The zoom menu's steps and what the +/- buttons step through. */
export const ZOOM_STEPS = [0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 1, 1.5, 2, 3, 4] as const;
export const CANVAS_MARGIN_PX = 24;

export interface Size {
  width: number;
  height: number;
}

export interface Scroll {
  left: number;
  top: number;
}

export interface CanvasLayout {
  scale: number;
  /** Size of the scrolled content (at least the viewport). */
  content: Size;
  /** The frame's place in the content. */
  frame: { x: number; y: number; width: number; height: number };
  /** Whether the frame needs scrolling to be seen whole. */
  scrolls: boolean;
}

export function clampZoom(scale: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, scale));
}

export function zoomScale(zoom: CanvasZoom, viewport: Size, frame: Size): number {
  if (zoom === 'fit') return fitFrame(viewport, frame, CANVAS_MARGIN_PX).scale;
  return clampZoom(zoom);
}

export function canvasLayout(viewport: Size, frame: Size, zoom: CanvasZoom): CanvasLayout {
  const scale = zoomScale(zoom, viewport, frame);
  const width = frame.width * scale;
  const height = frame.height * scale;
  const content = {
    width: Math.max(viewport.width, width + 2 * CANVAS_MARGIN_PX),
    height: Math.max(viewport.height, height + 2 * CANVAS_MARGIN_PX),
  };
  return {
    scale,
    content,
    frame: { x: (content.width - width) / 2, y: (content.height - height) / 2, width, height },
    scrolls: content.width > viewport.width + 0.5 || content.height > viewport.height + 0.5,
  };
}

/** The scroll position kept inside the content. */
export function clampScroll(scroll: Scroll, layout: CanvasLayout, viewport: Size): Scroll {
  return {
    left: Math.min(Math.max(0, scroll.left), Math.max(0, layout.content.width - viewport.width)),
    top: Math.min(Math.max(0, scroll.top), Math.max(0, layout.content.height - viewport.height)),
  };
}

/** The frame's place on the stage (viewport coordinates) at a scroll position. */
export function frameOnStage(layout: CanvasLayout, scroll: Scroll): FrameFit {
  return {
    scale: layout.scale,
    x: layout.frame.x - scroll.left,
    y: layout.frame.y - scroll.top,
    width: layout.frame.width,
    height: layout.frame.height,
  };
}

/** The scroll that centres the content in the viewport. */
export function centredScroll(layout: CanvasLayout, viewport: Size): Scroll {
  return clampScroll(
    {
      left: (layout.content.width - viewport.width) / 2,
      top: (layout.content.height - viewport.height) / 2,
    },
    layout,
    viewport,
  );
}

/**
 * The scroll after a zoom change that keeps the frame point under `anchor` (viewport pixels)
 * where it was: zooming with the wheel zooms about the pointer.
 */
export function scrollKeepingPoint(
  anchor: { x: number; y: number },
  before: { layout: CanvasLayout; scroll: Scroll },
  after: CanvasLayout,
  viewport: Size,
): Scroll {
  const frameX = (anchor.x + before.scroll.left - before.layout.frame.x) / before.layout.scale;
  const frameY = (anchor.y + before.scroll.top - before.layout.frame.y) / before.layout.scale;
  return clampScroll(
    {
      left: after.frame.x + frameX * after.scale - anchor.x,
      top: after.frame.y + frameY * after.scale - anchor.y,
    },
    after,
    viewport,
  );
}

/** The next step up (direction 1) or down (-1) from the current scale. */
export function steppedZoom(scale: number, direction: 1 | -1): number {
  if (direction > 0)
    return ZOOM_STEPS.find((step) => step > scale + 1e-6) ?? clampZoom(scale * 1.25);
  return [...ZOOM_STEPS].reverse().find((step) => step < scale - 1e-6) ?? clampZoom(scale / 1.25);
}

/** The zoom after a wheel notch (`deltaY` < 0 zooms in), smooth rather than stepped. */
export function wheelZoom(scale: number, deltaY: number): number {
  return clampZoom(scale * Math.exp(-deltaY * 0.002));
}

export function zoomPercent(scale: number): string {
  return `${Math.round(scale * 100)}%`;
}
