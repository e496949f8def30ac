import { useEffect, useState } from 'react';
import type { ApiResponse } from '../../shared/api';
import type { ApiClient } from '../api';
import { afterFirstPicture } from '../editor/first-picture';

export type WaveformPeaks = ApiResponse<'media.waveform'>;

/**
 * The timeline's pictures of its media, fetched once per asset from the engine and shared by
 * every item using it: the thumbnail strip (frames at evenly spaced times, as data URLs) and the
 * waveform peaks. A failed fetch is forgotten so a relinked file can try again.
 */
export class TimelineMediaCache {
  private readonly strips = new Map<string, Promise<string[]>>();
  private readonly waveforms = new Map<string, Promise<WaveformPeaks>>();

  constructor(
    private readonly api: Pick<ApiClient, 'call'>,
    private readonly projectId: string,
  ) {}

  readonly filmstrip = (mediaId: string): Promise<string[]> =>
    this.cached(this.strips, mediaId, () =>
      this.api
        .call('media.thumbnails', { projectId: this.projectId, mediaId })
        .then(({ frames }) => frames),
    );

  readonly waveform = (mediaId: string): Promise<WaveformPeaks> =>
    this.cached(this.waveforms, mediaId, () =>
      this.api.call('media.waveform', { projectId: this.projectId, mediaId }),
    );

  private cached<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>) {
    let entry = map.get(key);
    if (!entry) {
      entry = load();
      entry.catch(() => map.delete(key));
      map.set(key, entry);
    }
    return entry;
  }
}

/** The resolved value of `load(key)`, null while loading or when it failed. */
function useLoaded<T>(load: ((key: string) => Promise<T>) | null, key: string): T | null {
  const [state, setState] = useState<{ key: string; value: T } | null>(null);
  useEffect(() => {
    if (load === null) return undefined;
    let cancelled = false;
    // Decoration: after the opened project's first picture (see first-picture.ts).
    const stopWaiting = afterFirstPicture(() => {
      load(key).then(
        (value) => {
          if (!cancelled) setState({ key, value });
        },
        () => undefined,
      );
    });
    return () => {
      cancelled = true;
      stopWaiting();
    };
  }, [load, key]);
  return state !== null && state.key === key ? state.value : null;
}

export function useFilmstrip(
  cache: TimelineMediaCache,
  mediaId: string,
  enabled: boolean,
): string[] | null {
  return useLoaded(enabled ? cache.filmstrip : null, mediaId);
}

export function useWaveform(
  cache: TimelineMediaCache,
  mediaId: string,
  enabled: boolean,
): WaveformPeaks | null {
  return useLoaded(enabled ? cache.waveform : null, mediaId);
}

/**
 * Which strip frame shows source time `sourceMs`: frame i was taken in the middle of the i-th
 * of `count` equal parts of the media.
 */
export function stripFrameIndex(sourceMs: number, durationMs: number, count: number): number {
  if (count <= 1 || durationMs <= 0) return 0;
  return Math.min(count - 1, Math.max(0, Math.floor((sourceMs / durationMs) * count)));
}
