import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectReadOnlyError } from '../../../../../main/engine/store/errors';
import {
  assertMigrationsOrdered,
  readUserVersion,
  runMigrations,
} from '../../../../../main/engine/store/migrate';
import {
  LATEST_FILE_FORMAT_VERSION,
  MIGRATIONS,
  type Migration,
} from '../../../../../main/engine/store/migrations';
import { addNote, useStores, useTempDir } from './helpers';

const tempDir = useTempDir();
const stores = useStores();

function tableNames(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((row) => row.name);
}

const addColumnStep: Migration = {
  version: 2,
  name: 'media-duration',
  up: 'ALTER TABLE media_index ADD COLUMN duration_ms INTEGER',
};

describe('runMigrations', () => {
  it('brings a fresh database to the latest version with every table', () => {
    const db = new Database(':memory:');
    const result = runMigrations(db);
    expect(result).toEqual({ from: 0, to: LATEST_FILE_FORMAT_VERSION, applied: ['1-initial'] });
    expect(readUserVersion(db)).toBe(LATEST_FILE_FORMAT_VERSION);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['audit', 'media_index', 'meta', 'ops', 'revisions', 'snapshots']),
    );
    expect(runMigrations(db).applied).toEqual([]);
    db.close();
  });

  it('runs only the pending steps (SQL and function steps alike)', () => {
    const db = new Database(':memory:');
    runMigrations(db);
    const fnStep: Migration = {
      version: 3,
      name: 'backfill',
      up: (d) => d.exec("INSERT INTO meta (key, value) VALUES ('backfilled', 'yes')"),
    };
    const result = runMigrations(db, [...MIGRATIONS, addColumnStep, fnStep]);
    expect(result).toEqual({ from: 1, to: 3, applied: ['2-media-duration', '3-backfill'] });
    expect(db.prepare("SELECT value FROM meta WHERE key = 'backfilled'").pluck().get()).toBe('yes');
    db.close();
  });

  it('runs all pending steps in one transaction: a failing step leaves nothing behind', () => {
    const db = new Database(':memory:');
    const broken: Migration = { version: 2, name: 'broken', up: 'SELECT * FROM no_such_table' };
    expect(() => runMigrations(db, [...MIGRATIONS, broken])).toThrow(/no_such_table/);
    expect(readUserVersion(db)).toBe(0);
    expect(tableNames(db)).toEqual([]);
    db.close();
  });

  it('rejects a list with a gap or a file newer than the list', () => {
    expect(() =>
      assertMigrationsOrdered([...MIGRATIONS, { ...addColumnStep, version: 3 }]),
    ).toThrow(/expected 2/);
    const db = new Database(':memory:');
    db.pragma('user_version = 5');
    expect(() => runMigrations(db)).toThrow(/newer/);
    db.close();
  });

  it('the shipped steps are numbered 1..n', () => {
    expect(() => assertMigrationsOrdered(MIGRATIONS)).not.toThrow();
    expect(LATEST_FILE_FORMAT_VERSION).toBe(MIGRATIONS.length);
  });
});

describe('ProjectStore and file format versions', () => {
  it('a fresh project is at the latest version and opens without migrating', () => {
    const file = path.join(tempDir(), 'current.medclip');
    stores.create(file).close();
    const store = stores.open(file);
    expect(store.migration).toBeNull();
    expect(store.info().fileFormatVersion).toBe(LATEST_FILE_FORMAT_VERSION);
    expect(store.readOnly).toBe(false);
    expect(store.readOnlyReason).toBeNull();
  });

  it('a file from a newer build opens read-only: reads work, every write throws', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'future.medclip');
    const created = stores.create(file);
    created.appendOps([addNote('a')]);
    created.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_FILE_FORMAT_VERSION + 1}`);
    raw.close();

    const store = stores.open(file);
    expect(store.readOnly).toBe(true);
    expect(store.readOnlyReason).toMatch(/newer version of MedClip Studio/);
    expect(store.load().document.notes).toEqual(['a']);
    expect(store.listRevisions().length).toBeGreaterThan(0);
    const writes: [string, () => unknown][] = [
      ['appendOps', () => store.appendOps([addNote('b')])],
      ['addRevision', () => store.addRevision('x')],
      [
        'upsertMedia',
        () =>
          store.upsertMedia({ mediaId: 'm', path: '/a', contentHash: 'h', size: 1, mtimeMs: 1 }),
      ],
      ['appendAudit', () => store.appendAudit({ actor: 'a', action: 'b' })],
      ['setDocumentSchemaVersion', () => store.setDocumentSchemaVersion(2)],
    ];
    for (const [, write] of writes) expect(write).toThrow(ProjectReadOnlyError);
    // A copy is still possible.
    const copy = await store.backup(path.join(dir, 'copy.medclip'));
    expect(copy).toBe(path.join(dir, 'copy.medclip'));
    store.close();

    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_FILE_FORMAT_VERSION + 1);
    expect(check.prepare('SELECT count(*) FROM ops').pluck().get()).toBe(1);
    check.close();
  });
});
