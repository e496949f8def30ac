import path from 'node:path';
import type { HandlerMap } from './dispatch';
import type { HandlerDeps } from './handlers';
import { EngineError } from '../errors';
import { exportGate } from '../render/gate';
import { exportBlockedError, recordPrivacyOverride } from '../render/privacy-override';
import type { OverlayFramesProvider } from '../render/job';
import { resolvePreset } from '../render/presets';
import { presetInfos } from '../render/preset-info';
import { documentDurationMs } from '../../../shared/model';

/**
 * The render calls: start an export (queued in the engine's ExportQueue), cancel, list, and
 * wait for one to finish. The document is taken as it is when render.start is called, so edits
 * made during a long export do not change it halfway.
 */

/**
 * The overlay layer drawn by the shared scene builder on @napi-rs/canvas. Loaded on first use:
 * the canvas and Konva are not needed by engines that never export (the CLI's `info`).
 */
const sceneOverlayFrames: OverlayFramesProvider = async (doc, options) => {
  const { renderOverlayFrames } = await import('../render/overlay-frames');
  return renderOverlayFrames(doc, options);
};

export function createRenderHandlers(
  deps: HandlerDeps,
  overlayFrames: OverlayFramesProvider = sceneOverlayFrames,
): Partial<HandlerMap> {
  const queue = deps.exports;
  return {
    'render.start': (req) => {
      const session = deps.sessions.get(req.projectId);
      const doc = session.document;
      const gate = exportGate(doc, { outPath: req.outPath });
      if (gate.blocked && req.overridePrivacy === undefined)
        throw exportBlockedError(doc.name, gate);
      if (!path.isAbsolute(req.outPath)) {
        throw new EngineError(
          'invalid-args',
          `The export path must be absolute (got "${req.outPath}").`,
        );
      }
      // Checked now so a wrong frame rate fails the call, not the job later.
      const preset = resolvePreset(req.preset, doc.format.fps);
      // Recorded before the job is queued: an override the audit log lacks never exports.
      const privacyOverride =
        gate.blocked && req.overridePrivacy !== undefined
          ? recordPrivacyOverride(session.store, req.overridePrivacy, gate, {
              outPath: req.outPath,
              preset: req.preset,
            })
          : undefined;
      const job = queue.enqueue({
        label: `${doc.name} → ${path.basename(req.outPath)} (${preset.label})`,
        options: {
          doc,
          projectPath: session.path,
          preset: req.preset,
          outPath: req.outPath,
          ...(req.coverAtMs !== undefined ? { coverAtMs: req.coverAtMs } : {}),
          ...(privacyOverride ? { privacyOverride } : {}),
          overlayFrames,
        },
      });
      return {
        jobId: job.id,
        ...(privacyOverride ? { privacyOverride } : {}),
        warnings: gate.warnings,
      };
    },
    'render.cancel': (req) => ({ cancelled: queue.cancel(req.jobId) }),
    'render.jobs': () => ({ jobs: queue.list(), totalProgress: queue.totalProgress() }),
    'render.presets': (req) => {
      const doc = deps.sessions.get(req.projectId).document;
      return { presets: presetInfos(doc), durationMs: documentDurationMs(doc) };
    },
    'render.wait': async (req) => {
      const finished = await queue.wait(req.jobId);
      const { info } = finished;
      if (info.status === 'aborted') {
        throw new EngineError('aborted', `Export cancelled: ${info.label}. No file was written.`);
      }
      if (info.status === 'error') {
        throw new EngineError(
          info.errorCode ?? 'internal',
          info.error ?? 'The export failed.',
          finished.errorDetails,
        );
      }
      return info;
    },
  };
}
