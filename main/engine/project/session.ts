import { randomUUID } from 'node:crypto';
import { applyTransaction, performInvocation } from '../../../shared/commands';
import { upgradeStoredInvocation } from '../../../shared/commands/stored-invocations';
import type { CommandInvocation } from '../../../shared/commands';
import type { ProjectDocument } from '../../../shared/model';
import type { ProjectStore } from '../store/project-store';
import type { OpKind, StoredOp } from '../store/types';
import { privacyAuditEntries } from '../privacy/decision-audit';
import { localUserName, reviewAuditEntry } from './review-audit';

/**
 * Rebuilds a document from the log: the store knows no document model, so it is injected.
 * Ops of one group may pass through in-between states, so each op is performed unchecked;
 * the loaded document is validated as a whole when the project opens.
 */
export function replayOp(doc: ProjectDocument, op: StoredOp): ProjectDocument {
  // Ops logged by an older version are brought up to the current command arguments first.
  return performInvocation(doc, upgradeStoredInvocation(doc, { name: op.name, args: op.args })).doc;
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
    // The same semantics as the renderer's History: all or nothing, and the document is checked
    // once at the end, so a multi-command step may pass through in-between states.
    const { doc, step } = applyTransaction(this.document, invocations, label);
    const undoOrder = step.inverse;
    const groupId = randomUUID();
    const seq = this.store.appendOps(
      invocations.map((inv, i) => ({
        name: inv.name,
        args: inv.args,
        // step.inverse undoes last-first; each op row keeps its own inverse.
        inverse: undoOrder[undoOrder.length - 1 - i],
        label,
        groupId,
        kind,
      })),
      doc,
    );
    const audit = reviewAuditEntry(this.document, doc, kind);
    if (audit !== null) this.store.appendAudit(audit);
    // Privacy decisions (keep/blur, scans, manual regions) are recorded like the review.
    for (const entry of privacyAuditEntries(this.document, doc, kind, localUserName())) {
      this.store.appendAudit(entry);
    }
    this.document = doc;
    this.seq = seq;
    return { seq, forward: invocations, inverse: [...undoOrder] };
  }

  close(): void {
    this.store.close();
  }
}
