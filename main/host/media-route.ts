import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Engine } from '../engine/engine';

export type ByteRange = { start: number; end: number };

/**
 * A single `bytes=` range as media elements send it (`bytes=0-`, `bytes=100-199`, `bytes=-500`).
 * null: no usable Range header (send the whole file); 'unsatisfiable': answer 416.
 */
export function parseRange(
  header: string | undefined,
  size: number,
): ByteRange | null | 'unsatisfiable' {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

/** `/media/<projectId>/<mediaId>`: streams a project's media file to the preview, with ranges. */
export async function serveMedia(
  req: IncomingMessage,
  res: ServerResponse,
  engine: Engine,
  projectId: string,
  mediaId: string,
): Promise<void> {
  const found = await engine.call('media.file', { projectId, mediaId });
  if (!found.ok) {
    res.writeHead(found.error.code === 'missing' ? 410 : 404, {
      'content-type': 'text/plain; charset=utf-8',
    });
    res.end(found.error.message);
    return;
  }
  const { path, mimeType, sizeBytes } = found.result as {
    path: string;
    mimeType: string;
    sizeBytes: number;
  };
  const range = parseRange(req.headers.range, sizeBytes);
  const common = {
    'content-type': mimeType,
    'accept-ranges': 'bytes',
    'cache-control': 'no-cache',
  };
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...common, 'content-range': `bytes */${sizeBytes}` });
    res.end();
    return;
  }
  if (range) {
    res.writeHead(206, {
      ...common,
      'content-range': `bytes ${range.start}-${range.end}/${sizeBytes}`,
      'content-length': range.end - range.start + 1,
    });
  } else {
    res.writeHead(200, { ...common, 'content-length': sizeBytes });
  }
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(path, range ?? {});
  stream.on('error', () => res.destroy());
  // A seeking media element drops connections all the time: stop reading when it does.
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}
