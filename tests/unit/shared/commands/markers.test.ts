import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../shared/commands';
import { expectInverseRestores, sampleDoc } from '../fixtures';

describe('marker commands', () => {
  it('marker.add and marker.remove undo each other, keeping order', () => {
    const one = expectInverseRestores(
      sampleDoc(),
      invocation('marker.add', { id: 'mrk_1', time: 1500, label: 'Hook ends' }),
    );
    const two = expectInverseRestores(
      one,
      invocation('marker.add', { id: 'mrk_0', time: 200, index: 0 }),
    );
    expect(two.markers).toEqual([
      { id: 'mrk_0', time: 200, label: '' },
      { id: 'mrk_1', time: 1500, label: 'Hook ends' },
    ]);
    expect(
      expectInverseRestores(two, invocation('marker.remove', { id: 'mrk_0' })).markers,
    ).toHaveLength(1);
  });

  it('refuses repeated ids, negative or fractional times and unknown markers', () => {
    const doc = applyCommand(sampleDoc(), invocation('marker.add', { id: 'mrk_1', time: 0 })).doc;
    expect(() => applyCommand(doc, invocation('marker.add', { id: 'mrk_1', time: 5 }))).toThrow(
      /already exists/,
    );
    expect(() => applyCommand(doc, invocation('marker.add', { id: 'mrk_2', time: -1 }))).toThrow(
      /invalid-args|time/,
    );
    expect(() => applyCommand(doc, invocation('marker.add', { id: 'mrk_2', time: 1.5 }))).toThrow(
      /time/,
    );
    expect(() => applyCommand(doc, invocation('marker.remove', { id: 'mrk_9' }))).toThrow(
      /does not exist/,
    );
  });
});
