import { describe, expect, it } from 'vitest';
import {
  FACE_BLUR_PADDING,
  blurGrid,
  blurPadding,
  blurPatchBox,
  type BlurPlacement,
} from '../../../../shared/scene/blur-geometry';

const fill: BlurPlacement = {
  scaleX: 1080 / 606,
  scaleY: 1920 / 1080,
  offsetX: 656,
  offsetY: 0,
  target: { width: 1080, height: 1920 },
  canLeaveTarget: true,
};

describe('blur patches', () => {
  it('pads faces, not manual regions', () => {
    expect(blurPadding('face')).toBe(FACE_BLUR_PADDING);
    expect(blurPadding('manual')).toBe(0);
  });

  it('scales the box around its centre into the target, even-sized, even-placed', () => {
    const box = { x: 900, y: 500, width: 100, height: 80 };
    const patch = blurPatchBox(box, 0, fill)!;
    // Centre (950 - 656) * 1080/606 = 523.96…, 540 * 16/9 = 960.
    expect(patch.width).toBe(180);
    expect(patch.height).toBe(144);
    expect(patch.x).toBe(2 * Math.floor((((950 - 656) * 1080) / 606 - 90) / 2));
    expect(patch.y).toBe(888);
    const padded = blurPatchBox(box, 0.15, fill)!;
    expect(padded.width).toBe(2 * Math.ceil((100 * (1080 / 606) * 1.3) / 2));
  });

  it('clamps inside the target and drops boxes the crop has left', () => {
    const nearEdge = blurPatchBox({ x: 640, y: -50, width: 40, height: 100 }, 0, fill)!;
    expect(nearEdge.x).toBe(0);
    expect(nearEdge.y).toBe(0);
    expect(blurPatchBox({ x: 100, y: 100, width: 50, height: 50 }, 0, fill)).toBeNull();
    // The fitted picture never loses a box: it is clamped instead.
    const fit: BlurPlacement = { ...fill, offsetX: 0, canLeaveTarget: false };
    expect(blurPatchBox({ x: 5000, y: 100, width: 50, height: 50 }, 0, fit)).toMatchObject({
      x: 1080 - 90,
    });
  });

  it('never makes a patch larger than the target', () => {
    const patch = blurPatchBox({ x: -1541, y: -2000, width: 5000, height: 5000 }, 0.15, fill)!;
    expect(patch).toEqual({ x: 0, y: 0, width: 1080, height: 1920 });
  });

  it('averages cells of at least 8 px and about a tenth of the patch', () => {
    expect(blurGrid({ width: 400, height: 300 })).toEqual({
      cellPx: 40,
      columns: 10,
      rows: 8,
      softenSigmaPx: 20,
    });
    expect(blurGrid({ width: 40, height: 30 })).toEqual({
      cellPx: 8,
      columns: 5,
      rows: 4,
      softenSigmaPx: 4,
    });
    expect(blurGrid({ width: 6, height: 6 })).toMatchObject({ columns: 2, rows: 2 });
  });
});
