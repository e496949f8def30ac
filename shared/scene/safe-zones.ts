import { z } from 'zod';
import safeZonesJson from '../../resources/safe-zones.json' with { type: 'json' };
import type { SceneRect } from './types';

/**
 * The platforms' UI safe zones (resources/safe-zones.json): how much of each edge of a 9:16
 * frame the app's own buttons, captions and bars may cover. The table is in pixels of a
 * 1080x1920 reference frame and scales to the project's frame.
 */

export const SAFE_ZONE_PLATFORMS = ['tiktok', 'reels', 'shorts'] as const;
export const safeZonePlatformSchema = z.enum(SAFE_ZONE_PLATFORMS);
export type SafeZonePlatform = z.infer<typeof safeZonePlatformSchema>;

const SIDES = ['top', 'right', 'bottom', 'left'] as const;
type Side = (typeof SIDES)[number];

const marginsSchema = z
  .object({
    top: z.number().int().nonnegative(),
    right: z.number().int().nonnegative(),
    bottom: z.number().int().nonnegative(),
    left: z.number().int().nonnegative(),
  })
  .strict();
export type SafeZoneMargins = z.infer<typeof marginsSchema>;

const platformZoneSchema = z
  .object({
    label: z.string().min(1),
    margins: marginsSchema,
    /** Sides whose number the platform does not publish as such (see source.note). */
    approximate: z.array(z.enum(SIDES)),
    source: z
      .object({
        url: z.url(),
        title: z.string().min(1),
        consulted: z.iso.date(),
        note: z.string().min(1),
      })
      .strict(),
  })
  .strict();
export type PlatformSafeZone = z.infer<typeof platformZoneSchema>;

export const safeZoneTableSchema = z
  .object({
    $comment: z.string().optional(),
    reference: z.object({
      width: z.number().int().positive(),
      height: z.number().int().positive(),
    }),
    platforms: z.record(safeZonePlatformSchema, platformZoneSchema),
  })
  .superRefine((table, ctx) => {
    for (const platform of SAFE_ZONE_PLATFORMS) {
      const { margins } = table.platforms[platform];
      if (margins.left + margins.right >= table.reference.width) {
        ctx.addIssue({
          code: 'custom',
          path: ['platforms', platform, 'margins'],
          message: 'the side margins leave no width',
        });
      }
      if (margins.top + margins.bottom >= table.reference.height) {
        ctx.addIssue({
          code: 'custom',
          path: ['platforms', platform, 'margins'],
          message: 'the top and bottom margins leave no height',
        });
      }
    }
  });
export type SafeZoneTable = z.infer<typeof safeZoneTableSchema>;

export class SafeZoneTableError extends Error {
  override readonly name = 'SafeZoneTableError';
}

/** Validates a safe-zone table, naming the first bad field. */
export function parseSafeZoneTable(raw: unknown): SafeZoneTable {
  const result = safeZoneTableSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new SafeZoneTableError(
      `resources/safe-zones.json is invalid at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
    );
  }
  return result.data;
}

/** The shipped table, checked when first used so a bad edit fails loudly. */
let shipped: SafeZoneTable | undefined;
export function shippedSafeZones(): SafeZoneTable {
  shipped ??= parseSafeZoneTable(safeZonesJson);
  return shipped;
}

/** One platform's zone in a frame's pixels. */
export interface SafeZoneGeometry {
  platform: SafeZonePlatform;
  label: string;
  /** Where text and key visuals stay clear of the platform's interface. */
  safe: SceneRect;
  /** The covered bands around it (top and bottom full width, sides between them). */
  covered: SceneRect[];
}

function scaledMargins(
  margins: SafeZoneMargins,
  reference: { width: number; height: number },
  frame: { width: number; height: number },
): Record<Side, number> {
  const sx = frame.width / reference.width;
  const sy = frame.height / reference.height;
  return {
    top: margins.top * sy,
    bottom: margins.bottom * sy,
    left: margins.left * sx,
    right: margins.right * sx,
  };
}

export function safeZoneGeometry(
  table: SafeZoneTable,
  platform: SafeZonePlatform,
  frame: { width: number; height: number },
): SafeZoneGeometry {
  const zone = table.platforms[platform];
  const m = scaledMargins(zone.margins, table.reference, frame);
  const safe = {
    x: m.left,
    y: m.top,
    width: frame.width - m.left - m.right,
    height: frame.height - m.top - m.bottom,
  };
  const covered = [
    { x: 0, y: 0, width: frame.width, height: m.top },
    { x: 0, y: frame.height - m.bottom, width: frame.width, height: m.bottom },
    { x: 0, y: m.top, width: m.left, height: safe.height },
    { x: frame.width - m.right, y: m.top, width: m.right, height: safe.height },
  ].filter((band) => band.width > 0 && band.height > 0);
  return { platform, label: zone.label, safe, covered };
}
