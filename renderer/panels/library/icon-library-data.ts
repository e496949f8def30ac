import { useEffect, useState } from 'react';
import type { ApiClient } from '../../api';
import type { IconCatalogEntry } from '../../../shared/overlays/icon-catalog';
import { recolorIconSvg } from '../../../shared/scene/icon-svg';

type LibraryApi = Pick<ApiClient, 'call'>;

/** Colour of the grid's previews: the UI's primary text on the dark panel. */
export const PREVIEW_FILL = '#E6E8EB';
const PREVIEW_SIZE_PX = 48;
/** Icons fetched per call; a page of the grid is one or two calls. */
const PREVIEW_BATCH = 100;

export type CatalogState =
  | { status: 'loading' }
  | { status: 'ready'; icons: IconCatalogEntry[]; packageVersion: string }
  | { status: 'error'; message: string };

/** The catalogue is the app's, the same for every project: fetched once per page. */
let catalogLoad: Promise<{ icons: IconCatalogEntry[]; packageVersion: string }> | undefined;

export function useIconCatalog(api: LibraryApi): CatalogState {
  const [state, setState] = useState<CatalogState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    if (catalogLoad === undefined) {
      catalogLoad = api.call('library.icons', {});
      catalogLoad.catch(() => (catalogLoad = undefined));
    }
    catalogLoad.then(
      (loaded) => live && setState({ status: 'ready', ...loaded }),
      (error: unknown) =>
        live &&
        setState({ status: 'error', message: error instanceof Error ? error.message : `${error}` }),
    );
    return () => {
      live = false;
    };
  }, [api]);
  return state;
}

/** Preview pictures by icon id: data: URLs of the icon in the preview colour. */
const previews = new Map<string, string>();
const pending = new Map<string, Promise<void>>();

function previewUrl(svg: string): string {
  const markup = recolorIconSvg(svg, { fill: PREVIEW_FILL, outline: '#00000000' }, PREVIEW_SIZE_PX);
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
}

/** Loads the previews of `ids` that are neither loaded nor loading, in batches. */
function loadPreviews(api: LibraryApi, ids: readonly string[]): Promise<void> {
  const missing = ids.filter((id) => !previews.has(id) && !pending.has(id));
  const batches: Promise<void>[] = [];
  for (let from = 0; from < missing.length; from += PREVIEW_BATCH) {
    const batch = missing.slice(from, from + PREVIEW_BATCH);
    const load = api.call('library.iconSvgs', { ids: batch }).then(({ svgs }) => {
      for (const [id, svg] of Object.entries(svgs)) previews.set(id, previewUrl(svg));
    });
    const settled = load.finally(() => batch.forEach((id) => pending.delete(id)));
    batch.forEach((id) => pending.set(id, settled));
    batches.push(settled);
  }
  const waits = ids.map((id) => pending.get(id)).filter((wait) => wait !== undefined);
  return Promise.all([...batches, ...waits]).then(() => undefined);
}

/**
 * The preview URLs of the icons on screen; ids still loading are absent. A failed batch
 * leaves its icons without a picture (their titles still show) and is retried when shown again.
 */
export function useIconPreviews(
  api: LibraryApi,
  ids: readonly string[],
): ReadonlyMap<string, string> {
  const [, setVersion] = useState(0);
  const key = ids.join('|');
  useEffect(() => {
    let live = true;
    const wanted = key === '' ? [] : key.split('|');
    loadPreviews(api, wanted).then(
      () => live && setVersion((version) => version + 1),
      () => live && setVersion((version) => version + 1),
    );
    return () => {
      live = false;
    };
  }, [api, key]);
  return previews;
}

/** Forgets the page's catalogue and previews (for tests). */
export function clearIconLibraryCache(): void {
  catalogLoad = undefined;
  previews.clear();
  pending.clear();
}
