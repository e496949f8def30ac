import { z } from 'zod';
import { idSchema, labelSchema } from './common';
import { mediaProbeSchema } from './probe';

/** POSIX ("/…"), Windows drive ("C:\…") or UNC ("\\server\…") absolute path. */
export const absolutePathSchema = z
  .string()
  .max(4096)
  .regex(/^(?:\/|[A-Za-z]:[\\/]|\\\\[^\\])/, 'must be an absolute path')
  .refine((path) => !path.includes('\0'), 'must not contain NUL characters');

/** Lower-case hex digest of the file's content (identifies the footage across relinks). */
export const contentHashSchema = z
  .string()
  .regex(/^(?:[0-9a-f]{2}){8,64}$/, 'must be a lower-case hex digest of 16 to 128 digits');

export const mediaAssetSchema = z.object({
  id: idSchema,
  /** Display name, usually the file name. */
  name: labelSchema,
  path: absolutePathSchema,
  contentHash: contentHashSchema,
  sizeBytes: z.number().int().nonnegative(),
  probe: mediaProbeSchema,
  /** Set while the file cannot be found at `path`; absent means present. */
  missing: z.boolean().optional(),
});
export type MediaAsset = z.infer<typeof mediaAssetSchema>;

/** How long a media file plays; still images have no intrinsic duration. */
export function mediaHasDuration(asset: MediaAsset): boolean {
  return asset.probe.kind !== 'image';
}
