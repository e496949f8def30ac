import type { FaceTrack, ManualRegion, PixelBox, ScanRecord } from '../model/privacy';
import { interpolateBox } from '../scene/interpolate';

/**
 * When and where a blur applies, in source-media milliseconds, shared by the preview
 * (shared/scene sceneBlurRegionsAt) and the export (main/engine/render/plan/blur-tracks.ts) so
 * both blur exactly the same frames. Spans include both ends, like the export's `between(t,…)`.
 */
export interface BlurSpan {
  fromMs: number;
  toMs: number;
}

/** Used when a track's scan is unknown: one sample a second, the widest plausible interval. */
export const FALLBACK_SAMPLE_RATE = 1;

/**
 * A face track covers its samples plus one sampling interval before the first and after the
 * last: the face may have been there since just after the previous sample that missed it, so
 * the blur errs on the side of covering it. `fromMs` may be negative (before the media starts).
 */
export function faceTrackSpan(
  track: Pick<FaceTrack, 'samples'>,
  sampleRate: number = FALLBACK_SAMPLE_RATE,
): BlurSpan {
  const first = track.samples[0];
  const last = track.samples[track.samples.length - 1];
  if (first === undefined || last === undefined) {
    throw new RangeError('a face track needs at least one sample');
  }
  if (!(sampleRate > 0) || !Number.isFinite(sampleRate)) {
    throw new RangeError(`a sample rate must be a positive number, got ${sampleRate}`);
  }
  const intervalMs = 1000 / sampleRate;
  return { fromMs: first.t - intervalMs, toMs: last.t + intervalMs };
}

/** The sample rate of the scan that found `track`, or FALLBACK_SAMPLE_RATE if it is not listed. */
export function trackSampleRate(
  scans: readonly Pick<ScanRecord, 'id' | 'sampleRate'>[],
  track: Pick<FaceTrack, 'scanId'>,
): number {
  return scans.find((scan) => scan.id === track.scanId)?.sampleRate ?? FALLBACK_SAMPLE_RATE;
}

/** The face track's box at `sourceMs`, or null outside its span (see faceTrackSpan). */
export function faceTrackBoxAt(
  track: Pick<FaceTrack, 'samples'>,
  sampleRate: number,
  sourceMs: number,
): PixelBox | null {
  const { fromMs, toMs } = faceTrackSpan(track, sampleRate);
  if (sourceMs < fromMs || sourceMs > toMs) return null;
  return interpolateBox(track.samples, sourceMs);
}

/** The region's span: the source-time window it blurs. */
export function regionSpan(region: Pick<ManualRegion, 'startMs' | 'endMs'>): BlurSpan {
  return { fromMs: region.startMs, toMs: region.endMs };
}

/**
 * The region's box at `sourceMs` (interpolated between keyframes, held before the first and
 * after the last), or null outside [startMs, endMs].
 */
export function regionBoxAt(
  region: Pick<ManualRegion, 'startMs' | 'endMs' | 'keyframes'>,
  sourceMs: number,
): PixelBox | null {
  if (sourceMs < region.startMs || sourceMs > region.endMs) return null;
  return interpolateBox(region.keyframes, sourceMs);
}
