import { z } from 'zod';
import { iconCatalogEntrySchema } from '../../overlays/icon-catalog';

/**
 * Contract calls for the library panel: the healthicons catalogue, icon pictures in batches for
 * the grid's previews, and the credits of the bundled art and fonts. None needs a project.
 */

/** An icon overlay id: "category/name" or "outline/category/name". */
const iconId = z.string().min(3).max(200);

export const creditSchema = z.object({
  /** What it is in the app, e.g. "Health Icons" or "Inter". */
  name: z.string(),
  /** "Icons", "Caption and overlay font"… */
  usedFor: z.string(),
  packageName: z.string(),
  version: z.string(),
  /** SPDX id from the package, e.g. "MIT", "OFL-1.1". */
  license: z.string(),
  /** The package's LICENSE file as shipped. */
  licenseText: z.string(),
  homepage: z.string().optional(),
});
export type Credit = z.infer<typeof creditSchema>;

export const libraryCalls = {
  /** Every healthicons icon (each comes filled and outline), sorted by category then title. */
  'library.icons': {
    request: z.object({}).strict(),
    response: z.object({
      packageVersion: z.string(),
      icons: z.array(iconCatalogEntrySchema),
    }),
  },
  /** The SVGs of up to 200 icons (unknown ids fail with icon-not-found / icon-invalid-id). */
  'library.iconSvgs': {
    request: z.object({ ids: z.array(iconId).min(1).max(200) }),
    response: z.object({ svgs: z.record(z.string(), z.string()) }),
  },
  /** Attribution and licences of the art and fonts the app bundles, for the About view. */
  'library.credits': {
    request: z.object({}).strict(),
    response: z.object({ credits: z.array(creditSchema) }),
  },
} as const;
