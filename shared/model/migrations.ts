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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Where a v1 region ends when its media has no length of its own (a still image, a missing
 * asset): a day of source time, longer than any clip, so the region still covers every frame.
 */
export const OPEN_REGION_END_MS = 24 * 60 * 60 * 1000;

/** The media's length in ms from its stored probe, or undefined for stills and unknown ids. */
function mediaDurationMs(media: unknown, mediaId: unknown): number | undefined {
  if (!Array.isArray(media)) return undefined;
  const asset: unknown = media.find((item) => isRecord(item) && item['id'] === mediaId);
  if (!isRecord(asset) || !isRecord(asset['probe'])) return undefined;
  const duration = asset['probe']['durationMs'];
  return typeof duration === 'number' && Number.isInteger(duration) && duration > 0
    ? duration
    : undefined;
}

function lastKeyframeMs(keyframes: unknown): number {
  if (!Array.isArray(keyframes)) return 0;
  const last: unknown = keyframes[keyframes.length - 1];
  const t = isRecord(last) ? last['t'] : undefined;
  return typeof t === 'number' && Number.isInteger(t) && t >= 0 ? t : 0;
}

/**
 * A v1 region (no span) as version 2 stores it. A v1 region blurred its media from start to
 * end, so it spans 0 to the media's duration (never ending before its last keyframe), or
 * OPEN_REGION_END_MS when the media has no duration. A region that has a span already (added
 * by a v2 op replayed onto a v1 snapshot) is returned as it is.
 */
export function withV1RegionSpan(region: unknown, media: unknown): unknown {
  if (!isRecord(region) || 'startMs' in region || 'endMs' in region) return region;
  const lastKey = lastKeyframeMs(region['keyframes']);
  const duration = mediaDurationMs(media, region['mediaId']) ?? OPEN_REGION_END_MS;
  return { ...region, startMs: 0, endMs: Math.max(duration, lastKey + 1) };
}

/** 1 → 2: manual regions gain `startMs`/`endMs` (see withV1RegionSpan). */
export function addManualRegionSpans(
  doc: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const privacy = doc['privacy'];
  if (!isRecord(privacy) || !Array.isArray(privacy['manualRegions'])) return { ...doc };
  const manualRegions = privacy['manualRegions'].map((region: unknown) =>
    withV1RegionSpan(region, doc['media']),
  );
  return { ...doc, privacy: { ...privacy, manualRegions } };
}

/**
 * The real migrations, keyed by the version they start from. A change to the shape bumps
 * SCHEMA_VERSION and adds `[previous]: (doc) => …` here. A step gets raw stored data (not yet
 * validated), so it checks shapes as it goes and leaves anything odd for validation to report.
 */
export const DOCUMENT_MIGRATIONS: MigrationTable = Object.freeze({
  1: addManualRegionSpans,
});

export interface MigrationOptions {
  /** Replaces DOCUMENT_MIGRATIONS (tests exercise the mechanism with their own table). */
  migrations?: MigrationTable;
  /** The version to migrate to; SCHEMA_VERSION unless a test says otherwise. */
  targetVersion?: number;
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
