import type { ApiClient } from '../api';
import { recolorIconSvg } from '../../shared/scene/icon-svg';
import type { IconRequest, SceneAssets } from '../../shared/scene/konva-types';

type Loaded = HTMLImageElement;

function loadImage(url: string, revoke: boolean): Promise<Loaded> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      if (revoke) URL.revokeObjectURL(url);
      resolve(image);
    };
    image.onerror = () => {
      if (revoke) URL.revokeObjectURL(url);
      reject(new Error('the image could not be decoded'));
    };
    image.src = url;
  });
}

/**
 * Pictures for the preview's scene builder. Icons come from the engine as SVG text and are
 * recoloured with the same `recolorIconSvg` as the export, then decoded from a blob: URL; image
 * media come as data: URLs. Lookups answer from what has loaded; a miss starts the load and
 * `onLoaded` asks for a redraw. While a new raster size of an icon loads, a loaded size of the
 * same icon and colours stands in, so scaling animations do not flicker.
 */
export class BrowserSceneAssets implements SceneAssets {
  private readonly icons = new Map<string, Loaded>();
  private readonly iconsByLook = new Map<string, Loaded>();
  private readonly images = new Map<string, Loaded>();
  private readonly pending = new Set<string>();
  private readonly svgText = new Map<string, Promise<string>>();
  private loading = 0;

  constructor(
    private readonly api: ApiClient,
    private readonly projectId: string,
    private readonly onLoaded: () => void,
    private readonly onError: (what: string, error: unknown) => void = () => undefined,
  ) {}

  icon(request: IconRequest): Loaded | undefined {
    const look = `${request.iconId}|${request.fill}|${request.outline}`;
    const key = `${look}|${request.rasterSizePx}`;
    const exact = this.icons.get(key);
    if (exact !== undefined) return exact;
    this.start(`icon:${key}`, async () => {
      const svg = await this.iconSvg(request.iconId);
      const markup = recolorIconSvg(svg, request, request.rasterSizePx);
      const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
      const image = await loadImage(url, true);
      this.icons.set(key, image);
      this.iconsByLook.set(look, image);
    });
    return this.iconsByLook.get(look);
  }

  image(mediaId: string): Loaded | undefined {
    const loaded = this.images.get(mediaId);
    if (loaded !== undefined) return loaded;
    this.start(`image:${mediaId}`, async () => {
      const { dataUrl } = await this.api.call('assets.mediaImage', {
        projectId: this.projectId,
        mediaId,
      });
      this.images.set(mediaId, await loadImage(dataUrl, false));
    });
    return undefined;
  }

  /** Loads started and not yet finished (the preview is not final while any are). */
  get loadingCount(): number {
    return this.loading;
  }

  private iconSvg(iconId: string): Promise<string> {
    let text = this.svgText.get(iconId);
    if (text === undefined) {
      text = this.api.call('assets.icon', { id: iconId }).then((response) => response.svg);
      text.catch(() => this.svgText.delete(iconId));
      this.svgText.set(iconId, text);
    }
    return text;
  }

  /** Runs each load once; a failed load is reported and not retried until the next session. */
  private start(id: string, load: () => Promise<void>): void {
    if (this.pending.has(id)) return;
    this.pending.add(id);
    this.loading += 1;
    load().then(
      () => {
        this.loading -= 1;
        this.onLoaded();
      },
      (error: unknown) => {
        this.loading -= 1;
        this.onError(id, error);
      },
    );
  }
}
