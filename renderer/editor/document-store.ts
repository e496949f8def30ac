import type { ApiResponse, ProjectOpened } from '../../shared/api';
import { History, performInvocations, type CommandInvocation } from '../../shared/commands';
import type { ProjectDocument } from '../../shared/model';
import type { ApiClient } from '../api';
import { describeError } from '../app/errors';
import { SendQueue } from './send-queue';

export type SaveState =
  { status: 'saved' } | { status: 'saving' } | { status: 'error'; reason: string };

/** Everything the editor shows about the open project; replaced (never mutated) on change. */
export interface EditorSnapshot {
  readonly projectId: string;
  readonly path: string;
  readonly readOnly: boolean;
  readonly document: ProjectDocument;
  /** The engine's op-log position after the last confirmed change. */
  readonly seq: number;
  readonly history: History;
  readonly save: SaveState;
}

export type ImportResult = Pick<ApiResponse<'media.import'>, 'imported' | 'errors'>;

type ApplyKind = 'do' | 'undo' | 'redo';

type Task =
  | { type: 'apply'; kind: ApplyKind; invocations: CommandInvocation[]; label: string }
  | {
      type: 'import';
      paths: string[];
      resolve: (result: ImportResult) => void;
      reject: (error: unknown) => void;
    };

export interface DocumentStoreOptions {
  /** Tells the person something went wrong (a toast). */
  onError?: (title: string, message: string) => void;
}

/**
 * The open project on the renderer side. Edits apply locally at once (optimistic, through the
 * shared command registry) and are recorded in History; the same invocations then go to the
 * engine one at a time, in order. If the engine refuses one, the store reloads the engine's
 * document: the engine's copy is the truth.
 */
export class DocumentStore {
  private snapshot: EditorSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly queue: SendQueue<Task>;
  private recovering: Promise<void> = Promise.resolve();

  constructor(
    private readonly api: Pick<ApiClient, 'call'>,
    opened: ProjectOpened,
    private readonly options: DocumentStoreOptions = {},
  ) {
    this.snapshot = {
      projectId: opened.projectId,
      path: opened.path,
      readOnly: opened.readOnly,
      document: opened.document,
      seq: opened.seq,
      history: History.empty(),
      save: { status: 'saved' },
    };
    this.queue = new SendQueue<Task>((task) => this.send(task), {
      onPendingChange: (pending) => {
        if (pending > 0) this.update({ save: { status: 'saving' } });
        else if (this.snapshot.save.status === 'saving') this.update({ save: { status: 'saved' } });
      },
      onFailure: (error, _task, dropped) => {
        this.recovering = this.recover(error, dropped);
      },
    });
  }

  getSnapshot = (): EditorSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Applies the invocations as one undo step and queues them for the engine. Returns false (and
   * reports why) when the change is refused locally; nothing is sent then.
   */
  dispatch(invocations: CommandInvocation | readonly CommandInvocation[], label?: string): boolean {
    if (!this.checkWritable()) return false;
    const list = Array.isArray(invocations) ? [...invocations] : [invocations as CommandInvocation];
    if (list.length === 0) return false;
    let result: ReturnType<History['apply']>;
    try {
      result = this.snapshot.history.apply(this.snapshot.document, list, label);
    } catch (error) {
      this.options.onError?.('That change could not be made', describeError(error));
      return false;
    }
    this.update({ document: result.doc, history: result.history });
    this.queue.enqueue({ type: 'apply', kind: 'do', invocations: list, label: result.step.label });
    return true;
  }

  undo(): boolean {
    const { history, document } = this.snapshot;
    const step = history.undoStack.at(-1);
    if (!step || !this.checkWritable()) return false;
    return this.step('undo', step.label, [...step.inverse], () => history.undo(document));
  }

  /**
   * The next dispatch starts a new undo step rather than merging into the last one by its
   * coalesce key (a field was committed: each commit is its own step).
   */
  seal(): void {
    const sealed = this.snapshot.history.seal();
    if (sealed !== this.snapshot.history) this.update({ history: sealed });
  }

  redo(): boolean {
    const { history, document } = this.snapshot;
    const step = history.redoStack.at(-1);
    if (!step || !this.checkWritable()) return false;
    return this.step('redo', step.label, [...step.forward], () => history.redo(document));
  }

