import type { HandlerMap } from './dispatch';
import type { HandlerDeps } from './handlers';

/** The audit log of an open project, oldest first. */
export function createAuditHandlers(deps: Pick<HandlerDeps, 'sessions'>): Partial<HandlerMap> {
  return {
    'audit.list': (req) => ({ entries: deps.sessions.get(req.projectId).store.listAudit() }),
  };
}
