import { z } from 'zod';
import { isoDateSchema, labelSchema } from './common';

/** The end card's length: long enough to read two short lines, short enough not to drag. */
export const END_CARD_MIN_MS = 2000;
export const END_CARD_MAX_MS = 3000;
export const END_CARD_DEFAULT_MS = 2500;

/** A closing card ("Reviewed by …, date · Not medical advice") appended after the content. */
export const reviewEndCardSchema = z.object({
  durationMs: z.number().int().min(END_CARD_MIN_MS).max(END_CARD_MAX_MS),
});
export type ReviewEndCard = z.infer<typeof reviewEndCardSchema>;

/** `v1:` then the content's length and 64-bit hash in hex (see shared/review/fingerprint.ts). */
export const reviewFingerprintSchema = z
  .string()
  .regex(/^v1:\d+:[0-9a-f]{16}$/, 'a review fingerprint looks like "v1:<length>:<16 hex digits>"');

/**
 * Who checked the clinical content, for the record kept with the project. `fingerprint` is the
 * document's content (everything but this record) at sign-off: when it no longer matches, the
 * review is out of date. A review without one (written before fingerprints) is never current.
 */
export const medicalReviewSchema = z.object({
  reviewer: labelSchema,
  role: labelSchema,
  date: isoDateSchema,
  notes: z.string().max(5000),
  fingerprint: reviewFingerprintSchema.optional(),
  endCard: reviewEndCardSchema.optional(),
});
export type MedicalReview = z.infer<typeof medicalReviewSchema>;
