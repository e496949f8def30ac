// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { EDITOR_ACTIONS, type EditorActionInfo } from '../../../../shared/editor/actions';
import {
  actionForKey,
  formatKeySpec,
  ignoresShortcut,
  isMacPlatform,
  KeySpecError,
  matchesKeySpec,
  menuActionWhileTyping,
  parseKeySpec,
  repeatsWhileHeld,
  shortcutLabel,
  type KeyLike,
} from '../../../../renderer/editor/shortcuts';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('parseKeySpec', () => {
  it('splits modifiers from the key, including the + key itself', () => {
    expect(parseKeySpec('Mod+Shift+Z')).toEqual({
      key: 'Z',
      mod: true,
      ctrl: false,
      shift: true,
      alt: false,
    });
    expect(parseKeySpec('+')).toMatchObject({ key: '+', mod: false });
    expect(parseKeySpec('Mod++')).toMatchObject({ key: '+', mod: true });
    expect(parseKeySpec('s').key).toBe('S');
    expect(parseKeySpec('ArrowLeft').key).toBe('ArrowLeft');
  });

  it('refuses unknown modifiers and a missing key, naming the spec', () => {
    expect(() => parseKeySpec('Hyper+K')).toThrow(KeySpecError);
    expect(() => parseKeySpec('Hyper+K')).toThrow('bad key spec "Hyper+K": unknown modifier');
    expect(() => parseKeySpec('Mod+')).toThrow('no key after the modifiers');
  });

  it('parses every key in the catalog, and no two actions share a key', () => {
    const seen = new Map<string, string>();
    for (const action of EDITOR_ACTIONS) {
      for (const spec of action.keys) {
        const parsed = parseKeySpec(spec);
        const id = JSON.stringify(parsed);
        expect(seen.get(id), `${spec} of ${action.id}`).toBeUndefined();
        seen.set(id, action.id);
      }
    }
    expect(seen.size).toBeGreaterThan(30);
  });
});

