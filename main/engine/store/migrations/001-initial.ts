import type { Migration } from './types';

/** The first schema: metadata, the op log with snapshots, revisions, media index and audit. */
export const migration001Initial: Migration = {
  version: 1,
  name: 'initial',
  up: `
    CREATE TABLE meta (
      key   TEXT PRIMARY KEY NOT NULL,
      value TEXT NOT NULL
    ) WITHOUT ROWID;

    -- The operation log. seq is the rowid: appends are the cheapest possible B-tree insert.
    CREATE TABLE ops (
      seq      INTEGER PRIMARY KEY,
      at       TEXT NOT NULL,
      name     TEXT NOT NULL CHECK (length(name) > 0),
      args     TEXT NOT NULL CHECK (json_valid(args)),
      inverse  TEXT NOT NULL CHECK (json_valid(inverse)),
      label    TEXT,
      group_id TEXT NOT NULL,
      kind     TEXT NOT NULL CHECK (kind IN ('do', 'undo', 'redo'))
    );

    -- The whole document after op seq (0 = the initial document), as zlib-compressed JSON of
    -- \`size\` bytes (see snapshot-codec.ts; the sqlite3 shell: sqlar_uncompress(document, size)).
    CREATE TABLE snapshots (
      seq      INTEGER PRIMARY KEY CHECK (seq >= 0),
      at       TEXT NOT NULL,
      size     INTEGER NOT NULL CHECK (size > 0),
      document BLOB NOT NULL
    );

    CREATE TABLE revisions (
      id    INTEGER PRIMARY KEY AUTOINCREMENT,
      seq   INTEGER NOT NULL CHECK (seq >= 0),
      at    TEXT NOT NULL,
      label TEXT NOT NULL CHECK (length(label) > 0),
      auto  INTEGER NOT NULL DEFAULT 0 CHECK (auto IN (0, 1))
    );

    CREATE TABLE media_index (
      media_id     TEXT PRIMARY KEY NOT NULL,
      path         TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      size         INTEGER NOT NULL CHECK (size >= 0),
      mtime_ms     INTEGER NOT NULL,
      probe        TEXT CHECK (probe IS NULL OR json_valid(probe)),
      last_seen    TEXT NOT NULL
    );
    -- Relinking looks a moved file up by its content hash.
    CREATE INDEX media_index_by_hash ON media_index (content_hash);

    -- Privacy decisions and export overrides: append-only, enforced by the triggers below.
    CREATE TABLE audit (
      id      INTEGER PRIMARY KEY AUTOINCREMENT,
      at      TEXT NOT NULL,
      actor   TEXT NOT NULL CHECK (length(actor) > 0),
      action  TEXT NOT NULL CHECK (length(action) > 0),
      details TEXT NOT NULL CHECK (json_valid(details))
    );
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  `,
};
