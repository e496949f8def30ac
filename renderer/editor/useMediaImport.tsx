import { useCallback, useState, type ReactElement } from 'react';
import { useApi } from '../api';
import { useAppInfo } from '../app/app-info';
import { describeError } from '../app/errors';
import { FilePicker } from '../app/file-picker/FilePicker';
import { MEDIA_EXTENSIONS } from '../app/file-picker/entries';
import { useNotify } from '../app/notifications';
import { baseName } from '../app/paths';
import type { DocumentStore } from './document-store';

export interface MediaImport {
  busy: boolean;
  /** The native dialog (Electron) or the engine-backed picker (browser mode). */
  choose: () => void;
  importPaths: (paths: readonly string[]) => Promise<void>;
  /** The picker while it is open. */
  picker: ReactElement | null;
}

/**
 * Importing: choosing files, sending them to the engine, and telling the person about each
 * file that could not be imported, by name and in words.
 */
export function useMediaImport(
  store: DocumentStore,
  onImported: (mediaIds: string[]) => void,
): MediaImport {
  const api = useApi();
  const info = useAppInfo();
  const notify = useNotify();
  const [running, setRunning] = useState(0);
  const [pickerOpen, setPickerOpen] = useState(false);

  const importPaths = useCallback(
    async (paths: readonly string[]) => {
      if (paths.length === 0) return;
      setRunning((count) => count + 1);
      try {
        const result = await store.importMedia(paths);
        for (const error of result.errors) {
          notify({
            tone: 'error',
            title: `Could not import ${baseName(error.path)}`,
            message: error.message,
          });
        }
        if (result.imported.length > 0) onImported(result.imported.map((item) => item.mediaId));
      } catch (error) {
        const what = paths.length === 1 ? baseName(paths[0] ?? '') : `${paths.length} files`;
        notify({ tone: 'error', title: `Could not import ${what}`, message: describeError(error) });
      } finally {
        setRunning((count) => count - 1);
      }
    },
    [store, notify, onImported],
  );

  const choose = useCallback(() => {
    if (!info.canPickNativeFiles) {
      setPickerOpen(true);
      return;
    }
    api.call('dialog.openFiles', { kind: 'media', multiple: true }).then(
      ({ paths }) => importPaths(paths),
      (error: unknown) =>
        notify({
          tone: 'error',
          title: 'Could not show the import dialog',
          message: describeError(error),
        }),
    );
  }, [api, info.canPickNativeFiles, importPaths, notify]);

  const picker = pickerOpen ? (
    <FilePicker
      title="Import media"
      mode="files"
      multiple
      extensions={MEDIA_EXTENSIONS}
      initialDir={info.homeDir}
      confirmLabel="Import"
      onClose={() => setPickerOpen(false)}
      onConfirm={(paths) => {
        setPickerOpen(false);
        void importPaths(paths);
      }}
    />
  ) : null;

  return { busy: running > 0, choose, importPaths, picker };
}
