import { useId, useState, type ReactElement } from 'react';
import { privacyOverrideRequestSchema } from '../../../shared/api/calls/render';
import { Icon } from '../../app/ui/icons';

/** Characters a reason needs (the engine checks the same schema). */
const MIN_REASON = 10;

/**
 * "Export anyway…" under a blocked privacy gate: a typed reason of at least 10 characters,
 * recorded in the project's audit log with the reasons it overrides.
 */
export function PrivacyOverride({
  onOverride,
  busy,
}: {
  onOverride: (reason: string) => void;
  busy: boolean;
}): ReactElement {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [attempted, setAttempted] = useState(false);
  const fieldId = useId();
  const hintId = useId();
  const parsed = privacyOverrideRequestSchema.safeParse({ reason });
  const problem = parsed.success
    ? null
    : `Say why in at least ${MIN_REASON} characters (${reason.trim().length} so far).`;

  if (!open) {
    return (
      <button type="button" className="btn export-override__open" onClick={() => setOpen(true)}>
        Export anyway…
      </button>
    );
  }
  return (
    <form
      className="export-override"
      aria-label="Export anyway"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setAttempted(true);
        if (parsed.success) onOverride(parsed.data.reason);
      }}
    >
      <label className="field__label" htmlFor={fieldId}>
        Why must this be exported without a current face scan?
      </label>
      <textarea
        id={fieldId}
        className="input export-override__reason"
        rows={2}
        value={reason}
        aria-describedby={hintId}
        aria-invalid={attempted && problem !== null}
        onChange={(event) => setReason(event.target.value)}
      />
      <p id={hintId} className={attempted && problem ? 'field__error' : 'field__hint'}>
        {attempted && problem
          ? problem
          : 'Recorded in the project’s audit log with the time and the reasons above.'}
      </p>
      <div className="export-override__actions">
        <button type="button" className="btn" onClick={() => setOpen(false)}>
          Cancel
        </button>
        <button type="submit" className="btn export-override__confirm" disabled={busy}>
          <Icon name={busy ? 'spinner' : 'export'} />
          Export anyway
        </button>
      </div>
    </form>
  );
}
