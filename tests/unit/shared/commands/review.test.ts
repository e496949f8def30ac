import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../shared/commands';
import { reviewFingerprint } from '../../../../shared/review/fingerprint';
import { expectInverseRestores, sampleDoc } from '../fixtures';

const signOffArgs = {
  reviewer: '  Dr Amira Khan ',
  role: 'Cardiologist',
  date: '2025-03-01',
  notes: 'Checked doses against BNF.',
};

describe('review commands', () => {
  it('review.signOff records the reviewer, trimmed, with the content fingerprint', () => {
    const doc = sampleDoc();
    const signed = expectInverseRestores(doc, invocation('review.signOff', signOffArgs));
    expect(signed.medicalReview).toEqual({
      reviewer: 'Dr Amira Khan',
      role: 'Cardiologist',
      date: '2025-03-01',
      notes: 'Checked doses against BNF.',
      fingerprint: reviewFingerprint(doc),
    });
  });

  it('signing again replaces the record, and undo brings back the earlier one exactly', () => {
    const first = applyCommand(sampleDoc(), invocation('review.signOff', signOffArgs)).doc;
    const edited = applyCommand(first, invocation('project.rename', { name: 'Edited' })).doc;
    const again = expectInverseRestores(
      edited,
      invocation('review.signOff', { ...signOffArgs, reviewer: 'Dr B', date: '2025-04-02' }),
    );
    expect(again.medicalReview?.reviewer).toBe('Dr B');
    expect(again.medicalReview?.fingerprint).toBe(reviewFingerprint(edited));
    expect(again.medicalReview?.fingerprint).not.toBe(first.medicalReview?.fingerprint);
  });

  it('refuses blank names and malformed dates', () => {
    const doc = sampleDoc();
    expect(() =>
      applyCommand(doc, invocation('review.signOff', { ...signOffArgs, reviewer: '   ' })),
    ).toThrow(/reviewer/);
    expect(() =>
      applyCommand(doc, invocation('review.signOff', { ...signOffArgs, date: '01/03/2025' })),
    ).toThrow(/date/);
    expect(() =>
      applyCommand(
        doc,
        invocation('review.signOff', { ...signOffArgs, endCard: { durationMs: 10_000 } }),
      ),
    ).toThrow(/durationMs/);
  });

  it('review.clear removes the record and refuses when there is none', () => {
    const signed = applyCommand(sampleDoc(), invocation('review.signOff', signOffArgs)).doc;
    const cleared = expectInverseRestores(signed, invocation('review.clear', {}));
    expect(cleared.medicalReview).toBeUndefined();
    expect(() => applyCommand(cleared, invocation('review.clear', {}))).toThrow(
      /no medical review to clear/,
    );
  });

  it('review.setEndCard toggles the card and keeps the fingerprint', () => {
    const signed = applyCommand(sampleDoc(), invocation('review.signOff', signOffArgs)).doc;
    const withCard = expectInverseRestores(
      signed,
      invocation('review.setEndCard', { endCard: { durationMs: 2500 } }),
    );
    expect(withCard.medicalReview?.endCard).toEqual({ durationMs: 2500 });
    expect(withCard.medicalReview?.fingerprint).toBe(signed.medicalReview?.fingerprint);
    const without = expectInverseRestores(
      withCard,
      invocation('review.setEndCard', { endCard: null }),
    );
    expect(without.medicalReview?.endCard).toBeUndefined();
    expect(() =>
      applyCommand(sampleDoc(), invocation('review.setEndCard', { endCard: { durationMs: 2500 } })),
    ).toThrow(/sign off/);
  });
});
