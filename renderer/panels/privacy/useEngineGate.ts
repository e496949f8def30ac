import { useEffect, useState } from 'react';
import type { ProjectDocument } from '../../../shared/model';
import type { ApiClient } from '../../api';
import type { DocumentStore } from '../../editor/document-store';

/** Changes come in bursts (a drag, typing): ask once they settle. */
const SETTLE_MS = 400;

/**
 * The engine's export-gate reasons for the project as it is now (`privacy.gate`), re-read after
 * each change once it has reached the engine. Empty until known, or if the engine cannot say:
 * the panel's own derivation still stands, and Export asks the engine again anyway.
 */
export function useEngineGate(
  api: ApiClient,
  projectId: string,
  store: DocumentStore,
  doc: ProjectDocument,
): string[] {
  const [reasons, setReasons] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void (async () => {
        try {
          await store.idle();
          const verdict = await api.call('privacy.gate', { projectId });
          if (live) setReasons(verdict.reasons);
        } catch {
          if (live) setReasons([]);
        }
      })();
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, projectId, store, doc]);
  return reasons;
}
