import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiRequest } from '../../../shared/api';
import type { ApiClient } from '../../api';
import { describeError } from '../../app/errors';
import {
  addStartedJob,
  applyJobEvent,
  batchProgress,
  extendBatch,
  isFinished,
  mergeJobLists,
  type BatchProgress,
  type ExportJob,
} from './job-state';

export type StartRequest = ApiRequest<'render.start'>;

export interface ExportJobs {
  /** Oldest first, as the engine lists them. */
  jobs: ExportJob[];
  batch: BatchProgress | null;
  /** Why the list could not be read, or null. */
  loadError: string | null;
  /** Queues an export; rejects with the engine's error (an `export-blocked` gate, say). */
  start(request: StartRequest, label: string): Promise<string>;
  cancel(jobId: string): Promise<void>;
}

/**
 * The engine's export queue, live: `render.jobs` once, then `job` events, re-reading the list
 * when an event brings something only the list carries (a new job, an ending's result).
 * `onFinished` hears each job started here exactly once, when it ends.
 */
export function useExportJobs(api: ApiClient, onFinished?: (job: ExportJob) => void): ExportJobs {
  const [jobs, setJobs] = useState<ExportJob[]>([]);
  const [batchIds, setBatchIds] = useState<string[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const jobsRef = useRef<ExportJob[]>([]);
  const startedHere = useRef(new Set<string>());
  const announced = useRef(new Set<string>());
  const onFinishedRef = useRef(onFinished);
  useEffect(() => {
    onFinishedRef.current = onFinished;
  }, [onFinished]);

  const commit = useCallback((next: ExportJob[], fromList: boolean) => {
    jobsRef.current = next;
    setJobs(next);
    // Endings are announced from the list, which carries the result and the error code.
    if (!fromList) return;
    for (const job of next) {
      if (!isFinished(job.status) || !startedHere.current.has(job.id)) continue;
      if (announced.current.has(job.id)) continue;
      announced.current.add(job.id);
      onFinishedRef.current?.(job);
    }
  }, []);

  // One fetch at a time; a request during one runs once more after it.
  const fetching = useRef(false);
  const again = useRef(false);
  const refresh = useCallback(async () => {
    if (fetching.current) {
      again.current = true;
      return;
    }
    fetching.current = true;
    try {
      do {
        again.current = false;
        try {
          const listed = await api.call('render.jobs', {});
          commit(mergeJobLists(jobsRef.current, listed.jobs), true);
          setLoadError(null);
        } catch (error) {
          setLoadError(describeError(error));
        }
      } while (again.current);
    } finally {
      fetching.current = false;
    }
  }, [api, commit]);

  useEffect(() => {
    void refresh();
    return api.on('job', (event) => {
      const outcome = applyJobEvent(jobsRef.current, event);
      commit(outcome.jobs, false);
      if (outcome.needsRefresh) void refresh();
    });
  }, [api, refresh, commit]);

  const start = useCallback(
    async (request: StartRequest, label: string) => {
      const { jobId } = await api.call('render.start', request);
      startedHere.current.add(jobId);
      setBatchIds((ids) => extendBatch(jobsRef.current, ids, jobId));
      commit(
        addStartedJob(jobsRef.current, {
          id: jobId,
          kind: 'export',
          label,
          status: 'queued',
          progress: 0,
          fps: null,
          etaMs: null,
          error: null,
          errorCode: null,
          preset: request.preset,
          outPath: request.outPath,
          result: null,
        }),
        false,
      );
      void refresh();
      return jobId;
    },
    [api, commit, refresh],
  );

  const cancel = useCallback(
    async (jobId: string) => {
      await api.call('render.cancel', { jobId });
      void refresh();
    },
    [api, refresh],
  );

  return { jobs, batch: batchProgress(jobs, batchIds), loadError, start, cancel };
}
