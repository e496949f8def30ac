import type { ReactElement } from 'react';
import type { ReviewState } from '../../../shared/review/status';

const LOOK: Record<ReviewState, { text: string; className: string }> = {
  none: { text: 'Not signed off', className: 'badge' },
  current: { text: 'Signed off', className: 'badge badge--accent' },
  'out-of-date': { text: 'Out of date', className: 'badge badge--warning' },
};

/** The review's state in one word or two, coloured by how much it needs attention. */
export function ReviewStatusBadge({ state }: { state: ReviewState }): ReactElement {
  const look = LOOK[state];
  return (
    <span className={look.className} data-testid="review-status" data-state={state}>
      {look.text}
    </span>
  );
}
