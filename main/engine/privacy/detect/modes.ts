import type { ScanMode } from '../../../../shared/model';

/**
 * What each scan mode runs. A pass is one detector over the whole frame or over a grid of
 * overlapping tiles (each tile is enlarged to the detector's input, so small faces gain pixels).
 * Detections of all passes are merged by non-maximum suppression, then linked by the tracker,
 * which also covers a face one pass missed in one sample from its neighbouring samples.
 */

export type DetectorName = 'ssd' | 'tiny';

export interface DetectionPass {
  detector: DetectorName;
  /** Lowest score kept. Low on purpose: review absorbs false positives, misses expose faces. */
  minScore: number;
  /** 1 = the whole frame; 2 = 2x2 tiles overlapping by half a tile, etc. */
  grid: 1 | 2 | 3;
  /** Tiny detector input size (multiple of 32); ignored by SSD, which always uses 512x512. */
  inputSize?: number;
  /**
   * Video samples: run this pass on one tile per sample, cycling through the grid, so a tile is
   * seen every grid*grid samples at a fraction of the cost; the tracker bridges the gaps.
   */
  rotateTiles?: boolean;
}

export interface ScanModeSettings {
  mode: ScanMode;
  /** Samples per second of video. */
  sampleRate: number;
  /** Frames are decoded scaled so their longer side is at most this (never enlarged). */
  detectLongSide: number;
  videoPasses: DetectionPass[];
  /** A still is one sample: it can afford more passes. */
  stillPasses: DetectionPass[];
  /** Merging passes: IoU and containment above which the weaker box is dropped. */
  mergeIou: number;
  mergeContainment: number;
}

export const SCAN_MODES: Record<ScanMode, ScanModeSettings> = {
  fast: {
    mode: 'fast',
    sampleRate: 2,
    detectLongSide: 640,
    // The tiny detector costs about a quarter of SSD: a first look, not the export's scan.
    videoPasses: [{ detector: 'tiny', minScore: 0.35, grid: 1, inputSize: 416 }],
    stillPasses: [{ detector: 'ssd', minScore: 0.3, grid: 1 }],
    mergeIou: 0.3,
    mergeContainment: 0.7,
  },
  standard: {
    mode: 'standard',
    sampleRate: 5,
    detectLongSide: 1280,
    videoPasses: [
      { detector: 'ssd', minScore: 0.3, grid: 1 },
      { detector: 'tiny', minScore: 0.4, grid: 2, inputSize: 416, rotateTiles: true },
    ],
    stillPasses: [
      { detector: 'ssd', minScore: 0.3, grid: 1 },
      { detector: 'ssd', minScore: 0.5, grid: 2 },
    ],
    mergeIou: 0.3,
    mergeContainment: 0.7,
  },
  thorough: {
    mode: 'thorough',
    sampleRate: 10,
    detectLongSide: 1920,
    videoPasses: [
      { detector: 'ssd', minScore: 0.25, grid: 1 },
      { detector: 'tiny', minScore: 0.35, grid: 1, inputSize: 608 },
      { detector: 'ssd', minScore: 0.45, grid: 2 },
    ],
    stillPasses: [
      { detector: 'ssd', minScore: 0.25, grid: 1 },
      { detector: 'tiny', minScore: 0.35, grid: 1, inputSize: 608 },
      { detector: 'ssd', minScore: 0.45, grid: 2 },
      { detector: 'ssd', minScore: 0.5, grid: 3 },
    ],
    mergeIou: 0.3,
    mergeContainment: 0.7,
  },
};

/** Versions of the detector packages (their models ship inside them). */
export const DETECTOR_VERSIONS = 'face-api@1.7.15+tfjs-wasm@4.22.0';

function passKey(pass: DetectionPass): string {
  const size = pass.inputSize !== undefined ? `@${pass.inputSize}` : '';
  return `${pass.detector}${size}:${pass.minScore}/g${pass.grid}${pass.rotateTiles ? 'r' : ''}`;
}

/**
 * Identifies everything that changes a scan's result: mode, sample rate, frame size, passes,
 * merge thresholds and detector versions. A scan whose key differs from the current one is stale.
 */
export function scanSettingsKey(settings: ScanModeSettings): string {
  return [
    settings.mode,
    `${settings.sampleRate}/s`,
    `${settings.detectLongSide}px`,
    `v[${settings.videoPasses.map(passKey).join(',')}]`,
    `s[${settings.stillPasses.map(passKey).join(',')}]`,
    `nms${settings.mergeIou}/${settings.mergeContainment}`,
    DETECTOR_VERSIONS,
  ].join(' ');
}

/** The mode's settings, with the sample rate overridden when one is given. */
export function scanSettings(mode: ScanMode, sampleRate?: number): ScanModeSettings {
  const base = SCAN_MODES[mode];
  if (sampleRate === undefined) return base;
  if (!(sampleRate > 0 && sampleRate <= 60)) {
    throw new RangeError(
      `sample rate must be above 0 and at most 60 per second, got ${sampleRate}`,
    );
  }
  return { ...base, sampleRate };
}
