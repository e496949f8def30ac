import { useEffect, useMemo, useState } from 'react';
import { citationsInOrderOfUse } from '../../../shared/citations/reference-order';
import type { FormattedReference } from '../../../shared/api/calls/citations';
import type { ProjectDocument, ReferenceStyle } from '../../../shared/model';
import { useApi } from '../../api';
import { describeError } from '../../app/errors';
import type { DocumentStore } from '../../editor/document-store';

export interface References {
  /** null until the engine has answered once. */
  style: ReferenceStyle | null;
  byId: ReadonlyMap<string, FormattedReference>;
  error: string | null;
  /** A newer list is being formatted (the shown one may be stale). */
  pending: boolean;
}

const NONE: ReadonlyMap<string, FormattedReference> = new Map();

/**
 * The project's reference list in its style, formatted by the engine (citations.format, i.e.
 * citation-js) whenever the citations, their order of first use (Vancouver numbers by it) or
 * the style change. Waits until the store has sent its pending edits, so the engine formats the
 * document shown.
 */
export function useReferences(
  projectId: string,
  store: DocumentStore,
  doc: ProjectDocument,
): References {
  const api = useApi();
  const [references, setReferences] = useState<References>({
    style: null,
    byId: NONE,
    error: null,
    pending: true,
  });
  const { citations, referenceStyle } = doc;
  const useOrder = useMemo(
    () =>
      citationsInOrderOfUse(doc)
        .map((citation) => citation.id)
        .join(' '),
    [doc],
  );
  useEffect(() => {
    let current = true;
    setReferences((before) => (before.pending ? before : { ...before, pending: true }));
    void (async () => {
      try {
        await store.idle();
        const result = await api.call('citations.format', { projectId });
        if (!current) return;
        const byId = new Map(
          result.references.map((reference) => [reference.citationId, reference]),
        );
        setReferences({ style: result.style, byId, error: null, pending: false });
      } catch (error) {
        if (current) {
          setReferences((before) => ({ ...before, error: describeError(error), pending: false }));
        }
      }
    })();
    return () => {
      current = false;
    };
  }, [api, projectId, store, citations, referenceStyle, useOrder]);
  return references;
}
