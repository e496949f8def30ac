import type Database from 'better-sqlite3';
import path from 'node:path';
import { AuditLog } from './audit-log';
import { backupTo, listBackups, rotateBackup } from './backup';
import type { JournalMode } from './connection';
import { writeNewProjectFile } from './create-project';
import {
  InvalidStoreInputError,
  ProjectClosedError,
  ProjectReadOnlyError,
  ReplayError,
  ReplayUnavailableError,
  type LockOwner,
} from './errors';
import { isoAt, toJsonText } from './json';
import { MediaIndex } from './media-index';
import { META_KEYS, readProjectInfo, writeMeta } from './meta';
import type { MigrationResult } from './migrate';
import type { FilesystemInfo } from './network-fs';
import { OpLog, prepareOps, type OpRowInput } from './op-log';
import {
  openProjectFile,
  releaseProjectFile,
  type OpenedProject,
  type StoreOptions,
} from './open-project';
import { normaliseRevisionLabel, RevisionLog } from './revisions';
import type {
  AuditEntry,
  AuditInput,
  CreateOptions,
  LoadedDocument,
  MediaIndexEntry,
  MediaIndexInput,
  OpenOptions,
  OpInput,
  ProjectInfo,
  ReplayFn,
  Revision,
  StoredOp,
} from './types';

export { DEFAULT_BUSY_TIMEOUT_MS, DEFAULT_SNAPSHOT_EVERY } from './open-project';

/** The revision the store adds on open when there was work since the last revision. */
export const OPENED_REVISION_LABEL = 'Opened';

/**
 * A `.medclip` project file: SQLite as an application file format. Documents and operations are
 * opaque JSON to the store; rebuilding a document from the op log uses the caller's replay
 * function. Every write is one transaction with synchronous=FULL: once a call returns, the change
 * survives a crash or a power cut. Documents are treated as immutable values.
 */
export class ProjectStore<D = unknown> {
  readonly path: string;
  /** True when the file comes from a newer build: every write throws ProjectReadOnlyError. */
  readonly readOnly: boolean;
  readonly readOnlyReason: string | null;
  /** Conditions the user should know about (a project on a network share). */
  readonly warnings: readonly string[];
  readonly journalMode: JournalMode;
  readonly filesystem: FilesystemInfo;
  /** The lock file of a previous session that ended without closing the project, if any. */
  readonly staleLock: LockOwner | null;
  /** The schema steps run while opening, or null when the file was already current. */
  readonly migration: MigrationResult | null;

  private readonly opened: OpenedProject<D>;
  private readonly db: Database.Database;
  private readonly replay: ReplayFn<D> | undefined;
  private readonly now: () => number;
  private readonly opLog: OpLog;
  private readonly revisions: RevisionLog;
  private readonly media: MediaIndex;
  private readonly audit: AuditLog;
  private readonly appendGroup: (rows: OpRowInput[], at: string, snapshot: string | null) => number;
  private head: number;
  private lastSnapshotSeq: number;
  /** The newest document the caller handed over, so close() can snapshot without replaying. */
  private latest: LoadedDocument<D> | null = null;
  private pendingBackups = 0;
  private closed = false;

  /** Creates a new project file (never replacing one) and opens it. */
  static create<D>(filePath: string, options: CreateOptions<D>): ProjectStore<D> {
    const target = path.resolve(filePath);
    if (typeof options.projectId !== 'string' || options.projectId.trim() === '') {
      throw new InvalidStoreInputError('create() needs a non-empty projectId');
    }
    if (typeof options.appVersion !== 'string' || options.appVersion === '') {
      throw new InvalidStoreInputError('create() needs the appVersion of this build');
    }
    const documentSchemaVersion = options.documentSchemaVersion ?? 1;
    if (!Number.isInteger(documentSchemaVersion) || documentSchemaVersion < 1) {
      throw new InvalidStoreInputError('documentSchemaVersion must be a positive integer');
    }
    writeNewProjectFile(target, {
      projectId: options.projectId,
      initialDocumentText: toJsonText(options.initialDocument, 'initialDocument'),
      appVersion: options.appVersion,
      documentSchemaVersion,
      createdAt: isoAt((options.now ?? Date.now)()),
    });
    return ProjectStore.openResolved(target, { ...options, replay: options.replay });
  }

