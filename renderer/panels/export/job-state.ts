import type { ApiEvent } from '../../../shared/api';
import type { ExportJobInfo } from '../../../shared/api/calls/render';

/**
 * The export queue as the dialog keeps it: the engine's `render.jobs` list, moved along by
 * `job` events between fetches. Pure, so the merging rules are tested on their own.
 */

export type ExportJob = ExportJobInfo;
export type JobStatus = ExportJob['status'];
export type JobEvent = ApiEvent<'job'>;

export function isFinished(status: JobStatus): boolean {
  return status === 'success' || status === 'error' || status === 'aborted';
}

export function isActive(status: JobStatus): boolean {
  return status === 'queued' || status === 'running';
}

/** A job's status only moves forward: queued, running, then one of the endings. */
function statusRank(status: JobStatus): number {
  if (status === 'queued') return 0;
  if (status === 'running') return 1;
  return 2;
}

export interface EventOutcome {
  jobs: ExportJob[];
  /**
   * The event announced something only the full list carries (a job this view has not seen,
   * or an ending with its result and error code): fetch `render.jobs` again.
   */
  needsRefresh: boolean;
}

/** Applies one `job` event; events of other kinds of job are ignored. */
export function applyJobEvent(jobs: readonly ExportJob[], event: JobEvent): EventOutcome {
  if (event.kind !== 'export') return { jobs: [...jobs], needsRefresh: false };
  const index = jobs.findIndex((job) => job.id === event.id);
  const current = jobs[index];
  if (current === undefined) return { jobs: [...jobs], needsRefresh: true };
  if (statusRank(event.status) < statusRank(current.status)) {
    return { jobs: [...jobs], needsRefresh: false };
  }
  const updated: ExportJob = {
    ...current,
    status: event.status,
    progress: event.status === 'success' ? 1 : event.progress,
    fps: event.fps ?? null,
    etaMs: event.etaMs,
    error: event.error,
  };
  const next = [...jobs];
  next[index] = updated;
  return { jobs: next, needsRefresh: isFinished(event.status) && current.status !== event.status };
}

/**
 * The engine's list, except where this view already knows better: a job an event has moved
 * further than the (older) list says keeps what the event told.
 */
export function mergeJobLists(
  local: readonly ExportJob[],
  fromEngine: readonly ExportJob[],
): ExportJob[] {
  const localById = new Map(local.map((job) => [job.id, job]));
  return fromEngine.map((engineJob) => {
    const known = localById.get(engineJob.id);
    if (!known) return engineJob;
    if (statusRank(known.status) > statusRank(engineJob.status)) return known;
    if (known.status === 'running' && engineJob.status === 'running') {
      return { ...engineJob, progress: Math.max(known.progress, engineJob.progress) };
    }
    return engineJob;
  });
}

/** Adds a job the engine just accepted, until the next list brings the engine's own entry. */
export function addStartedJob(jobs: readonly ExportJob[], job: ExportJob): ExportJob[] {
  return jobs.some((each) => each.id === job.id) ? [...jobs] : [...jobs, job];
}

export interface BatchProgress {
  /** Jobs in the batch, finished ones included. */
  total: number;
  finished: number;
  /** 0..1 over the batch: a finished job (whatever its ending) counts as done. */
  progress: number;
}

/**
 * Progress over the jobs started since the queue was last idle (the same batch the engine's
 * `totalProgress` covers), or null when nothing is queued or running.
 */
export function batchProgress(
  jobs: readonly ExportJob[],
  batchIds: readonly string[],
): BatchProgress | null {
  const batch = jobs.filter((job) => batchIds.includes(job.id));
  if (!batch.some((job) => isActive(job.status))) return null;
  const done = (job: ExportJob) => (isFinished(job.status) ? 1 : job.progress);
  const sum = batch.reduce((total, job) => total + done(job), 0);
  return {
    total: batch.length,
    finished: batch.filter((job) => isFinished(job.status)).length,
    progress: batch.length === 0 ? 0 : sum / batch.length,
  };
}

/** The batch after a job is added: a new batch when nothing was queued or running. */
export function extendBatch(
  jobs: readonly ExportJob[],
  batchIds: readonly string[],
  jobId: string,
): string[] {
  const busy = jobs.some((job) => batchIds.includes(job.id) && isActive(job.status));
  if (batchIds.includes(jobId)) return [...batchIds];
  return busy ? [...batchIds, jobId] : [jobId];
}
