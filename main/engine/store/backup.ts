import type Database from 'better-sqlite3';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Rotating backups through SQLite's online backup API (a consistent copy taken page by page on
 * the store's own connection, so the exclusive lock is no obstacle and edits may go on).
 * They live in `<file>.backups/` beside the project, named `<stem>.<UTC time>.medclip` so that
 * name order is time order.
 */

export const DEFAULT_BACKUPS_TO_KEEP = 5;

export function backupFolder(projectPath: string): string {
  return `${projectPath}.backups`;
}

function projectStem(projectPath: string): string {
  return path.basename(projectPath, path.extname(projectPath));
}

/** `2024-05-01T10:32:00.123Z` -> `2024-05-01T10-32-00-123Z`: fixed width, safe on every OS. */
function fileStamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[:.]/g, '-');
}

function backupPattern(projectPath: string): RegExp {
  const stem = projectStem(projectPath).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${stem}\\.\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z\\.medclip$`);
}

/** Copies the database to `destPath` via a temp file and rename: never a half-written backup. */
export async function backupTo(db: Database.Database, destPath: string): Promise<void> {
  const partial = `${destPath}.partial`;
  rmSync(partial, { force: true });
  try {
    await db.backup(partial);
    renameSync(partial, destPath);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
}

/** Paths of the rotating backups, newest first. */
export function listBackups(projectPath: string): string[] {
  const folder = backupFolder(projectPath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const pattern = backupPattern(projectPath);
  return names
    .filter((name) => pattern.test(name))
    .sort()
    .reverse()
    .map((name) => path.join(folder, name));
}

/** Writes a new rotating backup, then deletes all but the newest `keep`. Returns its path. */
export async function rotateBackup(
  db: Database.Database,
  projectPath: string,
  keep: number,
  epochMs: number,
): Promise<string> {
  const folder = backupFolder(projectPath);
  mkdirSync(folder, { recursive: true });
  const dest = path.join(folder, `${projectStem(projectPath)}.${fileStamp(epochMs)}.medclip`);
  await backupTo(db, dest);
  for (const old of listBackups(projectPath).slice(Math.max(1, keep))) {
    rmSync(old, { force: true });
  }
  return dest;
}
