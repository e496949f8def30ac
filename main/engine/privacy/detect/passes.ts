import type { PixelBox } from '../../../../shared/model';
import { suppressOverlaps, type ScoredBox } from '../../../../shared/privacy/boxes';
import type { FaceApi, Tensor3D } from './face-api';
import type { DetectionPass } from './modes';

/**
 * Runs detection passes over one RGB frame and merges them. Boxes are in the frame's pixels.
 */

export interface FrameInput {
  rgb: Uint8Array;
  width: number;
  height: number;
}

export interface PassPlan {
  passes: readonly DetectionPass[];
  /** Which sample this is: rotating tile passes pick tile `sampleIndex mod tiles`. */
  sampleIndex: number;
  mergeIou: number;
  mergeContainment: number;
}

export interface TileRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * An n x n grid of tiles, each 1.5/n of the frame per side so neighbours overlap by a third of
 * a tile: a face cut by one tile's edge lies whole in its neighbour.
 */
export function tileGrid(width: number, height: number, grid: number): TileRect[] {
  if (grid <= 1) return [{ x: 0, y: 0, width, height }];
  const tileWidth = Math.min(width, Math.round((width / grid) * 1.5));
  const tileHeight = Math.min(height, Math.round((height / grid) * 1.5));
  const tiles: TileRect[] = [];
  for (let row = 0; row < grid; row += 1) {
    for (let column = 0; column < grid; column += 1) {
      tiles.push({
        x: Math.round((column * (width - tileWidth)) / (grid - 1)),
        y: Math.round((row * (height - tileHeight)) / (grid - 1)),
        width: tileWidth,
        height: tileHeight,
      });
    }
  }
  return tiles;
}

/** The tiles a pass looks at for this sample. */
export function tilesForPass(
  pass: DetectionPass,
  frame: { width: number; height: number },
  sampleIndex: number,
): TileRect[] {
  const tiles = tileGrid(frame.width, frame.height, pass.grid);
  if (!pass.rotateTiles || tiles.length <= 1) return tiles;
  const tile = tiles[sampleIndex % tiles.length];
  return tile === undefined ? [] : [tile];
}

async function runDetector(
  api: FaceApi,
  input: Tensor3D,
  pass: DetectionPass,
): Promise<ScoredBox[]> {
  const options =
    pass.detector === 'ssd'
      ? new api.SsdMobilenetv1Options({ minConfidence: pass.minScore, maxResults: 200 })
      : new api.TinyFaceDetectorOptions({
          inputSize: pass.inputSize ?? 416,
          scoreThreshold: pass.minScore,
        });
  const found = await api.detectAllFaces(input, options);
  return found.map((detection) => {
    const box: PixelBox = {
      x: detection.box.x,
      y: detection.box.y,
      width: detection.box.width,
      height: detection.box.height,
    };
    return { box, score: detection.score };
  });
}

/** All passes of the plan over one frame, merged by non-maximum suppression. */
export async function detectInFrame(
  api: FaceApi,
  frame: FrameInput,
  plan: PassPlan,
): Promise<ScoredBox[]> {
  const expected = frame.width * frame.height * 3;
  if (frame.rgb.length !== expected) {
    throw new RangeError(
      `frame of ${frame.width}x${frame.height} needs ${expected} RGB bytes, got ${frame.rgb.length}`,
    );
  }
  const image = api.tf.tensor3d(frame.rgb, [frame.height, frame.width, 3], 'int32');
  const found: ScoredBox[] = [];
  try {
    for (const pass of plan.passes) {
      for (const tile of tilesForPass(pass, frame, plan.sampleIndex)) {
        const whole = tile.width === frame.width && tile.height === frame.height;
        const input = whole
          ? image
          : api.tf.slice(image, [tile.y, tile.x, 0], [tile.height, tile.width, 3]);
        try {
          for (const detection of await runDetector(api, input, pass)) {
            const { box } = detection;
            found.push({
              box: { ...box, x: box.x + tile.x, y: box.y + tile.y },
              score: detection.score,
            });
          }
        } finally {
          if (!whole) input.dispose();
        }
      }
    }
  } finally {
    image.dispose();
  }
  return suppressOverlaps(
    found.filter((d) => d.box.width > 0 && d.box.height > 0),
    { iou: plan.mergeIou, containment: plan.mergeContainment },
  );
}
