import { userInfo } from 'node:os';
import type { MedicalReview, ProjectDocument } from '../../../shared/model';
import { canonicalJson } from '../../../shared/review/fingerprint';
import type { AuditInput, OpKind } from '../store/types';

/** The person at this machine, for changes that name no one else (clearing a review). */
export function localUserName(): string {
  try {
    const name = userInfo().username.trim();
    return name === '' ? 'unknown user' : name;
  } catch {
    return 'unknown user';
  }
}

function recordOf(review: MedicalReview): Record<string, unknown> {
  return {
    reviewer: review.reviewer,
    role: review.role,
    date: review.date,
    notes: review.notes,
    fingerprint: review.fingerprint ?? null,
    endCard: review.endCard ?? null,
  };
}

function sameRecord(a: MedicalReview, b: MedicalReview): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * The audit entry for a step that changed the medical review, or null when it did not:
 * `review.signOff` (actor: the reviewer), `review.clear`, or `review.endCard` when only the end
 * card changed. Undo and redo are logged too, with their kind, so the log tells the whole story.
 */
export function reviewAuditEntry(
  before: ProjectDocument,
  after: ProjectDocument,
  kind: OpKind,
  localUser: string = localUserName(),
): AuditInput | null {
  const previous = before.medicalReview;
  const next = after.medicalReview;
  if (previous === next) return null;
  if (next === undefined) {
    if (previous === undefined) return null;
    return {
      actor: localUser,
      action: 'review.clear',
      details: { kind, cleared: recordOf(previous) },
    };
  }
  if (previous !== undefined && sameRecord(previous, next)) return null;
  const { endCard: _nextCard, ...nextRest } = next;
  const onlyEndCard =
    previous !== undefined &&
    canonicalJson(nextRest) === canonicalJson({ ...previous, endCard: undefined });
  if (onlyEndCard) {
    return {
      actor: localUser,
      action: 'review.endCard',
      details: { kind, endCard: next.endCard ?? null },
    };
  }
  return { actor: next.reviewer, action: 'review.signOff', details: { kind, ...recordOf(next) } };
}
