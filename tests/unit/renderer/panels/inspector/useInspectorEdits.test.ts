import { describe, expect, it } from 'vitest';
import { CommandError, invocation } from '../../../../../shared/commands';
import { DocumentStore } from '../../../../../renderer/editor/document-store';
import {
  createInspectorEdits,
  describeRefusal,
} from '../../../../../renderer/panels/inspector/useInspectorEdits';
import { openedProject } from '../../support/documents';
import { FakeEngine } from '../../support/fake-engine';
import { inspectorDoc } from './harness';

function setup(readOnly = false) {
  const engine = new FakeEngine(inspectorDoc());
  const errors: string[] = [];
  const store = new DocumentStore(
    engine.client,
    { ...openedProject(engine.document), readOnly },
    { onError: (title) => errors.push(title) },
  );
  return { engine, store, errors, edits: createInspectorEdits(store) };
}

const volume = (value: number) => invocation('clip.setVolume', { id: 'clip_med_a', volume: value });
const steps = (store: DocumentStore) => store.getSnapshot().history.undoStack.length;

describe('inspector edits', () => {
  it('dispatches a change as its own undo step, even when the command would merge it', () => {
    const { store, edits } = setup();
    expect(edits.commit(volume(0.5))).toBeNull();
    expect(edits.commit(volume(0.7))).toBeNull();
    expect(steps(store)).toBe(2);
    // A change made elsewhere right after does not merge into the inspector's step either.
    store.dispatch(volume(0.9));
    expect(steps(store)).toBe(3);
  });

  it('merges an open step with the continuing ones until it is closed', async () => {
    const { store, edits, engine } = setup();
    edits.commit(volume(0.5), { step: 'open' });
    edits.commit(volume(0.6), { step: 'continue' });
    edits.commit(volume(0.7), { step: 'continue' });
    expect(steps(store)).toBe(1);
    edits.closeStep();
    edits.commit(volume(0.8), { step: 'continue' });
    expect(steps(store)).toBe(2);
    store.undo();
    store.undo();
    expect(store.getSnapshot().document.tracks.video[0]?.volume).toBe(1);
    await store.idle();
    expect(engine.document.tracks.video[0]?.volume).toBe(1);
  });

  it('returns the reason for a refused change and dispatches nothing', () => {
    const { store, edits, engine, errors } = setup();
    expect(edits.commit(invocation('clip.trim', { id: 'clip_med_a', out: 99_000 }))).toBe(
      'Out (99000 ms) is past the end of "med_a.mp4" (10000 ms).',
    );
    expect(
      edits.commit(invocation('overlay.update', { id: 'ov_text', patch: { fontSizePx: 2 } })),
    ).toBe('Too small: expected number to be >=8.');
    expect(steps(store)).toBe(0);
    expect(engine.client.callsOf('project.apply')).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('refuses everything in a read-only project', () => {
    const { store, edits } = setup(true);
    expect(edits.readOnly).toBe(true);
    expect(edits.commit(volume(0.5))).toBe('This project is read-only.');
    expect(steps(store)).toBe(0);
  });

  it('applies several invocations as one step with the label given', () => {
    const { store, edits } = setup();
    edits.commit(
      [invocation('caption.remove', { id: 'cue_1' }), invocation('marker.remove', { id: 'mrk_1' })],
      { label: 'Delete 2 items' },
    );
    expect(store.getSnapshot().history.undoLabel).toBe('Delete 2 items');
    expect(steps(store)).toBe(1);
  });

  it('words refusals as sentences without field paths', () => {
    expect(
      describeRefusal(
        new CommandError('invalid-args', 'end: an overlay must end after it starts', {
          issues: [{ path: 'end', message: 'an overlay must end after it starts' }],
        }),
      ),
    ).toBe('An overlay must end after it starts.');
    expect(describeRefusal(new CommandError('precondition', 'clip "a" does not exist'))).toBe(
      'Clip "a" does not exist.',
    );
    expect(describeRefusal('?')).toBe('That value could not be applied.');
  });
});
