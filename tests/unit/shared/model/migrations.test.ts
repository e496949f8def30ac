import { describe, expect, it } from 'vitest';
import {
  createDocument,
  DOCUMENT_MIGRATIONS,
  DocumentFromNewerVersionError,
  DocumentMigrationError,
  DocumentValidationError,
  migrateDocument,
  OPEN_REGION_END_MS,
  parseDocument,
  SCHEMA_VERSION,
} from '../../../../shared/model';
import type { MigrationTable } from '../../../../shared/model';
import { deepFreeze, hashOf, sampleDoc } from '../fixtures';

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
    const parsed = parseDocument(raw, {
      migrations: { ...DOCUMENT_MIGRATIONS, ...testMigrations },
    });
    expect(parsed.schemaVersion).toBe(SCHEMA_VERSION);
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
    expect(Object.keys(DOCUMENT_MIGRATIONS)).toEqual(['1']);
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
      [SCHEMA_VERSION]: (doc) => ({ ...doc, added: 'next' }),
      [SCHEMA_VERSION + 1]: (doc) => ({ ...doc, again: 3 }),
    };
    const targetVersion = SCHEMA_VERSION + 2;
    const migrated = migrateDocument(sampleDoc(), { migrations, targetVersion });
    expect(migrated).toMatchObject({ schemaVersion: targetVersion, added: 'next', again: 3 });
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

describe('migration 1 → 2: manual regions get a span', () => {
  const box = { x: 10, y: 20, width: 30, height: 40 };
  /** v1 regions: no span, they blurred their media from start to end. */
  const v1Regions = [
    { id: 'reg_a', mediaId: 'med_a', keyframes: [{ t: 0, box }], blurStyle: 'gaussian' },
    {
      id: 'reg_b',
      mediaId: 'med_b',
      keyframes: [
        { t: 1000, box },
        { t: 9000, box },
      ],
      blurStyle: 'pixelate',
      label: 'Name badge',
    },
    { id: 'reg_logo', mediaId: 'med_logo', keyframes: [{ t: 0, box }], blurStyle: 'solid' },
  ];

  /** A project as version 1 stored it (JSON from disk), with a scan, a track and regions. */
  function versionOne(): Record<string, unknown> {
    const doc = sampleDoc();
    const v1 = {
      ...doc,
      schemaVersion: 1,
      privacy: {
        scans: [
          {
            id: 'scan_1',
            mediaId: 'med_a',
            contentHash: hashOf('med_a'),
            mode: 'standard',
            settingsKey: 'standard v1',
            sampleRate: 5,
            finishedAt: '2026-11-20T10:00:00.000Z',
            trackIds: ['face_1'],
          },
        ],
        faceTracks: [
          {
            id: 'face_1',
            mediaId: 'med_a',
            scanId: 'scan_1',
            samples: [{ t: 400, box, score: 0.8 }],
            decision: 'keep',
            note: 'presenting clinician, consent on file',
            blurStyle: 'gaussian',
          },
        ],
        manualRegions: v1Regions,
      },
    };
    return JSON.parse(JSON.stringify(v1)) as Record<string, unknown>;
  }

  it('spans each region over its whole media and leaves everything else as it was', () => {
    const raw = deepFreeze(versionOne());
    const parsed = parseDocument(raw);
    expect(SCHEMA_VERSION).toBe(2);
    expect(parsed.schemaVersion).toBe(2);
    expect(
      parsed.privacy.manualRegions.map(({ id, startMs, endMs }) => [id, startMs, endMs]),
    ).toEqual([
      // med_a lasts 10 s.
      ['reg_a', 0, 10_000],
      // med_b lasts 8 s, but the region's last keyframe is at 9 s: it still ends after it.
      ['reg_b', 0, 9001],
      // A still image has no duration: the region stays open-ended.
      ['reg_logo', 0, OPEN_REGION_END_MS],
    ]);
    const back = {
      ...parsed,
      schemaVersion: 1,
      privacy: {
        ...parsed.privacy,
        manualRegions: parsed.privacy.manualRegions.map(
          ({ startMs: _start, endMs: _end, ...region }) => region,
        ),
      },
    };
    expect(back).toStrictEqual(raw);
  });

  it('ends a region of an unknown media after its last keyframe, a day at least', () => {
    const step = DOCUMENT_MIGRATIONS[1];
    if (step === undefined) throw new Error('no migration from version 1');
    const late = { t: OPEN_REGION_END_MS + 5, box };
    const migrated = step({
      ...versionOne(),
      privacy: {
        scans: [],
        faceTracks: [],
        manualRegions: [
          { id: 'reg_x', mediaId: 'med_gone', keyframes: [{ t: 0, box }], blurStyle: 'solid' },
          { id: 'reg_y', mediaId: 'med_gone', keyframes: [late], blurStyle: 'solid' },
        ],
      },
    });
    expect(migrated['privacy']).toMatchObject({
      manualRegions: [
        { id: 'reg_x', startMs: 0, endMs: OPEN_REGION_END_MS },
        { id: 'reg_y', startMs: 0, endMs: OPEN_REGION_END_MS + 6 },
      ],
    });
  });

  it('leaves a malformed privacy section for validation to report', () => {
    const raw = { ...versionOne(), privacy: 'lost' };
    expect(migrateDocument(raw)).toMatchObject({ schemaVersion: 2, privacy: 'lost' });
    expect(() => parseDocument(raw)).toThrow(/privacy/);
  });

  it('still refuses a document from a newer version', () => {
    const raw = { ...versionOne(), schemaVersion: SCHEMA_VERSION + 1 };
    expect(() => parseDocument(raw)).toThrow(DocumentFromNewerVersionError);
  });
});
