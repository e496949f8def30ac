import { describe, expect, it } from 'vitest';
import {
  draftFrom,
  signOffFromDraft,
  todayIsoDate,
} from '../../../../../renderer/panels/review/review-form';

const draft = {
  reviewer: ' Dr Amira Khan ',
  role: 'Cardiologist',
  date: '2025-03-01',
  notes: '  Checked doses. ',
  endCard: true,
};

describe('review form', () => {
  it('dates the sign-off in local time', () => {
    expect(todayIsoDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });

  it('starts from the previous reviewer, dated today, with empty notes', () => {
    expect(draftFrom(undefined, '2025-03-01')).toEqual({
      reviewer: '',
      role: '',
      date: '2025-03-01',
      notes: '',
      endCard: false,
    });
    const previous = {
      reviewer: 'Dr B',
      role: 'GP',
      date: '2024-01-01',
      notes: 'old',
      endCard: { durationMs: 2500 },
    };
    expect(draftFrom(previous, '2025-03-01')).toEqual({
      reviewer: 'Dr B',
      role: 'GP',
      date: '2025-03-01',
      notes: '',
      endCard: true,
    });
  });

  it('makes the sign-off command from a filled-in draft, trimmed, with the end card', () => {
    expect(signOffFromDraft(draft)).toEqual({
      ok: true,
      invocation: {
        name: 'review.signOff',
        args: {
          reviewer: 'Dr Amira Khan',
          role: 'Cardiologist',
          date: '2025-03-01',
          notes: 'Checked doses.',
          endCard: { durationMs: 2500 },
        },
      },
    });
    const noCard = signOffFromDraft({ ...draft, endCard: false });
    expect(noCard.ok && noCard.invocation.args).not.toHaveProperty('endCard');
  });

  it('says what is missing or wrong, field by field', () => {
    expect(signOffFromDraft({ ...draft, reviewer: '  ', role: '', date: '2025-02-30' })).toEqual({
      ok: false,
      errors: {
        reviewer: 'Enter the reviewer’s name.',
        role: 'Enter the reviewer’s role, e.g. Consultant cardiologist.',
        date: 'Pick the date of the review.',
      },
    });
    const long = signOffFromDraft({ ...draft, notes: 'x'.repeat(5001) });
    expect(long.ok ? null : long.errors.notes).toBe('At most 5000 characters.');
  });
});
