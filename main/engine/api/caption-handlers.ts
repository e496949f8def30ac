import type { HandlerMap } from './dispatch';
import type { HandlerDeps } from './handlers';
import { importCaptions, previewCaptionImport } from '../captions/import-captions';
import { exportCaptions } from '../captions/export-captions';
import { EngineError } from '../errors';
import type { ProjectSession } from '../project/session';

function writable(session: ProjectSession): ProjectSession {
  if (session.store.readOnly) {
    throw new EngineError(
      'project-read-only',
      session.store.readOnlyReason ?? `${session.path} is open read-only`,
    );
  }
  return session;
}

/** captions.previewImport, captions.import and captions.export (SRT and WebVTT in and out). */
export function createCaptionHandlers(
  deps: HandlerDeps,
): Pick<HandlerMap, 'captions.previewImport' | 'captions.import' | 'captions.export'> {
  const { sessions } = deps;
  return {
    'captions.previewImport': async (req) =>
      previewCaptionImport(sessions.get(req.projectId), req.path),
    'captions.import': async (req) => {
      const session = writable(sessions.get(req.projectId));
      const outcome = await importCaptions(session, req.path, req.mode);
      sessions.emitSaved(session);
      return { ...outcome, document: session.document, seq: session.seq };
    },
    'captions.export': async (req) =>
      exportCaptions(sessions.get(req.projectId).document.tracks.captions, req.format, req.outPath),
  };
}