  /**
   * Opens an existing project. Throws ProjectNotFoundError, NotAProjectError, ProjectLockedError
   * or ProjectCorruptError; a file from a newer build opens read-only.
   */
  static open<D>(filePath: string, options: OpenOptions<D>): ProjectStore<D> {
    if (typeof options.replay !== 'function') {
      throw new InvalidStoreInputError('open() needs a replay function');
    }
    return ProjectStore.openResolved(path.resolve(filePath), options);
  }

  private static openResolved<D>(projectPath: string, options: StoreOptions<D>): ProjectStore<D> {
    const opened = openProjectFile(projectPath, options);
    try {
      return new ProjectStore(opened);
    } catch (err) {
      releaseProjectFile(opened);
      throw err;
    }
  }

  private constructor(opened: OpenedProject<D>) {
    this.opened = opened;
    this.path = opened.path;
    this.db = opened.db;
    this.replay = opened.replay;
    this.now = opened.now;
    this.filesystem = opened.filesystem;
    this.journalMode = opened.journalMode;
    this.readOnlyReason = opened.readOnlyReason;
    this.readOnly = opened.readOnlyReason !== null;
    this.staleLock = opened.staleLock;
    this.migration = opened.migration;
    this.warnings = opened.warnings;
    this.opLog = new OpLog(this.db);
    this.revisions = new RevisionLog(this.db);
    this.media = new MediaIndex(this.db);
    this.audit = new AuditLog(this.db);
    this.appendGroup = this.db.transaction(
      (rows: OpRowInput[], at: string, snapshot: string | null) => {
        const seq = this.opLog.append(rows, at);
        if (snapshot !== null) this.opLog.writeSnapshot(seq, at, snapshot);
        return seq;
      },
    );
    this.head = this.opLog.head();
    this.lastSnapshotSeq = this.opLog.lastSnapshotSeq();
    if (!this.readOnly) this.recordSessionStart(opened.appVersion);
  }

  /** The seq of the newest op (0 for a project without edits). */
  get headSeq(): number {
    return this.head;
  }

