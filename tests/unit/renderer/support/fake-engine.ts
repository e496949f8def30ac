import { ApiError } from '../../../../shared/api';
import {
  applyCommand,
  applyTransaction,
  invocation,
  type CommandInvocation,
} from '../../../../shared/commands';
import type { MediaAsset, ProjectDocument } from '../../../../shared/model';
import { createFakeClient, type FakeClient, type FakeHandlers } from './fake-client';
import { emptyDocument, mediaAsset } from './documents';

/**
 * A tiny engine for store tests: keeps its own copy of the document, applies what the renderer
 * sends with the same shared commands, and imports "files" by turning each path into an asset.
 */
export class FakeEngine {
  document: ProjectDocument;
  seq = 0;
  readonly applied: Array<{ kind: string; label: string; invocations: CommandInvocation[] }> = [];
  /** Set to make the next project.apply fail with this message. */
  failNextApply: string | null = null;
  /** Each apply waits for this before answering, when set. */
  gate: (() => Promise<void>) | null = null;
  readonly client: FakeClient;

  constructor(document: ProjectDocument = emptyDocument(), extra: FakeHandlers = {}) {
    this.document = document;
    this.client = createFakeClient({
      'project.apply': async (request) => {
        if (this.gate) await this.gate();
        if (this.failNextApply) {
          const message = this.failNextApply;
          this.failNextApply = null;
          throw new ApiError({ code: 'precondition', message });
        }
        let doc = this.document;
        for (const each of request.invocations) doc = applyCommand(doc, each).doc;
        this.document = doc;
        this.seq += 1;
        this.applied.push({
          kind: request.kind,
          label: request.label,
          invocations: request.invocations,
        });
        return { seq: this.seq };
      },
      'project.document': () => ({ document: this.document, seq: this.seq }),
      'media.import': (request) => {
        const imported: Array<{ path: string; mediaId: string }> = [];
        const errors: Array<{ path: string; code: string; message: string }> = [];
        const invocations: CommandInvocation[] = [];
        request.paths.forEach((path, index) => {
          if ((path.split('/').pop() ?? '').startsWith('broken')) {
            errors.push({
              path,
              code: 'probe-failed',
              message: 'The file has no audio or video streams',
            });
            return;
          }
          const id = `med_${this.seq}_${index}`;
          const asset: MediaAsset = mediaAsset(id, { path, name: path.split('/').pop() ?? id });
          invocations.push(
            invocation('media.import', { asset, clipId: `clip_${this.seq}_${index}` }),
          );
          imported.push({ path, mediaId: id });
        });
        if (invocations.length === 0) {
          return { document: this.document, seq: this.seq, step: null, imported, errors };
        }
        const { doc, step } = applyTransaction(this.document, invocations, 'Import media');
        this.document = doc;
        this.seq += 1;
        return {
          document: doc,
          seq: this.seq,
          step: { label: step.label, forward: [...step.forward], inverse: [...step.inverse] },
          imported,
          errors,
        };
      },
      ...extra,
    });
  }
}
