import { useState, type ReactElement } from 'react';
import type { ProjectOpened } from '../../../shared/api';
import { useApi } from '../../api';
import { useAppInfo } from '../app-info';
import { describeError } from '../errors';
import { FilePicker } from '../file-picker/FilePicker';
import { PROJECT_EXTENSIONS } from '../file-picker/entries';
import { useNotify } from '../notifications';
import { Icon } from '../ui/icons';
import { NewProjectForm } from './NewProjectForm';
import { RecentProjects } from './RecentProjects';

/** New project, open project, recent projects. */
export function StartScreen({
  onOpened,
}: {
  onOpened: (project: ProjectOpened) => void;
}): ReactElement {
  const api = useApi();
  const info = useAppInfo();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [picking, setPicking] = useState(false);
  const [preparingDemo, setPreparingDemo] = useState(false);

  const run = async (action: () => Promise<ProjectOpened>, failure: string) => {
    setBusy(true);
    try {
      onOpened(await action());
    } catch (err) {
      notify({ tone: 'error', title: failure, message: describeError(err) });
      setBusy(false);
    }
  };

  const create = (path: string, name: string) =>
    void run(() => api.call('project.create', { path, name }), 'Could not create the project');

  const open = (path: string) =>
    void run(() => api.call('project.open', { path }), 'Could not open the project');

  // The first time, the engine makes the demo footage with ffmpeg: that takes a few seconds.
  const openDemo = () => {
    setPreparingDemo(true);
    void run(() => api.call('project.demo', {}), 'Could not open the demo project').finally(() =>
      setPreparingDemo(false),
    );
  };

  const openWithDialog = async () => {
    if (!info.canPickNativeFiles) {
      setPicking(true);
      return;
    }
    try {
      const { paths } = await api.call('dialog.openFiles', { kind: 'project', multiple: false });
      if (paths[0]) open(paths[0]);
    } catch (err) {
      notify({
        tone: 'error',
        title: 'Could not show the open dialog',
        message: describeError(err),
      });
    }
  };

  return (
    <main className="start">
      <div className="start__inner">
        <header className="start__header">
          <div className="start__logo" aria-hidden="true">
            <span />
          </div>
          <div>
            <h1>MedClip Studio</h1>
            <p className="start__tagline">
              Vertical medical explainers, with sources and privacy built in.
            </p>
          </div>
        </header>
        {info.ffmpeg === null ? (
          <p className="banner banner--warning" role="status">
            <Icon name="warning" />
            <span>
              ffmpeg was not found, so media cannot be imported or exported.
              {info.ffmpegError ? ` ${info.ffmpegError}` : ''}
            </span>
          </p>
        ) : null}
        <div className="start__columns">
          <section className="start__card" aria-labelledby="new-heading">
            <h2 id="new-heading">New project</h2>
            <p className="muted">A 1080×1920 vertical project, saved as you work.</p>
            <NewProjectForm busy={busy} onCreate={create} />
            <div className="start__divider" />
            <h2>Open a project</h2>
            <p className="muted">Continue a .medclip project from disk.</p>
            <div className="start__actions">
              <button
                type="button"
                className="btn btn--large"
                disabled={busy}
                onClick={() => void openWithDialog()}
              >
                <Icon name="open" />
                Open project…
              </button>
            </div>
            <div className="start__divider" />
            <h2>See it in a minute</h2>
            <p className="muted">
              A short knee explainer with captions, an anatomy icon and a cited claim, made on this
              machine from sample footage.
            </p>
            <div className="start__actions">
              <button type="button" className="btn btn--large" disabled={busy} onClick={openDemo}>
                <Icon name={preparingDemo ? 'spinner' : 'play'} />
                {preparingDemo ? 'Preparing the demo…' : 'Open the demo project'}
              </button>
            </div>
          </section>
          <RecentProjects busy={busy} onOpen={open} />
        </div>
      </div>
      {picking ? (
        <FilePicker
          title="Open a project"
          mode="files"
          extensions={PROJECT_EXTENSIONS}
          initialDir={info.homeDir}
          confirmLabel="Open"
          onClose={() => setPicking(false)}
          onConfirm={([path]) => {
            setPicking(false);
            if (path) open(path);
          }}
        />
      ) : null}
    </main>
  );
}
