import type Database from 'better-sqlite3';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_BACKUPS_TO_KEEP } from './backup';
import { assertProjectFileShape, openProjectConnection, type JournalMode } from './connection';
import { InvalidStoreInputError, type LockOwner } from './errors';
import { isoAt } from './json';
import {
  claimInProcess,
  readLockOwner,
  releaseInProcess,
  removeLockOwner,
  writeLockOwner,
} from './lock';
import { readUserVersion, runMigrations, type MigrationResult } from './migrate';
import { LATEST_FILE_FORMAT_VERSION } from './migrations';
import { detectFilesystem, type FilesystemInfo } from './network-fs';
import type { OpenOptions, ReplayFn } from './types';

export const DEFAULT_SNAPSHOT_EVERY = 200;
export const DEFAULT_BUSY_TIMEOUT_MS = 2000;

export type StoreOptions<D> = Omit<OpenOptions<D>, 'replay'> & { replay: ReplayFn<D> | undefined };

/** Everything ProjectStore needs from a successfully opened, locked and migrated file. */
export interface OpenedProject<D> {
  path: string;
  db: Database.Database;
  registryKey: string;
  replay: ReplayFn<D> | undefined;
  appVersion: string;
  snapshotEvery: number;
  backupsToKeep: number;
  now: () => number;
  filesystem: FilesystemInfo;
  journalMode: JournalMode;
  readOnlyReason: string | null;
  staleLock: LockOwner | null;
  migration: MigrationResult | null;
  warnings: string[];
}

export function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new InvalidStoreInputError(`${name} must be a positive integer, got ${value}`);
  }
  return value;
}

function networkWarning(folder: string, filesystem: FilesystemInfo): string {
  return (
    `${folder} is on a network share (${filesystem.fsType ?? 'unknown'} at ` +
    `${filesystem.mountPoint ?? '?'}). MedClip Studio keeps the project locked and uses a ` +
    `rollback journal instead of WAL, which is slower than on a local disk, and a dropped ` +
    `connection can interrupt saving. Copy the project to a local folder for editing.`
  );
}

/**
 * Opens `projectPath` (absolute): the in-process claim, the SQLite lock and checks, then
 * migrations or read-only mode for a newer file, then the lock file. Undoes everything it did
 * if any step fails.
 */
export function openProjectFile<D>(
  projectPath: string,
  options: StoreOptions<D>,
): OpenedProject<D> {
  if (typeof options.appVersion !== 'string' || options.appVersion === '') {
    throw new InvalidStoreInputError('The store needs the appVersion of this build');
  }
  const snapshotEvery = positiveInteger(
    options.snapshotEvery,
    DEFAULT_SNAPSHOT_EVERY,
    'snapshotEvery',
  );
  const backupsToKeep = positiveInteger(
    options.backupsToKeep,
    DEFAULT_BACKUPS_TO_KEEP,
    'backupsToKeep',
  );
  const now = options.now ?? Date.now;
  assertProjectFileShape(projectPath);
  const registryKey = realpathSync(projectPath);
  claimInProcess(registryKey, projectPath);
  try {
    const folder = path.dirname(projectPath);
    const filesystem = detectFilesystem(folder, { mounts: options.mountTable });
    // WAL's index needs memory shared on one host; a share gets a rollback journal.
    const journalMode: JournalMode = filesystem.network ? 'delete' : 'wal';
    const db = openProjectConnection(projectPath, {
      journalMode,
      busyTimeoutMs: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
    });
    try {
      const fileVersion = readUserVersion(db);
      let readOnlyReason: string | null = null;
      let migration: MigrationResult | null = null;
      if (fileVersion > LATEST_FILE_FORMAT_VERSION) {
        readOnlyReason =
          `it was saved by a newer version of MedClip Studio (file format ${fileVersion}; this ` +
          `version writes format ${LATEST_FILE_FORMAT_VERSION}). Update MedClip Studio to edit it.`;
        db.pragma('query_only = ON');
      } else if (fileVersion < LATEST_FILE_FORMAT_VERSION) {
        migration = runMigrations(db);
      }
      // We hold the SQLite lock, so a lock file still there is from a session that died.
      const staleLock = readLockOwner(projectPath);
      writeLockOwner(projectPath, options.appVersion, isoAt(now()));
      return {
        path: projectPath,
        db,
        registryKey,
        replay: options.replay,
        appVersion: options.appVersion,
        snapshotEvery,
        backupsToKeep,
        now,
        filesystem,
        journalMode,
        readOnlyReason,
        staleLock,
        migration,
        warnings: filesystem.network ? [networkWarning(folder, filesystem)] : [],
      };
    } catch (err) {
      db.close();
      throw err;
    }
  } catch (err) {
    releaseInProcess(registryKey);
    throw err;
  }
}

/** Closes the connection and gives up the lock file and the in-process claim. */
export function releaseProjectFile(
  opened: Pick<OpenedProject<unknown>, 'db' | 'path' | 'registryKey'>,
): void {
  try {
    opened.db.close();
  } finally {
    removeLockOwner(opened.path);
    releaseInProcess(opened.registryKey);
  }
}
