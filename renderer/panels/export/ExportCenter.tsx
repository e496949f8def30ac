import { useCallback, useEffect, useRef, type ReactElement } from 'react';
import { useApi } from '../../api';
import { describeError } from '../../app/errors';
import { useNotify } from '../../app/notifications';
import { ExportDialog } from './ExportDialog';
import type { ExportJob } from './job-state';
import { describeJobFailure } from './job-text';
import { useExportJobs } from './useExportJobs';

/**
 * Owns the export queue for the editor, so exports keep being followed while the dialog is
 * closed: an export that ends then is announced with a notification (a cancelled one quietly
 * is not).
 */
export function ExportCenter({
  open,
  onClose,
  projectId,
  projectPath,
  projectName,
}: {
  open: boolean;
  onClose: () => void;
  projectId: string;
  projectPath: string;
  projectName: string;
}): ReactElement | null {
  const api = useApi();
  const notify = useNotify();
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  }, [open]);

  const onFinished = useCallback(
    (job: ExportJob) => {
      if (openRef.current) return;
      if (job.status === 'success') {
        notify({
          tone: 'success',
          title: 'Export finished',
          message: job.result?.outPath ?? job.outPath,
        });
      } else if (job.status === 'error') {
        const failure = describeJobFailure(job);
        notify({ tone: 'error', title: failure.title, message: failure.message });
      }
    },
    [notify],
  );
  const exports = useExportJobs(api, onFinished);

  const { cancel } = exports;
  const cancelJob = useCallback(
    async (jobId: string) => {
      try {
        await cancel(jobId);
      } catch (error) {
        notify({
          tone: 'error',
          title: 'Could not cancel the export',
          message: describeError(error),
        });
      }
    },
    [cancel, notify],
  );

  if (!open) return null;
  return (
    <ExportDialog
      projectId={projectId}
      projectPath={projectPath}
      projectName={projectName}
      exports={exports}
      onCancelJob={cancelJob}
      onClose={onClose}
    />
  );
}
