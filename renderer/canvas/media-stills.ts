import type { MediaAsset } from '../../shared/model';
import type { ApiClient } from '../api';
import { decodeImageDataUrl } from './opening-still';

/**
 * Still images on the video track (a photo, a scanned chart), decoded once per editor for the
 * footage layer, which composites them like a video frame: reframed, privacy-blurred, as the
 * export draws them. The engine sends them as data: URLs (`assets.mediaImage`).
 */

export interface MediaStill {
  picture: ImageBitmap;
  width: number;
  height: number;
}

type StillsApi = Pick<ApiClient, 'call'>;

export function isStillImage(asset: MediaAsset | undefined): boolean {
  return asset !== undefined && asset.probe.kind === 'image' && !asset.missing;
}

export class MediaStills {
  private readonly loaded = new Map<string, MediaStill>();
  private readonly loading = new Set<string>();
  private readonly failed = new Set<string>();
  private destroyed = false;

  constructor(
    private readonly api: StillsApi,
    private readonly projectId: string,
    private readonly onLoaded: () => void,
    private readonly decode: (dataUrl: string) => Promise<ImageBitmap> = decodeImageDataUrl,
  ) {}

  /** The decoded picture, or null while it loads (the load starts on the first ask). */
  get(mediaId: string): MediaStill | null {
    const still = this.loaded.get(mediaId);
    if (still !== undefined) return still;
    if (!this.loading.has(mediaId) && !this.failed.has(mediaId)) this.load(mediaId);
    return null;
  }

  /** True while the picture is on its way (not after it failed). */
  pending(mediaId: string): boolean {
    return this.loading.has(mediaId);
  }

  destroy(): void {
    this.destroyed = true;
    for (const still of this.loaded.values()) still.picture.close();
    this.loaded.clear();
  }

  private load(mediaId: string): void {
    this.loading.add(mediaId);
    this.api
      .call('assets.mediaImage', { projectId: this.projectId, mediaId })
      .then(({ dataUrl }) => this.decode(dataUrl))
      .then(
        (picture) => {
          this.loading.delete(mediaId);
          if (this.destroyed) {
            picture.close();
            return;
          }
          this.loaded.set(mediaId, { picture, width: picture.width, height: picture.height });
          this.onLoaded();
        },
        (error: unknown) => {
          this.loading.delete(mediaId);
          this.failed.add(mediaId);
          console.warn(`Preview cannot show image ${mediaId}: ${String(error)}`);
          this.onLoaded();
        },
      );
  }
}
