import { useId, useState, type ReactElement } from 'react';
import type { MedicalReview } from '../../../shared/model/review';
import { FieldRow } from '../inspector/fields/FieldRow';
import {
  draftFrom,
  signOffFromDraft,
  todayIsoDate,
  type ReviewDraft,
  type ReviewDraftErrors,
} from './review-form';

/**
 * Reviewer, role, date and notes, signed off as one undo step. Fields are checked on submit;
 * the command records the content's fingerprint, so the sign-off covers the project as it is now.
 */
export function ReviewSignOffForm({
  previous,
  disabled,
  onSubmit,
  onCancel,
}: {
  previous: MedicalReview | undefined;
  disabled: boolean;
  /** Applies the sign-off; returns why it was refused, or null. */
  onSubmit: (draft: ReviewDraft) => string | null;
  onCancel?: () => void;
}): ReactElement {
  const id = useId();
  const [draft, setDraft] = useState<ReviewDraft>(() => draftFrom(previous, todayIsoDate()));
  const [errors, setErrors] = useState<ReviewDraftErrors>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const set = <K extends keyof ReviewDraft>(key: K, value: ReviewDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const input = (key: 'reviewer' | 'role', label: string, placeholder: string) => (
    <FieldRow
      label={label}
      htmlFor={`${id}-${key}`}
      error={errors[key]}
      errorId={`${id}-${key}-error`}
    >
      <input
        id={`${id}-${key}`}
        className="input insp-input"
        type="text"
        autoComplete="off"
        placeholder={placeholder}
        value={draft[key]}
        disabled={disabled}
        aria-invalid={errors[key] ? 'true' : undefined}
        aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
        data-testid={`review-${key}`}
        onChange={(event) => set(key, event.target.value)}
      />
    </FieldRow>
  );
  return (
    <form
      className="review-form"
      aria-label="Medical review sign-off"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const checked = signOffFromDraft(draft);
        if (!checked.ok) {
          setErrors(checked.errors);
          return;
        }
        setErrors({});
        setRefusal(onSubmit(draft));
      }}
    >
      {input('reviewer', 'Reviewer', 'Dr Amira Khan')}
      {input('role', 'Role', 'Consultant cardiologist')}
      <FieldRow
        label="Date"
        htmlFor={`${id}-date`}
        error={errors.date}
        errorId={`${id}-date-error`}
      >
        <input
          id={`${id}-date`}
          className="input insp-input"
          type="date"
          value={draft.date}
          disabled={disabled}
          aria-invalid={errors.date ? 'true' : undefined}
          data-testid="review-date"
          onChange={(event) => set('date', event.target.value)}
        />
      </FieldRow>
      <FieldRow
        label="Notes"
        htmlFor={`${id}-notes`}
        error={errors.notes}
        errorId={`${id}-notes-error`}
      >
        <textarea
          id={`${id}-notes`}
          className="input insp-input insp-textarea"
          rows={3}
          value={draft.notes}
          disabled={disabled}
          placeholder="What was checked, sources consulted…"
          data-testid="review-notes"
          onChange={(event) => set('notes', event.target.value)}
        />
      </FieldRow>
      <label className="review-form__check">
        <input
          type="checkbox"
          className="insp-checkbox"
          checked={draft.endCard}
          disabled={disabled}
          data-testid="review-end-card"
          onChange={(event) => set('endCard', event.target.checked)}
        />
        End the clip with a “Reviewed by …” card
      </label>
      {refusal ? (
        <p className="insp-field__error" role="alert">
          {refusal}
        </p>
      ) : null}
      <div className="review-form__actions">
        {onCancel ? (
          <button type="button" className="btn btn--ghost" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        <button
          type="submit"
          className="btn btn--primary"
          disabled={disabled}
          data-testid="review-sign-off"
        >
          Sign off
        </button>
      </div>
    </form>
  );
}
