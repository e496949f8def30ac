import type { HandlerMap } from './dispatch';
import { readIconSvg } from '../render/icons';
import { healthiconsCatalog } from '../library/icon-catalog-source';
import { bundledCredits } from '../library/credits';

/** The library panel's calls: the icon catalogue, icon SVGs in batches, bundled credits. */
export function createLibraryHandlers(): Pick<
  HandlerMap,
  'library.icons' | 'library.iconSvgs' | 'library.credits'
> {
  return {
    'library.icons': () => healthiconsCatalog(),
    'library.iconSvgs': (req) => ({
      svgs: Object.fromEntries(req.ids.map((id) => [id, readIconSvg(id)])),
    }),
    'library.credits': () => ({ credits: bundledCredits() }),
  };
}
