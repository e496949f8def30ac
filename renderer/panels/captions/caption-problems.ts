import { checkCaptions, type CaptionProblem } from '../../../shared/captions/checks';
import type { CaptionProblemType } from '../../../shared/captions/check-types';
import type { ProjectDocument } from '../../../shared/model';

/**
 * The caption checks for one document, computed once per document version and shared by the
 * captions panel and the timeline (both read the same immutable document object).
 */

export interface CaptionProblems {
  /** Sorted by time, as checkCaptions returns them. */
  all: readonly CaptionProblem[];
  byCue: ReadonlyMap<string, readonly CaptionProblem[]>;
}

const cache = new WeakMap<ProjectDocument, CaptionProblems>();

export function captionProblemsOf(doc: ProjectDocument): CaptionProblems {
  const cached = cache.get(doc);
  if (cached !== undefined) return cached;
  const all = checkCaptions(doc);
  const byCue = new Map<string, CaptionProblem[]>();
  for (const problem of all) {
    const list = byCue.get(problem.cueId);
    if (list === undefined) byCue.set(problem.cueId, [problem]);
    else list.push(problem);
  }
  const result = { all, byCue };
  cache.set(doc, result);
  return result;
}

/** Short badge names; the full message (with measured value and limit) is the tooltip. */
export const PROBLEM_LABELS: Record<CaptionProblemType, string> = {
  tooManyLines: 'Lines',
  lineTooLong: 'Line length',
  readingSpeed: 'Reading speed',
  tooShort: 'Too short',
  tooLong: 'Too long',
  gapTooSmall: 'Gap',
  overlap: 'Overlap',
  lowContrast: 'Contrast',
  outsideSafeZone: 'Safe zone',
};
