import { projectDocumentSchema } from './document';
import type { ProjectDocument } from './document';
import {
  DocumentFromNewerVersionError,
  DocumentMigrationError,
  DocumentValidationError,
} from './errors';
import { SCHEMA_VERSION } from './version';

/** Turns a document of version N (the table key) into version N + 1. Must not mutate its input. */
export type DocumentMigration = (doc: Readonly<Record<string, unknown>>) => Record<string, unknown>;
export type MigrationTable = Readonly<Record<number, DocumentMigration>>;

/**
 * The real migrations. Version 1 is the first released shape, so there is nothing to migrate
 * yet; a change to the shape bumps SCHEMA_VERSION and adds `[previous]: (doc) => …` here.
 */
export const DOCUMENT_MIGRATIONS: MigrationTable = Object.freeze({});

export interface MigrationOptions {
  /** Replaces DOCUMENT_MIGRATIONS (tests exercise the mechanism with their own table). */
  migrations?: MigrationTable;
  /** The version to migrate to; SCHEMA_VERSION unless a test says otherwise. */
  targetVersion?: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Brings raw stored data up to the target version, one step at a time, without validating the
 * result (parseDocument does that). Throws DocumentFromNewerVersionError for documents from a
 * newer app, DocumentMigrationError when a step is missing or fails.
 */
export function migrateDocument(raw: unknown, options: MigrationOptions = {}): unknown {
  const migrations = options.migrations ?? DOCUMENT_MIGRATIONS;
  const target = options.targetVersion ?? SCHEMA_VERSION;
  if (!isRecord(raw)) {
    throw new DocumentValidationError([
      { path: '(document)', message: 'a project document must be a JSON object' },
    ]);
  }
  const version = raw['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new DocumentValidationError([
      { path: 'schemaVersion', message: 'must be a non-negative integer version number' },
    ]);
  }
  if (version > target) throw new DocumentFromNewerVersionError(version, target);

  let doc: Record<string, unknown> = raw;
  for (let from = version; from < target; from += 1) {
    const step = migrations[from];
    if (step === undefined) {
      throw new DocumentMigrationError(
        from,
        `no migration from document version ${from} to ${from + 1}; this document cannot be opened`,
      );
    }
    let next: unknown;
    try {
      next = step(doc);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new DocumentMigrationError(from, `migrating from version ${from} failed: ${reason}`, {
        cause,
      });
    }
    if (!isRecord(next)) {
      throw new DocumentMigrationError(from, `migration from version ${from} returned no object`);
    }
    doc = { ...next, schemaVersion: from + 1 };
  }
  return doc;
}

/** Validates data that is already at the current version. */
export function validateDocument(raw: unknown): ProjectDocument {
  const result = projectDocumentSchema.safeParse(raw);
  if (!result.success) throw DocumentValidationError.fromZodError(result.error);
  return result.data;
}

/** Reads stored data: migrates it to the current version, then validates it. */
export function parseDocument(raw: unknown, options?: MigrationOptions): ProjectDocument {
  return validateDocument(migrateDocument(raw, options));
}
