import type { ApiEvent, ApiEventName, ApiMethod, ApiRequest, ApiResponse } from '../../shared/api';
import { createElectronTransport } from './electron-transport';
import { parseEventPayload, unwrapEnvelope } from './envelope';
import { createHttpTransport } from './http-transport';
import { resolveToken } from './token';
import type { ApiTransport, HostKind } from './transport';

/** The renderer's only way to the engine: every call and event of the contract, typed. */
export interface ApiClient {
  readonly host: HostKind;
  /** Resolves with the validated result; throws `ApiError` with the engine's code otherwise. */
  call<M extends ApiMethod>(method: M, request: ApiRequest<M>): Promise<ApiResponse<M>>;
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvent<E>) => void): () => void;
  /** The absolute path of a dropped file; null where the host cannot tell (browser mode). */
  pathForFile(file: File): string | null;
}

export function createClientFromTransport(transport: ApiTransport): ApiClient {
  return {
    host: transport.host,
    async call(method, request) {
      const envelope = await transport.send(method, request);
      return unwrapEnvelope(method, envelope);
    },
    on(event, listener) {
      return transport.subscribe(event, (payload) => {
        const parsed = parseEventPayload(event, payload);
        if (parsed === undefined) {
          console.warn(`Ignored a malformed "${event}" event from the engine.`);
          return;
        }
        listener(parsed);
      });
    },
    pathForFile(file) {
      if (!transport.pathForFile) return null;
      const path = transport.pathForFile(file);
      return path ? path : null;
    },
  };
}

/** Electron when the preload bridge is present, browser mode (local host + token) otherwise. */
export function createApiClient(win: Window = window): ApiClient {
  if (win.medclip?.host === 'electron') {
    return createClientFromTransport(createElectronTransport(win.medclip));
  }
  const token = resolveToken({
    location: win.location,
    storage: win.sessionStorage,
    replaceUrl: (url) => win.history.replaceState(win.history.state, '', url),
  });
  return createClientFromTransport(createHttpTransport({ origin: win.location.origin, token }));
}
