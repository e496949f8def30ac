import type { ProjectOpened } from '../../../shared/api';
import type { ProjectSession } from './session';

/** The contract's view of an open project, with any read-only reason first among warnings. */
export function opened(s: ProjectSession): ProjectOpened {
  const warnings = [...s.store.warnings];
  if (s.store.readOnly && s.store.readOnlyReason) warnings.unshift(s.store.readOnlyReason);
  return {
    projectId: s.id,
    path: s.path,
    document: s.document,
    seq: s.seq,
    readOnly: s.store.readOnly,
    warnings,
  };
}
