import type { ReactElement } from 'react';
import { Icon } from '../../app/ui/icons';

/**
 * The export gate's warnings above the queue: worth a look before publishing (a caption that
 * names a patient, faces nobody reviewed), but Export stays available.
 */
export function GateWarnings({ warnings }: { warnings: readonly string[] }): ReactElement | null {
  if (warnings.length === 0) return null;
  return (
    <div className="banner banner--warning export-notice export-warnings" role="status">
      <Icon name="warning" />
      <div>
        <p className="export-notice__title">Check before publishing</p>
        <ul className="export-notice__reasons">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
