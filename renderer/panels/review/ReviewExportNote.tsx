import { useContext, useSyncExternalStore, type ReactElement } from 'react';
import type { ReviewSummary } from '../../../shared/review/summary';
import { reviewSummary } from '../../../shared/review/summary';
import type { DocumentStore } from '../../editor/document-store';
import { EditorContext } from '../../editor/editor-context';
import { ReviewStatusBadge } from './ReviewStatusBadge';
import './review.css';

const noSubscription = () => () => undefined;
const noSnapshot = () => null;

/** The open document's review summary, or null outside an editor. */
function useReviewSummary(store: DocumentStore | undefined): ReviewSummary | null {
  const document = useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    store ? () => store.getSnapshot().document : noSnapshot,
  );
  return document === null ? null : reviewSummary(document);
}

/** One line for a review summary: the state and the sign-off, with the end card when it shows. */
export function ReviewSummaryLine({
  summary,
  testId,
}: {
  summary: ReviewSummary;
  testId?: string;
}): ReactElement {
  return (
    <p className="review-export" data-testid={testId} data-state={summary.state}>
      <ReviewStatusBadge state={summary.state} />
      <span>
        Medical review: {summary.text}
        {summary.endCard ? ' · ends with the review card' : ''}
      </span>
    </p>
  );
}

/**
 * The export dialog's note on the medical review of what is about to be exported: signed off
 * and current, out of date (edited since), or never signed off.
 */
export function ReviewExportNote(): ReactElement | null {
  const services = useContext(EditorContext);
  const summary = useReviewSummary(services?.store);
  if (summary === null) return null;
  return <ReviewSummaryLine summary={summary} testId="export-review" />;
}
