import { EngineError } from '../errors';

/**
 * Typed failures of the project file. Each extends EngineError so its `code` reaches the
 * renderer and the CLI unchanged (see INPUT_ERROR_CODES in ../errors).
 */

/** The file exists but is not a MedClip project: empty, garbage, or another SQLite database. */
export class NotAProjectError extends EngineError {
  readonly path: string;
  constructor(path: string, reason: string) {
    super('not-a-project', `${path} is not a MedClip project (${reason})`, { path, reason });
    this.name = 'NotAProjectError';
    this.path = path;
  }
}

/** The path to open does not exist, or the folder to create the project in does not. */
export class ProjectNotFoundError extends EngineError {
  readonly path: string;
  constructor(path: string, what: 'project' | 'folder' = 'project') {
    super(
      'not-found',
      what === 'project' ? `${path} does not exist` : `Folder ${path} does not exist`,
      { path },
    );
    this.name = 'ProjectNotFoundError';
    this.path = path;
  }
}

/** `ProjectStore.create` never overwrites anything. */
export class ProjectExistsError extends EngineError {
  readonly path: string;
  constructor(path: string) {
    super('project-exists', `${path} already exists; choose another name`, { path });
    this.name = 'ProjectExistsError';
    this.path = path;
  }
}

/** SQLite reported damage (quick_check failed, or a read hit a malformed page). */
export class ProjectCorruptError extends EngineError {
  readonly path: string;
  readonly problems: readonly string[];
  constructor(path: string, problems: readonly string[]) {
    super(
      'project-corrupt',
      `${path} is damaged and cannot be opened safely: ${problems.slice(0, 3).join('; ')}`,
      { path, problems },
    );
    this.name = 'ProjectCorruptError';
    this.path = path;
    this.problems = problems;
  }
}

/** Who holds a project, as written in its lock file; absent when the file was unreadable. */
export interface LockOwner {
  pid: number;
  hostname: string;
  openedAt: string;
  appVersion: string;
}

/** Another window (this process or another one) has the project open. */
export class ProjectLockedError extends EngineError {
  readonly path: string;
  readonly owner: LockOwner | null;
  constructor(path: string, owner: LockOwner | null, ownerHostIsThisHost: boolean) {
    const where =
      owner === null
        ? 'in another window or program'
        : ownerHostIsThisHost
          ? `in another window (pid ${owner.pid})`
          : `in another window (pid ${owner.pid} on ${owner.hostname})`;
    super('project-locked', `${path} is open ${where}`, { path, owner });
    this.name = 'ProjectLockedError';
    this.path = path;
    this.owner = owner;
  }
}

/** A write on a store opened read-only (the file comes from a newer MedClip Studio). */
export class ProjectReadOnlyError extends EngineError {
  readonly path: string;
  constructor(path: string, reason: string) {
    super('project-read-only', `${path} is open read-only: ${reason}`, { path, reason });
    this.name = 'ProjectReadOnlyError';
    this.path = path;
  }
}

/** A call on a store after `close()`: a programming error in the caller. */
export class ProjectClosedError extends EngineError {
  constructor(path: string) {
    super('project-closed', `${path} has been closed`, { path });
    this.name = 'ProjectClosedError';
  }
}

/** Bad arguments to a store call (an op without a name, a non-JSON value, a bad seq). */
export class InvalidStoreInputError extends EngineError {
  constructor(message: string, details?: unknown) {
    super('invalid-args', message, details);
    this.name = 'InvalidStoreInputError';
  }
}

/** The injected replay function threw while rebuilding the document from the op log. */
export class ReplayError extends EngineError {
  readonly seq: number;
  constructor(path: string, seq: number, opName: string, cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super('document-invalid', `${path}: replaying operation #${seq} (${opName}) failed: ${why}`, {
      path,
      seq,
      opName,
    });
    this.name = 'ReplayError';
    this.seq = seq;
    this.cause = cause;
  }
}

/** The document had to be rebuilt from ops but the store was created without a replay function. */
export class ReplayUnavailableError extends EngineError {
  constructor(path: string) {
    super(
      'replay-unavailable',
      `${path}: operations after the last snapshot need a replay function; pass one to create()/open()`,
      { path },
    );
    this.name = 'ReplayUnavailableError';
  }
}
