import { useEffect, useRef } from 'react';
import type { EditorActionId } from '../../shared/editor/actions';

/** What an action does, registered by the part of the editor that owns it. */
export interface ActionHandler {
  run: () => void;
  /** False greys the action out (menus, toolbar) and makes its shortcut do nothing. */
  enabled?: () => boolean;
}

/**
 * Run-time handlers of the catalogued editor actions (shared/editor/actions.ts). Keyboard,
 * menus, toolbar buttons and tests all call `run(id)`; the latest registration of an id wins
 * and unregistering restores the one before (a dialog can take over Escape, say).
 */
export class ActionRegistry {
  private readonly handlers = new Map<EditorActionId, ActionHandler[]>();

  register(id: EditorActionId, handler: ActionHandler): () => void {
    const stack = this.handlers.get(id) ?? [];
    stack.push(handler);
    this.handlers.set(id, stack);
    return () => {
      const current = this.handlers.get(id);
      if (!current) return;
      const index = current.lastIndexOf(handler);
      if (index >= 0) current.splice(index, 1);
      if (current.length === 0) this.handlers.delete(id);
    };
  }

  private handler(id: EditorActionId): ActionHandler | undefined {
    return this.handlers.get(id)?.at(-1);
  }

  isAvailable(id: EditorActionId): boolean {
    const handler = this.handler(id);
    return handler !== undefined && (handler.enabled?.() ?? true);
  }

  /** Runs the action; false when nothing handles it or it is disabled now. */
  run(id: EditorActionId): boolean {
    const handler = this.handler(id);
    if (!handler || !(handler.enabled?.() ?? true)) return false;
    handler.run();
    return true;
  }
}

/**
 * Registers handlers for as long as the component is mounted. The handlers may change every
 * render (they close over fresh state); the registration itself does not churn.
 */
export function useActionHandlers(
  registry: ActionRegistry,
  handlers: Partial<Record<EditorActionId, ActionHandler>>,
): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  const ids = Object.keys(handlers).sort().join(' ');
  useEffect(() => {
    const offs = (ids === '' ? [] : (ids.split(' ') as EditorActionId[])).map((id) =>
      registry.register(id, {
        run: () => latest.current[id]?.run(),
        enabled: () => {
          const current = latest.current[id];
          return current !== undefined && (current.enabled?.() ?? true);
        },
      }),
    );
    return () => offs.forEach((off) => off());
  }, [registry, ids]);
}
