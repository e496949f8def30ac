import { useMemo } from 'react';
import { applyTransaction, CommandError, type CommandInvocation } from '../../../shared/commands';
import type { DocumentStore } from '../../editor/document-store';
import { useEditorServices } from '../../editor/editor-context';

/**
 * How a commit joins undo history. `own`: its own step (a typed value, a picked option).
 * `open`: its own step that following `continue` commits merge into (the first arrow-key
 * nudge in a field); `continue`: merges into the open step when the command allows it.
 */
export type StepMode = 'own' | 'open' | 'continue';

/** Applies a committed value; returns the sentence saying why it was refused, or null. */
export type CommitHandler<T> = (value: T, step: StepMode) => string | null;

export interface InspectorEdits {
  readonly readOnly: boolean;
  /**
   * Checks the change against the current document and, when it applies, dispatches it
   * through the command registry. Returns why it was refused (nothing is dispatched then).
   */
  commit(
    change: CommandInvocation | readonly CommandInvocation[],
    options?: { label?: string; step?: StepMode },
  ): string | null;
  /** Ends an open step: the next change starts a new one. */
  closeStep(): void;
}

const sentence = (text: string) => {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

/** A refusal in words for the field's inline message: the first problem, without paths. */
export function describeRefusal(error: unknown): string {
  if (error instanceof CommandError) {
    const [issue] = error.issues;
    return sentence(issue?.message ?? error.detail);
  }
  if (error instanceof Error) return sentence(error.message);
  return 'That value could not be applied.';
}

/** The inspector's edits over a document store (exported for tests). */
export function createInspectorEdits(store: DocumentStore): InspectorEdits {
  return {
    get readOnly() {
      return store.getSnapshot().readOnly;
    },
    commit(change, options = {}) {
      const list: CommandInvocation[] = Array.isArray(change)
        ? [...(change as readonly CommandInvocation[])]
        : [change as CommandInvocation];
      if (list.length === 0) return null;
      const snapshot = store.getSnapshot();
      if (snapshot.readOnly) return 'This project is read-only.';
      try {
        applyTransaction(snapshot.document, list, options.label);
      } catch (error) {
        return describeRefusal(error);
      }
      const step = options.step ?? 'own';
      if (step !== 'continue') store.seal();
      if (!store.dispatch(list, options.label)) return 'That change could not be made.';
      if (step === 'own') store.seal();
      return null;
    },
    closeStep() {
      store.seal();
    },
  };
}

/** The inspector's edits for the open editor. */
export function useInspectorEdits(): InspectorEdits {
  const { store } = useEditorServices();
  return useMemo(() => createInspectorEdits(store), [store]);
}
