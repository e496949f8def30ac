import { describe, expect, it, vi } from 'vitest';
import { invocation } from '../../../../shared/commands';
import { DocumentStore } from '../../../../renderer/editor/document-store';
import { deferred } from '../support/fake-client';
import { FakeEngine } from '../support/fake-engine';
import { documentWithClip, openedProject } from '../support/documents';

function setup(engine = new FakeEngine()) {
  const errors: Array<{ title: string; message: string }> = [];
  const store = new DocumentStore(engine.client, openedProject(engine.document), {
    onError: (title, message) => errors.push({ title, message }),
  });
  return { engine, store, errors };
}

const rename = (name: string) => invocation('project.rename', { name });

describe('DocumentStore', () => {
  it('applies a change locally at once and confirms it with the engine as a "do"', async () => {
    const { engine, store } = setup();
    expect(store.dispatch(rename('Heart valves'), 'Rename project')).toBe(true);
    const snapshot = store.getSnapshot();
    expect(snapshot.document.name).toBe('Heart valves');
    expect(snapshot.save.status).toBe('saving');
    expect(snapshot.history.undoLabel).toBe('Rename project');
    await store.idle();
    expect(engine.applied).toEqual([
      { kind: 'do', label: 'Rename project', invocations: [rename('Heart valves')] },
    ]);
    expect(store.getSnapshot().seq).toBe(1);
    expect(store.getSnapshot().save).toEqual({ status: 'saved' });
  });

  it('sends one change at a time, in the order they were made', async () => {
    const engine = new FakeEngine();
    const gates = [deferred<void>(), deferred<void>()];
    let started = 0;
    engine.gate = () => gates[started++]?.promise ?? Promise.resolve();
    const { store } = setup(engine);
    store.dispatch(rename('First'));
    store.dispatch(rename('Second'));
    await Promise.resolve();
    expect(engine.client.callsOf('project.apply')).toHaveLength(1);
    gates[0]?.resolve();
    await vi.waitFor(() => expect(engine.client.callsOf('project.apply')).toHaveLength(2));
    gates[1]?.resolve();
    await store.idle();
    expect(
      engine.applied.map((each) => (each.invocations[0]?.args as { name: string }).name),
    ).toEqual(['First', 'Second']);
    expect(engine.document.name).toBe('Second');
  });

  it('undoes and redoes locally and sends the inverse and the forward step', async () => {
    const { engine, store } = setup();
    store.dispatch(rename('Heart valves'), 'Rename project');
    expect(store.undo()).toBe(true);
    expect(store.getSnapshot().document.name).toBe('Knee explainer');
    expect(store.getSnapshot().history.redoLabel).toBe('Rename project');
    expect(store.redo()).toBe(true);
    expect(store.getSnapshot().document.name).toBe('Heart valves');
    await store.idle();
    expect(engine.applied.map((each) => each.kind)).toEqual(['do', 'undo', 'redo']);
    expect(engine.applied[1]?.invocations).toEqual([rename('Knee explainer')]);
    expect(engine.document.name).toBe('Heart valves');
  });

  it('refuses an invalid change locally, reports it and sends nothing', async () => {
    const { engine, store, errors } = setup();
    expect(store.dispatch(invocation('clip.remove', { id: 'clip_nope' }))).toBe(false);
    await store.idle();
    expect(engine.client.callsOf('project.apply')).toHaveLength(0);
    expect(errors[0]?.title).toBe('That change could not be made');
    expect(errors[0]?.message).toMatch(/clip_nope/);
  });

  it('returns false for undo and redo with nothing to take back', () => {
    const { store } = setup();
    expect(store.undo()).toBe(false);
    expect(store.redo()).toBe(false);
  });

  it('shows the reason and reloads the engine document when the engine refuses a change', async () => {
    const engine = new FakeEngine();
    engine.failNextApply = 'The project file is locked by another window';
    const { store, errors } = setup(engine);
    store.dispatch(rename('Lost change'));
    store.dispatch(rename('Queued behind it'));
    await store.idle();
    const snapshot = store.getSnapshot();
    expect(snapshot.save).toEqual({
      status: 'error',
      reason: 'The project file is locked by another window.',
    });
    expect(snapshot.document.name).toBe('Knee explainer');
    expect(snapshot.history.canUndo).toBe(false);
    expect(engine.client.callsOf('project.document')).toHaveLength(1);
    // The change queued behind the refused one was built on it, so it is not sent.
    expect(engine.client.callsOf('project.apply')).toHaveLength(1);
    expect(errors.map((error) => error.title)).toEqual(['Your last change was not saved']);
    store.dispatch(rename('Later change'));
    await store.idle();
    expect(store.getSnapshot().save).toEqual({ status: 'saved' });
  });

  it('takes the imported document from the engine and records the import as one undo step', async () => {
    const { engine, store } = setup();
    const result = await store.importMedia([
      '/footage/knee.mp4',
      '/footage/hip.mp4',
      '/footage/broken.mp4',
    ]);
    expect(result.imported.map((item) => item.path)).toEqual([
      '/footage/knee.mp4',
      '/footage/hip.mp4',
    ]);
    expect(result.errors).toEqual([
      {
        path: '/footage/broken.mp4',
        code: 'probe-failed',
        message: 'The file has no audio or video streams',
      },
    ]);
    let snapshot = store.getSnapshot();
    expect(snapshot.document.media.map((asset) => asset.name)).toEqual(['knee.mp4', 'hip.mp4']);
    expect(snapshot.document.tracks.video).toHaveLength(2);
    expect(snapshot.seq).toBe(1);
    expect(snapshot.history.undoLabel).toBe('Import media');

    store.undo();
    snapshot = store.getSnapshot();
    expect(snapshot.document.media).toHaveLength(0);
    expect(snapshot.document.tracks.video).toHaveLength(0);
    await store.idle();
    expect(engine.applied.at(-1)?.kind).toBe('undo');
    expect(engine.document.media).toHaveLength(0);

    store.redo();
    await store.idle();
    expect(store.getSnapshot().document.tracks.video).toHaveLength(2);
    expect(engine.document.tracks.video).toHaveLength(2);
  });

  it('keeps edits made while an import runs on top of the imported document', async () => {
    const engine = new FakeEngine();
    const { store } = setup(engine);
    const importing = store.importMedia(['/footage/knee.mp4']);
    store.dispatch(rename('Renamed during import'));
    await importing;
    const snapshot = store.getSnapshot();
    expect(snapshot.document.media).toHaveLength(1);
    expect(snapshot.document.name).toBe('Renamed during import');
    await store.idle();
    expect(engine.document.name).toBe('Renamed during import');
    expect(engine.document.media).toHaveLength(1);
  });

  it('records nothing when no file could be imported', async () => {
    const { store } = setup();
    const result = await store.importMedia(['/footage/broken-too.mp4']);
    expect(result.imported).toEqual([]);
    expect(store.getSnapshot().history.canUndo).toBe(false);
  });

  it('rejects the import promise when the engine refuses the call, and keeps going', async () => {
    const engine = new FakeEngine();
    const { store } = setup(engine);
    const original = engine.client.call.bind(engine.client);
    vi.spyOn(engine.client, 'call').mockImplementation((method, request) => {
      if (method === 'media.import') {
        return Promise.reject(new Error('ffmpeg is not installed'));
      }
      return original(method, request as never) as never;
    });
    await expect(store.importMedia(['/footage/knee.mp4'])).rejects.toThrow(
      'ffmpeg is not installed',
    );
    store.dispatch(rename('Still editing'));
    await store.idle();
    expect(store.getSnapshot().save).toEqual({ status: 'saved' });
    expect(engine.document.name).toBe('Still editing');
  });

  it('refuses every change in a read-only project', async () => {
    const engine = new FakeEngine();
    const errors: string[] = [];
    const store = new DocumentStore(
      engine.client,
      { ...openedProject(engine.document), readOnly: true },
      { onError: (title) => errors.push(title) },
    );
    expect(store.dispatch(rename('Nope'))).toBe(false);
    await expect(store.importMedia(['/footage/a.mp4'])).resolves.toEqual({
      imported: [],
      errors: [],
    });
    expect(errors).toEqual(['This project is read-only', 'This project is read-only']);
    expect(engine.client.calls).toHaveLength(0);
  });

  it('notifies subscribers with a new snapshot on each change', () => {
    const { store } = setup(new FakeEngine(documentWithClip()));
    const seen: string[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.getSnapshot().document.name));
    const before = store.getSnapshot();
    store.dispatch(rename('Shoulder'));
    expect(store.getSnapshot()).not.toBe(before);
    expect(seen).toContain('Shoulder');
    unsubscribe();
  });
});
