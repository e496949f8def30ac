import { useMemo, useState, type ReactElement } from 'react';
import { scanModeSchema, type ProjectDocument, type ScanMode } from '../../../shared/model';
import { formatDateTime } from '../../app/format';
import { formatEta, formatPercent } from '../export/job-text';
import { describeScanState, mediaScanStatuses } from './scan-status';
import type { FaceScan } from './useFaceScan';

const MODE_LABELS: Record<ScanMode, string> = {
  fast: 'Fast (first look)',
  standard: 'Standard',
  thorough: 'Thorough',
};

function RunStatus({ scan }: { scan: FaceScan }): ReactElement | null {
  const { run } = scan;
  switch (run.phase) {
    case 'idle':
      return null;
    case 'running': {
      const eta = formatEta(run.etaMs);
      return (
        <div className="privacy-progress" data-testid="scan-progress">
          <progress max={1} value={run.progress} aria-label="Face scan progress" />
          <span className="privacy-progress__text">
            {run.cancelling
              ? 'Cancelling…'
              : `${formatPercent(run.progress)}${eta !== null ? ` · ${eta}` : ''}`}
          </span>
          <button type="button" className="btn" disabled={run.cancelling} onClick={scan.cancel}>
            Cancel
          </button>
        </div>
      );
    }
    case 'done':
      return (
        <p className="muted" role="status">
          Scanned {run.files} file{run.files === 1 ? '' : 's'}: {run.tracks} face
          {run.tracks === 1 ? '' : 's'} found.
        </p>
      );
    case 'cancelled':
      return (
        <p className="muted" role="status">
          Scan cancelled; nothing was changed.
        </p>
      );
    case 'error':
      return (
        <p className="privacy-error" role="alert">
          The face scan failed: {run.message}
        </p>
      );
  }
}

/** Starting a face scan, following it, and each used media file's scan status. */
export function ScanSection({
  doc,
  scan,
  readOnly,
  engineReasons,
}: {
  doc: ProjectDocument;
  scan: FaceScan;
  readOnly: boolean;
  /** The engine gate's blocking reasons, which alone know the detector's current settings. */
  engineReasons: readonly string[];
}): ReactElement {
  const [mode, setMode] = useState<ScanMode>('standard');
  const statuses = useMemo(() => mediaScanStatuses(doc, null, engineReasons), [doc, engineReasons]);
  const running = scan.run.phase === 'running';

  return (
    <section className="privacy-section" aria-labelledby="privacy-scan-heading">
      <div className="privacy-section__head">
        <h3 id="privacy-scan-heading">Face scan</h3>
      </div>
      <div className="privacy-scan__row">
        <select
          className="input"
          aria-label="Scan mode"
          value={mode}
          disabled={running || readOnly}
          onChange={(event) => setMode(scanModeSchema.parse(event.target.value))}
        >
          {scanModeSchema.options.map((option) => (
            <option key={option} value={option}>
              {MODE_LABELS[option]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn btn--primary"
          disabled={running || readOnly}
          onClick={() => void scan.start(mode)}
        >
          Scan for faces
        </button>
      </div>
      <RunStatus scan={scan} />
      {statuses.length === 0 ? (
        <p className="muted">No footage on the timeline yet.</p>
      ) : (
        <ul className="privacy-media" aria-label="Scan status">
          {statuses.map((status) => (
            <li
              key={status.mediaId}
              className="privacy-media__row"
              data-testid="media-scan-status"
              data-state={status.state.kind}
              title={status.state.kind === 'scanned' ? undefined : status.state.message}
            >
              <span className="privacy-media__name">{status.name}</span>
              <span className={`privacy-badge privacy-badge--${status.state.kind}`}>
                {describeScanState(status.state, formatDateTime)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
