import { useState, type ReactElement } from 'react';
import type { ApiResponse } from '../../../shared/api';
import { planCaptionImport, type CaptionImportMode } from '../../../shared/captions';
import { newId } from '../../../shared/model';
import { useApi } from '../../api';
import { useAppInfo } from '../../app/app-info';
import { describeError } from '../../app/errors';
import { FilePicker } from '../../app/file-picker/FilePicker';
import { baseName, dirName } from '../../app/paths';
import { Modal } from '../../app/ui/Modal';
import { useEditorServices } from '../../editor/editor-context';
import { useNotify } from '../../app/notifications';
import { ImportPreview } from './ImportPreview';
import { confirmLabel, plural } from './preview-text';
import './captions-import.css';

export const SUBTITLE_EXTENSIONS = ['srt', 'vtt'] as const;

type Preview = ApiResponse<'captions.previewImport'>;

type Stage =
  | { kind: 'picking' }
  | { kind: 'reading'; path: string }
  | { kind: 'preview'; preview: Preview }
  | { kind: 'failed'; path: string; message: string };

/**
 * Import captions: choose an .srt or .vtt file, see what it holds (format, cues, every entry
 * that will be skipped with its line), then replace or append. The engine only reads the file
 * (captions.previewImport); nothing changes until the person confirms, and the confirmed import
 * is one undo step made of the very cues shown.
 */
export function CaptionsImportDialog({
  onClose,
  lastDir,
  onDirUsed,
}: {
  onClose: () => void;
  /** Folder of the last subtitle file, where the picker opens. */
  lastDir: string | null;
  onDirUsed: (dir: string) => void;
}): ReactElement {
  const api = useApi();
  const info = useAppInfo();
  const notify = useNotify();
  const { projectId, store } = useEditorServices();
  const [stage, setStage] = useState<Stage>({ kind: 'picking' });
  const [mode, setMode] = useState<CaptionImportMode>('append');

  const read = async (path: string) => {
    onDirUsed(dirName(path));
    setStage({ kind: 'reading', path });
    try {
      const preview = await api.call('captions.previewImport', { projectId, path });
      setMode(preview.existingCount > 0 ? 'replace' : 'append');
      setStage({ kind: 'preview', preview });
    } catch (error) {
      setStage({ kind: 'failed', path, message: describeError(error) });
    }
  };

  if (stage.kind === 'picking') {
    return (
      <FilePicker
        title="Import captions"
        mode="files"
        extensions={SUBTITLE_EXTENSIONS}
        initialDir={lastDir ?? info.homeDir}
        confirmLabel="Preview"
        onClose={onClose}
        onConfirm={([path]) => {
          if (path) void read(path);
        }}
      />
    );
  }

  const apply = (preview: Preview) => {
    // The document as it is now: captions edited while the dialog was open are the ones replaced.
    const existing = store.getSnapshot().document.tracks.captions;
    const plan = planCaptionImport(existing, preview.cues, mode, () => newId('cue'));
    if (plan.added === 0) return;
    if (store.dispatch(plan.invocations, `Import captions from ${baseName(preview.path)}`)) {
      notify({
        tone: 'info',
        title: `Imported ${plural(plan.added, 'caption')}`,
        message:
          plan.removed > 0
            ? `${plural(plan.removed, 'caption')} replaced. Undo restores them.`
            : `From ${baseName(preview.path)}.`,
      });
      onClose();
    }
  };

  const existingNow = store.getSnapshot().document.tracks.captions.length;
  const footer = (
    <>
      {stage.kind !== 'reading' ? (
        <button type="button" className="btn" onClick={() => setStage({ kind: 'picking' })}>
          Choose another file…
        </button>
      ) : null}
      <span className="captions-import__spacer" />
      <button type="button" className="btn" onClick={onClose}>
        Cancel
      </button>
      {stage.kind === 'preview' ? (
        <button
          type="button"
          className="btn btn--primary"
          disabled={stage.preview.cues.length === 0 || store.getSnapshot().readOnly}
          onClick={() => apply(stage.preview)}
        >
          {confirmLabel(mode, stage.preview.cues.length, existingNow)}
        </button>
      ) : null}
    </>
  );

  return (
    <Modal title="Import captions" onClose={onClose} footer={footer} width={720}>
      <div className="captions-import" data-testid="captions-import">
        {stage.kind === 'reading' ? (
          <p className="captions-import__status" role="status">
            Reading {baseName(stage.path)}…
          </p>
        ) : null}
        {stage.kind === 'failed' ? (
          <div className="captions-import__failed" role="alert">
            <p className="captions-import__file mono">{stage.path}</p>
            <p>{stage.message}</p>
            <p className="muted">Nothing was imported; the project is unchanged.</p>
          </div>
        ) : null}
        {stage.kind === 'preview' ? (
          <ImportPreview
            preview={stage.preview}
            existingCount={existingNow}
            mode={mode}
            onModeChange={setMode}
          />
        ) : null}
      </div>
    </Modal>
  );
}
