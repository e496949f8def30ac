import { describe, expect, it } from 'vitest';
import {
  normaliseQuarterTurn,
  orientationFromMatrix,
  orientationOfStream,
  parseDisplayMatrix,
} from '../../../../../main/engine/media/display-matrix';

const ONE = 65536;
const W = 1 << 30;

/** ffprobe's text for a matrix given as [a, b, c, d]. */
function matrixText([a, b, c, d]: [number, number, number, number]): string {
  return `\n00000000: ${a} ${b} 0\n00000001: ${c} ${d} 0\n00000002: 0 0 ${W}\n`;
}

/** Applies the orientation (rotate clockwise, then mirror) to a y-down unit vector. */
function apply(o: { rotation: number; mirrored: boolean }, [x, y]: [number, number]) {
  let [p, q] = [x, y];
  for (let i = 0; i < o.rotation / 90; i++) [p, q] = [-q, p]; // 90° clockwise, y down
  if (o.mirrored) p = -p;
  return [p + 0, q + 0];
}

describe('parseDisplayMatrix', () => {
  it("reads ffprobe's text from sample_rotate_and_reflect.mp4", () => {
    const text =
      '\n00000000:            0       65536           0\n00000001:        65536           0           0\n00000002:            0           0  1073741824\n';
    expect(parseDisplayMatrix(text)).toEqual([0, ONE, 0, ONE, 0, 0, 0, 0, W]);
  });

  it('refuses text that is not nine numbers', () => {
    expect(parseDisplayMatrix('00000000: 1 2 3\n')).toBeNull();
    expect(parseDisplayMatrix('00000000: a b c\n00000001: 1 2 3\n00000002: 1 2 3')).toBeNull();
  });
});

describe('orientationFromMatrix', () => {
  it('reads a phone portrait recording (iPhone tkhd 0,1,-1,0) as 90° clockwise', () => {
    expect(orientationFromMatrix([0, ONE, 0, -ONE, 0, 0, 0, 0, W])).toEqual({
      rotation: 90,
      mirrored: false,
    });
  });

  it('reads the matrix ffmpeg writes for rotate=90 (0,-1,1,0) as 270° clockwise', () => {
    // ffprobe reports this one as rotation 90 (counter-clockwise): the player turns it left.
    expect(orientationFromMatrix([0, -ONE, 0, ONE, 0, 0, 0, 0, W])).toEqual({
      rotation: 270,
      mirrored: false,
    });
  });

  it('reads upside down, identity and the pure flips', () => {
    expect(orientationFromMatrix([-ONE, 0, 0, 0, -ONE, 0, 0, 0, W])).toEqual({
      rotation: 180,
      mirrored: false,
    });
    expect(orientationFromMatrix([ONE, 0, 0, 0, ONE, 0, 0, 0, W])).toEqual({
      rotation: 0,
      mirrored: false,
    });
    // Horizontal flip: mirrored, no turn. Vertical flip = turn 180° then mirror.
    expect(orientationFromMatrix([-ONE, 0, 0, 0, ONE, 0, 0, 0, W])).toEqual({
      rotation: 0,
      mirrored: true,
    });
    expect(orientationFromMatrix([ONE, 0, 0, 0, -ONE, 0, 0, 0, W])).toEqual({
      rotation: 180,
      mirrored: true,
    });
  });

  it('reads the transpose of sample_rotate_and_reflect.mp4 as 90° clockwise then mirrored', () => {
    const o = orientationFromMatrix([0, ONE, 0, ONE, 0, 0, 0, 0, W]);
    expect(o).toEqual({ rotation: 90, mirrored: true });
  });

  it('agrees with the matrix for every rotation and mirror (maps the axes the same way)', () => {
    const matrices: Array<[number, number, number, number]> = [
      [1, 0, 0, 1],
      [0, 1, -1, 0],
      [-1, 0, 0, -1],
      [0, -1, 1, 0],
      [-1, 0, 0, 1],
      [0, 1, 1, 0],
      [1, 0, 0, -1],
      [0, -1, -1, 0],
    ];
    for (const [a, b, c, d] of matrices) {
      const o = orientationFromMatrix([a, b, 0, c, d, 0, 0, 0, 1]);
      expect(o).not.toBeNull();
      if (!o) continue;
      // The matrix sends the x axis to (a, b) and the y axis to (c, d).
      expect(apply(o, [1, 0])).toEqual([a, b]);
      expect(apply(o, [0, 1])).toEqual([c, d]);
    }
  });

  it('returns null for a singular matrix', () => {
    expect(orientationFromMatrix([0, 0, 0, 0, 0, 0, 0, 0, W])).toBeNull();
  });
});

describe('orientationOfStream', () => {
  it("uses the matrix over ffprobe's rotation value", () => {
    expect(
      orientationOfStream({
        side_data_list: [
          {
            side_data_type: 'Display Matrix',
            displaymatrix: matrixText([0, ONE, ONE, 0]),
            rotation: -90,
          },
        ],
      }),
    ).toEqual({ rotation: 90, mirrored: true });
  });

  it("turns ffprobe's counter-clockwise rotation into clockwise when there is no matrix text", () => {
    expect(orientationOfStream({ side_data_list: [{ rotation: -90 }] }).rotation).toBe(90);
    expect(orientationOfStream({ side_data_list: [{ rotation: 90 }] }).rotation).toBe(270);
    expect(orientationOfStream({ side_data_list: [{ rotation: 180 }] }).rotation).toBe(180);
  });

  it('reads the clockwise rotate tag of older ffprobe output', () => {
    expect(orientationOfStream({ tags: { rotate: '90' } })).toEqual({
      rotation: 90,
      mirrored: false,
    });
    expect(orientationOfStream({ tags: { rotate: '-90' } }).rotation).toBe(270);
    expect(orientationOfStream({})).toEqual({ rotation: 0, mirrored: false });
  });
});

describe('normaliseQuarterTurn', () => {
  it('snaps and wraps', () => {
    expect(normaliseQuarterTurn(-90)).toBe(270);
    expect(normaliseQuarterTurn(450)).toBe(90);
    expect(normaliseQuarterTurn(89.6)).toBe(90);
    expect(normaliseQuarterTurn(-0)).toBe(0);
  });
});
