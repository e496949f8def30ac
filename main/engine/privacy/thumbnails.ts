import { access } from 'node:fs/promises';
import type { MediaAsset, ProjectDocument } from '../../../shared/model';
import type { FaceSample, FaceTrack } from '../../../shared/model/privacy';
import { EngineError } from '../errors';
import { getFfmpegPaths } from '../ffmpeg/paths';
import { runProcess, type ProcessResult, type RunProcessOptions } from '../ffmpeg/runner';
import {
  thumbnailCropBox,
  thumbnailHeight,
  thumbnailSamples,
  trackThumbnailArgs,
} from './thumbnail-args';

/**
 * Face-track thumbnails for the review panel: a JPEG crop around the face at the track's first,
 * middle and last sample (one for a still), as data: URLs. Kept in memory per track, samples
 * and file content, so scrolling the panel does not start ffmpeg again.
 */

export interface TrackThumbnail {
  /** Source-media time of the sample, ms. */
  t: number;
  /** data:image/jpeg;base64,… */
  url: string;
}

export interface TrackThumbnailsOptions {
  /** The process runner (tests count calls); the engine's one runner by default. */
  run?: (options: RunProcessOptions) => Promise<ProcessResult>;
  /** Tracks whose thumbnails are kept; the oldest are dropped beyond it. */
  maxEntries?: number;
  timeoutMs?: number;
}

export type TrackThumbnailsFn = (
  doc: ProjectDocument,
  trackId: string,
  signal?: AbortSignal,
) => Promise<TrackThumbnail[]>;

const DEFAULT_MAX_ENTRIES = 500;
const DEFAULT_TIMEOUT_MS = 20_000;
/** Seeking within this many frames of the end can yield no picture. */
const END_MARGIN_FRAMES = 2;

function findTrack(doc: ProjectDocument, trackId: string): { track: FaceTrack; asset: MediaAsset } {
  const track = doc.privacy.faceTracks.find((t) => t.id === trackId);
  if (track === undefined) {
    throw new EngineError('not-found', `No face track "${trackId}" in this project`);
  }
  const asset = doc.media.find((m) => m.id === track.mediaId);
  if (asset === undefined) {
    throw new EngineError(
      'not-found',
      `Face track "${trackId}" belongs to media "${track.mediaId}", which is not in this project`,
    );
  }
  return { track, asset };
}

async function assertPresent(asset: MediaAsset): Promise<void> {
  const missing =
    asset.missing === true ||
    (await access(asset.path).then(
      () => false,
      () => true,
    ));
  if (missing) {
    throw new EngineError(
      'missing',
      `"${asset.name}" cannot be found at ${asset.path}; relink it in the Media panel to see this face.`,
    );
  }
}

/** Where to seek for a sample: its time, kept a couple of frames before the end of a video. */
function seekMs(asset: MediaAsset, sample: FaceSample): number | undefined {
  if (asset.probe.kind === 'image') return undefined;
  const frameMs = 1000 / (asset.probe.fps ?? 25);
  const latest = Math.max(0, Math.floor(asset.probe.durationMs - END_MARGIN_FRAMES * frameMs));
  return Math.min(sample.t, latest);
}

function cacheKey(track: FaceTrack, asset: MediaAsset, samples: readonly FaceSample[]): string {
  const parts = samples.map((s) => `${s.t}@${s.box.x},${s.box.y},${s.box.width},${s.box.height}`);
  return `${track.id}|${asset.contentHash}|${parts.join(';')}`;
}

/** A thumbnail maker with its own cache (one per engine). */
export function createTrackThumbnails(options: TrackThumbnailsOptions = {}): TrackThumbnailsFn {
  const run = options.run ?? runProcess;
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const cache = new Map<string, Promise<TrackThumbnail[]>>();

  async function render(
    asset: MediaAsset,
    samples: readonly FaceSample[],
    signal?: AbortSignal,
  ): Promise<TrackThumbnail[]> {
    const { width, height } = asset.probe;
    if (!asset.probe.hasVideo || width === undefined || height === undefined) {
      throw new EngineError('no-video', `"${asset.name}" has no picture to show a face from.`);
    }
    const orientation = { rotation: asset.probe.rotation, mirrored: asset.probe.mirrored };
    return Promise.all(
      samples.map(async (sample) => {
        const crop = thumbnailCropBox(sample.box, { width, height });
        const atMs = seekMs(asset, sample);
        const result = await run({
          bin: getFfmpegPaths().ffmpeg,
          args: trackThumbnailArgs(asset.path, {
            ...(atMs !== undefined ? { atMs } : {}),
            crop,
            orientation,
            height: thumbnailHeight(crop, orientation),
          }),
          label: `face thumbnail of ${asset.name} at ${sample.t} ms`,
          timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          ...(signal !== undefined ? { signal } : {}),
        });
        const jpeg = result.stdout;
        if (jpeg.length < 4 || jpeg[0] !== 0xff || jpeg[1] !== 0xd8) {
          throw new EngineError(
            'truncated',
            `No picture could be decoded from "${asset.name}" at ${sample.t} ms.`,
          );
        }
        return { t: sample.t, url: `data:image/jpeg;base64,${jpeg.toString('base64')}` };
      }),
    );
  }

  return async (doc, trackId, signal) => {
    const { track, asset } = findTrack(doc, trackId);
    const samples = thumbnailSamples(track.samples, asset.probe.kind === 'image');
    const key = cacheKey(track, asset, samples);
    const cached = cache.get(key);
    if (cached !== undefined) {
      // Most recently used last, so the oldest entry is the one dropped.
      cache.delete(key);
      cache.set(key, cached);
      return cached;
    }
    await assertPresent(asset);
    const pending = render(asset, samples, signal);
    cache.set(key, pending);
    // A failure is not remembered: the file may be relinked or the next call not cancelled.
    pending.catch(() => cache.delete(key));
    while (cache.size > maxEntries) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
    return pending;
  };
}
