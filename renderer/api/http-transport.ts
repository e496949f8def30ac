import { ApiError } from '../../shared/api';
import { createEventSocket, type EventSocketOptions } from './event-socket';
import { TOKEN_HEADER } from './token';
import type { ApiTransport } from './transport';

export interface HttpTransportOptions {
  /** The page's origin, e.g. `http://127.0.0.1:4123`. */
  origin: string;
  token: string | null;
  fetch?: typeof fetch;
  socket?: Omit<EventSocketOptions, 'url'>;
}

/** Browser mode: `POST /api/<method>` for calls, a WebSocket at `/events` for events. */
export function createHttpTransport(options: HttpTransportOptions): ApiTransport {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const wsOrigin = options.origin.replace(/^http/, 'ws');
  const eventsUrl = new URL('/events', wsOrigin);
  if (options.token) eventsUrl.searchParams.set('token', options.token);
  const socket = createEventSocket({ ...options.socket, url: eventsUrl.toString() });

  return {
    host: 'browser',
    async send(method, request) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (options.token) headers[TOKEN_HEADER] = options.token;
      let response: Response;
      try {
        response = await doFetch(new URL(`/api/${encodeURIComponent(method)}`, options.origin), {
          method: 'POST',
          headers,
          body: JSON.stringify(request ?? {}),
        });
      } catch (err) {
        throw new ApiError({
          code: 'host-unreachable',
          message: 'Cannot reach the MedClip engine. Is the studio still running?',
          details: err instanceof Error ? err.message : String(err),
        });
      }
      try {
        return (await response.json()) as unknown;
      } catch {
        throw new ApiError({
          code: 'invalid-response',
          message: `The engine answered ${method} with HTTP ${response.status} and no readable body.`,
        });
      }
    },
    subscribe: (event, listener) => socket.subscribe(event, listener),
  };
}
