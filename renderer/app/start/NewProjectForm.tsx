import { useId, useState, type ReactElement } from 'react';
import { useApi } from '../../api';
import { useAppInfo } from '../app-info';
import { describeError } from '../errors';
import { FilePicker } from '../file-picker/FilePicker';
import {
  PROJECTS_FOLDER,
  PROJECT_EXTENSION,
  isAbsolutePath,
  joinPath,
  projectFileName,
} from '../paths';

export const DEFAULT_PROJECT_NAME = 'Untitled explainer';

/** Why the path cannot be used, or null when it can. */
export function projectPathProblem(path: string): string | null {
  if (!path.trim()) return 'Choose where to save the project.';
  if (!isAbsolutePath(path.trim())) return 'Use a full path, starting from the top of the disk.';
  if (!path.trim().toLowerCase().endsWith(`.${PROJECT_EXTENSION}`)) {
    return `Project files end in .${PROJECT_EXTENSION}.`;
  }
  return null;
}

/**
 * Name + location. In Electron the native save dialog chooses the file; in browser mode the
 * path is typed or built from a folder picked through the engine.
 */
export function NewProjectForm({
  busy,
  onCreate,
}: {
  busy: boolean;
  onCreate: (path: string, name: string) => void;
}): ReactElement {
  const api = useApi();
  const info = useAppInfo();
  const nameId = useId();
  const pathId = useId();
  const [name, setName] = useState(DEFAULT_PROJECT_NAME);
  const [folder, setFolder] = useState(() => joinPath(info.homeDir, PROJECTS_FOLDER));
  // Once the person types a path it is theirs: renaming no longer rewrites it.
  const [typedPath, setTypedPath] = useState<string | null>(null);
  const [pickingFolder, setPickingFolder] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);

  const path = typedPath ?? joinPath(folder, projectFileName(name));
  const nameProblem = name.trim() ? null : 'Give the project a name.';
  const pathProblem = info.canPickNativeFiles ? null : projectPathProblem(path);

  const submit = async () => {
    setSubmitted(true);
    setDialogError(null);
    if (nameProblem || pathProblem) return;
    if (!info.canPickNativeFiles) {
      onCreate(path.trim(), name.trim());
      return;
    }
    try {
      const chosen = await api.call('dialog.saveProject', {
        suggestedName: projectFileName(name),
      });
      if (chosen.path) onCreate(chosen.path, name.trim());
    } catch (err) {
      setDialogError(describeError(err));
    }
  };

  return (
    <form
      className="new-project"
      aria-label="New project"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor={nameId}>
          Project name
        </label>
        <input
          id={nameId}
          className="input"
          value={name}
          maxLength={200}
          aria-invalid={submitted && nameProblem !== null}
          onChange={(event) => setName(event.target.value)}
        />
        {submitted && nameProblem ? <p className="field__error">{nameProblem}</p> : null}
      </div>
      {info.canPickNativeFiles ? null : (
        <div className="field">
          <label className="field__label" htmlFor={pathId}>
            Save as
          </label>
          <div className="input-row">
            <input
              id={pathId}
              className="input mono"
              value={path}
              spellCheck={false}
              aria-invalid={submitted && pathProblem !== null}
              onChange={(event) => setTypedPath(event.target.value)}
            />
            <button type="button" className="btn" onClick={() => setPickingFolder(true)}>
              Choose folder…
            </button>
          </div>
          {submitted && pathProblem ? <p className="field__error">{pathProblem}</p> : null}
        </div>
      )}
      {dialogError ? <p className="field__error">{dialogError}</p> : null}
      <div>
        <button type="submit" className="btn btn--primary btn--large" disabled={busy}>
          {info.canPickNativeFiles ? 'Create project…' : 'Create project'}
        </button>
      </div>
      {pickingFolder ? (
        <FilePicker
          title="Choose a folder for the project"
          mode="directory"
          initialDir={info.homeDir}
          confirmLabel="Use this folder"
          onClose={() => setPickingFolder(false)}
          onConfirm={([dir]) => {
            setPickingFolder(false);
            if (dir) {
              setFolder(dir);
              setTypedPath(null);
            }
          }}
        />
      ) : null}
    </form>
  );
}
