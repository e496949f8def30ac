import { deflateSync, inflateSync } from 'node:zlib';

/**
 * Snapshots are stored as zlib-compressed UTF-8 JSON, the convention of SQLite Archives: `size`
 * is the JSON's byte length, and data whose length equals `size` is stored uncompressed (when
 * compression would not help). The sqlite3 shell reads one with
 * `SELECT sqlar_uncompress(document, size) FROM snapshots`. Compression makes a document about
 * five times smaller, which keeps the file small and `quick_check` on open fast.
 */

export interface EncodedSnapshot {
  size: number;
  data: Buffer;
}

export function encodeSnapshot(jsonText: string): EncodedSnapshot {
  const raw = Buffer.from(jsonText, 'utf8');
  const compressed = deflateSync(raw);
  return { size: raw.length, data: compressed.length < raw.length ? compressed : raw };
}

export function decodeSnapshot(data: Buffer, size: number): string {
  const raw = data.length === size ? data : inflateSync(data);
  if (raw.length !== size) {
    throw new Error(`snapshot is ${raw.length} bytes after decompression, expected ${size}`);
  }
  return raw.toString('utf8');
}