  /** The seq of the newest snapshot (0 = the initial document). */
  get snapshotSeq(): number {
    return this.lastSnapshotSeq;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  info(): ProjectInfo {
    this.assertOpen();
    return readProjectInfo(this.db, this.path);
  }

  /** The current document: the latest snapshot plus replay of the ops after it. */
  load(): LoadedDocument<D> {
    this.assertOpen();
    const loaded = this.opLog.rebuild(this.head, this.replay, this.path);
    this.latest = loaded;
    return loaded;
  }

  /** The document as it was after op `seq` (e.g. a revision's seq, to restore it). */
  documentAt(seq: number): LoadedDocument<D> {
    this.assertOpen();
    if (!Number.isInteger(seq) || seq < 0 || seq > this.head) {
      throw new InvalidStoreInputError(`seq must be an integer from 0 to ${this.head}, got ${seq}`);
    }
    return this.opLog.rebuild(seq, this.replay, this.path);
  }

  /**
   * Appends one undo step (one or more ops) in ONE transaction and returns the seq of its last
   * op; when this returns, the step is on disk. Pass the document after the step so the store
   * can write its periodic snapshot (every `snapshotEvery` ops) without replaying anything.
   */
  appendOps(ops: readonly OpInput[], documentAfter?: D): number {
    this.assertWritable();
    const rows = prepareOps(ops);
    const at = isoAt(this.now());
    const snapshotDue =
      documentAfter !== undefined &&
      this.head + rows.length - this.lastSnapshotSeq >= this.opened.snapshotEvery;
    // Serialised before the transaction: a bad document fails the call before anything is written.
    const snapshot = snapshotDue ? toJsonText(documentAfter, 'documentAfter') : null;
    const seq = this.appendGroup(rows, at, snapshot);
    this.head = seq;
    if (snapshot !== null) this.lastSnapshotSeq = seq;
    this.latest = documentAfter === undefined ? null : { document: documentAfter, seq };
    return seq;
  }

  /** Ops with afterSeq < seq <= toSeq (default: the head), oldest first. */
  readOps(afterSeq = 0, toSeq = this.head): StoredOp[] {
    this.assertOpen();
    return this.opLog.read(afterSeq, toSeq);
  }

  addRevision(label: string): Revision {
    this.assertWritable();
    return this.revisions.add(this.head, isoAt(this.now()), normaliseRevisionLabel(label), false);
  }

  /** Oldest first. */
  listRevisions(): Revision[] {
    this.assertOpen();
    return this.revisions.list();
  }

  upsertMedia(entry: MediaIndexInput): MediaIndexEntry {
    this.assertWritable();
    return this.media.upsertEntry(entry, isoAt(this.now()));
  }

  findMediaByHash(contentHash: string): MediaIndexEntry[] {
    this.assertOpen();
    return this.media.findByHash(contentHash);
  }

  listMedia(): MediaIndexEntry[] {
    this.assertOpen();
    return this.media.list();
  }

  appendAudit(entry: AuditInput): AuditEntry {
    this.assertWritable();
    return this.audit.append(entry, isoAt(this.now()));
  }

  /** Oldest first. */
  listAudit(): AuditEntry[] {
    this.assertOpen();
    return this.audit.list();
  }

  /** Records that the document now follows schema `version` (after a document migration). */
  setDocumentSchemaVersion(version: number): void {
    this.assertWritable();
    if (!Number.isInteger(version) || version < 1) {
      throw new InvalidStoreInputError('documentSchemaVersion must be a positive integer');
    }
    writeMeta(this.db, META_KEYS.documentSchemaVersion, String(version));
  }

  /**
   * Copies the project with SQLite's online backup API. Without `destPath`: a rotating backup in
   * `<file>.backups/`, keeping the newest `backupsToKeep`. Returns the backup's path. Await it
   * before close().
   */
  async backup(destPath?: string): Promise<string> {
    this.assertOpen();
    this.pendingBackups += 1;
    try {
      if (destPath === undefined) {
        return await rotateBackup(this.db, this.path, this.opened.backupsToKeep, this.now());
      }
      const dest = path.resolve(destPath);
      if (dest === this.path)
        throw new InvalidStoreInputError('A backup cannot replace the project itself');
      await backupTo(this.db, dest);
      return dest;
    } finally {
      this.pendingBackups -= 1;
    }
  }

  /** The rotating backups, newest first. */
  listBackups(): string[] {
    return listBackups(this.path);
  }

  /**
   * Writes a final snapshot if ops came after the last one (from `documentAtHead`, the last
   * document passed to appendOps, or replay), checkpoints the WAL into the file, and closes.
   */
  close(documentAtHead?: D): void {
    if (this.closed) return;
    if (this.pendingBackups > 0) {
      throw new InvalidStoreInputError(
        `${this.path}: a backup is still running; await it before close()`,
      );
    }
    try {
      if (!this.readOnly && this.head > this.lastSnapshotSeq)
        this.writeFinalSnapshot(documentAtHead);
      if (this.journalMode === 'wal' && !this.readOnly) this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.closed = true;
      releaseProjectFile(this.opened);
    }
  }

  private writeFinalSnapshot(documentAtHead: D | undefined): void {
    let document: D;
    if (documentAtHead !== undefined) document = documentAtHead;
    else if (this.latest?.seq === this.head) document = this.latest.document;
    else {
      try {
        document = this.opLog.rebuild(this.head, this.replay, this.path).document;
      } catch (err) {
        // The ops are safely stored; the next open replays them instead.
        if (err instanceof ReplayError || err instanceof ReplayUnavailableError) return;
        throw err;
      }
    }
    this.opLog.writeSnapshot(this.head, isoAt(this.now()), toJsonText(document, 'document'));
    this.lastSnapshotSeq = this.head;
  }

  /** Stamps the app version and marks where this session started if there was work since. */
  private recordSessionStart(appVersion: string): void {
    const at = isoAt(this.now());
    this.db.transaction(() => {
      writeMeta(this.db, META_KEYS.appVersion, appVersion);
      const last = this.revisions.latest();
      if (last === null || last.seq < this.head) {
        this.revisions.add(this.head, at, OPENED_REVISION_LABEL, true);
      }
    })();
  }

  private assertOpen(): void {
    if (this.closed) throw new ProjectClosedError(this.path);
  }

  private assertWritable(): void {
    this.assertOpen();
    if (this.readOnlyReason !== null)
      throw new ProjectReadOnlyError(this.path, this.readOnlyReason);
  }
}
