import type { HandlerMap } from './dispatch';
import type { HandlerDeps } from './handlers';
import { previewCitationImport } from '../citations/import';
import { formatReferences } from '../citations/format';
import { lookupCitation, type LookupOptions } from '../citations/lookup';

/** citations.previewImport, citations.format and citations.lookup (the only network call). */
export function createCitationHandlers(
  deps: HandlerDeps,
  lookupOptions: LookupOptions = {},
): Pick<HandlerMap, 'citations.previewImport' | 'citations.format' | 'citations.lookup'> {
  const { sessions } = deps;
  return {
    'citations.previewImport': (req) => {
      sessions.get(req.projectId);
      return previewCitationImport(req.text, req.format);
    },
    'citations.format': (req) => formatReferences(sessions.get(req.projectId).document, req.style),
    'citations.lookup': async (req) => {
      sessions.get(req.projectId);
      return lookupCitation(req, lookupOptions);
    },
  };
}
