import type { FaceSample, PixelBox } from '../model/privacy';
import { boxCentre, growBox, iou, unionBox, type ScoredBox } from './boxes';

/**
 * Links per-sample face detections into face tracks (pure; no Node, no DOM).
 *
 * Render contract (main/engine/render/plan/blur-tracks.ts, shared/scene/blur-geometry.ts): a
 * track's boxes are interpolated linearly between samples, with a patch never smaller than the
 * largest box of its chunk. The key box stored at sample i is therefore the padded union of the
 * detections at samples i-1, i and i+1: both ends of every interval [t_i, t_i+1] then contain
 * the detections at t_i and t_i+1, and so does every linear blend of them, so the blur never
 * shrinks below what was seen at either neighbouring sample.
 */

export interface SampleDetections {
  /** Source-media milliseconds. */
  t: number;
  /** Boxes in source-media pixels. */
  detections: readonly ScoredBox[];
}

export interface TrackingOptions {
  /** Time between two samples (1000 / sample rate). */
  sampleIntervalMs: number;
  /** Scene cuts in source-media ms: no track continues across one. */
  cutTimesMs?: readonly number[];
  /** Box growth in total (0.25: a quarter wider and taller, an eighth on each side). */
  padding?: number;
  /** A detection joins a track when their IoU reaches this ... */
  minIou?: number;
  /** ... or when the centres are closer than this many times the larger box's width. */
  maxCentreDistance?: number;
  /** A track survives this many samples without a detection; the gap is interpolated. */
  maxMissedSamples?: number;
}

export const DEFAULT_TRACK_PADDING = 0.25;
export const DEFAULT_MIN_IOU = 0.2;
export const DEFAULT_MAX_CENTRE_DISTANCE = 0.75;
export const DEFAULT_MAX_MISSED_SAMPLES = 3;

export interface TrackedFace {
  /**
   * Increasing times; boxes padded and widened as described above, plus a lead-in key one
   * interval before the first detection and a lead-out key one after the last (see leadSamples).
   */
  samples: FaceSample[];
}

interface OpenTrack {
  raw: { t: number; box: PixelBox; score: number }[];
  /** Index of the last sample that extended the track. */
  lastSampleIndex: number;
  /** Shot the track belongs to: tracks never cross a cut. */
  shot: number;
}

function assertOptions(options: TrackingOptions): void {
  if (!(options.sampleIntervalMs > 0) || !Number.isFinite(options.sampleIntervalMs)) {
    throw new RangeError(
      `sampleIntervalMs must be a positive number, got ${options.sampleIntervalMs}`,
    );
  }
  const padding = options.padding ?? DEFAULT_TRACK_PADDING;
  if (!(padding >= 0)) throw new RangeError(`padding must be 0 or more, got ${padding}`);
}

/**
 * Where the track's face should be at `t`: its last box moved on at the velocity of its last
 * two detections (a panning camera moves faces further than a box width between samples).
 */
function predictedBox(track: OpenTrack, t: number): PixelBox | null {
  const last = track.raw[track.raw.length - 1];
  if (last === undefined) return null;
  const previous = track.raw[track.raw.length - 2];
  if (previous === undefined || last.t <= previous.t) return last.box;
  const ahead = (t - last.t) / (last.t - previous.t);
  const a = boxCentre(previous.box);
  const b = boxCentre(last.box);
  return { ...last.box, x: last.box.x + (b.x - a.x) * ahead, y: last.box.y + (b.y - a.y) * ahead };
}

/** Index of the shot holding `t`: how many cuts lie at or before it. */
function shotIndex(t: number, cuts: readonly number[]): number {
  let shot = 0;
  for (const cut of cuts) if (cut <= t) shot += 1;
  return shot;
}

