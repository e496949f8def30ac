import type { ProjectDocument } from '../model/document';
import type { MedicalReview, ReviewEndCard } from '../model/review';
import { reviewStatus } from './status';

/**
 * The end card the document shows, if any: only while the sign-off is current, so an exported
 * clip never says "Reviewed by" about content that changed after the review.
 */
export function activeEndCard(
  doc: ProjectDocument,
): { card: ReviewEndCard; review: MedicalReview } | null {
  const review = doc.medicalReview;
  if (review?.endCard === undefined) return null;
  if (reviewStatus(doc).state !== 'current') return null;
  return { card: review.endCard, review };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-03-01" as "1 March 2025": unambiguous in every locale the clip reaches. */
export function formatReviewDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) return isoDate;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** The card's text: "Reviewed by", the reviewer, their role, then the date and disclaimer. */
export function endCardLines(review: MedicalReview): {
  heading: string;
  reviewer: string;
  role: string;
  footer: string;
} {
  return {
    heading: 'Reviewed by',
    reviewer: review.reviewer,
    role: review.role,
    footer: `${formatReviewDate(review.date)} · Not medical advice`,
  };
}