describe('actionForKey', () => {
  it('takes Mod as Ctrl on Windows and Linux, and as Cmd on macOS', () => {
    expect(actionForKey(key('z', { ctrlKey: true }), false)).toBe('edit.undo');
    expect(actionForKey(key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('edit.redo');
    expect(actionForKey(key('y', { ctrlKey: true }), false)).toBe('edit.redo');
    expect(actionForKey(key('z', { metaKey: true }), true)).toBe('edit.undo');
    expect(actionForKey(key('z', { metaKey: true, shiftKey: true }), true)).toBe('edit.redo');
    expect(actionForKey(key('z', { ctrlKey: true }), true)).toBeNull();
    expect(actionForKey(key('z', { metaKey: true }), false)).toBeNull();
    expect(actionForKey(key('s', { ctrlKey: true }), false)).toBe('file.save');
  });

  it('wants exactly the modifiers of the spec', () => {
    expect(actionForKey(key('z'), false)).toBeNull();
    expect(actionForKey(key('z', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(actionForKey(key('x', { ctrlKey: true }), false)).toBeNull();
    expect(actionForKey(key('Delete'), false)).toBe('edit.delete');
    expect(actionForKey(key('Delete', { shiftKey: true }), false)).toBe('edit.rippleDelete');
    expect(actionForKey(key('k'), false)).toBe('playback.shuttleStop');
    expect(actionForKey(key('K', { shiftKey: true }), false)).toBeNull();
  });

  it('matches Space, arrows, Home, End and Escape by their key values', () => {
    expect(actionForKey(key(' '), false)).toBe('playback.toggle');
    expect(actionForKey(key(' ', { shiftKey: true }), false)).toBeNull();
    expect(actionForKey(key('ArrowLeft'), false)).toBe('playback.frameBack');
    expect(actionForKey(key('ArrowRight'), true)).toBe('playback.frameForward');
    expect(actionForKey(key('ArrowUp'), false)).toBe('playback.previousEdit');
    expect(actionForKey(key('ArrowDown'), false)).toBe('playback.nextEdit');
    expect(actionForKey(key('Home'), false)).toBe('playback.start');
    expect(actionForKey(key('End'), false)).toBe('playback.end');
    expect(actionForKey(key('Escape'), false)).toBe('edit.deselect');
    expect(actionForKey(key('Backspace'), false)).toBe('edit.delete');
  });

  it('takes symbols with whatever Shift the layout needs, digits and letters by position', () => {
    expect(actionForKey(key('?', { shiftKey: true }), false)).toBe('help.shortcuts');
    expect(actionForKey(key('+', { shiftKey: true }), false)).toBe('timeline.zoomIn');
    expect(actionForKey(key('='), false)).toBe('timeline.zoomIn');
    // Shift+1 types "!" on a US keyboard: the physical key says it was 1.
    expect(actionForKey(key('!', { shiftKey: true, code: 'Digit1' }), false)).toBe(
      'view.canvas100',
    );
    // Option+K types "˚" on a Mac.
    expect(actionForKey(key('˚', { altKey: true, code: 'KeyK' }), true)).toBe('keyframe.toggle');
    expect(actionForKey(key('˚', { altKey: true, code: 'KeyJ' }), true)).toBeNull();
  });

  it('uses the given catalog', () => {
    const custom: EditorActionInfo[] = [
      { id: 'timeline.split', label: 'Split', menu: 'Timeline', keys: ['Ctrl+K'] },
    ];
    expect(actionForKey(key('k', { ctrlKey: true }), true, custom)).toBe('timeline.split');
    expect(actionForKey(key('s'), false, custom)).toBeNull();
  });

  it('matches one spec at a time', () => {
    expect(matchesKeySpec(key('a', { metaKey: true }), parseKeySpec('Mod+A'), true)).toBe(true);
    expect(matchesKeySpec(key('a', { ctrlKey: true }), parseKeySpec('Mod+A'), true)).toBe(false);
    expect(matchesKeySpec(key('a', { ctrlKey: true }), parseKeySpec('Ctrl+A'), true)).toBe(true);
  });
});

describe('formatKeySpec', () => {
  it('writes macOS shortcuts with symbols in Apple order, others with words', () => {
    expect(formatKeySpec('Mod+Shift+Z', true)).toBe('⇧⌘Z');
    expect(formatKeySpec('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(formatKeySpec('Alt+K', true)).toBe('⌥K');
    expect(formatKeySpec('Alt+K', false)).toBe('Alt+K');
    expect(formatKeySpec('Ctrl+Y', true)).toBe('⌃Y');
    expect(formatKeySpec('ArrowLeft', false)).toBe('←');
    expect(formatKeySpec('Backspace', true)).toBe('⌫');
    expect(formatKeySpec('Space', true)).toBe('Space');
    expect(formatKeySpec('?', false)).toBe('?');
  });

  it('labels an action by its first shortcut', () => {
    expect(shortcutLabel('edit.undo', true)).toBe('⌘Z');
    expect(shortcutLabel('edit.redo', false)).toBe('Ctrl+Shift+Z');
    const none: EditorActionInfo[] = [{ id: 'file.save', label: 'Save', menu: 'File', keys: [] }];
    expect(shortcutLabel('file.save', false, none)).toBeNull();
  });
});

describe('which keys repeat and where shortcuts stay away', () => {
  it('repeats stepping and undo while held, not shuttle or play', () => {
    expect(repeatsWhileHeld('playback.frameForward')).toBe(true);
    expect(repeatsWhileHeld('edit.undo')).toBe(true);
    expect(repeatsWhileHeld('playback.shuttleForward')).toBe(false);
    expect(repeatsWhileHeld('playback.toggle')).toBe(false);
  });

  it('leaves text fields, slider arrows, dialogs and Space on a select alone; Space on a button plays', () => {
    document.body.innerHTML = `
      <input id="text" /><input id="range" type="range" /><select id="select"></select>
      <div role="dialog"><button id="inDialog">x</button></div><button id="button">b</button>`;
    const byId = (id: string) => document.getElementById(id);
    expect(ignoresShortcut(byId('text'), key('k'))).toBe(true);
    // A slider keeps its own arrows (volume, zoom); other keys on it still reach the editor.
    expect(ignoresShortcut(byId('range'), key('ArrowLeft'))).toBe(true);
    expect(ignoresShortcut(byId('range'), key('Home'))).toBe(true);
    expect(ignoresShortcut(byId('range'), key('s'))).toBe(false);
    expect(ignoresShortcut(byId('select'), key(' '))).toBe(true);
    expect(ignoresShortcut(byId('inDialog'), key('k'))).toBe(true);
    expect(ignoresShortcut(byId('button'), key(' '))).toBe(false);
    expect(ignoresShortcut(document.body, key('k'))).toBe(false);
    expect(ignoresShortcut(null, key('k'))).toBe(false);
  });

  it('gives Undo, Redo and Select All to a focused field and skips other edits', () => {
    expect(menuActionWhileTyping('edit.undo')).toBe('undo');
    expect(menuActionWhileTyping('edit.redo')).toBe('redo');
    expect(menuActionWhileTyping('edit.selectAll')).toBe('selectAll');
    expect(menuActionWhileTyping('edit.duplicate')).toBe('skip');
    expect(menuActionWhileTyping('file.save')).toBe('run');
  });
});

describe('isMacPlatform', () => {
  it('recognises macOS user agents', () => {
    expect(isMacPlatform({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)' })).toBe(true);
    expect(isMacPlatform({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64)' })).toBe(false);
    expect(isMacPlatform(undefined)).toBe(false);
  });
});
