import { createContext, useContext } from 'react';
import type { PreviewClock } from '../canvas/preview-clock';
import type { ActionRegistry } from './action-registry';
import type { DocumentStore } from './document-store';
import type { SelectionStore } from './selection';

/**
 * The open editor's services, for panels deep in the tree: the document (every change through
 * `store.dispatch`, i.e. the command registry), the shared selection, the playback clock and
 * the action registry.
 */
export interface EditorServices {
  projectId: string;
  store: DocumentStore;
  selection: SelectionStore;
  clock: PreviewClock;
  actions: ActionRegistry;
}

export const EditorContext = createContext<EditorServices | null>(null);

export function useEditorServices(): EditorServices {
  const services = useContext(EditorContext);
  if (services === null) throw new Error('useEditorServices needs an <EditorContext.Provider>');
  return services;
}
