import { useState, type ReactElement } from 'react';
import { formatBytes, formatDuration } from '../../app/format';
import { baseName } from '../../app/paths';
import { Icon } from '../../app/ui/icons';
import type { ExportPresetInfo } from '../../../shared/api/calls/render';
import { ReviewSummaryLine } from '../review/ReviewExportNote';
import type { ExportJob } from './job-state';
import { describeJobFailure, formatEncodeFps, formatEta, formatPercent } from './job-text';

function ProgressBar({ value, label }: { value: number; label: string }): ReactElement {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      className="export-progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <span className="export-progress__fill" style={{ width: `${percent}%` }} />
    </div>
  );
}

/** What the figures line says: waiting, getting ready (overlays, checks), or encoding. */
export function runningFigures(job: ExportJob): string {
  if (job.status === 'queued') return 'Waiting for the exports before it';
  if (job.progress === 0 && job.fps === null) return 'Preparing…';
  const figures = [formatPercent(job.progress), formatEncodeFps(job.fps), formatEta(job.etaMs)];
  return figures.filter((text) => text !== null).join(' · ');
}

function RunningDetails({ job }: { job: ExportJob }): ReactElement {
  return (
    <>
      <ProgressBar value={job.progress} label={`Exporting ${baseName(job.outPath)}`} />
      <p className="export-job__figures" data-testid="export-job-figures">
        {runningFigures(job)}
      </p>
    </>
  );
}

/** `.srt` for a sidecar named like the video (the usual case), else its file name. */
export function sidecarLabel(videoPath: string, sidecarPath: string): string {
  const stem = (name: string) => name.replace(/\.[^.]*$/, '');
  const name = baseName(sidecarPath);
  const extension = name.slice(stem(name).length);
  return stem(name) === stem(baseName(videoPath)) && extension ? extension : name;
}

/** The summary line of an export that went past a blocked privacy gate. */
export function overrideText(override: { reason: string; reasons: readonly string[] }): string {
  const count = override.reasons.length;
  return `Privacy gate overridden (${count} reason${count === 1 ? '' : 's'}), recorded in the audit log: “${override.reason}”`;
}

function SuccessDetails({ job }: { job: ExportJob }): ReactElement {
  const result = job.result;
  return (
    <div className="export-job__result">
      <p className="export-job__path mono" title={result?.outPath ?? job.outPath}>
        {result?.outPath ?? job.outPath}
      </p>
      {result ? (
        <p className="export-job__figures">
          {formatDuration(result.durationMs)} · {formatBytes(result.sizeBytes)}
        </p>
      ) : null}
      {result?.sidecars && result.sidecars.length > 0 ? (
        <p className="export-job__figures" data-testid="export-job-sidecars">
          Also saved: {result.sidecars.map((path) => sidecarLabel(result.outPath, path)).join(', ')}
        </p>
      ) : null}
      {result?.review ? (
        <ReviewSummaryLine summary={result.review} testId="export-job-review" />
      ) : null}
      {result?.privacyOverride ? (
        <p className="export-job__figures export-job__override" data-testid="export-job-override">
          {overrideText(result.privacyOverride)}
        </p>
      ) : null}
    </div>
  );
}

function FailureDetails({ job }: { job: ExportJob }): ReactElement {
  const failure = describeJobFailure(job);
  return (
    <div className="export-job__failure" role="alert">
      <p className="export-job__failure-title">{failure.title}</p>
      <p className="export-job__message">{failure.message}</p>
      {failure.hint ? <p className="export-job__hint">{failure.hint}</p> : null}
    </div>
  );
}

const STATUS_TEXT: Record<ExportJob['status'], string> = {
  queued: 'Queued',
  running: 'Exporting',
  success: 'Done',
  error: 'Failed',
  aborted: 'Export cancelled',
};

/** One export in the queue: progress and Cancel while it runs, then how it ended. */
export function ExportJobRow({
  job,
  preset,
  onCancel,
}: {
  job: ExportJob;
  preset: ExportPresetInfo | undefined;
  onCancel: (jobId: string) => Promise<void>;
}): ReactElement {
  const [cancelling, setCancelling] = useState(false);
  const active = job.status === 'queued' || job.status === 'running';
  const icon = job.status === 'success' ? 'check' : job.status === 'error' ? 'warning' : null;
  return (
    <li className="export-job" data-status={job.status} data-testid="export-job">
      <div className="export-job__head">
        {icon ? (
          <span className="export-job__icon">
            <Icon name={icon} />
          </span>
        ) : null}
        <span className="export-job__name" title={job.outPath}>
          {baseName(job.outPath)}
        </span>
        <span className="badge">{preset?.label ?? job.preset}</span>
        <span className="export-job__status" data-testid="export-job-status">
          {STATUS_TEXT[job.status]}
        </span>
        {active ? (
          <button
            type="button"
            className="btn btn--ghost export-job__cancel"
            disabled={cancelling}
            onClick={() => {
              setCancelling(true);
              void onCancel(job.id).finally(() => setCancelling(false));
            }}
          >
            {cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        ) : null}
      </div>
      {active ? <RunningDetails job={job} /> : null}
      {job.status === 'success' ? <SuccessDetails job={job} /> : null}
      {job.status === 'error' ? <FailureDetails job={job} /> : null}
    </li>
  );
}
