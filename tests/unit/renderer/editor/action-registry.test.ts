import { describe, expect, it, vi } from 'vitest';
import { ActionRegistry } from '../../../../renderer/editor/action-registry';

describe('ActionRegistry', () => {
  it('runs the latest handler and falls back when it unregisters', () => {
    const registry = new ActionRegistry();
    const first = vi.fn();
    const second = vi.fn();
    registry.register('edit.deselect', { run: first });
    const off = registry.register('edit.deselect', { run: second });
    expect(registry.run('edit.deselect')).toBe(true);
    expect(second).toHaveBeenCalledTimes(1);
    off();
    registry.run('edit.deselect');
    expect(first).toHaveBeenCalledTimes(1);
  });

  it('reports unhandled and disabled actions without running them', () => {
    const registry = new ActionRegistry();
    expect(registry.run('timeline.split')).toBe(false);
    const run = vi.fn();
    let enabled = false;
    registry.register('timeline.split', { run, enabled: () => enabled });
    expect(registry.isAvailable('timeline.split')).toBe(false);
    expect(registry.run('timeline.split')).toBe(false);
    enabled = true;
    expect(registry.run('timeline.split')).toBe(true);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