/** How well a detection continues a track: higher is better, null when outside the gate. */
function affinity(
  last: PixelBox,
  candidate: PixelBox,
  gate: { minIou: number; maxCentreDistance: number },
): number | null {
  const overlap = iou(last, candidate);
  const a = boxCentre(last);
  const b = boxCentre(candidate);
  const distance = Math.hypot(a.x - b.x, a.y - b.y) / Math.max(last.width, candidate.width);
  const sizeRatio = Math.max(last.width, candidate.width) / Math.min(last.width, candidate.width);
  if (sizeRatio > 2) return null;
  // Overlap wins over distance; among centre matches, the nearer the better.
  if (overlap > 0 && overlap >= gate.minIou) return 1 + overlap;
  if (distance <= gate.maxCentreDistance) return 1 - distance / (gate.maxCentreDistance + 1);
  return null;
}

/**
 * Tracks from detections at increasing sample times. Every detection ends up in exactly one
 * track (a face seen once is a track of one sample): for privacy a false positive costs a click
 * in review, a dropped detection an exposed face.
 */
export function buildFaceTracks(
  samples: readonly SampleDetections[],
  options: TrackingOptions,
): TrackedFace[] {
  assertOptions(options);
  const cuts = [...(options.cutTimesMs ?? [])].sort((a, b) => a - b);
  const maxMissed = options.maxMissedSamples ?? DEFAULT_MAX_MISSED_SAMPLES;
  const gate = {
    minIou: options.minIou ?? DEFAULT_MIN_IOU,
    maxCentreDistance: options.maxCentreDistance ?? DEFAULT_MAX_CENTRE_DISTANCE,
  };
  const ordered = [...samples].sort((a, b) => a.t - b.t);
  const finished: OpenTrack[] = [];
  let open: OpenTrack[] = [];

  ordered.forEach((sample, sampleIndex) => {
    const shot = shotIndex(sample.t, cuts);
    const still: OpenTrack[] = [];
    for (const track of open) {
      const alive = track.shot === shot && sampleIndex - track.lastSampleIndex <= maxMissed + 1;
      (alive ? still : finished).push(track);
    }
    open = still;
    const pairs: { track: OpenTrack; detection: number; value: number }[] = [];
    for (const track of open) {
      const expected = predictedBox(track, sample.t);
      const lastSeen = track.raw[track.raw.length - 1]?.box;
      if (expected === null || lastSeen === undefined) continue;
      sample.detections.forEach((detection, index) => {
        // Where the motion so far says it should be, or where it was last seen: a head that
        // turns back (jittery hand-held footage) misses the prediction but not its last place.
        const predicted = affinity(expected, detection.box, gate);
        const stayed = affinity(lastSeen, detection.box, gate);
        const value =
          predicted === null ? stayed : stayed === null ? predicted : Math.max(predicted, stayed);
        if (value !== null) pairs.push({ track, detection: index, value });
      });
    }
    pairs.sort((a, b) => b.value - a.value);
    const usedTracks = new Set<OpenTrack>();
    const usedDetections = new Set<number>();
    for (const pair of pairs) {
      if (usedTracks.has(pair.track) || usedDetections.has(pair.detection)) continue;
      const detection = sample.detections[pair.detection];
      if (detection === undefined) continue;
      usedTracks.add(pair.track);
      usedDetections.add(pair.detection);
      pair.track.raw.push({ t: sample.t, box: detection.box, score: detection.score });
      pair.track.lastSampleIndex = sampleIndex;
    }
    sample.detections.forEach((detection, index) => {
      if (usedDetections.has(index)) return;
      open.push({
        raw: [{ t: sample.t, box: detection.box, score: detection.score }],
        lastSampleIndex: sampleIndex,
        shot,
      });
    });
  });
  const padding = options.padding ?? DEFAULT_TRACK_PADDING;
  const interval = options.sampleIntervalMs;
  return [...finished, ...open]
    .map((track) => {
      const shotStart = track.shot === 0 ? 0 : (cuts[track.shot - 1] ?? 0);
      const shotEnd = cuts[track.shot] ?? Infinity;
      const lead = leadSamples(track.raw, padding, interval, { start: shotStart, end: shotEnd });
      return {
        samples: [
          ...(lead.before !== null ? [lead.before] : []),
          ...widenedSamples(track.raw, padding),
          ...(lead.after !== null ? [lead.after] : []),
        ],
      };
    })
    .sort((a, b) => (a.samples[0]?.t ?? 0) - (b.samples[0]?.t ?? 0));
}

