import type { ProjectDocument } from '../../shared/model';
import type { ApiClient } from '../api';
import { recolorIconSvg } from '../../shared/scene/icon-svg';
import { iconRasterSize } from '../../shared/scene/konva-overlays';
import type { IconRequest, SceneAssets } from '../../shared/scene/konva-types';
import { sceneOverlaysAt } from '../../shared/scene/scene-overlays';

type Loaded = HTMLImageElement;
type IconApi = Pick<ApiClient, 'call'>;

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

/*
 * Icons are the app's own files, the same in every project: they are kept for the page, so one
 * fetched while a project was opening (prefetchOpeningIcons) is there for the canvas's first draw.
 */
const iconSvgs = new Map<string, Promise<string>>();
const iconLoads = new Map<string, Promise<Loaded>>();
const iconsByKey = new Map<string, Loaded>();
const iconsByLook = new Map<string, Loaded>();

const iconLook = (request: IconRequest) => `${request.iconId}|${request.fill}|${request.outline}`;
const iconKey = (request: IconRequest) => `${iconLook(request)}|${request.rasterSizePx}`;

function iconSvg(api: IconApi, iconId: string): Promise<string> {
  let text = iconSvgs.get(iconId);
  if (text === undefined) {
    text = api.call('assets.icon', { id: iconId }).then((response) => response.svg);
    text.catch(() => iconSvgs.delete(iconId));
    iconSvgs.set(iconId, text);
  }
  return text;
}

/** The icon recoloured and decoded at its raster size, loaded once per page. */
function loadIcon(api: IconApi, request: IconRequest): Promise<Loaded> {
  const key = iconKey(request);
  let load = iconLoads.get(key);
  if (load === undefined) {
    load = iconSvg(api, request.iconId).then(async (svg) => {
      const markup = recolorIconSvg(svg, request, request.rasterSizePx);
      const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
      const image = await loadImage(url, true);
      iconsByKey.set(key, image);
      iconsByLook.set(iconLook(request), image);
      return image;
    });
    // A failure is not kept: the next draw asks again.
    load.catch(() => iconLoads.delete(key));
    iconLoads.set(key, load);
  }
  return load;
}

/**
 * Starts loading the icons the scene shows where the editor opens (0 ms), at the sizes the
 * builder will ask for, while the editor is still being built.
 */
export function prefetchOpeningIcons(api: IconApi, doc: ProjectDocument): void {
  let overlays;
  try {
    // The overlays alone: laying out the captions too would cost more than the icons save.
    overlays = sceneOverlaysAt(doc, 0);
  } catch {
    // A scene the preview cannot show either: it reports that itself.
    return;
  }
  for (const overlay of overlays) {
    if (overlay.kind !== 'icon') continue;
    const request = {
      iconId: overlay.iconId,
      fill: overlay.fill,
      outline: overlay.outline,
      rasterSizePx: iconRasterSize(overlay),
    };
    loadIcon(api, request).catch(() => undefined);
  }
}

/** Forgets the page's icons (for tests). */
export function clearIconCache(): void {
  iconSvgs.clear();
  iconLoads.clear();
  iconsByKey.clear();
  iconsByLook.clear();
}

/**
 * Pictures for the preview's scene builder. Icons come from the engine as SVG text and are
 * recoloured with the same `recolorIconSvg` as the export, then decoded from a blob: URL (once
 * per page, see above); image
 * media come as data: URLs. Lookups answer from what has loaded; a miss starts the load and
 * `onLoaded` asks for a redraw. While a new raster size of an icon loads, a loaded size of the
 * same icon and colours stands in, so scaling animations do not flicker.
 */
export class BrowserSceneAssets implements SceneAssets {
  private readonly images = new Map<string, Loaded>();
  private readonly pending = new Set<string>();
  private loading = 0;

  constructor(
    private readonly api: ApiClient,
    private readonly projectId: string,
    private readonly onLoaded: () => void,
    private readonly onError: (what: string, error: unknown) => void = () => undefined,
  ) {}

  icon(request: IconRequest): Loaded | undefined {
    const key = iconKey(request);
    const exact = iconsByKey.get(key);
    if (exact !== undefined) return exact;
    this.start(`icon:${key}`, async () => {
      await loadIcon(this.api, request);
    });
    return iconsByLook.get(iconLook(request));
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
