import { useId, useState, type ReactElement } from 'react';
import { useApi } from '../../api';
import { useAppInfo } from '../../app/app-info';
import { describeError } from '../../app/errors';
import { FilePicker } from '../../app/file-picker/FilePicker';
import { baseName, dirName } from '../../app/paths';

/**
 * Where the video goes. The path is always editable; "Choose…" opens the native save dialog
 * in Electron and, in browser mode, the engine-backed folder picker.
 */
export function OutputField({
  path,
  problem,
  onPathChosen,
  onFolderChosen,
}: {
  path: string;
  /** Shown under the field once the person has tried to export. */
  problem: string | null;
  /** A whole path typed or chosen in the save dialog: it is the person's from now on. */
  onPathChosen: (path: string) => void;
  /** A folder from the picker: the file name stays as it was. */
  onFolderChosen: (dir: string) => void;
}): ReactElement {
  const api = useApi();
  const info = useAppInfo();
  const inputId = useId();
  const [pickingFolder, setPickingFolder] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);

  const choose = async () => {
    setDialogError(null);
    if (!info.canPickNativeFiles) {
      setPickingFolder(true);
      return;
    }
    try {
      const folder = dirName(path);
      const chosen = await api.call('dialog.saveExport', {
        suggestedName: baseName(path) || 'Export.mp4',
        ...(folder ? { dir: folder } : {}),
      });
      if (chosen.path) onPathChosen(chosen.path);
    } catch (error) {
      setDialogError(describeError(error));
    }
  };

  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        Save video as
      </label>
      <div className="input-row">
        <input
          id={inputId}
          className="input mono"
          value={path}
          spellCheck={false}
          aria-invalid={problem !== null}
          onChange={(event) => onPathChosen(event.target.value)}
        />
        <button type="button" className="btn" onClick={() => void choose()}>
          {info.canPickNativeFiles ? 'Choose…' : 'Choose folder…'}
        </button>
      </div>
      {problem ? <p className="field__error">{problem}</p> : null}
      {dialogError ? <p className="field__error">{dialogError}</p> : null}
      {pickingFolder ? (
        <FilePicker
          title="Choose a folder for the video"
          mode="directory"
          initialDir={dirName(path) || info.homeDir}
          confirmLabel="Use this folder"
          onClose={() => setPickingFolder(false)}
          onConfirm={([dir]) => {
            setPickingFolder(false);
            if (dir) onFolderChosen(dir);
          }}
        />
      ) : null}
    </div>
  );
}
