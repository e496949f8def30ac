import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Engine } from '../engine/engine';
import { checkRequest, TOKEN_COOKIE } from './security';
import { resolveStatic, sendFile } from './static-files';
import { serveMedia } from './media-route';

/**
 * Browser mode's host: the same engine as Electron, reached over HTTP (calls) and a WebSocket
 * (events). Thin on purpose: no logic here that the other hosts lack.
 */

const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface HostOptions {
  engine: Engine;
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed token for tests; a fresh random one per launch otherwise. */
  token?: string;
}

export interface RunningHost {
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  // The token sits in the first URL: never leak it through a Referer.
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Request body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  let port = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'internal', message: String(err) } });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const isApi = url.pathname.startsWith('/api/');
    // API calls must come from our own page (browsers always send Origin on POST/fetch).
    const verdict = checkRequest(req, url, port, token, { requireOrigin: isApi });
    if (!verdict.ok) {
      sendJson(res, verdict.status, {
        ok: false,
        error: {
          code: verdict.status === 401 ? 'unauthorized' : 'forbidden',
          message: verdict.reason,
        },
      });
      return;
    }
    if (isApi) {
      if (req.method !== 'POST') {
        sendJson(res, 405, {
          ok: false,
          error: { code: 'method-not-allowed', message: 'Use POST' },
        });
        return;
      }
      let body: unknown;
      try {
        const text = await readBody(req);
        body = text ? JSON.parse(text) : {};
      } catch (err) {
        sendJson(res, 400, {
          ok: false,
          error: {
            code: 'invalid-request',
            message: `Bad request body: ${(err as Error).message}`,
          },
        });
        return;
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      const result = await opts.engine.call(method, body);
      sendJson(res, result.ok ? 200 : result.error.code === 'internal' ? 500 : 400, result);
      return;
    }
    const media = /^\/media\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (media && (req.method === 'GET' || req.method === 'HEAD')) {
      await serveMedia(
        req,
        res,
        opts.engine,
        decodeURIComponent(media[1]!),
        decodeURIComponent(media[2]!),
      );
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { ok: false, error: { code: 'method-not-allowed', message: 'Only GET' } });
      return;
    }
    const file = resolveStatic(opts.staticDir, url.pathname === '/' ? '/index.html' : url.pathname);
    if (!file) {
      sendJson(res, 404, {
        ok: false,
        error: { code: 'not-found', message: `No such file: ${url.pathname}` },
      });
      return;
    }
    // The page's own assets (scripts, fonts) cannot carry the query token, so the first
    // authenticated load sets it as a strict, HTTP-only session cookie.
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (url.searchParams.get('token')) {
      res.setHeader(
        'set-cookie',
        `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
      );
    }
    sendFile(res, file);
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const sockets = new Set<WebSocket>();
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const verdict = checkRequest(req, url, port, token, { requireOrigin: true });
    if (!verdict.ok || url.pathname !== '/events') {
      const status = verdict.ok ? 404 : verdict.status;
      socket.write(
        `HTTP/1.1 ${status} ${status === 401 ? 'Unauthorized' : status === 403 ? 'Forbidden' : 'Not Found'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
      );
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
    });
  });

  const unsubscribe = opts.engine.onEvent((event, payload) => {
    const msg = JSON.stringify({ event, payload });
    for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(msg);
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    // Loopback only: browser mode is never reachable from the network.
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolvePromise());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    async close() {
      unsubscribe();
      for (const ws of sockets) ws.terminate();
      wss.close();
      await new Promise<void>((r) => server.close(() => r()));
      server.closeAllConnections();
    },
  };
}
