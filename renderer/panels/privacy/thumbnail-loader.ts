import type { ApiClient } from '../../api';

export interface TrackThumbnail {
  /** Source-media time of the sample, ms. */
  t: number;
  url: string;
}

/**
 * Fetches face-track thumbnails from the engine a couple at a time (each one decodes video),
 * remembering answers so rows scrolled back into view do not ask again. A failed fetch is not
 * remembered: the next request tries again.
 */
export class ThumbnailLoader {
  private readonly cache = new Map<string, Promise<TrackThumbnail[]>>();
  private readonly waiting: Array<() => void> = [];
  private active = 0;

  constructor(
    private readonly api: Pick<ApiClient, 'call'>,
    private readonly projectId: string,
    private readonly concurrency = 2,
  ) {}

  /** `version` changes when the track's samples do (a rescan), so old crops are not reused. */
  load(trackId: string, version: string): Promise<TrackThumbnail[]> {
    const key = `${trackId}|${version}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const pending = this.limited(() =>
      this.api.call('privacy.trackThumbnails', { projectId: this.projectId, trackId }),
    ).then((response) => response.frames);
    this.cache.set(key, pending);
    pending.catch(() => this.cache.delete(key));
    return pending;
  }

  /** Runs `task` when a slot is free; a finishing task hands its slot straight to the next. */
  private async limited<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.active += 1;
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next !== undefined) next();
      else this.active -= 1;
    }
  }
}
