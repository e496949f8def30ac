import { randomUUID } from 'node:crypto';
import { applyCommand } from '../../../shared/commands';
import type { CommandInvocation } from '../../../shared/commands';
import type { ProjectDocument } from '../../../shared/model';
import type { ProjectStore } from '../store/project-store';
import type { OpKind, StoredOp } from '../store/types';

/** Rebuilds a document from the log: the store knows no document model, so it is injected. */
export function replayOp(doc: ProjectDocument, op: StoredOp): ProjectDocument {
  return applyCommand(doc, { name: op.name, args: op.args }).doc;
}

export interface AppliedGroup {
  seq: number;
  forward: CommandInvocation[];
  inverse: CommandInvocation[];
}

/**
 * One open project in the engine: the store plus the current document. Every group of
 * invocations is validated by the command registry and appended in one transaction; when
 * `apply` returns, the change is on disk.
 */
export class ProjectSession {
  readonly id = randomUUID();
  document: ProjectDocument;
  seq: number;

  constructor(
    readonly path: string,
    readonly store: ProjectStore<ProjectDocument>,
    loaded: { document: ProjectDocument; seq: number },
  ) {
    this.document = loaded.document;
    this.seq = loaded.seq;
  }

  get cacheDir(): string {
    return `${this.path}.cache`;
  }

  get readOnly(): boolean {
    return this.store.readOnly;
  }

  apply(invocations: CommandInvocation[], label: string, kind: OpKind): AppliedGroup {
    let doc = this.document;
    const inverses: CommandInvocation[] = [];
    // All or nothing: a failing command leaves the session's document untouched.
    for (const inv of invocations) {
      const r = applyCommand(doc, inv);
      doc = r.doc;
      inverses.push(r.inverse);
    }
    const groupId = randomUUID();
    const seq = this.store.appendOps(
      invocations.map((inv, i) => ({
        name: inv.name,
        args: inv.args,
        inverse: inverses[i],
        label,
        groupId,
        kind,
      })),
      doc,
    );
    this.document = doc;
    this.seq = seq;
    // Undoing a group runs its inverses last-first.
    return { seq, forward: invocations, inverse: [...inverses].reverse() };
  }

  close(): void {
    this.store.close();
  }
}
