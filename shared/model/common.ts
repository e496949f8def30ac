import { z } from 'zod';

/**
 * Building blocks shared by every part of the document. Ids are short opaque strings chosen by
 * the caller (see ids.ts), so commands stay deterministic.
 */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'ids use letters, digits, "_" and "-"');
export type Id = z.infer<typeof idSchema>;

/** A point in time or an offset, in integer milliseconds. */
export const timeMsSchema = z.number().int().nonnegative();
/** A length of time that must not be zero, in integer milliseconds. */
export const positiveDurationMsSchema = z.number().int().positive();

/** `#rrggbb` or `#rrggbbaa`. */
export const colorSchema = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/, 'colours are #rrggbb or #rrggbbaa');
export type Color = z.infer<typeof colorSchema>;

/** A fraction of the frame (or of a box): 0 is the left/top edge, 1 the right/bottom edge. */
export const normalizedSchema = z.number().min(0).max(1);
export const normalizedPointSchema = z.object({ x: normalizedSchema, y: normalizedSchema });
export type NormalizedPoint = z.infer<typeof normalizedPointSchema>;

export const fontWeightSchema = z
  .number()
  .int()
  .min(100)
  .max(900)
  .multipleOf(100, 'font weights are 100, 200, ... 900');

export const textAlignSchema = z.enum(['left', 'center', 'right']);
export type TextAlign = z.infer<typeof textAlignSchema>;

/**
 * A short name a person typed. The document schema never transforms (a stored document must
 * validate as it is), so blank names are refused rather than trimmed here; command arguments trim.
 */
export const labelSchema = z.string().min(1).max(200).regex(/\S/, 'must not be blank');

/** ISO 8601 date-time with a zone, e.g. "2025-03-01T09:30:00Z". */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
/** ISO 8601 calendar date, e.g. "2025-03-01". */
export const isoDateSchema = z.iso.date();
