import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../shared/api';
import { createHttpTransport } from '../../../../renderer/api/http-transport';
import type { SocketLike } from '../../../../renderer/api/event-socket';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

const noSocket = {
  createSocket: (): SocketLike => ({
    onopen: null,
    onmessage: null,
    onclose: null,
    onerror: null,
    close() {},
  }),
};

describe('createHttpTransport', () => {
  it('POSTs the request as JSON to /api/<method> with the token header', async () => {
    const fetchMock = vi.fn(async (_url: URL | RequestInfo, _init?: RequestInit) =>
      jsonResponse(200, { ok: true, result: { seq: 1 } }),
    );
    const transport = createHttpTransport({
      origin: 'http://127.0.0.1:4100',
      token: 'tok',
      fetch: fetchMock as unknown as typeof fetch,
      socket: noSocket,
    });
    const envelope = await transport.send('project.apply', { projectId: 'p1' });
    expect(envelope).toEqual({ ok: true, result: { seq: 1 } });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(String(url)).toBe('http://127.0.0.1:4100/api/project.apply');
    expect(init?.method).toBe('POST');
    expect((init?.headers as Record<string, string>)['x-medclip-token']).toBe('tok');
    expect(JSON.parse(String(init?.body))).toEqual({ projectId: 'p1' });
  });

  it('passes a 4xx error envelope through for the client to turn into an ApiError', async () => {
    const transport = createHttpTransport({
      origin: 'http://127.0.0.1:4100',
      token: 'tok',
      fetch: (async () =>
        jsonResponse(400, {
          ok: false,
          error: { code: 'invalid-request', message: 'bad' },
        })) as typeof fetch,
      socket: noSocket,
    });
    await expect(transport.send('project.open', {})).resolves.toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'bad' },
    });
  });

  it('throws host-unreachable when the request cannot be sent', async () => {
    const transport = createHttpTransport({
      origin: 'http://127.0.0.1:4100',
      token: null,
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
      socket: noSocket,
    });
    const error = await transport.send('app.info', {}).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('host-unreachable');
  });

  it('throws invalid-response naming the status when the body is not JSON', async () => {
    const transport = createHttpTransport({
      origin: 'http://127.0.0.1:4100',
      token: null,
      fetch: (async () =>
        new Response('<html>Bad gateway</html>', { status: 502 })) as typeof fetch,
      socket: noSocket,
    });
    const error = (await transport.send('app.info', {}).catch((err: unknown) => err)) as ApiError;
    expect(error.code).toBe('invalid-response');
    expect(error.message).toContain('502');
  });

  it('opens the event socket at /events with the token', () => {
    const urls: string[] = [];
    const transport = createHttpTransport({
      origin: 'http://127.0.0.1:4100',
      token: 'a b',
      fetch: (async () => jsonResponse(200, {})) as typeof fetch,
      socket: {
        createSocket: (url) => {
          urls.push(url);
          return noSocket.createSocket();
        },
      },
    });
    transport.subscribe('job', () => undefined);
    expect(urls).toEqual(['ws://127.0.0.1:4100/events?token=a+b']);
  });
});
