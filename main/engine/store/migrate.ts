import type Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';

export interface MigrationResult {
  from: number;
  to: number;
  applied: string[];
}

export function readUserVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Steps must be numbered 1..n in order: a gap or a duplicate is a build error, caught early. */
export function assertMigrationsOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((step, index) => {
    if (step.version !== index + 1) {
      throw new Error(
        `Migration "${step.name}" has version ${step.version}, expected ${index + 1}`,
      );
    }
  });
}

/**
 * Brings the file up to the last step, all pending steps in ONE transaction together with the
 * new user_version: a failure anywhere leaves the file exactly as it was. The caller deals with
 * files newer than the last step (they open read-only) before calling this.
 */
export function runMigrations(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationResult {
  assertMigrationsOrdered(migrations);
  const from = readUserVersion(db);
  const target = migrations.length;
  if (from > target) {
    throw new Error(`File format ${from} is newer than this build's ${target}; open it read-only`);
  }
  const pending = migrations.slice(from);
  if (pending.length === 0) return { from, to: from, applied: [] };
  db.transaction(() => {
    for (const step of pending) {
      if (typeof step.up === 'string') db.exec(step.up);
      else step.up(db);
    }
    // An integer from our own table, so interpolating it into the pragma is safe.
    db.pragma(`user_version = ${target}`);
  })();
  return { from, to: target, applied: pending.map((step) => `${step.version}-${step.name}`) };
}
