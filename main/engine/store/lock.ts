import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { z } from 'zod';
import { ProjectLockedError, type LockOwner } from './errors';

/**
 * Who may write a project, in three layers.
 *
 * 1. The authority is SQLite's own lock. The connection runs with `locking_mode=EXCLUSIVE` and
 *    takes a write lock as it opens (`BEGIN EXCLUSIVE; COMMIT`), which it then keeps until it
 *    closes. Every other connection, in another process or in this one (SQLite tracks POSIX locks
 *    per inode across its connections), gets SQLITE_BUSY instead of a chance to corrupt anything.
 *    The OS drops the lock when the holder dies, so a crash never leaves a project locked. With
 *    WAL, exclusive locking also keeps the WAL index in heap memory instead of a -shm file.
 * 2. `<project>.lock`, a small JSON file with the holder's pid, only to say who holds it
 *    ("open in another window (pid N)") and to notice that the last session ended without
 *    closing: its lock file is still there but its SQLite lock is gone (a stale lock).
 * 3. A registry of the projects open in this process, checked before the file is touched: a
 *    second store in this process fails at once, and never opens and closes another descriptor
 *    of the project file, which would silently drop this process's POSIX locks on it.
 */

const lockOwnerSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  openedAt: z.string(),
  appVersion: z.string(),
});

export function lockFilePath(projectPath: string): string {
  return `${projectPath}.lock`;
}

export function readLockOwner(projectPath: string): LockOwner | null {
  try {
    const parsed = lockOwnerSchema.safeParse(
      JSON.parse(readFileSync(lockFilePath(projectPath), 'utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Written via a temp file and rename so a reader never sees half a lock file. */
export function writeLockOwner(
  projectPath: string,
  appVersion: string,
  openedAt: string,
): LockOwner {
  const owner: LockOwner = { pid: process.pid, hostname: hostname(), openedAt, appVersion };
  const target = lockFilePath(projectPath);
  const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temp, `${JSON.stringify(owner)}\n`);
  renameSync(temp, target);
  return owner;
}

/** Removes the lock file if it is this process's (another may already have taken over). */
export function removeLockOwner(projectPath: string): void {
  const owner = readLockOwner(projectPath);
  if (owner !== null && (owner.pid !== process.pid || owner.hostname !== hostname())) return;
  rmSync(lockFilePath(projectPath), { force: true });
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock file's owner if it may really hold the lock: a dead pid on this host cannot. */
function credibleOwner(projectPath: string): LockOwner | null {
  const owner = readLockOwner(projectPath);
  if (owner === null) return null;
  return owner.hostname !== hostname() || isProcessAlive(owner.pid) ? owner : null;
}

/** True when the lock file names another live process (on this host or, unverifiable, another). */
export function lockHolderIsAlive(projectPath: string): boolean {
  const owner = credibleOwner(projectPath);
  return owner !== null && !(owner.pid === process.pid && owner.hostname === hostname());
}

/** The error for a project whose SQLite lock is held by someone else. */
export function lockedError(projectPath: string): ProjectLockedError {
  const owner = credibleOwner(projectPath);
  return new ProjectLockedError(
    projectPath,
    owner,
    owner === null || owner.hostname === hostname(),
  );
}

const openInThisProcess = new Set<string>();

/** Throws ProjectLockedError if this process already has the project open. */
export function claimInProcess(key: string, projectPath: string): void {
  if (openInThisProcess.has(key)) {
    const owner = readLockOwner(projectPath) ?? {
      pid: process.pid,
      hostname: hostname(),
      openedAt: '',
      appVersion: '',
    };
    throw new ProjectLockedError(projectPath, owner, true);
  }
  openInThisProcess.add(key);
}

export function releaseInProcess(key: string): void {
  openInThisProcess.delete(key);
}
