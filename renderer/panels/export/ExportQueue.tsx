import type { ReactElement } from 'react';
import type { ExportPresetInfo } from '../../../shared/api/calls/render';
import { formatPercent } from './job-text';
import { isActive, type BatchProgress, type ExportJob } from './job-state';
import { ExportJobRow } from './ExportJobRow';

/** Running and queued exports first (in queue order), then finished ones, newest first. */
export function queueOrder(jobs: readonly ExportJob[]): ExportJob[] {
  const active = jobs.filter((job) => isActive(job.status));
  const finished = jobs.filter((job) => !isActive(job.status)).reverse();
  return [...active, ...finished];
}

/** The export queue with overall progress while more than one export is in the batch. */
export function ExportQueue({
  jobs,
  batch,
  presets,
  onCancel,
}: {
  jobs: readonly ExportJob[];
  batch: BatchProgress | null;
  presets: readonly ExportPresetInfo[];
  onCancel: (jobId: string) => Promise<void>;
}): ReactElement | null {
  if (jobs.length === 0) return null;
  return (
    <section className="export-queue" aria-label="Exports">
      <header className="export-queue__header">
        <h3 className="export-section__title">Exports</h3>
        {batch && batch.total > 1 ? (
          <span className="export-queue__total" data-testid="export-total">
            {batch.finished} of {batch.total} done · {formatPercent(batch.progress)} overall
          </span>
        ) : null}
      </header>
      {batch && batch.total > 1 ? (
        <div className="export-progress export-progress--total" aria-hidden="true">
          <span
            className="export-progress__fill"
            style={{ width: `${Math.round(batch.progress * 100)}%` }}
          />
        </div>
      ) : null}
      <ol className="export-queue__list">
        {queueOrder(jobs).map((job) => (
          <ExportJobRow
            key={job.id}
            job={job}
            preset={presets.find((preset) => preset.name === job.preset)}
            onCancel={onCancel}
          />
        ))}
      </ol>
    </section>
  );
}
