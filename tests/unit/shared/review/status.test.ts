import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../shared/commands';
import { describeReviewStatus, reviewStatus } from '../../../../shared/review/status';
import { sampleDoc } from '../fixtures';

const signOff = invocation('review.signOff', {
  reviewer: 'Dr Amira Khan',
  role: 'Cardiologist',
  date: '2025-03-01',
});

describe('reviewStatus', () => {
  it('is none without a review', () => {
    const status = reviewStatus(sampleDoc());
    expect(status).toEqual({ state: 'none' });
    expect(describeReviewStatus(status)).toBe('Not signed off');
  });

  it('is current right after sign-off and out of date after any edit', () => {
    const signed = applyCommand(sampleDoc(), signOff).doc;
    expect(reviewStatus(signed).state).toBe('current');
    expect(describeReviewStatus(reviewStatus(signed))).toBe(
      'Signed off by Dr Amira Khan (Cardiologist), 2025-03-01 — current',
    );
    const edited = applyCommand(signed, invocation('clip.move', { id: 'clip_2', start: 4200 }));
    expect(reviewStatus(edited.doc).state).toBe('out-of-date');
    expect(describeReviewStatus(reviewStatus(edited.doc))).toMatch(/out of date/);
    // Undoing the edit brings back exactly the reviewed content.
    expect(reviewStatus(applyCommand(edited.doc, edited.inverse).doc).state).toBe('current');
  });

  it('treats a review without a fingerprint (older record) as out of date', () => {
    const doc = {
      ...sampleDoc(),
      medicalReview: { reviewer: 'Dr A', role: 'GP', date: '2025-03-01', notes: '' },
    };
    expect(reviewStatus(doc).state).toBe('out-of-date');
  });
});
