import type { ReactElement } from 'react';
import { Icon } from '../../app/ui/icons';
import type { StartFailure } from './job-text';
import { PrivacyOverride } from './PrivacyOverride';

/**
 * Why Export was refused: the gate's reasons as a list (with "Export anyway…" when the caller
 * can override), or the engine's sentence.
 */
export function StartFailureNotice({
  failure,
  onOverride,
  busy = false,
}: {
  failure: StartFailure;
  onOverride?: (reason: string) => void;
  busy?: boolean;
}): ReactElement {
  if (failure.kind === 'blocked') {
    return (
      <div className="banner banner--warning export-notice" role="alert">
        <Icon name="warning" />
        <div>
          <p className="export-notice__title">This project cannot be exported yet</p>
          <ul className="export-notice__reasons">
            {failure.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          {onOverride ? <PrivacyOverride onOverride={onOverride} busy={busy} /> : null}
        </div>
      </div>
    );
  }
  const { text } = failure;
  return (
    <div className="banner banner--danger export-notice" role="alert">
      <Icon name="warning" />
      <div>
        <p className="export-notice__title">{text.title}</p>
        <p>{text.message}</p>
        {text.hint ? <p>{text.hint}</p> : null}
      </div>
    </div>
  );
}
