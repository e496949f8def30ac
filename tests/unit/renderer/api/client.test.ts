import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../shared/api';
import { createApiClient, createClientFromTransport } from '../../../../renderer/api/client';
import type { ApiTransport, MedclipBridge } from '../../../../renderer/api/transport';

function transportWith(
  envelope: unknown,
  extra: Partial<ApiTransport> = {},
): ApiTransport & { listeners: Map<string, (p: unknown) => void> } {
  const listeners = new Map<string, (p: unknown) => void>();
  return {
    host: 'browser',
    send: vi.fn(async () => envelope),
    subscribe: (event, listener) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
    listeners,
    ...extra,
  };
}

describe('createClientFromTransport', () => {
  it('returns the validated result of a call', async () => {
    const client = createClientFromTransport(transportWith({ ok: true, result: { closed: true } }));
    await expect(client.call('project.close', { projectId: 'p1' })).resolves.toEqual({
      closed: true,
    });
  });

  it('throws ApiError with the engine code', async () => {
    const client = createClientFromTransport(
      transportWith({
        ok: false,
        error: { code: 'read-only', message: 'The project is read-only' },
      }),
    );
    const error = await client
      .call('project.apply', {
        projectId: 'p1',
        invocations: [{ name: 'project.rename', args: { name: 'x' } }],
        label: 'Rename',
        kind: 'do',
      })
      .catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('read-only');
  });

  it('delivers valid events and drops malformed ones', () => {
    const transport = transportWith(null);
    const client = createClientFromTransport(transport);
    const actions: string[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    client.on('menu', ({ action }) => actions.push(action));
    transport.listeners.get('menu')?.({ action: 'edit.redo' });
    transport.listeners.get('menu')?.({ action: 'explode' });
    expect(actions).toEqual(['edit.redo']);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('has no file paths without a transport that knows them', () => {
    const client = createClientFromTransport(transportWith(null));
    expect(client.pathForFile({} as File)).toBeNull();
  });
});

describe('createApiClient', () => {
  it('uses the Electron bridge when the preload exposes one', async () => {
    const bridge: MedclipBridge = {
      host: 'electron',
      call: vi.fn(async () => ({ ok: true, result: { paths: ['/a.mp4'] } })),
      on: () => () => undefined,
      getPathForFile: () => '/dropped/clip.mov',
    };
    const client = createApiClient({ medclip: bridge } as unknown as Window);
    expect(client.host).toBe('electron');
    await expect(
      client.call('dialog.openFiles', { kind: 'media', multiple: true }),
    ).resolves.toEqual({
      paths: ['/a.mp4'],
    });
    expect(bridge.call).toHaveBeenCalledWith('dialog.openFiles', { kind: 'media', multiple: true });
    expect(client.pathForFile({} as File)).toBe('/dropped/clip.mov');
  });

  it('uses the local host with the page token otherwise', async () => {
    const stored = new Map<string, string>();
    const replaced: string[] = [];
    const fetchMock = vi.fn(
      async () => new Response(JSON.stringify({ ok: true, result: { projects: [] } })),
    );
    vi.stubGlobal('fetch', fetchMock);
    const win = {
      location: { href: 'http://127.0.0.1:4100/?token=abc', origin: 'http://127.0.0.1:4100' },
      sessionStorage: {
        getItem: (k: string) => stored.get(k) ?? null,
        setItem: (k: string, v: string) => stored.set(k, v),
      },
      history: {
        state: null,
        replaceState: (_s: unknown, _t: string, url: string) => replaced.push(url),
      },
    } as unknown as Window;
    const client = createApiClient(win);
    expect(client.host).toBe('browser');
    await client.call('project.recent', {});
    const init = (fetchMock.mock.calls[0] as unknown as [URL, RequestInit])[1];
    expect((init.headers as Record<string, string>)['x-medclip-token']).toBe('abc');
    expect(replaced).toEqual(['/']);
    vi.unstubAllGlobals();
  });
});