  /**
   * Imports files through the engine (probe, hash, index, add to bin and track). The engine
   * returns the new document and the undo step for the whole import.
   */
  importMedia(paths: readonly string[]): Promise<ImportResult> {
    if (!this.checkWritable()) return Promise.resolve({ imported: [], errors: [] });
    return new Promise((resolve, reject) => {
      this.queue.enqueue({ type: 'import', paths: [...paths], resolve, reject });
    });
  }

  /**
   * A change the engine made to its own document as one step (a face scan's results): the
   * engine's document, with edits still on their way on top, and the step in the history.
   */
  adoptEngineStep(change: {
    document: ProjectDocument;
    seq: number;
    step: { label: string; forward: CommandInvocation[]; inverse: CommandInvocation[] } | null;
  }): void {
    this.update({
      document: this.rebaseQueuedEdits(change.document),
      seq: Math.max(this.snapshot.seq, change.seq),
      history: change.step
        ? this.snapshot.history.record({ ...change.step, undoable: true })
        : this.snapshot.history,
    });
  }

  /** Resolves when every queued change has been confirmed, or refused and the document reloaded. */
  async idle(): Promise<void> {
    await this.queue.idle();
    await this.recovering;
  }

  /** Replaces the local document with the engine's; local history no longer matches, so it is cleared. */
  async reload(): Promise<void> {
    const { document, seq } = await this.api.call('project.document', {
      projectId: this.snapshot.projectId,
    });
    this.update({ document, seq, history: History.empty() });
  }

  private step(
    kind: 'undo' | 'redo',
    label: string,
    invocations: CommandInvocation[],
    run: () => { doc: ProjectDocument; history: History },
  ): boolean {
    let result: { doc: ProjectDocument; history: History };
    try {
      result = run();
    } catch (error) {
      this.options.onError?.(`Could not ${kind} “${label}”`, describeError(error));
      return false;
    }
    this.update({ document: result.doc, history: result.history });
    this.queue.enqueue({ type: 'apply', kind, invocations, label });
    return true;
  }

  private checkWritable(): boolean {
    if (!this.snapshot.readOnly) return true;
    this.options.onError?.('This project is read-only', 'Changes cannot be saved to it.');
    return false;
  }

  private async send(task: Task): Promise<void> {
    const projectId = this.snapshot.projectId;
    if (task.type === 'apply') {
      const { seq } = await this.api.call('project.apply', {
        projectId,
        invocations: task.invocations,
        label: task.label.slice(0, 200),
        kind: task.kind,
      });
      this.update({ seq });
      return;
    }
    let response: ApiResponse<'media.import'>;
    try {
      response = await this.api.call('media.import', { projectId, paths: task.paths });
    } catch (error) {
      // A refused import changed nothing here or in the engine: later edits still go out.
      task.reject(error);
      return;
    }
    this.update({
      document: this.rebaseQueuedEdits(response.document),
      seq: response.seq,
      history: response.step
        ? this.snapshot.history.record({ ...response.step, undoable: true })
        : this.snapshot.history,
    });
    task.resolve({ imported: response.imported, errors: response.errors });
  }

  /**
   * Edits made while an import was running were applied to the document before it; put them on
   * top of the engine's new document. One that no longer applies is left for the engine to
   * refuse, which reloads.
   */
  private rebaseQueuedEdits(document: ProjectDocument): ProjectDocument {
    let current = document;
    for (const task of this.queue.queued) {
      if (task.type !== 'apply') continue;
      try {
        current = performInvocations(current, task.invocations).doc;
      } catch {
        break;
      }
    }
    return current;
  }

  private async recover(error: unknown, dropped: Task[]): Promise<void> {
    const reason = describeError(error);
    this.update({ save: { status: 'error', reason } });
    for (const task of dropped) {
      if (task.type === 'import') {
        task.reject(new Error('Not imported: an earlier change could not be saved.'));
      }
    }
    this.options.onError?.('Your last change was not saved', reason);
    try {
      await this.reload();
    } catch (reloadError) {
      this.options.onError?.('Could not reload the project', describeError(reloadError));
    }
  }

  private update(patch: Partial<EditorSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}
