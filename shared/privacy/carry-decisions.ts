import type { FaceTrack } from '../model/privacy';
import { iou } from './boxes';

/**
 * When a media file is scanned again, decisions people made on the old tracks carry over to the
 * new tracks that follow the same face: same time span (mostly) and overlapping boxes.
 */

/** Mean IoU of the two tracks' boxes at the samples they share (nearest sample of `b`). */
function meanOverlap(a: FaceTrack, b: FaceTrack): number {
  const bStart = b.samples[0]?.t ?? 0;
  const bEnd = b.samples[b.samples.length - 1]?.t ?? 0;
  const shared = a.samples.filter((s) => s.t >= bStart && s.t <= bEnd);
  if (shared.length === 0) return 0;
  let sum = 0;
  for (const sample of shared) {
    let nearest = b.samples[0];
    for (const other of b.samples) {
      if (nearest === undefined || Math.abs(other.t - sample.t) < Math.abs(nearest.t - sample.t)) {
        nearest = other;
      }
    }
    sum += nearest === undefined ? 0 : iou(sample.box, nearest.box);
  }
  return sum / shared.length;
}

function spanOverlap(a: FaceTrack, b: FaceTrack): number {
  const start = (t: FaceTrack): number => t.samples[0]?.t ?? 0;
  const end = (t: FaceTrack): number => t.samples[t.samples.length - 1]?.t ?? 0;
  const overlap = Math.min(end(a), end(b)) - Math.max(start(a), start(b));
  const shorter = Math.min(end(a) - start(a), end(b) - start(b));
  if (shorter <= 0) return overlap >= 0 ? 1 : 0;
  return Math.max(0, overlap) / shorter;
}

/** Minimum mean IoU and time overlap for a new track to inherit an old track's decision. */
export const CARRY_MIN_IOU = 0.4;
export const CARRY_MIN_SPAN = 0.5;

/**
 * `fresh` with decisions, notes and blur styles copied from the best-matching reviewed track of
 * `previous`. Only reviewed decisions carry over; a `keep` carries its note with it.
 */
export function carryDecisions(
  previous: readonly FaceTrack[],
  fresh: readonly FaceTrack[],
): FaceTrack[] {
  const reviewed = previous.filter((track) => track.decision !== 'unreviewed');
  return fresh.map((track) => {
    let best: { track: FaceTrack; score: number } | null = null;
    for (const old of reviewed) {
      if (old.mediaId !== track.mediaId || spanOverlap(old, track) < CARRY_MIN_SPAN) continue;
      const score = meanOverlap(track, old);
      if (score >= CARRY_MIN_IOU && (best === null || score > best.score))
        best = { track: old, score };
    }
    if (best === null) return track;
    const { decision, note, blurStyle } = best.track;
    return { ...track, decision, blurStyle, ...(note !== undefined ? { note } : {}) };
  });
}
