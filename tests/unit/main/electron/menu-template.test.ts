import { describe, expect, it } from 'vitest';
import { EDITOR_ACTIONS, type EditorActionId } from '../../../../shared/editor/actions';
import {
  buildMenuTemplate,
  isPlainKey,
  toAccelerator,
  type MenuTemplateItem,
} from '../../../../main/electron/menu-template';

function build(platform: string) {
  const sent: EditorActionId[] = [];
  const template = buildMenuTemplate({ platform, send: (id) => sent.push(id) });
  const items = (label: string): MenuTemplateItem[] =>
    template.find((menu) => menu.label === label)?.submenu ?? [];
  const item = (id: EditorActionId): MenuTemplateItem | undefined =>
    template.flatMap((menu) => menu.submenu ?? []).find((entry) => entry.id === id);
  return { template, sent, items, item };
}

describe('toAccelerator', () => {
  it('turns catalog key specs into Electron accelerators', () => {
    expect(toAccelerator('Mod+Shift+Z')).toBe('CmdOrCtrl+Shift+Z');
    expect(toAccelerator('Ctrl+Y')).toBe('Ctrl+Y');
    expect(toAccelerator('Alt+K')).toBe('Alt+K');
    expect(toAccelerator('Space')).toBe('Space');
    expect(toAccelerator('ArrowLeft')).toBe('Left');
    expect(toAccelerator('ArrowDown')).toBe('Down');
    expect(toAccelerator('Escape')).toBe('Esc');
    expect(toAccelerator('Home')).toBe('Home');
    expect(toAccelerator('Shift+Delete')).toBe('Shift+Delete');
    expect(toAccelerator('+')).toBe('Plus');
    expect(toAccelerator('Mod++')).toBe('CmdOrCtrl+Plus');
    expect(toAccelerator('=')).toBe('=');
    expect(toAccelerator('?')).toBe('?');
    expect(toAccelerator('s')).toBe('S');
    expect(toAccelerator('Shift+1')).toBe('Shift+1');
    expect(toAccelerator('F5')).toBe('F5');
  });

  it('gives null for what Electron cannot express', () => {
    expect(toAccelerator('MediaPlayPause')).toBeNull();
    expect(toAccelerator('Hyper+K')).toBeNull();
    expect(toAccelerator('é')).toBeNull();
    expect(toAccelerator('')).toBeNull();
  });

  it('tells plain keys from shortcuts with Cmd, Ctrl or Alt', () => {
    expect(isPlainKey('S')).toBe(true);
    expect(isPlainKey('Shift+Delete')).toBe(true);
    expect(isPlainKey('Mod+S')).toBe(false);
    expect(isPlainKey('Alt+K')).toBe(false);
  });
});

describe('buildMenuTemplate', () => {
  it('has one item per catalogued action, under its menu, in menu order', () => {
    const { template } = build('linux');
    expect(template.map((menu) => menu.label)).toEqual([
      'File',
      'Edit',
      'Timeline',
      'Playback',
      'View',
      'Help',
    ]);
    const ids = template.flatMap((menu) => menu.submenu ?? []).flatMap((item) => item.id ?? []);
    expect(ids.sort()).toEqual(EDITOR_ACTIONS.map((action) => action.id).sort());
  });

  it('sends the action to the renderer when clicked', () => {
    const { item, sent } = build('linux');
    item('edit.redo')?.click?.();
    item('playback.markIn')?.click?.();
    expect(sent).toEqual(['edit.redo', 'playback.markIn']);
  });

  it('uses the first key as the accelerator; plain keys are shown but left to the page', () => {
    const { item } = build('win32');
    expect(item('edit.redo')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+Z' });
    expect(item('edit.redo')?.registerAccelerator).toBeUndefined();
    expect(item('timeline.split')).toMatchObject({ accelerator: 'S', registerAccelerator: false });
    expect(item('playback.toggle')).toMatchObject({
      accelerator: 'Space',
      registerAccelerator: false,
    });
    expect(item('keyframe.toggle')).toMatchObject({ accelerator: 'Alt+K' });
  });

  it('on macOS has the app menu, and no plain-key accelerators (they would take keys from fields)', () => {
    const { template, item } = build('darwin');
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(item('timeline.split')?.accelerator).toBeUndefined();
    expect(item('help.shortcuts')?.accelerator).toBeUndefined();
    expect(item('file.save')?.accelerator).toBe('CmdOrCtrl+S');
  });

  it('keeps the clipboard, zoom and quit roles', () => {
    const { items } = build('linux');
    const roles = (label: string) => items(label).flatMap((item) => item.role ?? []);
    expect(roles('Edit')).toEqual(['cut', 'copy', 'paste']);
    expect(roles('File')).toEqual(['quit']);
    expect(roles('View')).toContain('togglefullscreen');
    expect(build('darwin').items('File').at(-1)).toEqual({ role: 'close' });
    // Separators only between items, never first or doubled.
    for (const menu of build('linux').template) {
      const types = (menu.submenu ?? []).map((item) => item.type ?? 'item');
      expect(types[0]).not.toBe('separator');
      expect(types.join(' ')).not.toContain('separator separator');
    }
  });
});
