// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { EDITOR_ACTIONS } from '../../../../shared/editor/actions';
import { ShortcutsSheet, shortcutGroups } from '../../../../renderer/editor/ShortcutsSheet';
import { click, render, type Rendered } from '../support/render';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

describe('shortcutGroups', () => {
  it('groups every catalogued action by menu, in menu order', () => {
    const groups = shortcutGroups();
    expect(groups.map((group) => group.menu)).toEqual([
      'File',
      'Edit',
      'Timeline',
      'Playback',
      'View',
      'Help',
    ]);
    expect(groups.flatMap((group) => group.actions).length).toBe(EDITOR_ACTIONS.length);
  });
});

describe('ShortcutsSheet', () => {
  it('shows each action with its keys for the platform, and closes', async () => {
    let closed = 0;
    rendered = await render(<ShortcutsSheet isMac onClose={() => (closed += 1)} />);
    const row = (id: string) => document.querySelector(`[data-action="${id}"]`);
    expect(document.querySelectorAll('.shortcuts-sheet__row')).toHaveLength(EDITOR_ACTIONS.length);
    expect(row('edit.redo')?.textContent).toBe('Redo⇧⌘Zor⌃Y');
    expect(row('playback.toggle')?.textContent).toBe('Play / PauseSpace');
    expect(row('file.import')?.textContent).toBe('Import Media⌘I');
    await click(document.querySelector('button[aria-label="Close"]'));
    expect(closed).toBe(1);
  });

  it('writes Ctrl and Shift out on Windows and Linux', async () => {
    rendered = await render(<ShortcutsSheet isMac={false} onClose={() => undefined} />);
    const redo = document.querySelector('[data-action="edit.redo"] kbd');
    expect(redo?.textContent).toBe('Ctrl+Shift+Z');
  });
});
