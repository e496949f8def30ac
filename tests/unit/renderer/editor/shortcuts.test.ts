import { describe, expect, it } from 'vitest';
import { isMacPlatform, matchShortcut, type KeyLike } from '../../../../renderer/editor/shortcuts';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('matchShortcut', () => {
  it('maps Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y on Windows and Linux', () => {
    expect(matchShortcut(key('z', { ctrlKey: true }), false)).toBe('undo');
    expect(matchShortcut(key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(matchShortcut(key('y', { ctrlKey: true }), false)).toBe('redo');
  });

  it('maps Cmd+Z and Cmd+Shift+Z on macOS, and leaves Ctrl+Z alone there', () => {
    expect(matchShortcut(key('z', { metaKey: true }), true)).toBe('undo');
    expect(matchShortcut(key('z', { metaKey: true, shiftKey: true }), true)).toBe('redo');
    expect(matchShortcut(key('z', { ctrlKey: true }), true)).toBeNull();
  });

  it('ignores plain keys, Alt combinations and other letters', () => {
    expect(matchShortcut(key('z'), false)).toBeNull();
    expect(matchShortcut(key('z', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(matchShortcut(key('x', { ctrlKey: true }), false)).toBeNull();
    expect(matchShortcut(key('z', { metaKey: true }), false)).toBeNull();
  });
});

describe('isMacPlatform', () => {
  it('recognises macOS user agents', () => {
    expect(isMacPlatform({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)' })).toBe(true);
    expect(isMacPlatform({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64)' })).toBe(false);
    expect(isMacPlatform(undefined)).toBe(false);
  });
});
