import { randomUUID } from 'node:crypto';
import { invocation } from '../../../shared/commands';
import type { ProjectDocument } from '../../../shared/model';
import { EngineError } from '../errors';
import { AbortedError } from '../ffmpeg/errors';
import { scanProject, type ScanProgress } from '../privacy/scan';
import { createTrackThumbnails } from '../privacy/thumbnails';
import { exportGate } from '../render/gate';
import type { HandlerMap } from './dispatch';
import type { HandlerDeps } from './handlers';

/**
 * The face scan as an engine job: progress and ETA go out as `job` events, cancel aborts the
 * ffmpeg decode and the detector work, and the result is applied as one undoable step
 * (privacy.applyScan per media file) only when every file was scanned.
 */
export function createPrivacyHandlers(
  deps: HandlerDeps,
): Pick<
  HandlerMap,
  'privacy.scan' | 'privacy.cancelScan' | 'privacy.trackThumbnails' | 'privacy.gate'
> {
  const running = new Map<string, AbortController>();
  const trackThumbnails = createTrackThumbnails();
  return {
    'privacy.scan': async (req) => {
      const session = deps.sessions.get(req.projectId);
      if (session.store.readOnly) {
        throw new EngineError(
          'project-read-only',
          session.store.readOnlyReason ?? `${session.path} is open read-only`,
        );
      }
      const doc = session.document;
      const known = new Set(doc.media.map((m) => m.id));
      const unknown = (req.mediaIds ?? []).filter((id) => !known.has(id));
      if (unknown.length > 0)
        throw new EngineError(
          'not-found',
          `No media ${unknown.map((id) => `"${id}"`).join(', ')} in this project`,
        );
      const wanted = req.mediaIds === undefined ? null : new Set(req.mediaIds);
      const scope: ProjectDocument =
        wanted === null ? doc : { ...doc, media: doc.media.filter((m) => wanted.has(m.id)) };
      const jobId = randomUUID();
      const controller = new AbortController();
      running.set(jobId, controller);
      const label = `Face scan of ${doc.name} (${req.mode})`;
      const publish = (
        status: 'running' | 'success' | 'error' | 'aborted',
        progress: ScanProgress | null,
        error: string | null = null,
      ): void =>
        deps.emit('job', {
          id: jobId,
          kind: 'privacy.scan',
          label,
          status,
          progress: progress?.progress ?? (status === 'success' ? 1 : 0),
          etaMs: progress?.etaMs ?? null,
          error,
        });
      publish('running', null);
      try {
        const results = await scanProject(scope, {
          mode: req.mode,
          ...(req.sampleRate !== undefined ? { sampleRate: req.sampleRate } : {}),
          signal: controller.signal,
          onProgress: (progress) => publish('running', progress),
        });
        const invocations = results.map((r) =>
          invocation('privacy.applyScan', { record: r.record, tracks: r.tracks }),
        );
        const applied =
          invocations.length > 0 ? session.apply(invocations, 'Face scan', 'do') : null;
        if (applied !== null) deps.sessions.emitSaved(session);
        publish('success', { progress: 1, etaMs: 0, mediaId: null });
        return {
          jobId,
          scans: results.map((r) => ({
            mediaId: r.record.mediaId,
            scanId: r.record.id,
            tracks: r.tracks.length,
          })),
          seq: session.seq,
          document: session.document,
          // The editor records it in its history, so the scan is one undoable step there too.
          step:
            applied === null
              ? null
              : { label: 'Face scan', forward: applied.forward, inverse: applied.inverse },
        };
      } catch (error) {
        if (controller.signal.aborted || error instanceof AbortedError) {
          publish('aborted', null);
          throw new EngineError('aborted', 'The face scan was cancelled; nothing was changed.');
        }
        publish('error', null, error instanceof Error ? error.message : String(error));
        throw error;
      } finally {
        running.delete(jobId);
      }
    },
    'privacy.cancelScan': (req) => {
      const controller = running.get(req.jobId);
      controller?.abort();
      return { cancelled: controller !== undefined };
    },
    'privacy.trackThumbnails': async (req) => ({
      frames: await trackThumbnails(deps.sessions.get(req.projectId).document, req.trackId),
    }),
    'privacy.gate': (req) => {
      const verdict = exportGate(
        deps.sessions.get(req.projectId).document,
        req.outPath !== undefined && req.outPath.trim() !== '' ? { outPath: req.outPath } : {},
      );
      return { blocked: verdict.blocked, reasons: verdict.reasons, warnings: verdict.warnings };
    },
  };
}
