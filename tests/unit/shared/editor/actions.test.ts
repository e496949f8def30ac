import { describe, expect, it } from 'vitest';
import {
  EDITOR_ACTION_IDS,
  EDITOR_ACTIONS,
  editorActionIdSchema,
  editorActionInfo,
} from '../../../../shared/editor/actions';

describe('editor action catalog', () => {
  it('describes every action id exactly once', () => {
    expect(EDITOR_ACTIONS.map((a) => a.id).sort()).toEqual([...EDITOR_ACTION_IDS].sort());
  });

  it('gives no two actions the same shortcut', () => {
    const keys = EDITOR_ACTIONS.flatMap((a) => a.keys.map((k) => k.toLowerCase()));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('covers the shortcuts the editor promises', () => {
    expect(editorActionInfo('timeline.split').keys).toContain('S');
    expect(editorActionInfo('playback.toggle').keys).toContain('Space');
    expect(editorActionInfo('edit.redo').keys).toContain('Mod+Shift+Z');
    expect(editorActionInfo('edit.duplicate').keys).toContain('Mod+D');
    expect(editorActionInfo('help.shortcuts').keys).toContain('?');
  });

  it('refuses unknown ids at the boundary', () => {
    expect(editorActionIdSchema.safeParse('edit.undo').success).toBe(true);
    expect(editorActionIdSchema.safeParse('format.disk').success).toBe(false);
    expect(() => editorActionInfo('nope' as never)).toThrow(/unknown editor action/);
  });
});
