import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { createDocument, newId, parseDocument, type ProjectDocument } from '../../../shared/model';
import { SCHEMA_VERSION } from '../../../shared/model/version';
import { EngineError } from '../errors';
import { ProjectStore } from '../store/project-store';
import { addRecentProject } from '../store/recent';
import type { EmitEvent } from '../engine';
import { warmOpeningStill } from './preview-stills';
import { ProjectSession, replayOp } from './session';

export interface SessionsOptions {
  appVersion: string;
  userDataDir: string;
  trackRecent: boolean;
  /**
   * Make each project's opening still ahead of time, on open and on close (interactive hosts:
   * the CLI never shows one).
   */
  warmStills?: boolean;
  emit: EmitEvent;
}

/** How long a closing engine lets stills being made ahead of time finish. */
export const WARM_GRACE_MS = 2000;

function canonical(path: string): string {
  const full = resolve(path);
  try {
    return realpathSync(full);
  } catch {
    // A new project: its folder exists (or creation fails with a clear error) but not the file.
    try {
      return resolve(realpathSync(dirname(full)), basename(full));
    } catch {
      return full;
    }
  }
}

/** The projects this engine has open, by session id and by file. */
export class ProjectSessions {
  private readonly byId = new Map<string, ProjectSession>();
  private readonly warming = new Set<Promise<void>>();
  private readonly stopWarming = new AbortController();

  constructor(private readonly opts: SessionsOptions) {}

  get(projectId: string): ProjectSession {
    const s = this.byId.get(projectId);
    if (!s)
      throw new EngineError('not-found', 'That project is not open (it may have been closed).');
    return s;
  }

  private byPath(path: string): ProjectSession | undefined {
    for (const s of this.byId.values()) if (s.path === path) return s;
    return undefined;
  }

  private remember(session: ProjectSession): ProjectSession {
    this.byId.set(session.id, session);
    if (this.opts.trackRecent) {
      addRecentProject(this.opts.userDataDir, { path: session.path, name: session.document.name });
    }
    return session;
  }

  create(path: string, name: string): ProjectSession {
    if (!path.endsWith('.medclip')) {
      throw new EngineError('invalid-request', `${path}: a project file name must end in .medclip`);
    }
    // The default location is "<home>/MedClip Projects/": create that one folder level when
    // its parent exists, but never a whole mistyped tree.
    const folder = dirname(resolve(path));
    if (!existsSync(folder) && existsSync(dirname(folder))) mkdirSync(folder);
    const file = canonical(path);
    const document = createDocument({ id: newId('prj'), name });
    const store = ProjectStore.create<ProjectDocument>(file, {
      projectId: document.id,
      initialDocument: document,
      documentSchemaVersion: SCHEMA_VERSION,
      appVersion: this.opts.appVersion,
      replay: replayOp,
    });
    return this.remember(new ProjectSession(file, store, { document, seq: 0 }));
  }

  open(path: string): ProjectSession {
    const file = canonical(path);
    const already = this.byPath(file);
    if (already) return already;
    const store = ProjectStore.open<ProjectDocument>(file, {
      replay: replayOp,
      appVersion: this.opts.appVersion,
    });
    try {
      const loaded = store.load();
      // Validate on load: the file is data from disk, not trusted state.
      const document = parseDocument(loaded.document);
      // Migrated on load: the file's metadata says which shape its document now follows.
      if (!store.readOnly && store.info().documentSchemaVersion !== SCHEMA_VERSION) {
        store.setDocumentSchemaVersion(SCHEMA_VERSION);
      }
      const session = this.remember(new ProjectSession(file, store, { document, seq: loaded.seq }));
      this.warmStill(session);
      return session;
    } catch (err) {
      store.close();
      throw err;
    }
  }

  close(projectId: string): boolean {
    const s = this.byId.get(projectId);
    if (!s) return false;
    this.byId.delete(projectId);
    s.close();
    this.warmStill(s);
    return true;
  }

  /**
   * The engine is closing: stills being made ahead of time may finish for `graceMs` (about a
   * third of a second each, so the next open has them); then their ffmpeg runs are stopped.
   */
  async settle(graceMs = WARM_GRACE_MS): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        this.stopWarming.abort();
        resolve();
      }, graceMs);
    });
    while (this.warming.size > 0) {
      await Promise.race([Promise.allSettled([...this.warming]), late]);
      if (this.stopWarming.signal.aborted) await Promise.allSettled([...this.warming]);
    }
    clearTimeout(timer);
  }

  private warmStill(session: ProjectSession): void {
    if (this.opts.warmStills !== true) return;
    // A project whose folder has gone (a deleted temp folder) gets no cache folder re-made.
    if (!existsSync(session.path)) return;
    if (this.stopWarming.signal.aborted) return;
    const warm = warmOpeningStill(
      session.document,
      session.cacheDir,
      this.stopWarming.signal,
    ).finally(() => this.warming.delete(warm));
    this.warming.add(warm);
  }

  closeAll(): void {
    for (const id of [...this.byId.keys()]) this.close(id);
  }

  emitSaved(session: ProjectSession): void {
    this.opts.emit('project.saved', { projectId: session.id, seq: session.seq });
  }
}
