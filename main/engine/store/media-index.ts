import type Database from 'better-sqlite3';
import { z } from 'zod';
import { InvalidStoreInputError } from './errors';
import { toJsonText } from './json';
import type { MediaIndexEntry, MediaIndexInput } from './types';

const mediaInputSchema = z.object({
  mediaId: z.string().min(1),
  path: z.string().min(1),
  contentHash: z.string().min(1),
  size: z.number().int().nonnegative(),
  mtimeMs: z.number().int(),
  probe: z.unknown().optional(),
  lastSeenAt: z.iso.datetime().optional(),
});

interface MediaRow {
  media_id: string;
  path: string;
  content_hash: string;
  size: number;
  mtime_ms: number;
  probe: string | null;
  last_seen: string;
}

const COLUMNS = 'media_id, path, content_hash, size, mtime_ms, probe, last_seen';

/** The `media_index` table: where each media file was last seen, and its content hash. */
export class MediaIndex {
  private readonly upsert: Database.Statement;
  private readonly selectByHash: Database.Statement<[string], MediaRow>;
  private readonly selectAll: Database.Statement<[], MediaRow>;

  constructor(db: Database.Database) {
    this.upsert = db.prepare(
      `INSERT INTO media_index (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (media_id) DO UPDATE SET path = excluded.path,
         content_hash = excluded.content_hash, size = excluded.size, mtime_ms = excluded.mtime_ms,
         probe = excluded.probe, last_seen = excluded.last_seen`,
    );
    this.selectByHash = db.prepare(
      `SELECT ${COLUMNS} FROM media_index WHERE content_hash = ? ORDER BY last_seen DESC`,
    );
    this.selectAll = db.prepare(`SELECT ${COLUMNS} FROM media_index ORDER BY media_id`);
  }

  upsertEntry(input: MediaIndexInput, nowIso: string): MediaIndexEntry {
    const parsed = mediaInputSchema.safeParse(input);
    if (!parsed.success) {
      throw new InvalidStoreInputError(`Invalid media entry: ${z.prettifyError(parsed.error)}`);
    }
    const entry: MediaIndexEntry = {
      mediaId: parsed.data.mediaId,
      path: parsed.data.path,
      contentHash: parsed.data.contentHash,
      size: parsed.data.size,
      mtimeMs: parsed.data.mtimeMs,
      probe: parsed.data.probe ?? null,
      lastSeenAt: parsed.data.lastSeenAt ?? nowIso,
    };
    const probeText = entry.probe === null ? null : toJsonText(entry.probe, 'media probe');
    this.upsert.run(
      entry.mediaId,
      entry.path,
      entry.contentHash,
      entry.size,
      entry.mtimeMs,
      probeText,
      entry.lastSeenAt,
    );
    return entry;
  }

  /** Most recently seen first. */
  findByHash(contentHash: string): MediaIndexEntry[] {
    return this.selectByHash.all(contentHash).map(toEntry);
  }

  list(): MediaIndexEntry[] {
    return this.selectAll.all().map(toEntry);
  }
}

function toEntry(row: MediaRow): MediaIndexEntry {
  return {
    mediaId: row.media_id,
    path: row.path,
    contentHash: row.content_hash,
    size: row.size,
    mtimeMs: row.mtime_ms,
    probe: row.probe === null ? null : (JSON.parse(row.probe) as unknown),
    lastSeenAt: row.last_seen,
  };
}
