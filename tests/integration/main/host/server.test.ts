import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createEngine, type Engine } from '../../../../main/engine/engine';
import { startHost, type RunningHost } from '../../../../main/host/server';
import { tempDir } from '../../../support/temp';

let tmp: ReturnType<typeof tempDir>;
let engine: Engine;
let host: RunningHost;

beforeAll(async () => {
  tmp = tempDir();
  const staticDir = join(tmp.dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>studio</title>');
  engine = createEngine({ host: 'browser', userDataDir: join(tmp.dir, 'user') });
  host = await startHost({ engine, staticDir, port: 0 });
});

afterAll(async () => {
  await host.close();
  await engine.close();
  tmp.cleanup();
});

function api(method: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: host.origin, ...headers },
    body: JSON.stringify(body),
  });
}

describe('browser-mode host', () => {
  it('binds to 127.0.0.1 only', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves the page with the token and refuses it without (401)', async () => {
    const ok = await fetch(host.url);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('studio');
    expect(ok.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await fetch(`${host.origin}/`)).status).toBe(401);
    expect((await fetch(`${host.origin}/?token=wrong`)).status).toBe(401);
  });

  it('answers API calls with the token header, 401 without or with a wrong one', async () => {
    const good = await api('app.info', {}, { 'x-medclip-token': host.token });
    expect(good.status).toBe(200);
    const body = (await good.json()) as { ok: boolean; result: { host: string } };
    expect(body.ok).toBe(true);
    expect(body.result.host).toBe('browser');
    expect((await api('app.info', {})).status).toBe(401);
    expect((await api('app.info', {}, { 'x-medclip-token': host.token.slice(1) })).status).toBe(
      401,
    );
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin with 403', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: `/?token=${host.token}`,
          headers: { host: `evil.example:${host.port}` },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
    const foreign = await api(
      'app.info',
      {},
      { 'x-medclip-token': host.token, origin: 'https://evil.example' },
    );
    expect(foreign.status).toBe(403);
  });

  it('validates requests against the contract', async () => {
    const bad = await api('project.open', { path: 42 }, { 'x-medclip-token': host.token });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid-request');
    expect(body.error.message).toContain('path');
    const unknown = await api('fs.delete', {}, { 'x-medclip-token': host.token });
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe(
      'unknown-method',
    );
  });

  it('does not serve files outside the renderer folder', async () => {
    const res = await fetch(`${host.origin}/..%2f..%2fetc%2fpasswd?token=${host.token}`);
    expect(res.status).toBe(404);
  });

  it('upgrades the event socket only with the token and our Origin', async () => {
    const open = (url: string, origin: string) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(url, { origin });
        ws.on('open', () => {
          ws.close();
          resolve('open');
        });
        ws.on('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
        ws.on('error', () => resolve('error'));
      });
    const wsBase = host.origin.replace('http', 'ws');
    expect(await open(`${wsBase}/events?token=${host.token}`, host.origin)).toBe('open');
    expect(await open(`${wsBase}/events`, host.origin)).toBe('401');
    expect(await open(`${wsBase}/events?token=${host.token}`, 'https://evil.example')).toBe('403');
  });

  it('streams project media to the preview with byte ranges, only with the token', async () => {
    const { makeTestClip } = await import('../../../support/media');
    const clip = makeTestClip(tmp.dir, 'media-route.mp4');
    const headers = { 'x-medclip-token': host.token };
    const created = (await (
      await api('project.create', { path: join(tmp.dir, 'm.medclip'), name: 'M' }, headers)
    ).json()) as { result: { projectId: string } };
    const projectId = created.result.projectId;
    const imported = (await (
      await api('media.import', { projectId, paths: [clip] }, headers)
    ).json()) as { result: { imported: { mediaId: string }[] } };
    const mediaId = imported.result.imported[0]!.mediaId;
    const url = `${host.origin}/media/${projectId}/${mediaId}`;
    const part = await fetch(url, { headers: { ...headers, range: 'bytes=0-99' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-type')).toBe('video/mp4');
    expect(part.headers.get('content-range')).toMatch(/^bytes 0-99\/\d+$/);
    expect((await part.arrayBuffer()).byteLength).toBe(100);
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(`${host.origin}/media/${projectId}/med_nothere`, { headers })).status).toBe(
      404,
    );
  });
});
