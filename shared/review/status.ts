import type { ProjectDocument } from '../model/document';
import type { MedicalReview } from '../model/review';
import { reviewFingerprint } from './fingerprint';

/**
 * none: nobody signed off; current: signed off and nothing changed since; out-of-date: the
 * content changed after the sign-off (or the sign-off predates fingerprints).
 */
export type ReviewState = 'none' | 'current' | 'out-of-date';

export type ReviewStatus =
  { state: 'none' } | { state: 'current' | 'out-of-date'; review: MedicalReview };

export function reviewStatus(doc: ProjectDocument): ReviewStatus {
  const review = doc.medicalReview;
  if (review === undefined) return { state: 'none' };
  const current = review.fingerprint !== undefined && review.fingerprint === reviewFingerprint(doc);
  return { state: current ? 'current' : 'out-of-date', review };
}

/** One line for summaries and the CLI, e.g. "Signed off by Dr A. Khan (Cardiologist), 2025-03-01 — current". */
export function describeReviewStatus(status: ReviewStatus): string {
  if (status.state === 'none') return 'Not signed off';
  const { reviewer, role, date } = status.review;
  const state = status.state === 'current' ? 'current' : 'out of date: edited after sign-off';
  return `Signed off by ${reviewer} (${role}), ${date} — ${state}`;
}
