import { describe, expect, it } from 'vitest';
import {
  createDocument,
  DOCUMENT_MIGRATIONS,
  DocumentFromNewerVersionError,
  DocumentMigrationError,
  DocumentValidationError,
  migrateDocument,
  parseDocument,
  SCHEMA_VERSION,
} from '../../../../shared/model';
import type { MigrationTable } from '../../../../shared/model';
import { deepFreeze, sampleDoc } from '../fixtures';

/**
 * A made-up pre-release shape (version 0) with fps and background at the top level, and the
 * migration that nests them into `format` as version 1 does.
 */
function versionZero(): Record<string, unknown> {
  const { format, ...rest } = createDocument({ id: 'prj_old', name: 'Old' });
  return { ...rest, schemaVersion: 0, fps: 25, background: format.background };
}

const testMigrations: MigrationTable = {
  0: (doc) => {
    const { fps, background, ...rest } = doc;
    return { ...rest, format: { width: 1080, height: 1920, fps, background } };
  },
};

describe('parseDocument', () => {
  it('reads a current document unchanged', () => {
    const doc = sampleDoc();
    expect(parseDocument(JSON.parse(JSON.stringify(doc)))).toStrictEqual(doc);
  });

  it('drops keys the schema does not know', () => {
    const parsed = parseDocument({ ...sampleDoc(), stray: true });
    expect(parsed).not.toHaveProperty('stray');
  });

  it('runs migrations step by step before validating', () => {
    const raw = deepFreeze(versionZero());
    const parsed = parseDocument(raw, { migrations: testMigrations });
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.format).toEqual({ width: 1080, height: 1920, fps: 25, background: '#000000' });
    expect(raw['schemaVersion']).toBe(0);
  });

  it('throws DocumentFromNewerVersionError for a newer document', () => {
    const raw = { ...sampleDoc(), schemaVersion: SCHEMA_VERSION + 1 };
    expect(() => parseDocument(raw)).toThrow(DocumentFromNewerVersionError);
    try {
      parseDocument(raw);
    } catch (error) {
      expect(error).toMatchObject({
        version: SCHEMA_VERSION + 1,
        supportedVersion: SCHEMA_VERSION,
      });
    }
  });

  it('throws DocumentMigrationError when no step leads on, or a step fails', () => {
    expect(DOCUMENT_MIGRATIONS).toEqual({});
    expect(() => parseDocument(versionZero())).toThrow(DocumentMigrationError);
    expect(() => parseDocument(versionZero())).toThrow(/no migration from document version 0 to 1/);
    const failing: MigrationTable = {
      0: () => {
        throw new Error('boom');
      },
    };
    expect(() => migrateDocument(versionZero(), { migrations: failing })).toThrow(
      /version 0 failed: boom/,
    );
    expect(() => migrateDocument(versionZero(), { migrations: { 0: () => [] as never } })).toThrow(
      /returned no object/,
    );
  });

  it('migrates to a chosen target version and stamps each step', () => {
    const migrations: MigrationTable = {
      1: (doc) => ({ ...doc, added: 'in 2' }),
      2: (doc) => ({ ...doc, again: 3 }),
    };
    const migrated = migrateDocument(sampleDoc(), { migrations, targetVersion: 3 });
    expect(migrated).toMatchObject({ schemaVersion: 3, added: 'in 2', again: 3 });
  });

  it('lists the first problems with their paths in a DocumentValidationError', () => {
    const doc = sampleDoc();
    const broken = { ...doc, name: '', format: { ...doc.format, fps: 31 } };
    let caught: unknown;
    try {
      parseDocument(broken);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DocumentValidationError);
    const error = caught as DocumentValidationError;
    expect(error.issues.map((issue) => issue.path)).toEqual(['name', 'name', 'format.fps']);
    expect(error.message).toMatch(/^invalid project document: name: .*format\.fps: /);
  });

  it.each([null, 'doc', [], 42])('refuses %j as a document', (raw) => {
    expect(() => parseDocument(raw)).toThrow(DocumentValidationError);
  });

  it('refuses a missing or malformed version', () => {
    const { schemaVersion: _version, ...unversioned } = sampleDoc();
    expect(() => parseDocument(unversioned)).toThrow(
      /schemaVersion: must be a non-negative integer/,
    );
    expect(() => parseDocument({ ...sampleDoc(), schemaVersion: '1' })).toThrow(
      DocumentValidationError,
    );
  });
});
