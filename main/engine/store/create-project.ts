import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { MEDCLIP_APPLICATION_ID } from './connection';
import { ProjectExistsError, ProjectNotFoundError } from './errors';
import { META_KEYS, writeMeta } from './meta';
import { runMigrations } from './migrate';
import { OpLog } from './op-log';
import { RevisionLog } from './revisions';

export interface NewProjectFile {
  projectId: string;
  initialDocumentText: string;
  appVersion: string;
  documentSchemaVersion: number;
  createdAt: string;
}

/** Label of the revision every project starts with. */
export const CREATED_REVISION_LABEL = 'Created';

function assertFolderExists(folder: string): void {
  try {
    if (statSync(folder).isDirectory()) return;
  } catch {
    // reported below
  }
  throw new ProjectNotFoundError(folder, 'folder');
}

/** Makes a rename or link durable where the OS allows fsync on a directory (not Windows). */
function syncFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort: the file itself was already synced by SQLite's commit.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Moves the finished file to `target` without ever replacing one: link() fails if the name is
 * taken. Filesystems without hard links (FAT, some shares) fall back to check-then-rename.
 */
function publishNoClobber(temp: string, target: string): void {
  try {
    linkSync(temp, target);
    rmSync(temp, { force: true });
    return;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new ProjectExistsError(target);
  }
  if (existsSync(target)) throw new ProjectExistsError(target);
  renameSync(temp, target);
}

/**
 * Builds a complete project file in a temp file beside `target` (application id, schema, meta,
 * the initial snapshot and the "Created" revision), then moves it into place: a crash while
 * creating leaves no half-made project under the chosen name.
 */
export function writeNewProjectFile(target: string, init: NewProjectFile): void {
  const folder = path.dirname(target);
  assertFolderExists(folder);
  if (existsSync(target)) throw new ProjectExistsError(target);
  const temp = path.join(
    folder,
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.creating`,
  );
  try {
    const db = new Database(temp);
    try {
      db.pragma(`application_id = ${MEDCLIP_APPLICATION_ID}`);
      db.pragma('journal_mode = DELETE');
      db.pragma('synchronous = FULL');
      runMigrations(db);
      db.transaction(() => {
        writeMeta(db, META_KEYS.projectId, init.projectId);
        writeMeta(db, META_KEYS.createdAt, init.createdAt);
        writeMeta(db, META_KEYS.createdWithAppVersion, init.appVersion);
        writeMeta(db, META_KEYS.appVersion, init.appVersion);
        writeMeta(db, META_KEYS.documentSchemaVersion, String(init.documentSchemaVersion));
        new OpLog(db).writeSnapshot(0, init.createdAt, init.initialDocumentText);
        new RevisionLog(db).add(0, init.createdAt, CREATED_REVISION_LABEL, true);
      })();
    } finally {
      db.close();
    }
    publishNoClobber(temp, target);
    syncFolder(folder);
  } finally {
    rmSync(temp, { force: true });
    rmSync(`${temp}-journal`, { force: true });
  }
}
