import type Database from 'better-sqlite3';
import { ProjectCorruptError } from './errors';
import { readUserVersion } from './migrate';
import type { ProjectInfo } from './types';

export const META_KEYS = {
  projectId: 'project_id',
  createdAt: 'created_at',
  createdWithAppVersion: 'created_app_version',
  appVersion: 'app_version',
  documentSchemaVersion: 'document_schema_version',
} as const;

export function writeMeta(db: Database.Database, key: string, value: string): void {
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

/** The `meta` table as ProjectInfo; a file without a project id is damaged. */
export function readProjectInfo(db: Database.Database, path: string): ProjectInfo {
  const rows = db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[];
  const meta = new Map(rows.map((row) => [row.key, row.value]));
  const projectId = meta.get(META_KEYS.projectId);
  if (projectId === undefined) throw new ProjectCorruptError(path, ['meta has no project id']);
  return {
    projectId,
    createdAt: meta.get(META_KEYS.createdAt) ?? '',
    createdWithAppVersion: meta.get(META_KEYS.createdWithAppVersion) ?? '',
    appVersion: meta.get(META_KEYS.appVersion) ?? '',
    documentSchemaVersion: Number(meta.get(META_KEYS.documentSchemaVersion) ?? '1'),
    fileFormatVersion: readUserVersion(db),
  };
}
