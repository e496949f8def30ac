import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Browser-mode request checks. The host listens on 127.0.0.1 only, but any web page the user
 * visits can still send requests to it: a per-launch secret token stops cross-site requests,
 * and checking Host/Origin stops DNS rebinding (a hostile name resolving to 127.0.0.1).
 */

export const TOKEN_HEADER = 'x-medclip-token';
export const TOKEN_COOKIE = 'medclip_token';

export type RequestVerdict = { ok: true } | { ok: false; status: 401 | 403; reason: string };

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out.set(part.slice(0, eq).trim(), decodeURIComponent(part.slice(eq + 1).trim()));
  }
  return out;
}

/** The token the request carries, from the URL query, the header, or the session cookie. */
export function presentedToken(req: IncomingMessage, url: URL): string | undefined {
  const fromQuery = url.searchParams.get('token');
  if (fromQuery) return fromQuery;
  const fromHeader = req.headers[TOKEN_HEADER];
  if (typeof fromHeader === 'string' && fromHeader) return fromHeader;
  return parseCookies(req.headers.cookie).get(TOKEN_COOKIE);
}

/**
 * Host and Origin first (403: the request was not addressed to us or came from another site),
 * then the token (401).
 */
export function checkRequest(
  req: IncomingMessage,
  url: URL,
  port: number,
  token: string,
  opts: { requireOrigin: boolean },
): RequestVerdict {
  const host = req.headers.host;
  if (!host || !allowedHosts(port).has(host.toLowerCase())) {
    return { ok: false, status: 403, reason: 'Host header is not this host' };
  }
  const origin = req.headers.origin;
  if (origin !== undefined || opts.requireOrigin) {
    if (!origin || !allowedOrigins(port).has(origin.toLowerCase())) {
      return { ok: false, status: 403, reason: 'Origin is not this host' };
    }
  }
  const presented = presentedToken(req, url);
  if (!presented || !safeEqual(presented, token)) {
    return { ok: false, status: 401, reason: 'Missing or wrong token' };
  }
  return { ok: true };
}
