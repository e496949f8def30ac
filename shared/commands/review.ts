import { z } from 'zod';
import { isoDateSchema, labelSchema } from '../model/common';
import type { ProjectDocument } from '../model/document';
import { medicalReviewSchema, reviewEndCardSchema } from '../model/review';
import type { MedicalReview } from '../model/review';
import { reviewFingerprint } from '../review/fingerprint';
import { defineCommand, invoke } from './define';
import { preconditionFailed } from './errors';

/** Names and notes as typed, trimmed; a blank name is refused. */
const typedLabel = z.string().trim().pipe(labelSchema);

export const reviewSignOffArgs = z.object({
  reviewer: typedLabel,
  role: typedLabel,
  /** The day of the review, chosen by the caller (commands read no clock). */
  date: isoDateSchema,
  notes: z.string().trim().max(5000).default(''),
  /** Append the "Reviewed by …" end card; absent: no card. */
  endCard: reviewEndCardSchema.optional(),
});

const reviewRestoreArgs = z.object({ review: medicalReviewSchema.nullable() });
const reviewSetEndCardArgs = z.object({ endCard: reviewEndCardSchema.nullable() });

function withReview(doc: ProjectDocument, review: MedicalReview | null): ProjectDocument {
  const { medicalReview: _previous, ...rest } = doc;
  return review === null ? rest : { ...rest, medicalReview: review };
}

function restoreInverse(doc: ProjectDocument) {
  return invoke('review.restore', reviewRestoreArgs, { review: doc.medicalReview ?? null });
}

/**
 * Records the medical sign-off with the fingerprint of the content as it is now: any later edit
 * makes it out of date (see shared/review/status.ts). Signing again replaces the record.
 */
export const reviewSignOff = defineCommand({
  name: 'review.signOff',
  label: 'Sign off medical review',
  argsSchema: reviewSignOffArgs,
  perform(doc, { endCard, ...fields }) {
    const review: MedicalReview = {
      ...fields,
      fingerprint: reviewFingerprint(doc),
      ...(endCard === undefined ? {} : { endCard }),
    };
    return { doc: withReview(doc, review), inverse: restoreInverse(doc) };
  },
});

export const reviewClear = defineCommand({
  name: 'review.clear',
  label: 'Clear medical review',
  argsSchema: z.object({}),
  perform(doc) {
    if (doc.medicalReview === undefined) preconditionFailed('there is no medical review to clear');
    return { doc: withReview(doc, null), inverse: restoreInverse(doc) };
  },
});

/** Shows or hides the end card without signing again (the fingerprint excludes the review). */
export const reviewSetEndCard = defineCommand({
  name: 'review.setEndCard',
  label: 'Change review end card',
  argsSchema: reviewSetEndCardArgs,
  perform(doc, { endCard }) {
    const review = doc.medicalReview;
    if (review === undefined) {
      preconditionFailed('sign off the medical review before adding its end card');
    }
    const { endCard: previous, ...rest } = review;
    const next = endCard === null ? rest : { ...rest, endCard };
    return {
      doc: withReview(doc, next),
      inverse: invoke('review.setEndCard', reviewSetEndCardArgs, { endCard: previous ?? null }),
    };
  },
});

/**
 * Puts back a review record exactly as it was (fingerprint included): the inverse of the other
 * review commands, so undo restores the earlier sign-off rather than signing anew.
 */
export const reviewRestore = defineCommand({
  name: 'review.restore',
  label: 'Restore medical review',
  argsSchema: reviewRestoreArgs,
  perform(doc, { review }) {
    return { doc: withReview(doc, review), inverse: restoreInverse(doc) };
  },
});
