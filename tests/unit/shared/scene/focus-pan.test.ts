import { describe, expect, it } from 'vitest';
import { focusOnFrame, focusRange, pannedFocus } from '../../../../shared/scene/focus-pan';

const landscape = { width: 1920, height: 1080, pixelAspect: 1 };
const frame = { width: 1080, height: 1920 };

describe('focus panning', () => {
  it('slides the crop along the long axis only: the crop is 606 of 1920 picture pixels wide', () => {
    const range = focusRange(landscape, frame);
    expect(range.x[0]).toBeCloseTo(303 / 1920, 9);
    expect(range.x[1]).toBeCloseTo(1 - 303 / 1920, 9);
    expect(range.y).toEqual([0.5, 0.5]);
  });

  it('moves the focus against the drag: dragging the picture right shows more of its left', () => {
    // 1080 frame pixels across cover 606 picture pixels: 100 frame px is 56.1 picture px.
    const moved = pannedFocus(landscape, frame, { x: 0.5, y: 0.4 }, { dx: 100, dy: 300 });
    expect(moved.x).toBeCloseTo(0.5 - (100 * 606) / 1080 / 1920, 9);
    // The crop is the full height: a vertical drag changes nothing.
    expect(moved.y).toBe(0.4);
  });

  it('stops where the crop reaches the picture edge', () => {
    const far = pannedFocus(landscape, frame, { x: 0.5, y: 0.5 }, { dx: -5000, dy: 0 });
    expect(far.x).toBeCloseTo(1 - 303 / 1920, 9);
  });

  it('shows the focus at the frame centre, or off it when the crop is held at an edge', () => {
    // The crop starts on an even pixel like the export's (656, not 657): the point sits 1.8 px
    // right of centre.
    const centre = focusOnFrame(landscape, frame, { x: 0.5, y: 0.5 });
    expect(centre.x).toBeCloseTo(((960 - 656) / 606) * 1080, 9);
    expect(centre.y).toBe(960);
    const edge = focusOnFrame(landscape, frame, { x: 0, y: 0.5 });
    expect(edge.x).toBe(0);
    expect(edge.y).toBe(960);
  });
});
