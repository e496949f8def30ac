import { useCallback, useEffect, useState, type ReactElement } from 'react';
import type { ProjectOpened } from '../../shared/api';
import { useApi } from '../api';
import { Editor } from '../editor/Editor';
import { dropOpenAhead, openAhead, warmUpEditor } from '../editor/open-ahead';
import { AppInfoContext, type AppInfo } from './app-info';
import { describeError } from './errors';
import { StartScreen } from './start/StartScreen';
import { Icon } from './ui/icons';

/** Asks the host who it is, then shows the start screen or the open project. */
export function AppShell(): ReactElement {
  const api = useApi();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [project, setProject] = useState<ProjectOpened | null>(null);

  const load = useCallback(() => {
    setError(null);
    api.call('app.info', {}).then(setInfo, (err: unknown) => setError(describeError(err)));
  }, [api]);

  useEffect(load, [load]);
  useEffect(() => warmUpEditor(), []);

  const onOpened = useCallback(
    (opened: ProjectOpened) => {
      void openAhead(api, opened).then(() => setProject(opened));
    },
    [api],
  );
  const onClose = useCallback(() => {
    dropOpenAhead();
    setProject(null);
  }, []);

  useEffect(() => {
    document.title = project ? `${project.document.name} — MedClip Studio` : 'MedClip Studio';
  }, [project]);

  if (error) {
    return (
      <main className="fatal" role="alert">
        <h1>Cannot reach the engine</h1>
        <p className="fatal__message">{error}</p>
        <div className="fatal__actions">
          <button type="button" className="btn btn--primary" onClick={load}>
            Try again
          </button>
        </div>
      </main>
    );
  }
  if (!info) {
    return (
      <main className="loading-page" aria-busy="true">
        <p className="muted">
          <Icon name="spinner" /> Starting MedClip Studio…
        </p>
      </main>
    );
  }
  return (
    <AppInfoContext.Provider value={info}>
      {project ? (
        <Editor key={project.projectId} opened={project} onClose={onClose} />
      ) : (
        <StartScreen onOpened={onOpened} />
      )}
    </AppInfoContext.Provider>
  );
}
