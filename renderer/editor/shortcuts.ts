/** Keyboard shortcuts of the editor frame. */
export type ShortcutAction = 'undo' | 'redo';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z and Ctrl+Y redo. On macOS Cmd is the modifier and Ctrl+Z
 * is left alone (it is not a macOS shortcut); elsewhere Ctrl is.
 */
export function matchShortcut(event: KeyLike, isMac: boolean): ShortcutAction | null {
  if (event.altKey) return null;
  const primary = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!primary) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey && !isMac) return 'redo';
  return null;
}

const NON_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'radio',
  'range',
  'color',
  'submit',
  'reset',
  'file',
]);

/** Typing in a field keeps its own undo: the editor's shortcuts stay out of the way. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const field = element.closest('input, textarea, select, [contenteditable="true"]');
  if (field === null) return false;
  if (field.tagName === 'INPUT') {
    return !NON_TEXT_INPUTS.has(((field as HTMLInputElement).type || 'text').toLowerCase());
  }
  return true;
}

export function isMacPlatform(nav: Pick<Navigator, 'userAgent'> | undefined): boolean {
  return /Mac|iPhone|iPad/.test(nav?.userAgent ?? '');
}
