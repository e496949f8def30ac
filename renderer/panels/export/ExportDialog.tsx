import { useId, useState, type ReactElement } from 'react';
import { useApi } from '../../api';
import { Icon } from '../../app/ui/icons';
import { Modal } from '../../app/ui/Modal';
import { ReviewExportNote } from '../review/ReviewExportNote';
import { ExportQueue } from './ExportQueue';
import { ExportSettings } from './ExportSettings';
import { GateWarnings } from './GateWarnings';
import { isActive } from './job-state';
import { describeStartFailure, type StartFailure } from './job-text';
import { StartFailureNotice } from './StartFailureNotice';
import { useExportForm } from './useExportForm';
import { useGateWarnings } from './useGateWarnings';
import type { ExportJobs } from './useExportJobs';
import { usePresets } from './usePresets';
import './export.css';

export interface ExportDialogProps {
  projectId: string;
  projectPath: string;
  projectName: string;
  exports: ExportJobs;
  onCancelJob: (jobId: string) => Promise<void>;
  onClose: () => void;
}

/**
 * Export: choose a platform, where the video goes and the cover frame, then queue it. The
 * queue below shows every export with its progress, and how each one ended.
 */
export function ExportDialog(props: ExportDialogProps): ReactElement {
  const { exports } = props;
  const api = useApi();
  const formId = useId();
  const presets = usePresets(api, props.projectId);
  const ready = presets.status === 'ready' ? presets : null;
  const form = useExportForm({
    projectId: props.projectId,
    projectPath: props.projectPath,
    projectName: props.projectName,
    presets: ready?.presets ?? [],
    durationMs: ready?.durationMs ?? 0,
    busyPaths: exports.jobs.filter((job) => isActive(job.status)).map((job) => job.outPath),
  });
  const gateWarnings = useGateWarnings(api, props.projectId, form.path);
  const [starting, setStarting] = useState(false);
  const [startFailure, setStartFailure] = useState<StartFailure | null>(null);

  /** With `overrideReason`, past a blocked privacy gate (the engine records it). */
  const submit = async (overrideReason?: string) => {
    setStartFailure(null);
    const submission = form.submit();
    if (!submission) return;
    setStarting(true);
    try {
      const request =
        overrideReason === undefined
          ? submission.request
          : { ...submission.request, overridePrivacy: { reason: overrideReason } };
      await exports.start(request, submission.label);
      form.settle();
    } catch (error) {
      setStartFailure(describeStartFailure(error));
    } finally {
      setStarting(false);
    }
  };

  const footer = (
    <>
      <button type="button" className="btn" onClick={props.onClose}>
        Close
      </button>
      <button
        type="submit"
        form={formId}
        className="btn btn--primary"
        disabled={ready === null || starting}
      >
        <Icon name={starting ? 'spinner' : 'export'} />
        {starting ? 'Starting…' : 'Export'}
      </button>
    </>
  );

  return (
    <Modal title="Export" onClose={props.onClose} footer={footer} width={720}>
      <div className="export-dialog">
        <form
          id={formId}
          aria-label="Export settings"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          {presets.status === 'loading' ? (
            <p className="export-dialog__loading">Reading the platform presets…</p>
          ) : null}
          {presets.status === 'error' ? (
            <div className="banner banner--danger" role="alert">
              <Icon name="warning" />
              <span>The presets could not be read: {presets.message}</span>
            </div>
          ) : null}
          {ready ? <ExportSettings form={form} presets={ready.presets} /> : null}
          <ReviewExportNote />
        </form>
        <GateWarnings warnings={gateWarnings} />
        {startFailure ? (
          <StartFailureNotice
            failure={startFailure}
            busy={starting}
            onOverride={(reason) => void submit(reason)}
          />
        ) : null}
        {exports.loadError ? (
          <p className="field__error">The export queue could not be read: {exports.loadError}</p>
        ) : null}
        <ExportQueue
          jobs={exports.jobs}
          batch={exports.batch}
          presets={ready?.presets ?? []}
          onCancel={props.onCancelJob}
        />
      </div>
    </Modal>
  );
}
