import { describe, expect, it } from 'vitest';
import { snapMove, snapTargets, unionRect } from '../../../../renderer/canvas/snapping';

const frame = { width: 1080, height: 1920 };

describe('snapTargets', () => {
  it('offers the frame edges and centre lines, other items and the safe area edges', () => {
    const targets = snapTargets(frame, [{ x: 100, y: 200, width: 50, height: 60 }], {
      x: 60,
      y: 150,
      width: 870,
      height: 1330,
    });
    const lines = (axis: 'x' | 'y', kind: string) =>
      targets.filter((t) => t.axis === axis && t.kind === kind).map((t) => t.at);
    expect(lines('x', 'frame')).toEqual([0, 540, 1080]);
    expect(lines('y', 'frame')).toEqual([0, 960, 1920]);
    expect(lines('x', 'item')).toEqual([100, 125, 150]);
    expect(lines('y', 'item')).toEqual([200, 230, 260]);
    expect(lines('x', 'safe')).toEqual([60, 930]);
    expect(lines('y', 'safe')).toEqual([150, 1480]);
    expect(snapTargets(frame, [], null).some((t) => t.kind === 'safe')).toBe(false);
  });
});

describe('snapMove', () => {
  const targets = snapTargets(frame, [{ x: 700, y: 300, width: 100, height: 100 }], null);

  it('pulls the centre onto the frame centre line within the threshold', () => {
    // Box centre at x 535: 5 px left of the centre line.
    const result = snapMove({ x: 485, y: 1000, width: 100, height: 40 }, targets, 6);
    expect(result.dx).toBe(5);
    expect(result.dy).toBe(0);
    expect(result.guides).toEqual([{ axis: 'x', at: 540, kind: 'frame' }]);
  });

  it('leaves a box alone when nothing is near', () => {
    expect(snapMove({ x: 470, y: 1000, width: 100, height: 40 }, targets, 6)).toEqual({
      dx: 0,
      dy: 0,
      guides: [],
    });
  });

  it('snaps edges to another item on both axes and reports each line touched', () => {
    // Left edge 3 px right of the other item's left (700), top 2 px below its top (300).
    const result = snapMove({ x: 703, y: 302, width: 100, height: 90 }, targets, 6);
    expect(result.dx).toBe(-3);
    expect(result.dy).toBe(-2);
    // The same width: after snapping, its centre and right edge line up with the item's too.
    expect(result.guides).toEqual([
      { axis: 'x', at: 700, kind: 'item' },
      { axis: 'x', at: 750, kind: 'item' },
      { axis: 'x', at: 800, kind: 'item' },
      { axis: 'y', at: 300, kind: 'item' },
    ]);
  });

  it('prefers the nearest line, and the frame when two are as near', () => {
    const tied = snapTargets(frame, [{ x: 540, y: 0, width: 0, height: 10 }], null);
    const result = snapMove({ x: 537, y: 900, width: 0, height: 10 }, tied, 6);
    expect(result.dx).toBe(3);
    expect(result.guides[0]?.kind).toBe('frame');
    const nearer = snapMove({ x: 300, y: 955, width: 10, height: 7 }, targets, 6);
    // Top, middle and bottom are 5, 1.5 and 2 px from the centre line: the middle wins.
    expect(nearer.dy).toBe(1.5);
  });
});

describe('unionRect', () => {
  it('spans every box, and is null for none', () => {
    expect(
      unionRect([
        { x: 10, y: 20, width: 10, height: 10 },
        { x: 50, y: 0, width: 5, height: 5 },
      ]),
    ).toEqual({ x: 10, y: 0, width: 45, height: 30 });
    expect(unionRect([])).toBeNull();
  });
});
