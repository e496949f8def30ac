import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  batchInvocation,
  coalesceKeyOf,
  CommandError,
  commandLabel,
  COMMANDS,
  getCommand,
  invocation,
  isUndoable,
} from '../../../../shared/commands';
import type { CommandInvocation } from '../../../../shared/commands';
import { deepFreeze, expectInverseRestores, sampleDoc } from '../fixtures';

function errorOf(run: () => unknown): CommandError {
  try {
    run();
  } catch (error) {
    if (error instanceof CommandError) return error;
    throw error;
  }
  throw new Error('expected a CommandError');
}

describe('the command registry', () => {
  it('registers every foundation command once', () => {
    const names = COMMANDS.map((command) => command.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        'project.rename',
        'project.setFormat',
        'media.add',
        'media.remove',
        'media.relink',
        'media.setMissing',
        'media.import',
        'clip.add',
        'clip.remove',
        'clip.move',
        'clip.trim',
        'clip.setReframe',
        'clip.setVolume',
        'audio.add',
        'audio.remove',
        'caption.add',
        'caption.update',
        'caption.remove',
        'overlay.add',
        'overlay.update',
        'overlay.remove',
        'marker.add',
        'marker.remove',
        'batch',
      ]),
    );
    expect(getCommand('clip.move')?.label).toBe('Move clip');
    expect(getCommand('clip.fly')).toBeUndefined();
  });

  it('refuses an unknown command', () => {
    const error = errorOf(() => applyCommand(sampleDoc(), { name: 'clip.fly', args: {} }));
    expect(error.code).toBe('unknown-command');
    expect(error.message).toMatch(/no command named "clip.fly"/);
    const malformed = errorOf(() =>
      applyCommand(sampleDoc(), { args: {} } as unknown as CommandInvocation),
    );
    expect(malformed.code).toBe('unknown-command');
  });

  it('refuses invalid args, naming the command and the field', () => {
    const error = errorOf(() =>
      applyCommand(sampleDoc(), { name: 'clip.move', args: { id: 'clip_1', start: -5 } }),
    );
    expect(error.code).toBe('invalid-args');
    expect(error.command).toBe('clip.move');
    expect(error.message).toMatch(/^clip\.move: start: /);
    expect(error.issues[0]?.path).toBe('start');
    expect(errorOf(() => applyCommand(sampleDoc(), { name: 'clip.move', args: null })).code).toBe(
      'invalid-args',
    );
  });

  it('refuses a change the document does not allow', () => {
    const error = errorOf(() =>
      applyCommand(sampleDoc(), invocation('clip.remove', { id: 'clip_404' })),
    );
    expect(error).toMatchObject({
      code: 'precondition',
      command: 'clip.remove',
      detail: 'clip "clip_404" does not exist',
    });
  });

  it('checks the resulting document, reporting the broken invariant', () => {
    // med_b is 8 s long: an out point at 9 s is well-formed but impossible.
    const error = errorOf(() =>
      applyCommand(sampleDoc(), invocation('clip.trim', { id: 'clip_2', out: 9000 })),
    );
    expect(error.code).toBe('precondition');
    expect(error.message).toMatch(
      /would break the document: tracks\.video\[1\]\.out: out \(9000 ms\) is past the end/,
    );
    expect(error.issues[0]?.path).toBe('tracks.video[1].out');
  });

  it('never mutates its input', () => {
    const doc = deepFreeze(sampleDoc());
    const { doc: moved } = applyCommand(
      doc,
      invocation('clip.move', { id: 'clip_2', start: 20_000 }),
    );
    expect(moved).not.toBe(doc);
    expect(doc.tracks.video[1]?.start).toBe(4000);
    // Untouched parts are shared, not copied.
    expect(moved.media).toBe(doc.media);
  });

  it('knows which invocations belong in undo history', () => {
    expect(isUndoable(invocation('clip.move', { id: 'c', start: 0 }))).toBe(true);
    expect(isUndoable(invocation('media.setMissing', { id: 'm', missing: true }))).toBe(false);
    const mixed = batchInvocation([
      invocation('clip.move', { id: 'c', start: 0 }),
      invocation('media.setMissing', { id: 'm', missing: true }),
    ]);
    expect(isUndoable(mixed)).toBe(false);
    expect(isUndoable(batchInvocation([invocation('marker.remove', { id: 'x' })]))).toBe(true);
  });

  it('gives labels and coalescing keys', () => {
    expect(commandLabel(invocation('caption.update', { id: 'c', text: 'x' }))).toBe('Edit caption');
    expect(coalesceKeyOf(invocation('caption.update', { id: 'c', text: 'x' }))).toBe(
      'caption.update:c:text',
    );
    expect(coalesceKeyOf(invocation('clip.move', { id: 'c', start: 5 }))).toBe('clip.move:c');
    expect(coalesceKeyOf(invocation('clip.remove', { id: 'c' }))).toBeUndefined();
  });
});

describe('batch', () => {
  it('applies invocations in order and undoes them in reverse', () => {
    const doc = sampleDoc();
    const changed = expectInverseRestores(
      doc,
      batchInvocation([
        invocation('marker.add', { id: 'mrk_1', time: 100, label: 'Hook' }),
        invocation('clip.move', { id: 'clip_2', start: 9000 }),
        invocation('marker.remove', { id: 'mrk_1' }),
      ]),
    );
    expect(changed.markers).toEqual([]);
    expect(changed.tracks.video[1]?.start).toBe(9000);
  });

  it('is all or nothing: a failing part refuses the whole batch', () => {
    const doc = deepFreeze(sampleDoc());
    const error = errorOf(() =>
      applyCommand(
        doc,
        batchInvocation([
          invocation('marker.add', { id: 'mrk_1', time: 100 }),
          invocation('clip.remove', { id: 'clip_404' }),
        ]),
      ),
    );
    expect(error.command).toBe('clip.remove');
    expect(doc.markers).toEqual([]);
  });
});
