import { useState, type ReactElement } from 'react';
import { invocation } from '../../../shared/commands';
import type { ProjectDocument } from '../../../shared/model';
import { END_CARD_DEFAULT_MS } from '../../../shared/model/review';
import { formatReviewDate } from '../../../shared/review/end-card';
import { reviewStatus } from '../../../shared/review/status';
import { ToggleField } from '../inspector/fields';
import { ReadRow, Section } from '../inspector/Section';
import { useInspectorEdits } from '../inspector/useInspectorEdits';
import { signOffFromDraft } from './review-form';
import { ReviewSignOffForm } from './ReviewSignOffForm';
import { ReviewStatusBadge } from './ReviewStatusBadge';
import './review.css';

/**
 * The project's medical review: who signed the clinical content off and whether that still
 * holds (any edit after the sign-off puts it out of date), the end card option, and the form to
 * sign off (again) or clear it. Every change is one undo step and lands in the audit log.
 */
export function MedicalReviewSection({
  doc,
  disabled,
}: {
  doc: ProjectDocument;
  disabled: boolean;
}): ReactElement {
  const edits = useInspectorEdits();
  const status = reviewStatus(doc);
  const [signing, setSigning] = useState(false);
  const review = status.state === 'none' ? undefined : status.review;
  const showForm = status.state === 'none' || signing;
  return (
    <Section title="Medical review" actions={<ReviewStatusBadge state={status.state} />}>
      {status.state === 'out-of-date' ? (
        <div className="banner banner--warning review__banner" role="status">
          <span>
            The project changed after this sign-off. Ask the reviewer to check it again, then sign
            off anew. The end card is left out until then.
          </span>
        </div>
      ) : null}
      {review ? (
        <div className="review__record" data-testid="review-record">
          <ReadRow label="Reviewer">{review.reviewer}</ReadRow>
          <ReadRow label="Role">{review.role}</ReadRow>
          <ReadRow label="Date">{formatReviewDate(review.date)}</ReadRow>
          {review.notes !== '' ? <ReadRow label="Notes">{review.notes}</ReadRow> : null}
          <ToggleField
            label="End card"
            checked={review.endCard !== undefined}
            disabled={disabled}
            testId="review-end-card-toggle"
            onCommit={(on) =>
              edits.commit(
                invocation('review.setEndCard', {
                  endCard: on
                    ? { durationMs: review.endCard?.durationMs ?? END_CARD_DEFAULT_MS }
                    : null,
                }),
              )
            }
          />
          {!signing ? (
            <div className="review__actions">
              <button
                type="button"
                className="btn"
                disabled={disabled}
                data-testid="review-sign-again"
                onClick={() => setSigning(true)}
              >
                Sign off again
              </button>
              <button
                type="button"
                className="btn btn--ghost"
                disabled={disabled}
                data-testid="review-clear"
                onClick={() => edits.commit(invocation('review.clear', {}))}
              >
                Clear sign-off
              </button>
            </div>
          ) : null}
        </div>
      ) : (
        <p className="review__hint">
          A clinician checks the content, then signs off here. Any later edit marks the sign-off out
          of date.
        </p>
      )}
      {showForm ? (
        <ReviewSignOffForm
          key={review?.fingerprint ?? 'new'}
          previous={review}
          disabled={disabled}
          onCancel={signing ? () => setSigning(false) : undefined}
          onSubmit={(draft) => {
            const checked = signOffFromDraft(draft);
            if (!checked.ok) return 'Check the highlighted fields.';
            const refusal = edits.commit(checked.invocation);
            if (refusal === null) setSigning(false);
            return refusal;
          }}
        />
      ) : null}
    </Section>
  );
}
