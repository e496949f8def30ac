import { invocation, type CommandInvocation } from '../../../shared/commands';
import { END_CARD_DEFAULT_MS, type MedicalReview } from '../../../shared/model/review';

/** What the sign-off form holds while it is being filled in. */
export interface ReviewDraft {
  reviewer: string;
  role: string;
  /** yyyy-mm-dd, as an `<input type="date">` gives it. */
  date: string;
  notes: string;
  endCard: boolean;
}

export type ReviewDraftErrors = Partial<Record<'reviewer' | 'role' | 'date' | 'notes', string>>;

/** Today in the user's own time zone, as yyyy-mm-dd (a sign-off is dated where it happens). */
export function todayIsoDate(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A new draft: the previous reviewer's name and role (re-signing is the usual case), today. */
export function draftFrom(review: MedicalReview | undefined, today: string): ReviewDraft {
  return {
    reviewer: review?.reviewer ?? '',
    role: review?.role ?? '',
    date: today,
    notes: '',
    endCard: review?.endCard !== undefined,
  };
}

function realDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The sign-off command for a filled-in draft, or what is wrong with each field. */
export function signOffFromDraft(
  draft: ReviewDraft,
): { ok: true; invocation: CommandInvocation } | { ok: false; errors: ReviewDraftErrors } {
  const errors: ReviewDraftErrors = {};
  const reviewer = draft.reviewer.trim();
  const role = draft.role.trim();
  if (reviewer === '') errors.reviewer = 'Enter the reviewer’s name.';
  else if (reviewer.length > 200) errors.reviewer = 'At most 200 characters.';
  if (role === '') errors.role = 'Enter the reviewer’s role, e.g. Consultant cardiologist.';
  else if (role.length > 200) errors.role = 'At most 200 characters.';
  if (!realDate(draft.date)) errors.date = 'Pick the date of the review.';
  if (draft.notes.trim().length > 5000) errors.notes = 'At most 5000 characters.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    invocation: invocation('review.signOff', {
      reviewer,
      role,
      date: draft.date,
      notes: draft.notes.trim(),
      ...(draft.endCard ? { endCard: { durationMs: END_CARD_DEFAULT_MS } } : {}),
    }),
  };
}
