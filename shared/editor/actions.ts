import { z } from 'zod';

/**
 * Every editor action a person can trigger: toolbar buttons, keyboard shortcuts, the native
 * menus (Electron) and the shortcuts sheet all name actions from this one catalog. The catalog
 * is data (label, menu, keys); what an action does is registered at run time by the part of the
 * editor that owns it, and every change it makes goes through the command registry.
 *
 * Keys are written `Mod+Shift+Z`: `Mod` is Cmd on macOS and Ctrl elsewhere; names are
 * KeyboardEvent.key values (`ArrowLeft`, `Home`, `Delete`, ` ` is written `Space`).
 */

export const EDITOR_ACTION_IDS = [
  'file.import',
  'file.save',
  'file.export',
  'file.importCaptions',
  'file.exportCaptions',
  'edit.undo',
  'edit.redo',
  'edit.delete',
  'edit.rippleDelete',
  'edit.duplicate',
  'edit.selectAll',
  'edit.deselect',
  'insert.text',
  'canvas.drawBlurRegion',
  'timeline.split',
  'timeline.addMarker',
  'timeline.zoomIn',
  'timeline.zoomOut',
  'timeline.zoomToFit',
  'timeline.toggleSnapping',
  'caption.addAtPlayhead',
  'caption.mergeNext',
  'caption.nudgeStartEarlier',
  'caption.nudgeStartLater',
  'caption.nudgeEndEarlier',
  'caption.nudgeEndLater',
  'playback.toggle',
  'playback.shuttleBack',
  'playback.shuttleStop',
  'playback.shuttleForward',
  'playback.frameBack',
  'playback.frameForward',
  'playback.previousEdit',
  'playback.nextEdit',
  'playback.start',
  'playback.end',
  'playback.markIn',
  'playback.markOut',
  'keyframe.toggle',
  'view.safeZones',
  'view.canvasFit',
  'view.canvas100',
  'view.history',
  'help.shortcuts',
] as const;

export const editorActionIdSchema = z.enum(EDITOR_ACTION_IDS);
export type EditorActionId = z.infer<typeof editorActionIdSchema>;

export type ActionMenu = 'File' | 'Edit' | 'Timeline' | 'Playback' | 'View' | 'Help';

export interface EditorActionInfo {
  id: EditorActionId;
  label: string;
  menu: ActionMenu;
  /** Shortcuts, first one shown in menus and the sheet; empty when there is none. */
  keys: readonly string[];
}

const info = (
  id: EditorActionId,
  label: string,
  menu: ActionMenu,
  keys: readonly string[] = [],
): EditorActionInfo => ({ id, label, menu, keys });

export const EDITOR_ACTIONS: readonly EditorActionInfo[] = [
  info('file.import', 'Import Media…', 'File', ['Mod+I']),
  info('file.save', 'Save', 'File', ['Mod+S']),
  info('file.export', 'Export…', 'File', ['Mod+E']),
  info('file.importCaptions', 'Import Captions…', 'File'),
  info('file.exportCaptions', 'Export Captions…', 'File'),
  info('edit.undo', 'Undo', 'Edit', ['Mod+Z']),
  info('edit.redo', 'Redo', 'Edit', ['Mod+Shift+Z', 'Ctrl+Y']),
  info('edit.delete', 'Delete', 'Edit', ['Delete', 'Backspace']),
  info('edit.rippleDelete', 'Ripple Delete', 'Edit', ['Shift+Delete', 'Shift+Backspace']),
  info('edit.duplicate', 'Duplicate', 'Edit', ['Mod+D']),
  info('edit.selectAll', 'Select All', 'Edit', ['Mod+A']),
  info('edit.deselect', 'Deselect', 'Edit', ['Escape']),
  info('insert.text', 'Add Text', 'Edit', ['T']),
  info('canvas.drawBlurRegion', 'Draw Blur Region', 'Edit', ['B']),
  info('timeline.split', 'Split at Playhead', 'Timeline', ['S']),
  info('timeline.addMarker', 'Add Marker', 'Timeline', ['M']),
  info('timeline.zoomIn', 'Zoom In', 'Timeline', ['=', '+']),
  info('timeline.zoomOut', 'Zoom Out', 'Timeline', ['-']),
  info('timeline.zoomToFit', 'Zoom to Fit', 'Timeline', ['Shift+Z']),
  info('timeline.toggleSnapping', 'Snapping', 'Timeline', ['N']),
  info('caption.addAtPlayhead', 'Add Caption at Playhead', 'Timeline', ['Shift+C']),
  info('caption.mergeNext', 'Merge Caption with Next', 'Timeline', ['Shift+M']),
  info('caption.nudgeStartEarlier', 'Nudge Caption Start Earlier', 'Timeline', ['Alt+ArrowLeft']),
  info('caption.nudgeStartLater', 'Nudge Caption Start Later', 'Timeline', ['Alt+ArrowRight']),
  info('caption.nudgeEndEarlier', 'Nudge Caption End Earlier', 'Timeline', ['Alt+Shift+ArrowLeft']),
  info('caption.nudgeEndLater', 'Nudge Caption End Later', 'Timeline', ['Alt+Shift+ArrowRight']),
  info('playback.toggle', 'Play / Pause', 'Playback', ['Space']),
  info('playback.shuttleBack', 'Shuttle Backward', 'Playback', ['J']),
  info('playback.shuttleStop', 'Stop', 'Playback', ['K']),
  info('playback.shuttleForward', 'Shuttle Forward', 'Playback', ['L']),
  info('playback.frameBack', 'Previous Frame', 'Playback', ['ArrowLeft']),
  info('playback.frameForward', 'Next Frame', 'Playback', ['ArrowRight']),
  info('playback.previousEdit', 'Previous Edit', 'Playback', ['ArrowUp']),
  info('playback.nextEdit', 'Next Edit', 'Playback', ['ArrowDown']),
  info('playback.start', 'Go to Start', 'Playback', ['Home']),
  info('playback.end', 'Go to End', 'Playback', ['End']),
  info('playback.markIn', 'Mark In', 'Playback', ['I']),
  info('playback.markOut', 'Mark Out', 'Playback', ['O']),
  info('keyframe.toggle', 'Add / Remove Keyframe', 'Timeline', ['Alt+K']),
  info('view.safeZones', 'Safe Zones', 'View', ['Shift+G']),
  info('view.canvasFit', 'Fit Canvas', 'View', ['Shift+F']),
  info('view.canvas100', 'Canvas 100%', 'View', ['Shift+1']),
  info('view.history', 'History', 'View', ['Mod+Shift+H']),
  info('help.shortcuts', 'Keyboard Shortcuts', 'Help', ['?']),
];

export function editorActionInfo(id: EditorActionId): EditorActionInfo {
  const found = EDITOR_ACTIONS.find((action) => action.id === id);
  if (!found) throw new RangeError(`unknown editor action ${id}`);
  return found;
}
