import { z } from 'zod';
import type { ProjectDocument } from '../model/document';
import { activeEndCard } from './end-card';
import { describeReviewStatus, reviewStatus } from './status';

/** The medical review as an export reports it: what the exported file was made from. */
export const reviewSummarySchema = z.object({
  state: z.enum(['none', 'current', 'out-of-date']),
  reviewer: z.string().optional(),
  role: z.string().optional(),
  date: z.string().optional(),
  /** Whether the export ends with the "Reviewed by" card. */
  endCard: z.boolean(),
  /** One line for people, e.g. "Signed off by Dr A (GP), 2025-03-01 — current". */
  text: z.string(),
});
export type ReviewSummary = z.infer<typeof reviewSummarySchema>;

export function reviewSummary(doc: ProjectDocument): ReviewSummary {
  const status = reviewStatus(doc);
  const text = describeReviewStatus(status);
  if (status.state === 'none') return { state: 'none', endCard: false, text };
  const { reviewer, role, date } = status.review;
  return { state: status.state, reviewer, role, date, endCard: activeEndCard(doc) !== null, text };
}
