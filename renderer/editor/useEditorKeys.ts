import { useEffect } from 'react';
import type { ApiClient } from '../api';
import type { ActionRegistry } from './action-registry';
import {
  actionForKey,
  ignoresShortcut,
  isTypingTarget,
  menuActionWhileTyping,
  repeatsWhileHeld,
} from './shortcuts';

/**
 * The editor's one keydown handler: every catalogued shortcut runs its action through the
 * registry. It listens in the capture phase, so it sees a key before any panel does; it
 * prevents the browser's default only when an action ran (or a held key's repeat was
 * swallowed), so unhandled keys keep their usual meaning.
 */
export function handleEditorKey(
  event: KeyboardEvent,
  actions: ActionRegistry,
  isMac: boolean,
): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  const id = actionForKey(event, isMac);
  if (id === null || ignoresShortcut(event.target, event)) return false;
  if (event.repeat && !repeatsWhileHeld(id)) {
    if (actions.isAvailable(id)) event.preventDefault();
    return false;
  }
  if (!actions.run(id)) return false;
  event.preventDefault();
  return true;
}

export function useEditorKeys(actions: ActionRegistry, isMac: boolean): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => void handleEditorKey(event, actions, isMac);
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [actions, isMac]);
}

/**
 * Application-menu actions (Electron) run like their shortcuts; while a text field has focus,
 * Undo, Redo and Select All go to the field instead, as in any app (menuActionWhileTyping).
 */
export function useMenuActions(api: Pick<ApiClient, 'on'>, actions: ActionRegistry): void {
  useEffect(
    () =>
      api.on('menu', ({ action }) => {
        const typing = isTypingTarget(document.activeElement);
        const meaning = typing ? menuActionWhileTyping(action) : 'run';
        if (meaning === 'skip') return;
        if (meaning === 'run') {
          actions.run(action);
          return;
        }
        // execCommand is the only way to reach a field's own undo stack from script.
        document.execCommand(meaning);
      }),
    [api, actions],
  );
}
