import { useRef, useState, type ReactElement } from 'react';
import type { ApiResponse } from '../../../shared/api';
import type { CitationImportFormat } from '../../../shared/api/calls/citations';
import { ID_PREFIX, newId } from '../../../shared/model';
import { useApi } from '../../api';
import { describeError } from '../../app/errors';
import { useNotify } from '../../app/notifications';
import { Modal } from '../../app/ui/Modal';
import { useEditorServices } from '../../editor/editor-context';
import { importInvocations } from './citation-links';

type Preview = ApiResponse<'citations.previewImport'>;
type FormatChoice = 'auto' | CitationImportFormat;

const FORMAT_LABELS: Record<FormatChoice, string> = {
  auto: 'Detect',
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
};

/** What citations.previewImport accepts (1 MB of text). */
const MAX_TEXT_CHARS = 1_000_000;
const FILE_TYPES = '.bib,.bibtex,.ris,.json,.txt';

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Add sources by pasting BibTeX, RIS or CSL-JSON or opening such a file. The engine parses the
 * text (citations.previewImport) without changing the project; the preview lists what will be
 * added and every entry that will be skipped with its reason, and confirming adds them all as
 * one undo step.
 */
export function CitationImportDialog({ onClose }: { onClose: () => void }): ReactElement {
  const api = useApi();
  const notify = useNotify();
  const { projectId, store } = useEditorServices();
  const [text, setText] = useState('');
  const [source, setSource] = useState<string | null>(null);
  const [format, setFormat] = useState<FormatChoice>('auto');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const edit = (next: string, from: string | null) => {
    setText(next);
    setSource(from);
    setPreview(null);
    setFailure(null);
  };

  const openFile = async (file: File | undefined) => {
    if (file === undefined) return;
    if (file.size > MAX_TEXT_CHARS * 4) {
      setFailure(
        `${file.name} is ${Math.round(file.size / 1e6)} MB; sources files up to 1 MB can be read.`,
      );
      return;
    }
    edit(await file.text(), file.name);
  };

  const runPreview = async () => {
    if (text.length > MAX_TEXT_CHARS) {
      setFailure('The text is longer than 1 MB; split it into smaller parts.');
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      setPreview(await api.call('citations.previewImport', { projectId, text, format }));
    } catch (error) {
      setPreview(null);
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  const apply = (ready: Preview) => {
    const count = ready.entries.length;
    const invocations = importInvocations(ready.entries, () => newId(ID_PREFIX.citation));
    if (store.dispatch(invocations, `Add ${plural(count, 'source')}`)) {
      notify({
        tone: 'info',
        title: `Added ${plural(count, 'source')}`,
        message: 'Undo removes them.',
      });
      onClose();
    }
  };

  const footer = (
    <>
      <span className="citations-dialog__spacer" />
      <button type="button" className="btn" onClick={onClose}>
        Cancel
      </button>
      {preview === null ? (
        <button
          type="button"
          className="btn btn--primary"
          disabled={text.trim() === '' || busy}
          onClick={() => void runPreview()}
        >
          {busy ? 'Reading…' : 'Preview'}
        </button>
      ) : (
        <button
          type="button"
          className="btn btn--primary"
          disabled={preview.entries.length === 0 || store.getSnapshot().readOnly}
          onClick={() => apply(preview)}
        >
          Add {plural(preview.entries.length, 'source')}
        </button>
      )}
    </>
  );

  return (
    <Modal title="Add sources" onClose={onClose} footer={footer} width={720}>
      <div className="citations-dialog" data-testid="citation-import">
        <div className="citations-dialog__row">
          <label className="field citations-dialog__grow">
            <span className="field__label">Format</span>
            <select
              className="input"
              value={format}
              onChange={(event) => {
                setFormat(event.target.value as FormatChoice);
                setPreview(null);
              }}
            >
              {(Object.keys(FORMAT_LABELS) as FormatChoice[]).map((choice) => (
                <option key={choice} value={choice}>
                  {FORMAT_LABELS[choice]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="btn" onClick={() => fileRef.current?.click()}>
            Open file…
          </button>
          <input
            ref={fileRef}
            type="file"
            hidden
            accept={FILE_TYPES}
            data-testid="citation-import-file"
            onChange={(event) => void openFile(event.target.files?.[0])}
          />
        </div>
        <label className="field">
          <span className="field__label">
            Paste BibTeX, RIS or CSL-JSON{source === null ? '' : ` (from ${source})`}
          </span>
          <textarea
            className="input citations-dialog__text mono"
            value={text}
            spellCheck={false}
            placeholder={
              '@article{smith2023,\n  author = {Smith, Jane},\n  title = {…},\n  doi = {10.1056/…}\n}'
            }
            onChange={(event) => edit(event.target.value, null)}
          />
        </label>
        {failure === null ? null : (
          <p className="citations-dialog__failed" role="alert">
            {failure} Nothing was added.
          </p>
        )}
        {preview === null ? null : <ImportPreviewList preview={preview} />}
      </div>
    </Modal>
  );
}

function ImportPreviewList({ preview }: { preview: Preview }): ReactElement {
  return (
    <div className="citations-dialog__preview" data-testid="citation-import-preview">
      <p className="citations-dialog__heading">
        {FORMAT_LABELS[preview.format]}: {plural(preview.entries.length, 'source')} to add
        {preview.problems.length > 0
          ? `, ${plural(preview.problems.length, 'entry', 'entries')} skipped`
          : ''}
      </p>
      <ul className="citations-dialog__entries">
        {preview.entries.map((entry, index) => (
          <li key={index} data-testid="citation-import-entry">
            <strong>{entry.label}</strong>
            {entry.csl.title ? <span className="muted"> · {entry.csl.title}</span> : null}
          </li>
        ))}
      </ul>
      {preview.problems.length === 0 ? null : (
        <>
          <p className="citations-dialog__heading citations-dialog__heading--warn">
            Skipped (not imported)
          </p>
          <ul className="citations-dialog__problems">
            {preview.problems.map((problem) => (
              <li
                key={`${problem.entry}-${problem.key ?? ''}`}
                data-testid="citation-import-problem"
              >
                Entry {problem.entry}
                {problem.key === undefined ? '' : ` (${problem.key})`}: {problem.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
