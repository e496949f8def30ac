import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../shared/api';
import type { ScanMode } from '../../../shared/model';
import type { ApiClient } from '../../api';
import { describeError } from '../../app/errors';
import type { DocumentStore } from '../../editor/document-store';

export const SCAN_JOB_KIND = 'privacy.scan';

export type ScanRun =
  | { phase: 'idle' }
  | {
      phase: 'running';
      mode: ScanMode;
      /** Known from the first job event; Cancel waits for it. */
      jobId: string | null;
      progress: number;
      etaMs: number | null;
      cancelling: boolean;
    }
  | { phase: 'done'; files: number; tracks: number }
  | { phase: 'cancelled' }
  | { phase: 'error'; message: string };

export interface FaceScan {
  run: ScanRun;
  start(mode: ScanMode): Promise<void>;
  cancel(): void;
}

function isCancellation(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'aborted';
}

/**
 * The engine's face scan, followed through its `job` events. The engine applies the result to
 * its document as one step, which the editor adopts with its undo step when the scan ends; a
 * cancelled scan changes nothing and is not an error.
 */
export function useFaceScan(api: ApiClient, projectId: string, store: DocumentStore): FaceScan {
  const [run, setRun] = useState<ScanRun>({ phase: 'idle' });
  const runRef = useRef<ScanRun>(run);
  const cancelWanted = useRef(false);
  const mounted = useRef(true);

  const update = useCallback((next: ScanRun) => {
    runRef.current = next;
    if (mounted.current) setRun(next);
  }, []);

  const sendCancel = useCallback(
    (jobId: string) => {
      api.call('privacy.cancelScan', { jobId }).catch((error: unknown) => {
        const current = runRef.current;
        if (current.phase === 'running') {
          update({ phase: 'error', message: `Could not cancel: ${describeError(error)}` });
        }
      });
    },
    [api, update],
  );

  useEffect(() => {
    mounted.current = true;
    const unsubscribe = api.on('job', (event) => {
      const current = runRef.current;
      if (event.kind !== SCAN_JOB_KIND || current.phase !== 'running') return;
      if (current.jobId !== null && current.jobId !== event.id) return;
      if (event.status !== 'running' && event.status !== 'queued') return;
      update({ ...current, jobId: event.id, progress: event.progress, etaMs: event.etaMs });
      if (current.jobId === null && cancelWanted.current) sendCancel(event.id);
    });
    return () => {
      mounted.current = false;
      unsubscribe();
    };
  }, [api, update, sendCancel]);

  const start = useCallback(
    async (mode: ScanMode) => {
      if (runRef.current.phase === 'running') return;
      cancelWanted.current = false;
      update({ phase: 'running', mode, jobId: null, progress: 0, etaMs: null, cancelling: false });
      try {
        // The engine scans its own copy of the document: send pending edits first.
        await store.idle();
        const result = await api.call('privacy.scan', { projectId, mode });
        // One undoable step in the editor's history, like an import.
        store.adoptEngineStep(result);
        const tracks = result.scans.reduce((sum, scan) => sum + scan.tracks, 0);
        update({ phase: 'done', files: result.scans.length, tracks });
      } catch (error) {
        if (isCancellation(error) || cancelWanted.current) update({ phase: 'cancelled' });
        else update({ phase: 'error', message: describeError(error) });
      }
    },
    [api, projectId, store, update],
  );

  const cancel = useCallback(() => {
    const current = runRef.current;
    if (current.phase !== 'running' || current.cancelling) return;
    cancelWanted.current = true;
    update({ ...current, cancelling: true });
    if (current.jobId !== null) sendCancel(current.jobId);
  }, [update, sendCancel]);

  return { run, start, cancel };
}
