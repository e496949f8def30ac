import { describe, expect, it } from 'vitest';
import { reviewAuditEntry } from '../../../../../main/engine/project/review-audit';
import { createDocument } from '../../../../../shared/model';
import type { MedicalReview } from '../../../../../shared/model';

const doc = createDocument({ id: 'prj_a', name: 'A' });
const review: MedicalReview = {
  reviewer: 'Dr A',
  role: 'GP',
  date: '2025-03-01',
  notes: '',
  fingerprint: 'v1:10:0123456789abcdef',
};

describe('reviewAuditEntry', () => {
  it('is null when the review did not change', () => {
    expect(reviewAuditEntry(doc, { ...doc, name: 'B' }, 'do', 'me')).toBeNull();
    const signed = { ...doc, medicalReview: review };
    expect(
      reviewAuditEntry(signed, { ...signed, medicalReview: { ...review } }, 'do', 'me'),
    ).toBeNull();
  });

  it('names the reviewer for a sign-off and the local user for a clear', () => {
    const signed = { ...doc, medicalReview: review };
    expect(reviewAuditEntry(doc, signed, 'redo', 'me')).toMatchObject({
      actor: 'Dr A',
      action: 'review.signOff',
      details: { kind: 'redo', fingerprint: review.fingerprint, endCard: null },
    });
    expect(reviewAuditEntry(signed, doc, 'do', 'me')).toMatchObject({
      actor: 'me',
      action: 'review.clear',
      details: { cleared: { reviewer: 'Dr A' } },
    });
  });

  it('tells an end-card change from a new sign-off', () => {
    const signed = { ...doc, medicalReview: review };
    const carded = { ...doc, medicalReview: { ...review, endCard: { durationMs: 2000 } } };
    expect(reviewAuditEntry(signed, carded, 'do', 'me')).toMatchObject({
      action: 'review.endCard',
      details: { endCard: { durationMs: 2000 } },
    });
    const resigned = { ...doc, medicalReview: { ...review, date: '2025-04-01' } };
    expect(reviewAuditEntry(signed, resigned, 'do', 'me')?.action).toBe('review.signOff');
  });
});
