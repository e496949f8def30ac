import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { NotAProjectError, ProjectCorruptError, ProjectNotFoundError } from './errors';
import { lockedError, lockHolderIsAlive } from './lock';

/** `PRAGMA application_id` of every .medclip file: "MdCl". Anything else is not ours. */
export const MEDCLIP_APPLICATION_ID = 0x4d64436c;

/** The smallest valid SQLite database is one 512-byte page. */
const MIN_SQLITE_FILE_BYTES = 512;

export type JournalMode = 'wal' | 'delete';

function sqliteCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function isBusy(err: unknown): boolean {
  const code = sqliteCode(err);
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

/** SQLite's failures while opening, as the store's typed errors; anything else unchanged. */
export function toOpenError(err: unknown, path: string): unknown {
  const code = sqliteCode(err);
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'SQLITE_NOTADB') return new NotAProjectError(path, 'not a SQLite database');
  if (isBusy(err)) return lockedError(path);
  if (code.startsWith('SQLITE_CORRUPT')) return new ProjectCorruptError(path, [message]);
  return err;
}

/** Cheap checks that need no SQLite (and open no descriptor on the file). */
export function assertProjectFileShape(path: string): void {
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new NotAProjectError(path, 'it is a folder, not a file');
    size = stats.size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new ProjectNotFoundError(path);
    throw err;
  }
  if (size === 0) throw new NotAProjectError(path, 'the file is empty');
  if (size < MIN_SQLITE_FILE_BYTES) throw new NotAProjectError(path, `only ${size} bytes`);
}

export interface ConnectionOptions {
  journalMode: JournalMode;
  /** SQLite's busy_timeout for the connection's life; also how long to wait for the lock. */
  busyTimeoutMs: number;
}

/**
 * Opens an existing project file and takes its lock: exclusive locking mode (see lock.ts), the
 * MedClip application id, the journal mode, synchronous=FULL (WAL's default NORMAL can lose the
 * last commits on power loss), foreign keys, then quick_check. Throws NotAProjectError,
 * ProjectLockedError or ProjectCorruptError; the connection is closed on any failure.
 */
/** Checks the application id, sets the journal mode and takes the lock (kept until close). */
function identifyAndLock(db: Database.Database, path: string, journalMode: JournalMode): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (applicationId !== MEDCLIP_APPLICATION_ID) {
    throw new NotAProjectError(
      path,
      applicationId === 0 ? 'a SQLite database of another program' : 'unknown application id',
    );
  }
  const mode = String(db.pragma(`journal_mode = ${journalMode}`, { simple: true }));
  if (mode.toLowerCase() !== journalMode) {
    throw new Error(`${path}: SQLite refused journal_mode=${journalMode} (got ${mode})`);
  }
  db.exec('BEGIN EXCLUSIVE; COMMIT');
}

export function openProjectConnection(path: string, options: ConnectionOptions): Database.Database {
  assertProjectFileShape(path);
  let db: Database.Database;
  try {
    // timeout 0: the first attempt at the lock must not wait (see below).
    db = new Database(path, { fileMustExist: true, timeout: 0 });
  } catch (err) {
    throw toOpenError(err, path);
  }
  try {
    // Before the first read, so that with WAL the index never goes to shared memory.
    db.pragma('locking_mode = EXCLUSIVE');
    try {
      identifyAndLock(db, path, options.journalMode);
    } catch (err) {
      // Held by a live window we know of: say so at once. Otherwise the holder may be a
      // window that is just closing, so wait up to busy_timeout before giving up.
      if (!isBusy(err) || lockHolderIsAlive(path)) throw err;
      db.pragma(`busy_timeout = ${options.busyTimeoutMs}`);
      identifyAndLock(db, path, options.journalMode);
    }
    db.pragma(`busy_timeout = ${options.busyTimeoutMs}`);
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const problems = (db.pragma('quick_check') as { quick_check: string }[]).map(
      (row) => row.quick_check,
    );
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw new ProjectCorruptError(path, problems);
    }
    return db;
  } catch (err) {
    db.close();
    throw toOpenError(err, path);
  }
}
