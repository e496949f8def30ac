import { useSyncExternalStore } from 'react';
import type { DocumentStore, EditorSnapshot } from './document-store';

export function useEditorSnapshot(store: DocumentStore): EditorSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
