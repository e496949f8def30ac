import { EventEmitter } from 'node:events';
import type { ApiEvent, ApiEventName } from '../../shared/api';
import { dispatchCall, type CallResult, type HandlerMap } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { ProjectSessions } from './project/sessions';
import { ExportQueue } from './render/queue';
import { resolveUserDataDir } from './store/user-data';

/**
 * The engine: host-agnostic services behind the API contract. Electron, the browser-mode
 * host and the CLI are thin adapters that call `call()` and forward `onEvent()`.
 */
export interface Engine {
  call(method: string, request: unknown): Promise<CallResult>;
  onEvent(listener: (event: ApiEventName, payload: unknown) => void): () => void;
  close(): Promise<void>;
}

export interface EngineOptions {
  host: 'electron' | 'browser' | 'cli';
  userDataDir?: string;
  appVersion?: string;
  /** Host capabilities the engine cannot provide itself (Electron's native dialogs). */
  hostHandlers?: Partial<HandlerMap>;
  /** The CLI does not touch the UI's recent-projects list. */
  trackRecent?: boolean;
}

export const APP_VERSION = '0.1.0';

export type EmitEvent = <E extends ApiEventName>(event: E, payload: ApiEvent<E>) => void;

export function createEngine(opts: EngineOptions): Engine {
  const emitter = new EventEmitter();
  const emit: EmitEvent = (event, payload) => emitter.emit('event', event, payload);
  const userDataDir = opts.userDataDir ?? resolveUserDataDir();
  const sessions = new ProjectSessions({
    appVersion: opts.appVersion ?? APP_VERSION,
    userDataDir,
    trackRecent: opts.trackRecent ?? opts.host !== 'cli',
    warmStills: opts.host !== 'cli',
    emit,
  });
  const exports = new ExportQueue({ publish: (job) => emit('job', job) });
  const handlers: Partial<HandlerMap> = {
    ...createHandlers({
      host: opts.host,
      sessions,
      userDataDir,
      appVersion: opts.appVersion ?? APP_VERSION,
      emit,
      exports,
    }),
    ...opts.hostHandlers,
  };
  let closed = false;
  return {
    call: (method, request) => dispatchCall(handlers, method, request),
    onEvent(listener) {
      const l = (event: ApiEventName, payload: unknown) => listener(event, payload);
      emitter.on('event', l);
      return () => emitter.off('event', l);
    },
    async close() {
      if (closed) return;
      closed = true;
      // Running exports stop cleanly (ffmpeg gone, temp file removed) before anything closes.
      await exports.close();
      sessions.closeAll();
      await sessions.settle();
    },
  };
}