/** Key boxes: the padded union of each detection with its neighbours in the track. */
function widenedSamples(
  raw: readonly { t: number; box: PixelBox; score: number }[],
  padding: number,
): FaceSample[] {
  return raw.map((entry, index) => {
    const neighbours = raw.slice(Math.max(0, index - 1), index + 2).map((n) => n.box);
    return {
      t: Math.max(0, Math.round(entry.t)),
      box: growBox(unionBox(neighbours), padding),
      score: Math.min(1, Math.max(0, entry.score)),
    };
  });
}

function shifted(box: PixelBox, dx: number, dy: number): PixelBox {
  return { ...box, x: box.x + dx, y: box.y + dy };
}

/**
 * One extra key a sampling interval before the first detection and one after the last (inside
 * the shot): the face was probably there since just after the sample that missed it. The box
 * holds the detection and where its velocity puts it an interval away, so a face moving into
 * or out of view stays covered between the samples that saw it and those that did not.
 */
function leadSamples(
  raw: readonly { t: number; box: PixelBox; score: number }[],
  padding: number,
  interval: number,
  shot: { start: number; end: number },
): { before: FaceSample | null; after: FaceSample | null } {
  const first = raw[0];
  const last = raw[raw.length - 1];
  if (first === undefined || last === undefined) return { before: null, after: null };
  const velocity = (a: (typeof raw)[number] | undefined, b: (typeof raw)[number] | undefined) => {
    if (a === undefined || b === undefined || b.t <= a.t) return { x: 0, y: 0 };
    const ca = boxCentre(a.box);
    const cb = boxCentre(b.box);
    const perInterval = interval / (b.t - a.t);
    return { x: (cb.x - ca.x) * perInterval, y: (cb.y - ca.y) * perInterval };
  };
  const start = velocity(first, raw[1]);
  const end = velocity(raw[raw.length - 2], last);
  const beforeT = Math.round(first.t - interval);
  const afterT = Math.round(last.t + interval);
  const key = (t: number, box: PixelBox, score: number): FaceSample => ({
    t,
    box: growBox(box, padding),
    score: Math.min(1, Math.max(0, score)),
  });
  return {
    before:
      beforeT >= shot.start && beforeT >= 0
        ? key(beforeT, unionBox([first.box, shifted(first.box, -start.x, -start.y)]), first.score)
        : null,
    after:
      afterT < shot.end
        ? key(afterT, unionBox([last.box, shifted(last.box, end.x, end.y)]), last.score)
        : null,
  };
}

/** Source-time span a track blurs: half a sampling interval beyond its first and last sample. */
export function trackSpan(
  samples: readonly FaceSample[],
  sampleIntervalMs: number,
): { startMs: number; endMs: number } {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (first === undefined || last === undefined) throw new RangeError('a track has samples');
  return {
    startMs: Math.max(0, Math.floor(first.t - sampleIntervalMs / 2)),
    endMs: Math.ceil(last.t + sampleIntervalMs / 2),
  };
}

/**
 * The track's box at `t` as the export draws it (linear between samples, the first or last box
 * held within the span), or null outside the span.
 */
export function trackBoxAt(
  samples: readonly FaceSample[],
  t: number,
  sampleIntervalMs: number,
): PixelBox | null {
  const span = trackSpan(samples, sampleIntervalMs);
  if (t < span.startMs || t > span.endMs) return null;
  let previous = samples[0];
  if (previous === undefined || t <= previous.t) return previous?.box ?? null;
  for (const next of samples) {
    if (next.t >= t) {
      const f = (t - previous.t) / (next.t - previous.t || 1);
      const a = previous.box;
      const b = next.box;
      return {
        x: a.x + (b.x - a.x) * f,
        y: a.y + (b.y - a.y) * f,
        width: a.width + (b.width - a.width) * f,
        height: a.height + (b.height - a.height) * f,
      };
    }
    previous = next;
  }
  return previous.box;
}
