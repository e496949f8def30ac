import { useId, useState, type ReactElement } from 'react';
import type { SubtitleFormat } from '../../../shared/captions';
import { useApi } from '../../api';
import { describeError } from '../../app/errors';
import { FilePicker } from '../../app/file-picker/FilePicker';
import { useNotify } from '../../app/notifications';
import { baseName, dirName, isAbsolutePath, joinPath } from '../../app/paths';
import { Modal } from '../../app/ui/Modal';
import { useEditorServices } from '../../editor/editor-context';
import { FORMAT_NAMES, plural } from './preview-text';
import './captions-import.css';

/** `name.srt` beside the project file; the extension follows the format. */
export function defaultCaptionsPath(projectPath: string, name: string, format: SubtitleFormat) {
  const safe = name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'Captions';
  return joinPath(dirName(projectPath), `${safe}.${format}`);
}

function withExtension(path: string, format: SubtitleFormat): string {
  return /\.(srt|vtt)$/i.test(path) ? path.replace(/\.(srt|vtt)$/i, `.${format}`) : path;
}

/**
 * Export captions as an SRT or WebVTT sidecar through captions.export, after every queued edit
 * has reached the engine (the file holds what the editor shows).
 */
export function CaptionsExportDialog({ onClose }: { onClose: () => void }): ReactElement {
  const api = useApi();
  const notify = useNotify();
  const { projectId, store } = useEditorServices();
  const snapshot = store.getSnapshot();
  const pathId = useId();
  const [format, setFormat] = useState<SubtitleFormat>('srt');
  const [path, setPath] = useState(() =>
    defaultCaptionsPath(snapshot.path, snapshot.document.name, 'srt'),
  );
  const [picking, setPicking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const count = snapshot.document.tracks.captions.length;

  const write = async () => {
    const outPath = path.trim();
    if (!isAbsolutePath(outPath)) {
      setError('Give the full path of the file to write.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await store.idle();
      const result = await api.call('captions.export', { projectId, format, outPath });
      notify({
        tone: 'info',
        title: `Exported ${plural(result.cues, 'caption')}`,
        message: result.path,
      });
      onClose();
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusy(false);
    }
  };

  if (picking) {
    return (
      <FilePicker
        title="Choose a folder for the captions"
        mode="directory"
        initialDir={dirName(path) || undefined}
        confirmLabel="Use this folder"
        onClose={() => setPicking(false)}
        onConfirm={([dir]) => {
          setPicking(false);
          if (dir) setPath(joinPath(dir, baseName(path) || `Captions.${format}`));
        }}
      />
    );
  }

  const footer = (
    <>
      <span className="captions-import__spacer" />
      <button type="button" className="btn" onClick={onClose}>
        Cancel
      </button>
      <button
        type="button"
        className="btn btn--primary"
        disabled={busy || count === 0}
        onClick={() => void write()}
      >
        {busy ? 'Exporting…' : `Export ${plural(count, 'caption')}`}
      </button>
    </>
  );

  return (
    <Modal title="Export captions" onClose={onClose} footer={footer} width={600}>
      <div className="captions-import">
        {count === 0 ? <p className="muted">The project has no captions yet.</p> : null}
        <fieldset className="captions-import__mode">
          <legend>Format</legend>
          {(['srt', 'vtt'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="captions-export-format"
                checked={format === value}
                onChange={() => {
                  setFormat(value);
                  setPath((current) => withExtension(current, value));
                }}
              />
              {FORMAT_NAMES[value]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label className="field__label" htmlFor={pathId}>
            Save captions as
          </label>
          <div className="input-row">
            <input
              id={pathId}
              className="input mono"
              value={path}
              spellCheck={false}
              onChange={(event) => setPath(event.target.value)}
            />
            <button type="button" className="btn" onClick={() => setPicking(true)}>
              Choose folder…
            </button>
          </div>
          {error ? (
            <p className="field__error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      </div>
    </Modal>
  );
}
