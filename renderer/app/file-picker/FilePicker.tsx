import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { useApi } from '../../api';
import { describeError } from '../errors';
import { formatBytes } from '../format';
import { Icon } from '../ui/icons';
import { Modal } from '../ui/Modal';
import { toggleSelection, visibleEntries, type PickerEntry, type PickerMode } from './entries';

export interface FilePickerProps {
  title: string;
  mode: PickerMode;
  multiple?: boolean;
  /** Lower-case extensions without the dot; files with others are not shown. */
  extensions?: readonly string[];
  /** Folder to start in; the engine's default (the home folder) when absent. */
  initialDir?: string;
  confirmLabel: string;
  /** The chosen files, or `[folder]` in directory mode. */
  onConfirm: (paths: string[]) => void;
  onClose: () => void;
}

interface Listing {
  dir: string;
  parent: string | null;
  entries: PickerEntry[];
}

/**
 * Browser mode's file picker: the page cannot see the disk, so the engine lists folders
 * (`fs.list`) and the person navigates them here.
 */
export function FilePicker(props: FilePickerProps): ReactElement {
  const { mode, extensions, multiple = false, onConfirm, onClose } = props;
  const api = useApi();
  const [listing, setListing] = useState<Listing | null>(null);
  const [pathText, setPathText] = useState(props.initialDir ?? '');
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);

  // Keyed by content so a caller passing a fresh array each render does not re-list the folder.
  const extensionKey = extensions?.join(',');
  // Only the latest listing asked for is shown: a slow first listing (the home folder) must
  // not replace a folder typed and opened while it was on its way.
  const latestNavigation = useRef(0);
  const navigate = useCallback(
    async (dir: string | undefined) => {
      const navigation = ++latestNavigation.current;
      const current = () => navigation === latestNavigation.current;
      setLoading(true);
      setError(null);
      try {
        const result = await api.call('fs.list', {
          ...(dir ? { dir } : {}),
          ...(mode === 'files' && extensionKey ? { extensions: extensionKey.split(',') } : {}),
        });
        if (!current()) return;
        setListing(result);
        setPathText(result.dir);
        setSelected([]);
      } catch (err) {
        if (current()) setError(describeError(err));
      } finally {
        if (current()) setLoading(false);
      }
    },
    [api, mode, extensionKey],
  );

  const initialDir = props.initialDir;
  useEffect(() => {
    void navigate(initialDir);
  }, [navigate, initialDir]);

  const entries = useMemo(
    () => (listing ? visibleEntries(listing.entries, mode, extensions) : []),
    [listing, mode, extensions],
  );

  const canConfirm = mode === 'directory' ? listing !== null : selected.length > 0;
  const confirm = () => {
    if (mode === 'directory') {
      if (listing) onConfirm([listing.dir]);
    } else if (selected.length > 0) {
      onConfirm(selected);
    }
  };

  const footer = (
    <>
      <span className="picker__summary">
        {mode === 'directory'
          ? listing?.dir
          : selected.length === 0
            ? multiple
              ? 'Select one or more files'
              : 'Select a file'
            : `${selected.length} selected`}
      </span>
      <button type="button" className="btn" onClick={onClose}>
        Cancel
      </button>
      <button type="button" className="btn btn--primary" disabled={!canConfirm} onClick={confirm}>
        {props.confirmLabel}
      </button>
    </>
  );

  return (
    <Modal title={props.title} onClose={onClose} footer={footer} width={680}>
      <form
        className="picker__bar"
        onSubmit={(event) => {
          event.preventDefault();
          void navigate(pathText.trim() || undefined);
        }}
      >
        <button
          type="button"
          className="btn btn--icon"
          aria-label="Up one folder"
          disabled={!listing?.parent || loading}
          onClick={() => void navigate(listing?.parent ?? undefined)}
        >
          <Icon name="up" />
        </button>
        <input
          className="input mono"
          aria-label="Folder path"
          value={pathText}
          spellCheck={false}
          onChange={(event) => setPathText(event.target.value)}
        />
        <button type="submit" className="btn">
          Go
        </button>
      </form>
      {error ? (
        <p className="picker__error" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="picker__list" aria-label="Folder contents" aria-busy={loading}>
        {entries.length === 0 && !loading && !error ? (
          <li className="picker__empty">
            {mode === 'directory' ? 'No folders here.' : 'No matching files in this folder.'}
          </li>
        ) : null}
        {entries.map((entry) => {
          const isSelected = selected.includes(entry.path);
          return (
            <li key={entry.path}>
              {entry.kind === 'dir' ? (
                <button
                  type="button"
                  className="picker__entry"
                  onClick={() => void navigate(entry.path)}
                >
                  <Icon name="folder" />
                  <span className="picker__name">{entry.name}</span>
                </button>
              ) : (
                <button
                  type="button"
                  className="picker__entry"
                  aria-pressed={isSelected}
                  onClick={() =>
                    setSelected((current) => toggleSelection(current, entry.path, multiple))
                  }
                  onDoubleClick={() => onConfirm([entry.path])}
                >
                  <Icon name={isSelected ? 'check' : 'file'} />
                  <span className="picker__name">{entry.name}</span>
                  {entry.sizeBytes !== undefined ? (
                    <span className="picker__size">{formatBytes(entry.sizeBytes)}</span>
                  ) : null}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </Modal>
  );
}
