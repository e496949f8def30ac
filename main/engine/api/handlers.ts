import { homedir } from 'node:os';
import { existsSync, statSync } from 'node:fs';
import { mimeTypeFor } from '../media/mime';
import type { HandlerMap } from './dispatch';
import { opened } from '../project/opened';
import type { ProjectSessions } from '../project/sessions';
import type { ProjectSession } from '../project/session';
import { readRecentProjects } from '../store/recent';
import { listFolder } from '../files/list-folder';
import { recentCommands } from '../ffmpeg/runner';
import { resolveFfmpegPaths, systemFfmpegLookup } from '../ffmpeg/paths';
import { probeMedia } from '../media/probe';
import { importMedia, mediaThumbnails, mediaWaveform } from '../project/import-media';
import { mediaPreviewStill } from '../project/preview-stills';
import { EngineError } from '../errors';
import { createDemoHandlers } from './demo-handlers';
import { createCaptionHandlers } from './caption-handlers';
import { createCitationHandlers } from './citation-handlers';
import { createAssetHandlers } from './asset-handlers';
import { createLibraryHandlers } from './library-handlers';
import { createRenderHandlers } from './render-handlers';
import { createAuditHandlers } from './audit-handlers';
import { createPrivacyHandlers } from './privacy-handlers';
import type { ExportQueue } from '../render/queue';
import type { EmitEvent } from '../engine';

export interface HandlerDeps {
  host: 'electron' | 'browser' | 'cli';
  sessions: ProjectSessions;
  userDataDir: string;
  appVersion: string;
  emit: EmitEvent;
  /** The engine's export queue (render.* calls); the engine cancels it on close. */
  exports: ExportQueue;
}

function writable(s: ProjectSession): ProjectSession {
  if (s.store.readOnly) {
    throw new EngineError(
      'project-read-only',
      s.store.readOnlyReason ?? `${s.path} is open read-only`,
    );
  }
  return s;
}

/** The engine's implementation of every contract call that is not host-specific. */
export function createHandlers(deps: HandlerDeps): Partial<HandlerMap> {
  const { sessions } = deps;
  return {
    'app.info': () => {
      let ffmpeg: { path: string; source: string } | null = null;
      let ffmpegError: string | undefined;
      try {
        const p = resolveFfmpegPaths(systemFfmpegLookup());
        ffmpeg = { path: p.ffmpeg, source: p.source };
      } catch (err) {
        ffmpegError = (err as Error).message;
      }
      return {
        version: deps.appVersion,
        host: deps.host === 'electron' ? 'electron' : 'browser',
        ffmpeg,
        ...(ffmpegError ? { ffmpegError } : {}),
        homeDir: homedir(),
        userDataDir: deps.userDataDir,
        canPickNativeFiles: deps.host === 'electron',
      };
    },
    'project.recent': () => ({
      projects: readRecentProjects(deps.userDataDir).projects.map((p) => ({
        ...p,
        exists: existsSync(p.path),
      })),
    }),
    'project.create': (req) => opened(sessions.create(req.path, req.name)),
    'project.open': (req) => opened(sessions.open(req.path)),
    'project.close': (req) => ({ closed: sessions.close(req.projectId) }),
    'project.apply': (req) => {
      const s = writable(sessions.get(req.projectId));
      const applied = s.apply(req.invocations, req.label, req.kind);
      sessions.emitSaved(s);
      return { seq: applied.seq };
    },
    'project.document': (req) => {
      const s = sessions.get(req.projectId);
      return { document: s.document, seq: s.seq };
    },
    'media.import': async (req) => {
      const s = writable(sessions.get(req.projectId));
      const result = await importMedia(s, req.paths);
      if (result.step) sessions.emitSaved(s);
      return { ...result, document: s.document, seq: s.seq };
    },
    'media.thumbnails': async (req) => ({
      frames: await mediaThumbnails(sessions.get(req.projectId), req.mediaId),
    }),
    'media.previewStill': async (req) =>
      mediaPreviewStill(sessions.get(req.projectId), req.mediaId, req.sourceMs),
    'media.waveform': async (req) => mediaWaveform(sessions.get(req.projectId), req.mediaId),
    'media.file': (req) => {
      const asset = sessions.get(req.projectId).document.media.find((m) => m.id === req.mediaId);
      if (!asset) throw new EngineError('not-found', `No media "${req.mediaId}" in this project`);
      if (!existsSync(asset.path)) {
        throw new EngineError(
          'missing',
          `Media file not found: "${asset.path}". Relink it to play it.`,
        );
      }
      return {
        path: asset.path,
        mimeType: mimeTypeFor(asset.path),
        sizeBytes: statSync(asset.path).size,
      };
    },
    'media.probe': (req) => probeMedia(req.path),
    'fs.list': (req) => listFolder(req.dir, req.extensions),
    ...createDemoHandlers(deps),
    ...createCaptionHandlers(deps),
    ...createCitationHandlers(deps),
    ...createAssetHandlers(deps),
    ...createLibraryHandlers(),
    ...createRenderHandlers(deps),
    ...createAuditHandlers(deps),
    ...createPrivacyHandlers(deps),
    'diagnostics.commands': () => ({
      commands: recentCommands().map((c) => ({
        label: c.label,
        bin: c.bin,
        args: c.args,
        startedAt: new Date(c.startedAt).toISOString(),
        ...(c.endedAt !== null ? { durationMs: c.endedAt - c.startedAt } : {}),
        exitCode: c.exitCode,
        outcome: c.outcome,
        stderrTail: c.stderrTail,
      })),
    }),
  };
}
