import { z } from 'zod';
import { editorActionIdSchema } from '../editor/actions';
import { mediaProbeSchema } from '../model/probe';
import { projectDocumentSchema } from '../model';
import { commandInvocationSchema } from '../commands/define';
import { renderCalls } from './calls/render';
import { captionsCalls } from './calls/captions';
import { demoCalls } from './calls/demo';
import { libraryCalls } from './calls/library';
import { citationsCalls } from './calls/citations';
import { auditCalls } from './calls/audit';
import { privacyCalls } from './calls/privacy';
import { projectOpenedSchema, type ProjectOpened } from './project-opened';
import { historyStepSchema } from './history-step';

/**
 * The one contract between the renderer and the engine: every call with its request and
 * response schema, and every event the engine pushes. The engine validates each request
 * against it; the Electron preload and the browser-mode host expose nothing else.
 */

export { historyStepSchema };

const projectId = z.string().min(1);
const absolutePath = z.string().min(1).max(4096);

export { projectOpenedSchema, type ProjectOpened };

export const importErrorSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});

export const recentProjectSchema = z.object({
  path: z.string(),
  name: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});

export const fileEntrySchema = z.object({
  name: z.string(),
  path: z.string(),
  kind: z.enum(['dir', 'file']),
  sizeBytes: z.number().int().nonnegative().optional(),
});

export const diagnosticsCommandSchema = z.object({
  label: z.string(),
  bin: z.string(),
  args: z.array(z.string()),
  startedAt: z.string(),
  durationMs: z.number().optional(),
  exitCode: z.number().nullable().optional(),
  outcome: z.string(),
  stderrTail: z.string(),
});

const empty = z.object({}).strict();

export const coreCalls = {
  'app.info': {
    request: empty,
    response: z.object({
      version: z.string(),
      host: z.enum(['electron', 'browser']),
      ffmpeg: z.object({ path: z.string(), source: z.string() }).nullable(),
      ffmpegError: z.string().optional(),
      homeDir: z.string(),
      userDataDir: z.string(),
      canPickNativeFiles: z.boolean(),
    }),
  },
  'project.recent': {
    request: empty,
    response: z.object({ projects: z.array(recentProjectSchema) }),
  },
  'project.create': {
    request: z.object({ path: absolutePath, name: z.string().min(1).max(200) }),
    response: projectOpenedSchema,
  },
  'project.open': {
    request: z.object({ path: absolutePath }),
    response: projectOpenedSchema,
  },
  'project.close': {
    request: z.object({ projectId }),
    response: z.object({ closed: z.boolean() }),
  },
  /** Apply edits the renderer already applied optimistically; durable when this resolves. */
  'project.apply': {
    request: z.object({
      projectId,
      invocations: z.array(commandInvocationSchema).min(1).max(500),
      label: z.string().max(200),
      kind: z.enum(['do', 'undo', 'redo']),
    }),
    response: z.object({ seq: z.number().int() }),
  },
  'project.document': {
    request: z.object({ projectId }),
    response: z.object({ document: projectDocumentSchema, seq: z.number().int() }),
  },
  /** Probe, hash and index files, then add them to the bin (videos also to the track). */
  'media.import': {
    request: z.object({ projectId, paths: z.array(absolutePath).min(1).max(200) }),
    response: z.object({
      document: projectDocumentSchema,
      seq: z.number().int(),
      step: historyStepSchema.nullable(),
      imported: z.array(z.object({ path: z.string(), mediaId: z.string() })),
      errors: z.array(importErrorSchema),
    }),
  },
  'media.thumbnails': {
    request: z.object({ projectId, mediaId: z.string() }),
    response: z.object({ frames: z.array(z.string()) }),
  },
  /**
   * The frame shown at `sourceMs` of a video as a JPEG data: URL (oriented, at most 1080 high):
   * the preview shows it while its video element is still loading. `frameMs` is the frame's
   * own time.
   */
  'media.previewStill': {
    request: z.object({
      projectId,
      mediaId: z.string(),
      sourceMs: z.number().int().nonnegative(),
    }),
    response: z.object({
      url: z.string().startsWith('data:image/jpeg;base64,'),
      frameMs: z.number().nonnegative(),
    }),
  },
  'media.waveform': {
    request: z.object({ projectId, mediaId: z.string() }),
    response: z.object({
      peaksPerSecond: z.number(),
      peaks: z.array(z.tuple([z.number(), z.number()])),
    }),
  },
  /**
   * Where a media file is, for the hosts that stream it to the preview (browser mode's
   * `/media/…` route, Electron's `medclip-media:` protocol). The page itself only ever uses
   * those URLs.
   */
  'media.file': {
    request: z.object({ projectId, mediaId: z.string() }),
    response: z.object({ path: z.string(), mimeType: z.string(), sizeBytes: z.number().int() }),
  },
  'media.probe': {
    request: z.object({ path: absolutePath }),
    response: mediaProbeSchema,
  },
  /** Browser mode's file picker: the engine lists a folder (the renderer has no file system). */
  'fs.list': {
    request: z.object({ dir: z.string().optional(), extensions: z.array(z.string()).optional() }),
    response: z.object({
      dir: z.string(),
      parent: z.string().nullable(),
      entries: z.array(fileEntrySchema),
    }),
  },
  /** Native open/save dialogs; only the Electron host has them. */
  'dialog.openFiles': {
    request: z.object({ kind: z.enum(['media', 'project']), multiple: z.boolean() }),
    response: z.object({ paths: z.array(z.string()) }),
  },
  'dialog.saveProject': {
    request: z.object({ suggestedName: z.string() }),
    response: z.object({ path: z.string().nullable() }),
  },
  /** Where to write an export (.mp4); opens in `dir` when given. */
  'dialog.saveExport': {
    request: z.object({ suggestedName: z.string().min(1).max(255), dir: absolutePath.optional() }),
    response: z.object({ path: z.string().nullable() }),
  },
  'diagnostics.commands': {
    request: empty,
    response: z.object({ commands: z.array(diagnosticsCommandSchema) }),
  },
} as const;

export const apiCalls = {
  ...coreCalls,
  ...renderCalls,
  ...auditCalls,
  ...privacyCalls,
  ...captionsCalls,
  ...demoCalls,
  ...libraryCalls,
  ...citationsCalls,
} as const;

export type ApiCalls = typeof apiCalls;
export type ApiMethod = keyof ApiCalls;
export type ApiRequest<M extends ApiMethod> = z.input<ApiCalls[M]['request']>;
export type ApiResponse<M extends ApiMethod> = z.infer<ApiCalls[M]['response']>;

export const jobStatusSchema = z.enum(['queued', 'running', 'success', 'error', 'aborted']);

/** Events the engine pushes to every connected renderer. */
export const apiEvents = {
  job: z.object({
    id: z.string(),
    kind: z.string(),
    label: z.string(),
    status: jobStatusSchema,
    /** 0..1 */
    progress: z.number().min(0).max(1),
    etaMs: z.number().nullable(),
    fps: z.number().nullable().optional(),
    error: z.string().nullable(),
  }),
  'project.saved': z.object({ projectId, seq: z.number().int() }),
  /** An application-menu action (Electron) for the renderer to dispatch. */
  menu: z.object({ action: editorActionIdSchema }),
} as const;

export type ApiEvents = typeof apiEvents;
export type ApiEventName = keyof ApiEvents;
export type ApiEvent<E extends ApiEventName> = z.infer<ApiEvents[E]>;

/** Errors cross the boundary as plain data with a stable code. */
export const apiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
});
export type ApiErrorData = z.infer<typeof apiErrorSchema>;

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiCalls, name);
}
