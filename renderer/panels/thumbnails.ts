import { useEffect, useState } from 'react';
import type { ApiClient } from '../api';
import { afterFirstPicture } from '../editor/first-picture';

/**
 * One poster frame per media asset, fetched once from the engine (`media.thumbnails`, data URLs)
 * and shared by every view of the same project.
 */
export class ThumbnailCache {
  private readonly entries = new Map<string, Promise<string | null>>();

  constructor(
    private readonly api: Pick<ApiClient, 'call'>,
    private readonly projectId: string,
  ) {}

  get(mediaId: string): Promise<string | null> {
    let entry = this.entries.get(mediaId);
    if (!entry) {
      entry = this.api
        .call('media.thumbnails', { projectId: this.projectId, mediaId })
        .then(({ frames }) => posterFrame(frames));
      // A failure is not cached, so a relinked file can try again.
      entry.catch(() => this.entries.delete(mediaId));
      this.entries.set(mediaId, entry);
    }
    return entry;
  }
}

/** The middle frame: the first is often black or a fade-in. */
export function posterFrame(frames: readonly string[]): string | null {
  return frames[Math.floor((frames.length - 1) / 2)] ?? null;
}

export type ThumbnailState =
  { status: 'loading' } | { status: 'ready'; url: string | null } | { status: 'failed' };

export function useThumbnail(
  cache: ThumbnailCache,
  mediaId: string,
  enabled: boolean,
): ThumbnailState {
  const [state, setState] = useState<ThumbnailState>({ status: 'loading' });
  useEffect(() => {
    if (!enabled) {
      setState({ status: 'ready', url: null });
      return undefined;
    }
    let cancelled = false;
    setState({ status: 'loading' });
    // Decoration: after the opened project's first picture (see first-picture.ts).
    const stopWaiting = afterFirstPicture(() => {
      cache.get(mediaId).then(
        (url) => {
          if (!cancelled) setState({ status: 'ready', url });
        },
        () => {
          if (!cancelled) setState({ status: 'failed' });
        },
      );
    });
    return () => {
      cancelled = true;
      stopWaiting();
    };
  }, [cache, mediaId, enabled]);
  return state;
}
