import { describe, expect, it } from 'vitest';
import {
  canvasLayout,
  centredScroll,
  clampScroll,
  frameOnStage,
  scrollKeepingPoint,
  steppedZoom,
  wheelZoom,
  zoomPercent,
} from '../../../../renderer/canvas/canvas-zoom';

const frame = { width: 1080, height: 1920 };
const viewport = { width: 800, height: 600 };

describe('canvasLayout', () => {
  it('fits the frame with a margin and needs no scrolling', () => {
    const layout = canvasLayout(viewport, frame, 'fit');
    expect(layout.scale).toBeCloseTo(552 / 1920, 9);
    expect(layout.content).toEqual(viewport);
    expect(layout.frame.y).toBeCloseTo(24, 9);
    expect(layout.scrolls).toBe(false);
  });

  it('at 100% makes content of the frame plus margins, and scrolls', () => {
    const layout = canvasLayout(viewport, frame, 1);
    expect(layout.content).toEqual({ width: 1128, height: 1968 });
    expect(layout.frame).toEqual({ x: 24, y: 24, width: 1080, height: 1920 });
    expect(layout.scrolls).toBe(true);
  });

  it('centres a small frame in the viewport', () => {
    const layout = canvasLayout(viewport, frame, 0.1);
    expect(layout.frame).toEqual({ x: 346, y: 204, width: 108, height: 192 });
  });
});

describe('scrolling', () => {
  const layout = canvasLayout(viewport, frame, 1);

  it('keeps the scroll inside the content and offsets the frame on the stage', () => {
    expect(clampScroll({ left: -5, top: 5000 }, layout, viewport)).toEqual({ left: 0, top: 1368 });
    expect(centredScroll(layout, viewport)).toEqual({ left: 164, top: 684 });
    expect(frameOnStage(layout, { left: 100, top: 50 })).toMatchObject({
      x: -76,
      y: -26,
      scale: 1,
    });
  });

  it('keeps the frame point under the pointer when zooming', () => {
    const before = { layout: canvasLayout(viewport, frame, 0.5), scroll: { left: 0, top: 100 } };
    const anchor = { x: 300, y: 200 };
    const frameX = (anchor.x + 0 - before.layout.frame.x) / 0.5;
    const frameY = (anchor.y + 100 - before.layout.frame.y) / 0.5;
    const after = canvasLayout(viewport, frame, 1);
    const scroll = scrollKeepingPoint(anchor, before, after, viewport);
    const shown = frameOnStage(after, scroll);
    expect(shown.x + frameX * shown.scale).toBeCloseTo(anchor.x, 9);
    expect(shown.y + frameY * shown.scale).toBeCloseTo(anchor.y, 9);
  });
});

describe('zoom steps', () => {
  it('steps through the list and beyond it, and zooms smoothly with the wheel', () => {
    expect(steppedZoom(0.29, 1)).toBe(0.33);
    expect(steppedZoom(0.29, -1)).toBe(0.25);
    expect(steppedZoom(1, 1)).toBe(1.5);
    expect(steppedZoom(4, 1)).toBe(5);
    expect(steppedZoom(0.1, -1)).toBeCloseTo(0.08, 9);
    expect(wheelZoom(1, -100)).toBeGreaterThan(1);
    expect(wheelZoom(1, 100)).toBeLessThan(1);
    expect(wheelZoom(8, -1000)).toBe(8);
    expect(zoomPercent(0.287)).toBe('29%');
  });
});
