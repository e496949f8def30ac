/**
 * Orientation from a video stream's display matrix, as ffprobe prints it.
 *
 * The matrix maps a source pixel (p, q) to the display as p' = a·p + c·q, q' = b·p + d·q with
 * y pointing down; ffprobe prints it row-major as [a b u; c d v; x y w]. ffprobe's `rotation`
 * is counter-clockwise degrees (-90 means "turn the picture 90° clockwise"), the opposite of
 * what a player applies, so it is only a fallback here: the matrix itself also tells mirroring,
 * which the single angle cannot.
 *
 * Convention of the result: to display the coded picture, rotate it `rotation` degrees
 * clockwise, then, if `mirrored`, flip it horizontally.
 */

export type ClockwiseRotation = 0 | 90 | 180 | 270;

export interface Orientation {
  rotation: ClockwiseRotation;
  mirrored: boolean;
}

const UPRIGHT: Orientation = { rotation: 0, mirrored: false };

/** The nine integers of ffprobe's `displaymatrix` text ("00000000:  0  65536  0\n…"). */
export function parseDisplayMatrix(text: string): number[] | null {
  const values: number[] = [];
  for (const line of text.split('\n')) {
    const body = line.replace(/^\s*[0-9a-fA-F]+:/, '').trim();
    if (!body) continue;
    for (const word of body.split(/\s+/)) {
      const n = Number(word);
      if (!Number.isFinite(n)) return null;
      values.push(n);
    }
  }
  return values.length === 9 ? values : null;
}

/** Snaps any angle in degrees to the nearest quarter turn in 0..270. */
export function normaliseQuarterTurn(degrees: number): ClockwiseRotation {
  const quarter = (((Math.round(degrees / 90) % 4) + 4) % 4) as 0 | 1 | 2 | 3;
  return ([0, 90, 180, 270] as const)[quarter];
}

/** Orientation from the nine matrix values; null for a singular (unusable) matrix. */
export function orientationFromMatrix(matrix: readonly number[]): Orientation | null {
  const [a = 0, b = 0, , c = 0, d = 0] = matrix;
  const determinant = a * d - b * c;
  if (determinant === 0) return null;
  // A negative determinant reverses handedness: the picture is mirrored. Undoing the final
  // horizontal flip (negating the x row) leaves a pure rotation whose first column, the image
  // of the x axis, is (cos θ, sin θ) for a clockwise θ on a y-down screen.
  const mirrored = determinant < 0;
  const cos = mirrored ? -a : a;
  const sin = b;
  const degrees = (Math.atan2(sin, cos) * 180) / Math.PI;
  return { rotation: normaliseQuarterTurn(degrees), mirrored };
}

export interface StreamOrientationFields {
  side_data_list?: ReadonlyArray<{
    side_data_type?: string;
    displaymatrix?: string;
    rotation?: number;
  }>;
  tags?: Readonly<Record<string, string>>;
}

/**
 * Orientation of a video stream: the display matrix when present, else ffprobe's rotation
 * (counter-clockwise), else the `rotate` tag of older ffprobe output (already clockwise).
 */
export function orientationOfStream(stream: StreamOrientationFields): Orientation {
  const sideData = stream.side_data_list?.find(
    (entry) => entry.displaymatrix !== undefined || entry.rotation !== undefined,
  );
  if (sideData?.displaymatrix) {
    const matrix = parseDisplayMatrix(sideData.displaymatrix);
    const fromMatrix = matrix ? orientationFromMatrix(matrix) : null;
    if (fromMatrix) return fromMatrix;
  }
  if (typeof sideData?.rotation === 'number' && Number.isFinite(sideData.rotation)) {
    return { rotation: normaliseQuarterTurn(-sideData.rotation), mirrored: false };
  }
  const rotateTag = Number(stream.tags?.rotate);
  if (stream.tags?.rotate !== undefined && Number.isFinite(rotateTag)) {
    return { rotation: normaliseQuarterTurn(rotateTag), mirrored: false };
  }
  return UPRIGHT;
}
