import type Database from 'better-sqlite3';

/**
 * One schema step. `version` is the `PRAGMA user_version` the file has after the step; steps are
 * numbered 1, 2, 3… without gaps. A step is SQL, or a function for data rewrites SQL cannot say.
 * Reads of the current tables must keep working on files one step newer (they open read-only).
 */
export interface Migration {
  version: number;
  name: string;
  up: string | ((db: Database.Database) => void);
}
