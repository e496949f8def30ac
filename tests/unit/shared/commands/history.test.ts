import { describe, expect, it } from 'vitest';
import { applyTransaction, History, invocation } from '../../../../shared/commands';
import { deepFreeze, sampleDoc } from '../fixtures';

describe('applyTransaction', () => {
  it('groups several invocations into one step with inverses in undo order', () => {
    const doc = deepFreeze(sampleDoc());
    const { doc: after, step } = applyTransaction(
      doc,
      [
        invocation('marker.add', { id: 'mrk_1', time: 0 }),
        invocation('clip.move', { id: 'clip_2', start: 6000 }),
      ],
      'Add marker and move',
    );
    expect(step.label).toBe('Add marker and move');
    expect(step.undoable).toBe(true);
    expect(step.inverse).toEqual([
      invocation('clip.move', { id: 'clip_2', start: 4000 }),
      invocation('marker.remove', { id: 'mrk_1' }),
    ]);
    expect(after.markers).toHaveLength(1);
  });

  it('validates the document once, at the end, so a gesture may pass through in-between states', () => {
    // med_b is 8 s long: out at 9 s alone breaks the document, but the gesture ends at 7 s.
    const overshoot = invocation('clip.trim', { id: 'clip_2', out: 9000 });
    expect(() => applyTransaction(sampleDoc(), [overshoot])).toThrow(/past the end/);
    const gesture = [overshoot, invocation('clip.trim', { id: 'clip_2', out: 7000 })];
    const { doc, step } = applyTransaction(sampleDoc(), gesture, 'Trim clip');
    expect(doc.tracks.video[1]?.out).toBe(7000);
    expect(step.forward).toHaveLength(2);
  });

  it('uses the command label for a single invocation and its coalescing key', () => {
    const { step } = applyTransaction(sampleDoc(), [
      invocation('clip.setVolume', { id: 'clip_1', volume: 0.5 }),
    ]);
    expect(step).toMatchObject({
      label: 'Change clip volume',
      coalesceKey: 'clip.setVolume:clip_1',
    });
  });
});

describe('History', () => {
  it('undoes and redoes, exposing labels for a history panel', () => {
    const start = sampleDoc();
    let history = History.empty();
    let doc = start;
    ({ doc, history } = history.apply(doc, invocation('project.rename', { name: 'A' })));
    ({ doc, history } = history.apply(
      doc,
      [invocation('marker.add', { id: 'm1', time: 5 })],
      'Add hook marker',
    ));
    const done = doc;
    expect(history.labels).toEqual({ done: ['Rename project', 'Add hook marker'], undone: [] });
    expect(history.undoLabel).toBe('Add hook marker');

    ({ doc, history } = history.undo(doc));
    expect(doc.markers).toEqual([]);
    expect(history.canRedo).toBe(true);
    expect(history.redoLabel).toBe('Add hook marker');
    ({ doc, history } = history.undo(doc));
    expect(doc).toStrictEqual(start);
    expect(history.canUndo).toBe(false);
    expect(history.labels.undone).toEqual(['Rename project', 'Add hook marker']);

    ({ doc, history } = history.redo(doc));
    ({ doc, history } = history.redo(doc));
    expect(doc).toStrictEqual(done);
    expect(history.canRedo).toBe(false);
  });

  it('is a no-op with nothing to undo or redo', () => {
    const doc = sampleDoc();
    const history = History.empty();
    expect(history.undo(doc)).toEqual({ doc, history });
    expect(history.redo(doc)).toEqual({ doc, history });
  });

  it('clears redo when a new step is recorded', () => {
    let { doc, history } = History.empty().apply(
      sampleDoc(),
      invocation('marker.add', { id: 'm1', time: 5 }),
    );
    ({ doc, history } = history.undo(doc));
    ({ doc, history } = history.apply(doc, invocation('marker.add', { id: 'm2', time: 6 })));
    expect(history.canRedo).toBe(false);
    expect(doc.markers.map((marker) => marker.id)).toEqual(['m2']);
  });

  it('merges consecutive steps with the same coalescing key until sealed', () => {
    const start = sampleDoc();
    let history = History.empty();
    let doc = start;
    for (const volume of [0.9, 0.7, 0.5]) {
      ({ doc, history } = history.apply(
        doc,
        invocation('clip.setVolume', { id: 'clip_1', volume }),
      ));
    }
    expect(history.undoStack).toHaveLength(1);
    history = history.seal();
    ({ doc, history } = history.apply(
      doc,
      invocation('clip.setVolume', { id: 'clip_1', volume: 0.2 }),
    ));
    expect(history.undoStack).toHaveLength(2);
    ({ doc, history } = history.undo(doc));
    expect(doc.tracks.video[0]?.volume).toBe(0.5);
    ({ doc, history } = history.undo(doc));
    expect(doc).toStrictEqual(start);
  });

  it('does not merge different keys, and undo breaks a run', () => {
    let { doc, history } = History.empty().apply(
      sampleDoc(),
      invocation('clip.setVolume', { id: 'clip_1', volume: 0.9 }),
    );
    ({ doc, history } = history.apply(
      doc,
      invocation('clip.setVolume', { id: 'clip_2', volume: 0.9 }),
    ));
    expect(history.undoStack).toHaveLength(2);
    ({ doc, history } = history.undo(doc));
    ({ doc, history } = history.apply(
      doc,
      invocation('clip.setVolume', { id: 'clip_1', volume: 0.1 }),
    ));
    expect(history.undoStack).toHaveLength(2);
  });

  it('keeps changes that are not undoable out of history', () => {
    const { doc, history } = History.empty().apply(
      sampleDoc(),
      invocation('media.setMissing', { id: 'med_a', missing: true }),
    );
    expect(doc.media[0]?.missing).toBe(true);
    expect(history.canUndo).toBe(false);
  });

  it('drops the oldest steps beyond its limit', () => {
    let history = History.empty({ limit: 2 });
    let doc = sampleDoc();
    for (const id of ['a', 'b', 'c'])
      ({ doc, history } = history.apply(doc, invocation('marker.add', { id, time: 0 })));
    expect(history.labels.done).toHaveLength(2);
    ({ doc, history } = history.undo(doc));
    ({ doc, history } = history.undo(doc));
    expect(doc.markers.map((marker) => marker.id)).toEqual(['a']);
    expect(() => History.empty({ limit: 0 })).toThrow(RangeError);
  });

  it('refuses an undo the document no longer allows, leaving history as it was', () => {
    const { doc: marked, history } = History.empty().apply(
      sampleDoc(),
      invocation('marker.add', { id: 'm1', time: 0 }),
    );
    // Someone else removed the marker outside this history.
    const doc = { ...marked, markers: [] };
    expect(() => history.undo(doc)).toThrow(/marker "m1" does not exist/);
    expect(history.canUndo).toBe(true);
  });
});
