import { useState, type ReactElement } from 'react';
import { HistoryPanel } from '../panels/HistoryPanel';
import { useActionHandlers, type ActionRegistry } from './action-registry';
import type { DocumentStore, EditorSnapshot } from './document-store';
import { ShortcutsSheet } from './ShortcutsSheet';

export interface EditorPanels {
  historyOpen: boolean;
  toggleHistory: () => void;
  toggleShortcuts: () => void;
  /** Goes up each time Save has flushed every pending change (for the "Saved" flash). */
  flushCount: number;
  /** The history panel and the shortcuts sheet, when open. */
  element: ReactElement;
}

/**
 * The editor's History panel (View ▸ History), shortcuts sheet (?) and Save (Cmd/Ctrl+S).
 * The project saves after every change already; Save waits until everything queued has
 * reached the project file and says so.
 */
export function useEditorPanels(
  actions: ActionRegistry,
  store: DocumentStore,
  snapshot: EditorSnapshot,
  isMac: boolean,
): EditorPanels {
  const [historyOpen, setHistoryOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [flushCount, setFlushCount] = useState(0);
  const toggleHistory = () => setHistoryOpen((open) => !open);
  const toggleShortcuts = () => setShortcutsOpen((open) => !open);

  useActionHandlers(actions, {
    'view.history': { run: toggleHistory },
    'help.shortcuts': { run: toggleShortcuts },
    'file.save': {
      run: () => {
        void store.idle().then(() => setFlushCount((count) => count + 1));
      },
    },
  });

  const element = (
    <>
      {historyOpen ? (
        <HistoryPanel
          history={snapshot.history}
          store={store}
          readOnly={snapshot.readOnly}
          onClose={() => setHistoryOpen(false)}
        />
      ) : null}
      {shortcutsOpen ? (
        <ShortcutsSheet isMac={isMac} onClose={() => setShortcutsOpen(false)} />
      ) : null}
    </>
  );
  return { historyOpen, toggleHistory, toggleShortcuts, flushCount, element };
}
