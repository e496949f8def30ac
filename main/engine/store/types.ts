import type { MountEntry } from './network-fs';

/** Why an operation was appended: a fresh edit, or a step of undo / redo. */
export type OpKind = 'do' | 'undo' | 'redo';

/**
 * One operation as the caller hands it to `appendOps`. The store never looks inside `args` or
 * `inverse` (opaque JSON); `name` + `args` is what was applied to the document (for an undo, the
 * inverse that undid the step), `inverse` is what takes it back. `groupId` names the undo step,
 * so the ops of one multi-command transaction can be recognised in the log.
 */
export interface OpInput {
  name: string;
  args: unknown;
  inverse: unknown;
  label?: string | null;
  groupId: string;
  kind: OpKind;
}

/** An operation as read back from the log. `at` is an ISO-8601 UTC timestamp. */
export interface StoredOp {
  seq: number;
  at: string;
  name: string;
  args: unknown;
  inverse: unknown;
  label: string | null;
  groupId: string;
  kind: OpKind;
}

/** Rebuilds the document: injected by the caller, the store knows no document model. */
export type ReplayFn<D> = (document: D, op: StoredOp) => D;

export interface LoadedDocument<D> {
  document: D;
  /** The seq of the last op included (0 = the initial document). */
  seq: number;
}

/** A named point in history; `auto` marks the ones the store adds itself ("Created", "Opened"). */
export interface Revision {
  id: number;
  seq: number;
  at: string;
  label: string;
  auto: boolean;
}

export interface MediaIndexEntry {
  mediaId: string;
  path: string;
  contentHash: string;
  size: number;
  mtimeMs: number;
  /** The probe result as JSON (opaque here), or null before the file was probed. */
  probe: unknown;
  /** ISO timestamp of the last time the file was found at `path`. */
  lastSeenAt: string;
}

export type MediaIndexInput = Omit<MediaIndexEntry, 'lastSeenAt' | 'probe'> & {
  probe?: unknown;
  lastSeenAt?: string;
};

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  details: unknown;
}

export interface AuditInput {
  actor: string;
  action: string;
  details?: unknown;
}

/** What the `meta` table says about the project. */
export interface ProjectInfo {
  projectId: string;
  createdAt: string;
  createdWithAppVersion: string;
  /** The app version that last opened the file for writing. */
  appVersion: string;
  documentSchemaVersion: number;
  /** The file's schema version (`PRAGMA user_version`). */
  fileFormatVersion: number;
}

export interface OpenOptions<D> {
  /** Applies one stored op to a document; used by load(), documentAt() and close(). */
  replay: ReplayFn<D>;
  appVersion: string;
  /** Write a snapshot every this many ops (when the caller passes the document). Default 200. */
  snapshotEvery?: number;
  /** Rotating backups kept in `<file>.backups/`. Default 5. */
  backupsToKeep?: number;
  /** How long to wait for a lock held briefly by another connection. Default 2000 ms. */
  busyTimeoutMs?: number;
  /** The mount table to classify the project's folder with (tests); default: the OS's. */
  mountTable?: readonly MountEntry[];
  /** Clock in epoch ms (tests). */
  now?: () => number;
}

export interface CreateOptions<D> extends Omit<OpenOptions<D>, 'replay'> {
  projectId: string;
  initialDocument: D;
  /** Version of the document schema the initial document follows. Default 1. */
  documentSchemaVersion?: number;
  /** Optional at creation: only needed once ops exist beyond the last snapshot. */
  replay?: ReplayFn<D>;
}
