import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  ICON_STYLES,
  iconCatalogFromMetadata,
  type IconCatalogEntry,
} from '../../../shared/overlays/icon-catalog';
import { EngineError } from '../errors';
import { HEALTHICONS_SVG_DIR } from '../render/icons';

const require = createRequire(import.meta.url);
const packageRoot = dirname(require.resolve('healthicons/package.json'));
const META_DATA_FILE = join(packageRoot, 'public', 'icons', 'meta-data.json');

export interface IconCatalogSource {
  packageVersion: string;
  icons: IconCatalogEntry[];
}

let loaded: IconCatalogSource | undefined;

/**
 * The installed healthicons package's catalogue, read once per process from its own
 * meta-data.json. Only icons whose SVG ships in both styles are listed, so every entry the
 * library shows can be drawn filled and outline.
 */
export function healthiconsCatalog(): IconCatalogSource {
  if (loaded !== undefined) return loaded;
  let metadata: unknown;
  try {
    metadata = JSON.parse(readFileSync(META_DATA_FILE, 'utf8'));
  } catch (err) {
    throw new EngineError(
      'unreadable',
      `cannot read the healthicons catalogue ${META_DATA_FILE}: ${(err as Error).message}`,
    );
  }
  const icons = iconCatalogFromMetadata(metadata).filter((entry) =>
    ICON_STYLES.every((style) => existsSync(join(HEALTHICONS_SVG_DIR, style, `${entry.path}.svg`))),
  );
  const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  loaded = { packageVersion: version, icons };
  return loaded;
}
